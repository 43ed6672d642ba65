"""conseiller after a rupture: the former employer no longer reads the person (row-level security)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

Issue 21, item 4. A conseiller's denormalised employer (`conseiller.structure_id`) changes when ANCT
validates their next contrat, not at the rupture or the contrat's end: the former employer kept
reading the person (nom, prénom, email, téléphone) in between. A structure now reads a conseiller
attached to it unless it is a former employee (a contrat between them ended, rompu or terminé, and
none is in progress), as `auth.policy_lecture` says; it keeps the ended contrat in its history. A
person attached with no contrat yet (by ANCT or an import, to be recruited) stays readable. The `lecture` policy of `conseiller` is replaced;
PostgreSQL only (SQLite has no row-level security, the Python policy applies alone).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COMMUN = """(SELECT hub_role()) = 'anct'
    OR ((SELECT hub_role()) = 'prefecture' AND departement_code = ANY ((SELECT hub_departements())::text[]))
    OR ((SELECT hub_role()) = 'conseiller' AND id = (SELECT hub_conseiller_id()))"""
_EMPLOYEUR = "(SELECT hub_role()) = 'structure' AND structure_id = (SELECT hub_structure_id())"
_PAS_UN_ANCIEN_EMPLOYE = """(id IN (SELECT k.conseiller_id FROM contrat k
        WHERE k.structure_id = (SELECT hub_structure_id()) AND k.statut IN ('recrute', 'actif'))
    OR id NOT IN (SELECT k.conseiller_id FROM contrat k
        WHERE k.structure_id = (SELECT hub_structure_id()) AND k.statut IN ('rompu', 'termine')))"""
AVANT = f"CREATE POLICY lecture ON conseiller FOR SELECT USING ({_COMMUN} OR ({_EMPLOYEUR}))"
APRES = f"CREATE POLICY lecture ON conseiller FOR SELECT USING ({_COMMUN} OR ({_EMPLOYEUR} AND {_PAS_UN_ANCIEN_EMPLOYE}))"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text("DROP POLICY lecture ON conseiller"))
    op.execute(sa.text(APRES))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text("DROP POLICY lecture ON conseiller"))
    op.execute(sa.text(AVANT))
