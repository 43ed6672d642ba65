"""Reference data the hub authors itself (territories)."""
