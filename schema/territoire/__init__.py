"""Régions and départements: the public territorial référentiel."""
