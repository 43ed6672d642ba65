"""Lieux de médiation numérique (national standard), public, and their conseillers."""
