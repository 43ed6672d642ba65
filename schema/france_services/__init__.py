"""France Services sites (public)."""
