"""Activités: the conseillers' activity reports (CRA), counts only, never an usager's identity."""
