"""Structures accueillantes and their candidatures, avis préfet and décisions coselec."""
