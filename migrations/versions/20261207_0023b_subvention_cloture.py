"""subventions: one open convention per poste, the previous one closed by a reconventionnement

Revision ID: 0023b
Revises: 0023
Create Date: 2026-12-07

Issue 21, item 3 (reconventionnement, the V2 phase). A poste had one subvention for good
(`uq_subvention_poste_id`). A renewal convention closes the old one (`date_cloture`, the day the next
starts) and opens a new one on the same poste: the unique constraint becomes a unique partial index
on the open convention (`date_cloture IS NULL`), which is also what the `Poste.subvention` loader
joins on. Row-level security is unchanged (the table's policies cover the new column).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023b"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUVERTE = sa.text("date_cloture IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("subvention", schema=None) as batch_op:
        batch_op.add_column(sa.Column("date_cloture", sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_subvention_cloture"), "date_cloture IS NULL OR date_cloture >= date_debut_convention"
        )
        batch_op.drop_constraint("uq_subvention_poste_id", type_="unique")
        batch_op.create_index("ix_subvention_poste_id", ["poste_id"], unique=False)
        batch_op.create_index(
            "uq_subvention_ouverte_poste",
            ["poste_id"],
            unique=True,
            sqlite_where=OUVERTE,
            postgresql_where=OUVERTE,
        )


def downgrade() -> None:
    # Closed conventions would break the one-subvention-per-poste constraint: they go first.
    op.execute(
        sa.text(
            "DELETE FROM versement WHERE subvention_id IN (SELECT id FROM subvention WHERE date_cloture IS NOT NULL)"
        )
    )
    op.execute(sa.text("DELETE FROM subvention WHERE date_cloture IS NOT NULL"))
    with op.batch_alter_table("subvention", schema=None) as batch_op:
        batch_op.drop_index("uq_subvention_ouverte_poste")
        batch_op.drop_index("ix_subvention_poste_id")
        batch_op.create_unique_constraint("uq_subvention_poste_id", ["poste_id"])
        batch_op.drop_constraint(op.f("ck_subvention_cloture"), type_="check")
        batch_op.drop_column("date_cloture")
