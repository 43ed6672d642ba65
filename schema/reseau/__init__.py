"""Grands réseaux: the Reseau type, its loaders and the ANCT mutations that create and link them."""
