"""Inclusion Hub: a role-secured GraphQL hub for France's digital-inclusion programme."""

__version__ = "0.1.0"
