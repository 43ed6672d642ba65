"""Alembic migrations of the hub's schema (packaged so an installed hub can migrate itself)."""
