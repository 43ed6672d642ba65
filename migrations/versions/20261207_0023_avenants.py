"""avenants: a structure's requests to add postes or give one back, the préfet's avis, ANCT's decision

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-07

Issue 21, item 3. The table `avenant` (hub/models/avenant.py) with the read and write rules of
auth/policy_lecture.py and auth/policy_ecriture.py as row-level security policies (PostgreSQL):
- read: ANCT, the préfecture of its département, the structure itself (like a candidature);
- write: ANCT (the decision); the préfecture of its département while the request awaits the
  decision (its avis); the structure, its own requests in its own département, before any avis or
  decision, a poste given back being one of its own postes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "avenant"
ANCT = "(SELECT hub_role()) = 'anct'"
PREFECTURE = (
    "((SELECT hub_role()) = 'prefecture' AND departement_code = ANY ((SELECT hub_departements())::text[]))"
)
# A hub territorial reads the rows of its régions' départements as a préfecture does (migration 0021).
TERRITOIRE_LIT = (
    "((SELECT hub_role()) IN ('prefecture', 'hub_territorial')"
    " AND departement_code = ANY ((SELECT hub_departements())::text[]))"
)
STRUCTURE_LIT = "((SELECT hub_role()) = 'structure' AND structure_id = (SELECT hub_structure_id()))"
ECRITURE = f"""{ANCT}
    OR ({PREFECTURE} AND statut = 'demande')
    OR ({STRUCTURE_LIT} AND departement_code = (SELECT hub_departement_de_structure())
        AND statut = 'demande' AND avis_prefet IS NULL
        AND (poste_id IS NULL OR hub_poste_de_structure(poste_id)))"""
POLITIQUES = (
    f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY",
    f"ALTER TABLE {TABLE} FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY systeme ON {TABLE} USING (hub_systeme()) WITH CHECK (hub_systeme())",
    f"CREATE POLICY lecture ON {TABLE} FOR SELECT USING ({ANCT} OR {TERRITOIRE_LIT} OR {STRUCTURE_LIT})",
    f"CREATE POLICY ajout ON {TABLE} FOR INSERT WITH CHECK ({ECRITURE})",
    f"CREATE POLICY modification ON {TABLE} FOR UPDATE USING ({ECRITURE}) WITH CHECK ({ECRITURE})",
    f"CREATE POLICY suppression ON {TABLE} FOR DELETE USING ({ANCT})",
)


def _enum(nom: str, *valeurs: str) -> sa.Enum:
    return sa.Enum(*valeurs, name=nom, native_enum=False, create_constraint=True, length=40)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("structure_id", sa.Uuid(), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=False),
        sa.Column("type", _enum("typeavenant", "ajout_poste", "rendu_poste"), nullable=False),
        sa.Column("statut", _enum("statutavenant", "demande", "accepte", "refuse"), nullable=False),
        sa.Column("nb_postes", sa.Integer(), nullable=False),
        sa.Column("poste_id", sa.Uuid(), nullable=True),
        sa.Column("motif", sa.Text(), nullable=False),
        sa.Column("date_demande", sa.Date(), nullable=False),
        sa.Column("avis_prefet", _enum("avis", "POSITIF", "NEGATIF"), nullable=True),
        sa.Column("commentaire_prefet", sa.Text(), nullable=False),
        sa.Column("date_avis_prefet", sa.Date(), nullable=True),
        sa.Column("auteur_avis_prefet", sa.String(length=200), nullable=True),
        sa.Column("nb_postes_accordes", sa.Integer(), nullable=True),
        sa.Column("date_decision", sa.Date(), nullable=True),
        sa.Column("auteur_decision", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("nb_postes BETWEEN 1 AND 500", name=op.f("ck_avenant_nb_postes")),
        sa.CheckConstraint(
            "type <> 'rendu_poste' OR (poste_id IS NOT NULL AND nb_postes = 1)", name=op.f("ck_avenant_rendu")
        ),
        sa.CheckConstraint(
            "(avis_prefet IS NULL) = (date_avis_prefet IS NULL)", name=op.f("ck_avenant_avis_complet")
        ),
        sa.CheckConstraint(
            "(statut = 'demande') = (date_decision IS NULL)", name=op.f("ck_avenant_decision_complete")
        ),
        sa.ForeignKeyConstraint(
            ["departement_code"], ["departement.code"], name=op.f("fk_avenant_departement_code_departement")
        ),
        sa.ForeignKeyConstraint(["poste_id"], ["poste.id"], name=op.f("fk_avenant_poste_id_poste")),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_avenant_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avenant")),
    )
    for colonne in ("structure_id", "departement_code", "statut", "poste_id"):
        op.create_index(op.f(f"ix_avenant_{colonne}"), TABLE, [colonne], unique=False)
    for nom, colonne, type_ in (
        ("uq_avenant_ajout_en_instruction", "structure_id", "ajout_poste"),
        ("uq_avenant_rendu_en_instruction", "poste_id", "rendu_poste"),
    ):
        condition = sa.text(f"type = '{type_}' AND statut = 'demande'")
        op.create_index(
            nom, TABLE, [colonne], unique=True, sqlite_where=condition, postgresql_where=condition
        )
    if op.get_bind().dialect.name != "postgresql":
        return
    for politique in POLITIQUES:
        op.execute(sa.text(politique))
    role = _role_applicatif()
    op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {TABLE} TO "{role}"'))


def downgrade() -> None:
    # Dropping the table drops its policies and grants with it.
    for nom in ("uq_avenant_rendu_en_instruction", "uq_avenant_ajout_en_instruction"):
        op.drop_index(nom, table_name=TABLE)
    for colonne in ("poste_id", "statut", "departement_code", "structure_id"):
        op.drop_index(op.f(f"ix_avenant_{colonne}"), table_name=TABLE)
    op.drop_table(TABLE)


def _role_applicatif() -> str:
    role = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"HUB_DATABASE_APP_ROLE={role!r} is not a plain PostgreSQL role name")
    return role
