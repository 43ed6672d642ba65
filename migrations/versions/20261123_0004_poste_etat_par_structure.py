"""row-level security: a structure updates the état of its own postes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

The write API (hub.services.contrats) lets a structure sign a contract on one of its vacant postes,
which makes the poste occupé, and declare a rupture, which makes it vacant again. Migration 0003
let ANCT alone update postes, so PostgreSQL refused both. This revision replaces the UPDATE policy of
`poste` with the rule of auth/policy_ecriture.py (`_ecrire_poste`): ANCT, or a structure on its own
postes of its own département. INSERT and DELETE stay ANCT's: a structure never creates or deletes
a poste. PostgreSQL only (SQLite has no row-level security).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written as 0003 writes its policies: each hub_*() call is a scalar subquery, evaluated once per
# statement (see _une_fois in 0003).
ANCT = "(SELECT hub_role()) = 'anct'"
STRUCTURE = (
    "((SELECT hub_role()) = 'structure' AND structure_id = (SELECT hub_structure_id()) "
    "AND departement_code = (SELECT hub_departement_de_structure()))"
)


def _remplacer(regle: str) -> None:
    op.execute(sa.text("DROP POLICY modification ON poste"))
    op.execute(
        sa.text(f"CREATE POLICY modification ON poste FOR UPDATE USING ({regle}) WITH CHECK ({regle})")
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _remplacer(f"{ANCT} OR {STRUCTURE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _remplacer(ANCT)
