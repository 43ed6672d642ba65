"""back-fill: the kits' and Aidants Connect's enveloppes get their objet

Revision ID: 0022b
Revises: 0022
Create Date: 2026-12-07

0022 added `enveloppe.objet` with `postes` for every line. The programme's two other lines, as the
seed and the conventions import name them (codes `kits` and `aidants_connect`), fund something else:
no poste is conventionné on them and their plafonds are not the postes' budget. Downgrade puts them
back to `postes` (the column itself goes with 0022's downgrade).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022b"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code → objet, frozen here (a later change of the seed must not change this revision).
OBJETS = {"kits": "kits", "aidants_connect": "aidants_connect"}


def upgrade() -> None:
    for code, objet in OBJETS.items():
        op.execute(
            sa.text("UPDATE enveloppe SET objet = :objet WHERE code = :code").bindparams(
                objet=objet, code=code
            )
        )


def downgrade() -> None:
    op.execute(
        sa.text("UPDATE enveloppe SET objet = 'postes' WHERE code IN :codes").bindparams(
            sa.bindparam("codes", value=list(OBJETS), expanding=True)
        )
    )
