"""habilitation: préfectures manage their own agents, structures the colleagues they invite

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

Until now only ANCT read and wrote habilitations (and the authentication context read them). The
habilitation mutations (hub/services/habilitations.py) let a préfecture grant and withdraw the
préfecture habilitations of exactly one of its départements, and a structure invite colleagues: a
structure habilitation for itself bound to its own SIRET. Row-level security repeats the Python rules
of auth/policy_lecture.py and auth/policy_ecriture.py (tests/auth/test_policy_matrice.py checks both
layers on the same rows). `hub_*()` calls are scalar subqueries, evaluated once per statement (0003).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANCT = "(SELECT hub_role()) = 'anct'"
AGENTS = """((SELECT hub_role()) = 'prefecture' AND role = 'prefecture'
    AND json_array_length(departements) = 1
    AND (departements ->> 0) = ANY ((SELECT hub_departements())::text[]))"""
COLLEGUES = "((SELECT hub_role()) = 'structure' AND role = 'structure' AND structure_id = (SELECT hub_structure_id()))"
SIRET = "siret = (SELECT s.siret FROM structure s WHERE s.id = (SELECT hub_structure_id()))"

LECTURE = f"(SELECT hub_role()) IN ('anct', 'authentification') OR {AGENTS} OR {COLLEGUES}"
ECRITURE = f"{ANCT} OR {AGENTS} OR ({COLLEGUES} AND {SIRET})"

AVANT_LECTURE = "(SELECT hub_role()) IN ('anct', 'authentification')"
AVANT_ECRITURE = ANCT


def _politiques(lecture: str, ecriture: str) -> None:
    for politique in ("lecture", "ajout", "modification", "suppression"):
        op.execute(sa.text(f"DROP POLICY IF EXISTS {politique} ON habilitation"))
    op.execute(sa.text(f"CREATE POLICY lecture ON habilitation FOR SELECT USING ({lecture})"))
    op.execute(sa.text(f"CREATE POLICY ajout ON habilitation FOR INSERT WITH CHECK ({ecriture})"))
    op.execute(
        sa.text(
            f"CREATE POLICY modification ON habilitation FOR UPDATE USING ({ecriture}) WITH CHECK ({ecriture})"
        )
    )
    op.execute(sa.text(f"CREATE POLICY suppression ON habilitation FOR DELETE USING ({ecriture})"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _politiques(LECTURE, ECRITURE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _politiques(AVANT_LECTURE, AVANT_ECRITURE)
