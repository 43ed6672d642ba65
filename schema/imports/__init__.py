"""Import runs of open data files (ANCT only)."""
