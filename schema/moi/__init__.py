"""`moi`: who the caller is, as the hub understood its token."""
