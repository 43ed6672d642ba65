"""collectivités d'outre-mer: 6 more units of prefectoral scope, and a zone for each

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

Issue 21, item 1. The référentiel knew the 101 départements only: the France Services sites of
Saint-Martin (978) were rejected. The `departement` table now also holds the collectivités d'outre-mer
(975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin, 986 Wallis-et-Futuna, 987
Polynésie française, 988 Nouvelle-Calédonie), whose représentant de l'État is scoped like a
préfecture; a COM belongs to no région (`region_code` becomes nullable). Every row gets its zone:
metropole, drom or com.

On SQLite, making the column nullable copies the table (batch mode): the tables that reference
`departement` are checked at commit (`PRAGMA defer_foreign_keys`), when the copy has its name again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hub.referentiel.territoires import CODES_DROM, COLLECTIVITES_OUTRE_MER

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

departement = sa.table(
    "departement",
    sa.column("code", sa.String),
    sa.column("nom", sa.String),
    sa.column("region_code", sa.String),
    sa.column("zone", sa.String),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    with op.batch_alter_table("departement") as batch_op:
        batch_op.add_column(sa.Column("zone", sa.String(10), nullable=False, server_default="metropole"))
        batch_op.alter_column("region_code", existing_type=sa.String(3), nullable=True)
    op.execute(departement.update().where(departement.c.code.in_(sorted(CODES_DROM))).values(zone="drom"))
    op.bulk_insert(
        departement,
        [
            {"code": code, "nom": nom, "region_code": None, "zone": "com"}
            for code, nom in COLLECTIVITES_OUTRE_MER
        ],
    )


def downgrade() -> None:
    codes = [code for code, _ in COLLECTIVITES_OUTRE_MER]
    op.execute(departement.delete().where(departement.c.code.in_(codes)))  # fails while rows use them
    if op.get_bind().dialect.name == "sqlite":
        op.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    with op.batch_alter_table("departement") as batch_op:
        batch_op.alter_column("region_code", existing_type=sa.String(3), nullable=False)
        batch_op.drop_column("zone")
