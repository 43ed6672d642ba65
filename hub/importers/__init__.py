"""Importers of real open data: France Services sites, lieux de médiation numérique, EPCI and communes.

Each importer reads one file kind (`lire`) and writes batches of valid rows (`ecrire`); execution.py
runs it as one ImportRun. See docs/imports.md for the rules and the reject reasons.
"""
