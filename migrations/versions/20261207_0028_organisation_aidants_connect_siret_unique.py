"""organisations Aidants Connect: one per SIRET among those the hub creates (a unique partial index)

Revision ID: 0028
Revises: 0025
Create Date: 2026-12-07

Issue 21. `creerOrganisationAidantsConnect` looked for an organisation of the same SIRET before
inserting: two requests sent at once could both find none and both insert. A unique partial index on
`siret` for the rows the hub creates (`id_source IS NULL`) lets the database refuse the second (the
service answers CONFLICT). Imported rows, Aidants Connect's own (keyed by its uuid, `id_source`), may
share a SIRET as they do in Aidants Connect, so they stay outside the index.

Existing data: the service's check kept hub-created SIRETs unique except under such a race, and the
seed draws distinct SIRETs; if duplicates exist all the same, the upgrade stops and names them (which
organisation to keep is a decision for ANCT, not for a migration). Row-level security is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREEE_DANS_LE_HUB = sa.text("id_source IS NULL")
INDEX = "uq_organisation_aidants_connect_siret_hub"
TABLE = "organisation_aidants_connect"


def upgrade() -> None:
    doublons = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT siret, count(*) FROM organisation_aidants_connect WHERE id_source IS NULL "
                "GROUP BY siret HAVING count(*) > 1 ORDER BY siret"
            )
        )
        .all()
    )
    if doublons:
        liste = ", ".join(f"{siret} ({nombre})" for siret, nombre in doublons)
        raise RuntimeError(
            "Organisations Aidants Connect créées dans le hub en double pour un même SIRET : "
            f"{liste}. Fusionnez-les (ou supprimez les doublons) avant de relancer la migration."
        )
    # A plain CREATE INDEX on both backends (no batch copy of the table on SQLite).
    op.create_index(
        INDEX,
        TABLE,
        ["siret"],
        unique=True,
        sqlite_where=CREEE_DANS_LE_HUB,
        postgresql_where=CREEE_DANS_LE_HUB,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name=TABLE)
