"""programme records from their source systems: source id, import run, file date, absence

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

Issue 19: the programme's records (structures, candidatures, postes, conventions, conseillers,
contrats, Aidants Connect, activités) enter from the systems that hold them. Each table gains the
columns of hub.models.provenance: `id_source` (the source system's id, unique: imports upsert on it),
`import_run_id` and `date_source` (which run last wrote the row, from which file date) and
`absent_depuis` (set by a snapshot import when the source no longer holds the row). Enveloppes and
plafonds are keyed by their natural key and have no `id_source`.

`import_run_id` is not a foreign key: SQLite can neither add one with ALTER TABLE nor drop such a
column without a batch copy of the table, which would drop the aggregate triggers of `activite` (0006).
Import runs are never deleted. All columns are nullable without default: instant on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AVEC_ID_SOURCE = (
    "structure",
    "candidature",
    "avis_prefet",
    "decision_coselec",
    "poste",
    "subvention",
    "versement",
    "conseiller",
    "contrat",
    "organisation_aidants_connect",
    "aidant",
    "mandat",
    "activite",
)
CLE_NATURELLE = ("enveloppe", "plafond_departemental")


def upgrade() -> None:
    for table in (*AVEC_ID_SOURCE, *CLE_NATURELLE):
        op.add_column(table, sa.Column("import_run_id", sa.Uuid(), nullable=True))
        op.add_column(table, sa.Column("date_source", sa.Date(), nullable=True))
        op.add_column(table, sa.Column("absent_depuis", sa.Date(), nullable=True))
    for table in AVEC_ID_SOURCE:
        op.add_column(table, sa.Column("id_source", sa.String(100), nullable=True))
        op.create_index(f"ix_{table}_id_source", table, ["id_source"], unique=True)


def downgrade() -> None:
    for table in AVEC_ID_SOURCE:
        op.drop_index(f"ix_{table}_id_source", table_name=table)
        op.drop_column(table, "id_source")
    for table in (*AVEC_ID_SOURCE, *CLE_NATURELLE):
        for colonne in ("absent_depuis", "date_source", "import_run_id"):
            op.drop_column(table, colonne)
