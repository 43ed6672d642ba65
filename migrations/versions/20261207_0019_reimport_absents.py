"""re-import: open data rows absent from a newer file of their source, and the run's new counts

Revision ID: 0019
Revises: 0022b
Create Date: 2026-12-07

Issue 21, items 6 and 7. A lieu or France Services site that a newer file of its source no longer
holds is marked `absent_depuis` (the file's date) with the run that did not see it
(`absent_import_run_id`); it stays, out of the current lists and figures, until a later file holds
it again. `import_run` counts, per run, the rows marked absent, those back, those left because the
hub holds them from a newer file, and the rows kept with a warning. Nullable columns without default
and integer counts with a constant default: instant on PostgreSQL, no table copy on SQLite.
`absent_import_run_id` is not a foreign key, like `import_run_id` in 0012 (SQLite cannot add one
with ALTER TABLE; import runs are never deleted).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0022b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("lieu", "site_france_services")
COMPTES = ("absents", "revenus", "plus_recents", "avertissements")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("absent_depuis", sa.Date(), nullable=True))
        op.add_column(table, sa.Column("absent_import_run_id", sa.Uuid(), nullable=True))
    for compte in COMPTES:
        op.add_column("import_run", sa.Column(compte, sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    for compte in COMPTES:
        op.drop_column("import_run", compte)
    for table in TABLES:
        op.drop_column(table, "absent_import_run_id")
        op.drop_column(table, "absent_depuis")
