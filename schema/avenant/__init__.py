"""Avenants to a structure's convention (ajout de postes, rendu de poste) and the rendu of a poste."""
