"""Journal: the append-only audit of writes, read within the caller's scope."""
