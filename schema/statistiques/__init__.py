"""`statistiques(territoire, periode)`: programme figures and distributions, small groups hidden."""
