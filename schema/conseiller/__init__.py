"""Conseillers numériques: people, their contracts, lieux and activités."""
