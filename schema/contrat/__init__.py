"""Contrats: conseiller × structure × poste, with their rupture."""
