"""activité filed in the département of its commune, where it took place (row-level security)

Revision ID: 0024
Revises: 0018
Create Date: 2026-12-07

Issue 21, item 9. A conseiller's activité was filed under the employer's département, so a poste
funded in Nord that works in the Béthunois had its activity read and counted by the préfecture of
Nord, not by that of Pas-de-Calais where it took place. The activité's `departement_code` is now the
département of its `code_commune` (three characters overseas), as `auth.policy_ecriture` says; the
write policies of `activite` (ajout, modification, suppression) check that instead of the conseiller's
département. Activités recorded before keep the département they were filed under. PostgreSQL only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AVANT = """(SELECT hub_role()) = 'conseiller' AND conseiller_id = (SELECT hub_conseiller_id())
        AND structure_id IN (SELECT c.structure_id FROM conseiller c WHERE c.id = (SELECT hub_conseiller_id()))
        AND departement_code = (SELECT c.departement_code FROM conseiller c
            WHERE c.id = (SELECT hub_conseiller_id()))"""
APRES = """(SELECT hub_role()) = 'conseiller' AND conseiller_id = (SELECT hub_conseiller_id())
        AND structure_id IN (SELECT c.structure_id FROM conseiller c WHERE c.id = (SELECT hub_conseiller_id()))
        AND departement_code = CASE WHEN substr(code_commune, 1, 2) IN ('97', '98')
            THEN substr(code_commune, 1, 3) ELSE substr(code_commune, 1, 2) END"""


def _politiques(regle: str) -> tuple[str, ...]:
    return (
        f"CREATE POLICY ajout ON activite FOR INSERT WITH CHECK ({regle})",
        f"CREATE POLICY modification ON activite FOR UPDATE USING ({regle}) WITH CHECK ({regle})",
        f"CREATE POLICY suppression ON activite FOR DELETE USING ({regle})",
    )


def _remplacer(regle: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for nom in ("ajout", "modification", "suppression"):
        op.execute(sa.text(f"DROP POLICY {nom} ON activite"))
    for politique in _politiques(regle):
        op.execute(sa.text(politique))


def upgrade() -> None:
    _remplacer(APRES)


def downgrade() -> None:
    _remplacer(AVANT)
