"""Postes: the funded positions, their contract in progress and their subvention."""
