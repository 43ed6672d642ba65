"""hub territorial: count the activité aggregates (row-level security)

Revision ID: 0025
Revises: 0023b
Create Date: 2026-12-07

Issue 21, item 2. `auth.policy.statistiques_predicate` lets a hub territorial count every row of its
régions' territories, like a préfecture, and the activités block then reads the pre-aggregated
tables `activite_agregat` and `activite_theme_agregat` (hub/services/statistiques/activites_sources.py).
Migration 0021 gave the hub territorial its counting policy (`statistiques_nouveaux_roles`) on every
table a préfecture counts but these two (their policy `statistiques`, migration 0006, names the roles
anct, prefecture, partenaire, anonyme): on PostgreSQL the hub's activités figures were 0 while SQLite
gave the true ones (tests/schema/test_statistiques_nouveaux_roles.py). This adds the same permissive
policy to both tables. PostgreSQL only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0023b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("activite_agregat", "activite_theme_agregat")
# As in 0021: counting only (inside auth.rls.contexte_statistiques), never reading rows; the Python
# predicate narrows to the territory, which the hub may ask only when it is its own.
STATISTIQUES = "(SELECT hub_statistiques()) AND (SELECT hub_role()) = 'hub_territorial'"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(
            sa.text(f"CREATE POLICY statistiques_nouveaux_roles ON {table} FOR SELECT USING ({STATISTIQUES})")
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(sa.text(f"DROP POLICY IF EXISTS statistiques_nouveaux_roles ON {table}"))
