"""daily snapshots per territory: instantane_territorial (row-level security: the system writes, ANCT reads)

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07

Issue 22, part 1. One row per territory (nation, région, département, COM) and day with the
programme's figures of that day (hub/models/instantane.py), written by `inclusion-hub snapshots take`
as the system. Aggregates, but of every territory without any small-group suppression: as rows they are
ANCT's only (policy `lecture`), like the activité aggregates; nobody writes them but the system
(policy `systeme`; no write rule for any principal). The series of the API (a later part) will count
them under the statistics' disclosure model.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")
TABLE = "instantane_territorial"
NOMBRES = (
    "postes_valides",
    "postes_occupes",
    "postes_vacants",
    "postes_rendus",
    "conseillers_en_poste",
    "structures_conventionnees",
    "activites",
    "personnes_accompagnees",
    "sites_france_services",
    "mandats_actifs",
    "autorisations_actives",
)
CENTIMES = ("engage_centimes", "verse_centimes")
POLITIQUES = {
    "systeme": "USING ((SELECT hub_systeme())) WITH CHECK ((SELECT hub_systeme()))",
    "lecture": "FOR SELECT USING ((SELECT hub_role()) = 'anct')",
}


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("niveau", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("jour", sa.Date(), nullable=False),
        *[sa.Column(nom, sa.Integer(), server_default="0", nullable=False) for nom in NOMBRES],
        *[sa.Column(nom, sa.BigInteger(), server_default="0", nullable=False) for nom in CENTIMES],
        sa.Column("reconstitue", sa.Boolean(), nullable=False),
        sa.Column("pris_le", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "niveau IN ('national', 'region', 'departement', 'com')",
            name=op.f("ck_instantane_territorial_niveau"),
        ),
        sa.CheckConstraint(
            "(niveau = 'national') = (code = '')", name=op.f("ck_instantane_territorial_code_national")
        ),
        sa.PrimaryKeyConstraint("niveau", "code", "jour", name=op.f("pk_instantane_territorial")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instantane_territorial_jour"), ["jour"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY"))
    op.execute(sa.text(f"ALTER TABLE {TABLE} FORCE ROW LEVEL SECURITY"))
    for politique, regle in POLITIQUES.items():
        op.execute(sa.text(f"CREATE POLICY {politique} ON {TABLE} {regle}"))
    # As 0003 grants every table: the policies refuse every write but the system's.
    op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {TABLE} TO "{APP_ROLE}"'))


def downgrade() -> None:
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instantane_territorial_jour"))
    op.drop_table(TABLE)
