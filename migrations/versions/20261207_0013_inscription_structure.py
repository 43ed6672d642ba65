"""inscription: a structure the hub does not know yet applies through the API (row-level security)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

A person signed in through ProConnect whose identity names the SIRET of a structure not yet in the
hub submits its candidature (hub/services/inscription.py). That transaction runs in the context
`candidature` (auth.rls.contexte_candidature: hub.role = 'candidature', hub.siret = that SIRET),
which may read the structure of that SIRET (to find it already there), create it (statut CREEE),
and give the person a structure habilitation bound to it; nothing else. The candidature itself is
then written as the structure, under the policies that already exist. PostgreSQL only.
"""

# ruff: noqa: S608 - the policies are assembled from this file's own constants, no input reaches them

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FONCTION = (
    "CREATE FUNCTION hub_siret() RETURNS text AS "
    "$$ SELECT nullif(current_setting('hub.siret', true), '') $$ LANGUAGE sql STABLE PARALLEL SAFE"
)
CANDIDATURE = "(SELECT hub_role()) = 'candidature' AND siret = (SELECT hub_siret())"
POLITIQUES = (
    f"CREATE POLICY inscription_lecture ON structure FOR SELECT USING ({CANDIDATURE})",
    f"CREATE POLICY inscription_ajout ON structure FOR INSERT WITH CHECK ({CANDIDATURE} AND statut = 'CREEE')",
    f"""CREATE POLICY inscription_ajout ON habilitation FOR INSERT WITH CHECK ({CANDIDATURE}
        AND role = 'structure' AND actif
        AND structure_id = (SELECT s.id FROM structure s WHERE s.siret = (SELECT hub_siret())))""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text(FONCTION))
    for politique in POLITIQUES:
        op.execute(sa.text(politique))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text("DROP POLICY IF EXISTS inscription_ajout ON habilitation"))
    op.execute(sa.text("DROP POLICY IF EXISTS inscription_ajout ON structure"))
    op.execute(sa.text("DROP POLICY IF EXISTS inscription_lecture ON structure"))
    op.execute(sa.text("DROP FUNCTION IF EXISTS hub_siret()"))
