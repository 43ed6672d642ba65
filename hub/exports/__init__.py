"""Exports of the hub's data in open formats (national lieux standard, data·inclusion)."""
