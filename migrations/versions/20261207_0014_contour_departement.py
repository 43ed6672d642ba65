"""contour of each département: its simplified outline, for the maps of the pages

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

Issue 20: the département's page draws its France Services sites and lieux on the département's
outline. The outline comes from open data (`inclusion-hub import contours-departements`, ANCT's
`geom_dep.geojson`), simplified on import, stored once here as a GeoJSON geometry (text) and read
through the API (`Departement.contour`). Nullable without default: instant on PostgreSQL; the table's
policies (open data: everyone reads, only the system writes) cover the new column.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("departement", sa.Column("contour", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("departement") as batch_op:
        batch_op.drop_column("contour")
