"""roles coordinateur, hub territorial, grand réseau: their tables, columns and row-level security

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-07

Issue 21, item 2. New tables `reseau` (grands réseaux), `hub_territorial` and
`hub_territorial_region` (a hub and the régions it covers), `coordination` (a coordinateur coordinates
a conseiller, from a date until an end date); `structure.reseau_id` (membership in a réseau);
`habilitation.hub_territorial_id` and `habilitation.reseau_id`; the three roles in the role CHECK
constraints of `habilitation` and `journal`.

Row-level security (PostgreSQL only) repeats auth/policy_lecture.py and auth/policy_ecriture.py for
the new roles with ADDITIONAL permissive policies (named `*_nouveaux_roles`), so that no existing
policy is rewritten: PostgreSQL ORs permissive policies together. The settings `hub.hub_territorial_id`
and `hub.reseau_id` are read by two new functions; a grand réseau's structures are read through
`hub_structures_du_reseau()`, a function (planned on its own, SECURITY INVOKER), because policies on
poste/contrat/conseiller that read `structure` in a subquery would form a cycle with structure's own
policy, which reads contrat ("infinite recursion detected in policy").
"""

# ruff: noqa: S608 - the policies' SQL is assembled from this file's own constants, no input reaches it

from __future__ import annotations

import os
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANCIENS_ROLES = ("anct", "prefecture", "structure", "conseiller", "aidant", "partenaire", "anonyme")
NOUVEAUX_ROLES = (
    "anct",
    "prefecture",
    "structure",
    "conseiller",
    "aidant",
    "coordinateur",
    "hub_territorial",
    "grand_reseau",
    "partenaire",
    "anonyme",
)

FONCTIONS = {
    "hub_hub_territorial_id()": "uuid AS $$ SELECT nullif(current_setting('hub.hub_territorial_id', true), '')::uuid $$",
    "hub_reseau_id()": "uuid AS $$ SELECT nullif(current_setting('hub.reseau_id', true), '')::uuid $$",
    # coordination's write policy reads conseiller, whose read policy reads coordination: through a
    # function, like hub_structures_du_reseau, the cycle is broken.
    "hub_conseillers_coordonnes()": "uuid[] AS $$ SELECT coalesce(array_agg(k.conseiller_id), '{}') FROM coordination k WHERE k.coordinateur_id = (SELECT hub_conseiller_id()) AND k.date_fin IS NULL $$ SET search_path = public, pg_temp",
    "hub_structures_du_reseau()": "uuid[] AS $$ SELECT coalesce(array_agg(s.id), '{}') FROM structure s WHERE s.reseau_id = (SELECT hub_reseau_id()) $$ SET search_path = public, pg_temp",
}

ROLE = "(SELECT hub_role())"
DEPARTEMENTS = "(SELECT hub_departements())::text[]"
HUB = f"({ROLE} = 'hub_territorial' AND departement_code = ANY ({DEPARTEMENTS}))"
RESEAU = f"({ROLE} = 'grand_reseau' AND structure_id = ANY ((SELECT hub_structures_du_reseau())::uuid[]))"
COORDONNES = "ANY ((SELECT hub_conseillers_coordonnes())::uuid[])"
COORDINATEUR = f"({ROLE} = 'coordinateur' AND (conseiller_id = (SELECT hub_conseiller_id()) OR conseiller_id = {COORDONNES}))"
PAS_UN_ANCIEN_EMPLOYE = """(EXISTS (SELECT 1 FROM contrat k WHERE k.conseiller_id = conseiller.id
        AND k.structure_id = conseiller.structure_id AND k.statut IN ('recrute', 'actif'))
    OR NOT EXISTS (SELECT 1 FROM contrat k WHERE k.conseiller_id = conseiller.id
        AND k.structure_id = conseiller.structure_id AND k.statut IN ('rompu', 'termine')))"""
JOURNAL_DU_HUB = f"""({ROLE} = 'hub_territorial' AND entite = 'hub_territorial'
    AND entite_id = (SELECT hub_hub_territorial_id())::text)"""

LECTURE = {
    "structure": f"{HUB} OR ({ROLE} = 'grand_reseau' AND reseau_id = (SELECT hub_reseau_id()))",
    **dict.fromkeys(("candidature", "avis_prefet", "decision_coselec", "subvention", "versement"), HUB),
    "plafond_departemental": HUB,
    "organisation_aidants_connect": HUB,
    "poste": f"{HUB} OR {RESEAU}",
    "contrat": f"{HUB} OR {RESEAU}",
    "conseiller": f"""{HUB}
        OR ({ROLE} = 'grand_reseau' AND structure_id = ANY ((SELECT hub_structures_du_reseau())::uuid[]) AND {PAS_UN_ANCIEN_EMPLOYE})
        OR ({ROLE} = 'coordinateur' AND (id = (SELECT hub_conseiller_id()) OR id = {COORDONNES}))""",
    "activite": f"{HUB} OR {COORDINATEUR}",
    "journal": JOURNAL_DU_HUB,
}
# Counting (auth.rls.contexte_statistiques): the hub territorial counts like a préfecture.
COMPTES = (
    "structure",
    "candidature",
    "avis_prefet",
    "decision_coselec",
    "poste",
    "subvention",
    "versement",
    "enveloppe",
    "plafond_departemental",
    "conseiller",
    "contrat",
    "activite",
    "activite_theme",
    "organisation_aidants_connect",
    "mandat",
    "autorisation",
    "aidant",
)
STATISTIQUES = f"(SELECT hub_statistiques()) AND {ROLE} = 'hub_territorial'"

ANCT = f"{ROLE} = 'anct'"
COORDINATION_LECTURE = f"""{ANCT}
    OR ({ROLE} IN ('prefecture', 'hub_territorial') AND departement_code = ANY ({DEPARTEMENTS}))
    OR ({ROLE} = 'coordinateur' AND coordinateur_id = (SELECT hub_conseiller_id()))
    OR ({ROLE} = 'conseiller' AND conseiller_id = (SELECT hub_conseiller_id()))"""
COORDINATION_ECRITURE = f"""{ANCT}
    OR ({ROLE} = 'prefecture' AND departement_code = ANY ({DEPARTEMENTS})
        AND EXISTS (SELECT 1 FROM conseiller c
            WHERE c.id = coordination.conseiller_id AND c.departement_code = coordination.departement_code))"""
HUB_ECRITURE = f"{ANCT} OR ({ROLE} = 'hub_territorial' AND id = (SELECT hub_hub_territorial_id()))"

NOUVELLES_TABLES = ("reseau", "hub_territorial", "hub_territorial_region", "coordination")
ECRITURE_NOUVELLES = {
    "reseau": ANCT,
    "hub_territorial": HUB_ECRITURE,
    "hub_territorial_region": ANCT,
    "coordination": COORDINATION_ECRITURE,
}
LECTURE_NOUVELLES = {
    "reseau": "true",
    "hub_territorial": "true",
    "hub_territorial_region": "true",
    "coordination": COORDINATION_LECTURE,
}


def _role_applicatif() -> str:
    role = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"HUB_DATABASE_APP_ROLE={role!r} is not a plain PostgreSQL role name")
    return role


def _roles(valeurs: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*valeurs, name="role", native_enum=False, create_constraint=True, length=40)


def _contraintes_de_role(avant: tuple[str, ...], apres: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        liste = ", ".join(f"'{role}'" for role in apres)
        for table in ("habilitation", "journal"):
            op.execute(sa.text(f"ALTER TABLE {table} DROP CONSTRAINT ck_{table}_role"))
            op.execute(
                sa.text(f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_role CHECK (role IN ({liste}))")
            )
        return
    for table in ("habilitation", "journal"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(
                "role", existing_type=_roles(avant), type_=_roles(apres), existing_nullable=False
            )


def _tables() -> None:
    op.create_table(
        "reseau",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("nom", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reseau")),
        sa.UniqueConstraint("nom", name=op.f("uq_reseau_nom")),
    )
    op.create_table(
        "hub_territorial",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("nom", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("telephone", sa.String(length=20), nullable=True),
        sa.Column("site_web", sa.String(length=300), nullable=True),
        sa.Column("adresse", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_territorial")),
        sa.UniqueConstraint("nom", name=op.f("uq_hub_territorial_nom")),
    )
    op.create_table(
        "hub_territorial_region",
        sa.Column("hub_territorial_id", sa.Uuid(), nullable=False),
        sa.Column("region_code", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["hub_territorial_id"],
            ["hub_territorial.id"],
            name=op.f("fk_hub_territorial_region_hub_territorial_id_hub_territorial"),
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_hub_territorial_region_region_code_region")
        ),
        sa.PrimaryKeyConstraint("hub_territorial_id", "region_code", name=op.f("pk_hub_territorial_region")),
    )
    op.create_table(
        "coordination",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("coordinateur_id", sa.Uuid(), nullable=False),
        sa.Column("conseiller_id", sa.Uuid(), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=False),
        sa.Column("date_debut", sa.Date(), nullable=False),
        sa.Column("date_fin", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("coordinateur_id <> conseiller_id", name=op.f("ck_coordination_pas_soi_meme")),
        sa.CheckConstraint("date_fin IS NULL OR date_fin >= date_debut", name=op.f("ck_coordination_dates")),
        sa.ForeignKeyConstraint(
            ["coordinateur_id"], ["conseiller.id"], name=op.f("fk_coordination_coordinateur_id_conseiller")
        ),
        sa.ForeignKeyConstraint(
            ["conseiller_id"], ["conseiller.id"], name=op.f("fk_coordination_conseiller_id_conseiller")
        ),
        sa.ForeignKeyConstraint(
            ["departement_code"],
            ["departement.code"],
            name=op.f("fk_coordination_departement_code_departement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination")),
    )
    with op.batch_alter_table("coordination") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordination_coordinateur_id"), ["coordinateur_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coordination_conseiller_id"), ["conseiller_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coordination_departement_code"), ["departement_code"], unique=False
        )
        batch_op.create_index(
            "uq_coordination_en_cours",
            ["coordinateur_id", "conseiller_id"],
            unique=True,
            sqlite_where=sa.text("date_fin IS NULL"),
            postgresql_where=sa.text("date_fin IS NULL"),
        )
    with op.batch_alter_table("structure") as batch_op:
        batch_op.add_column(sa.Column("reseau_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_structure_reseau_id"), ["reseau_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_structure_reseau_id_reseau"), "reseau", ["reseau_id"], ["id"]
        )
    with op.batch_alter_table("habilitation") as batch_op:
        batch_op.add_column(sa.Column("hub_territorial_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("reseau_id", sa.Uuid(), nullable=True))


def _securite() -> None:
    for signature, corps in FONCTIONS.items():
        op.execute(sa.text(f"CREATE FUNCTION {signature} RETURNS {corps} LANGUAGE sql STABLE PARALLEL SAFE"))
    for table, regle in LECTURE.items():
        op.execute(sa.text(f"CREATE POLICY lecture_nouveaux_roles ON {table} FOR SELECT USING ({regle})"))
    for table in COMPTES:
        op.execute(
            sa.text(f"CREATE POLICY statistiques_nouveaux_roles ON {table} FOR SELECT USING ({STATISTIQUES})")
        )
    # The hub territorial journals its own contact data under its own role.
    op.execute(
        sa.text(
            "CREATE POLICY ajout_nouveaux_roles ON journal FOR INSERT "
            f"WITH CHECK (role = {ROLE} AND {JOURNAL_DU_HUB})"
        )
    )
    for table in NOUVELLES_TABLES:
        ecriture = ECRITURE_NOUVELLES[table]
        for statement in (
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            f"CREATE POLICY systeme ON {table} USING ((SELECT hub_systeme())) WITH CHECK ((SELECT hub_systeme()))",
            f"CREATE POLICY lecture ON {table} FOR SELECT USING ({LECTURE_NOUVELLES[table]})",
            f"CREATE POLICY ajout ON {table} FOR INSERT WITH CHECK ({ecriture})",
            f"CREATE POLICY modification ON {table} FOR UPDATE USING ({ecriture}) WITH CHECK ({ecriture})",
            f"CREATE POLICY suppression ON {table} FOR DELETE USING ({ecriture})",
        ):
            op.execute(sa.text(statement))
    role = _role_applicatif()
    if op.get_bind().execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        for table in NOUVELLES_TABLES:
            op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO "{role}"'))


def upgrade() -> None:
    _tables()
    _contraintes_de_role(ANCIENS_ROLES, NOUVEAUX_ROLES)
    if op.get_bind().dialect.name == "postgresql":
        _securite()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("DROP POLICY IF EXISTS ajout_nouveaux_roles ON journal"))
        for table in COMPTES:
            op.execute(sa.text(f"DROP POLICY IF EXISTS statistiques_nouveaux_roles ON {table}"))
        for table in LECTURE:
            op.execute(sa.text(f"DROP POLICY IF EXISTS lecture_nouveaux_roles ON {table}"))
    # Fails while rows hold a new role: they must be withdrawn first.
    _contraintes_de_role(NOUVEAUX_ROLES, ANCIENS_ROLES)
    with op.batch_alter_table("habilitation") as batch_op:
        batch_op.drop_column("reseau_id")
        batch_op.drop_column("hub_territorial_id")
    with op.batch_alter_table("structure") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_structure_reseau_id_reseau"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_structure_reseau_id"))
        batch_op.drop_column("reseau_id")
    for table in ("coordination", "hub_territorial_region", "hub_territorial", "reseau"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        for signature in reversed(FONCTIONS):
            op.execute(sa.text(f"DROP FUNCTION {signature}"))
