"""Financement: subventions and their versements, enveloppes and plafonds départementaux."""
