"""overseas majoration: the rate included in a subvention, stored at the convention's signature

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

Issue 21, item 1. Overseas, a poste's subvention is the 50,000 € increased by the majoration of its
zone (HUB_MAJORATION_DROM_POURCENT, HUB_MAJORATION_COM_POURCENT). The rate in force at the signature
is kept on the subvention (`taux_majoration_pourcent`, 0 for the conventions signed before), so that
a later change of the settings leaves signed conventions as they are. A plain ADD COLUMN with a
default (instant on PostgreSQL; no table copy on SQLite, which keeps the constraint in the model).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "subvention", sa.Column("taux_majoration_pourcent", sa.Integer(), nullable=False, server_default="0")
    )
    if op.get_bind().dialect.name == "postgresql":
        op.create_check_constraint(
            op.f("ck_subvention_taux_majoration"), "subvention", "taux_majoration_pourcent BETWEEN 0 AND 100"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_subvention_taux_majoration"), "subvention", type_="check")
    with op.batch_alter_table("subvention") as batch_op:
        batch_op.drop_column("taux_majoration_pourcent")
