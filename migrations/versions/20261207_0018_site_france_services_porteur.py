"""France Services sites: ANCT links a site to the structure that carries it (row-level security)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07

Issue 21, item 5. `site_france_services` was written by trusted jobs only (imports). ANCT now writes
it too (`rattacherSiteFranceServices` sets its `structure_id`), as `auth.policy_ecriture` says: the
policies `ajout`, `modification` and `suppression` for the role anct, like every table ANCT writes.
PostgreSQL only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANCT = "(SELECT hub_role()) = 'anct'"
POLITIQUES = (
    f"CREATE POLICY ajout ON site_france_services FOR INSERT WITH CHECK ({ANCT})",
    f"CREATE POLICY modification ON site_france_services FOR UPDATE USING ({ANCT}) WITH CHECK ({ANCT})",
    f"CREATE POLICY suppression ON site_france_services FOR DELETE USING ({ANCT})",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for politique in POLITIQUES:
        op.execute(sa.text(politique))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for nom in ("suppression", "modification", "ajout"):
        op.execute(sa.text(f"DROP POLICY IF EXISTS {nom} ON site_france_services"))
