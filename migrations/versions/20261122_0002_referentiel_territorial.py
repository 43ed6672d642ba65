"""référentiel territorial: 18 régions, 101 départements

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hub.referentiel.territoires import DEPARTEMENTS, REGIONS

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

region = sa.table("region", sa.column("code", sa.String), sa.column("nom", sa.String))
departement = sa.table(
    "departement",
    sa.column("code", sa.String),
    sa.column("nom", sa.String),
    sa.column("region_code", sa.String),
)


def upgrade() -> None:
    op.bulk_insert(region, [{"code": code, "nom": nom} for code, nom in REGIONS])
    op.bulk_insert(
        departement,
        [{"code": code, "nom": nom, "region_code": reg} for code, nom, reg in DEPARTEMENTS],
    )


def downgrade() -> None:
    op.execute(departement.delete())
    op.execute(region.delete())
