"""Hubs territoriaux: the HubTerritorial type, its loaders and the mutation of its contact data."""
