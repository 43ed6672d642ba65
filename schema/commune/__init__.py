"""Communes and EPCI à fiscalité propre: the imported, public part of the territorial référentiel."""
