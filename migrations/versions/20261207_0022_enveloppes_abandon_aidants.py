"""enveloppes by purpose, a structure's own abandon, Aidants Connect management (columns and row-level security)

Revision ID: 0022
Revises: 0024
Create Date: 2026-12-07

Issue 21, item 3.
- `enveloppe.objet` (postes, kits, aidants_connect): each line funds what it is for. Every existing
  line is `postes` here; 0022b gives the kits' and Aidants Connect's lines their objet (data apart).
- `aidant.responsable`, `aidant.date_desactivation`, `organisation_aidants_connect.date_desactivation`.
- Row-level security, as auth/policy_ecriture.py says (PostgreSQL only):
  - structure: a structure updates its own row while its candidature is under instruction (créée,
    examen complémentaire, and the abandon it moves to); a trigger refuses any change a structure
    makes but `statut` (to ABANDON only) and `updated_at`: a row rule cannot name columns, and
    otherwise a structure could move its own département (which préfecture reads it) or SIRET.
    INSERT and DELETE stay ANCT's.
  - aidant: ANCT, or the organisation's responsable (`hub_responsable()`: the aidant of the token's
    organisation whose email is the token's subject, `hub.subject`, responsable and active, in an
    active organisation) on the other aidants of its organisation, in its département.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OBJETS = ("postes", "kits", "aidants_connect")
ANCT = "(SELECT hub_role()) = 'anct'"

FONCTIONS = {
    "hub_subject()": "text AS $$ SELECT nullif(current_setting('hub.subject', true), '') $$",
    # A function, as hub_departement_de_structure() in 0003: the aidant policies read the aidant
    # table through it without PostgreSQL seeing a policy that refers to its own table. SECURITY
    # INVOKER: it reads under the caller's own read policies (its organisation's aidants).
    "hub_responsable()": """boolean AS $$ SELECT EXISTS (SELECT 1 FROM aidant a
        JOIN organisation_aidants_connect o ON o.id = a.organisation_id
        WHERE a.organisation_id = hub_organisation_id() AND lower(a.email) = lower(hub_subject())
          AND a.responsable AND a.date_desactivation IS NULL AND o.date_desactivation IS NULL)
        $$ SET search_path = public, pg_temp""",
}

STRUCTURE_EN_INSTRUCTION = (
    "((SELECT hub_role()) = 'structure' AND id = (SELECT hub_structure_id()) "
    "AND statut IN ('CREEE', 'EXAMEN_COMPLEMENTAIRE', 'ABANDON'))"
)
RESPONSABLE = (
    "((SELECT hub_role()) = 'aidant' AND organisation_id = (SELECT hub_organisation_id()) "
    "AND NOT responsable AND departement_code = (SELECT o.departement_code "
    "FROM organisation_aidants_connect o WHERE o.id = (SELECT hub_organisation_id())) "
    "AND (SELECT hub_responsable()))"
)

# Before an update by a structure: nothing but its statut (to ABANDON) and updated_at changes.
TRIGGER = """
CREATE FUNCTION hub_structure_abandon_seul() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
BEGIN
    IF coalesce(current_setting('hub.role', true), '') = 'structure' THEN
        IF (to_jsonb(NEW) - 'statut' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'statut' - 'updated_at')
           OR (NEW.statut IS DISTINCT FROM OLD.statut AND NEW.statut <> 'ABANDON') THEN
            RAISE EXCEPTION 'une structure ne change que son statut, vers l''abandon'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$
"""


def _politique(table: str, nom: str, regle: str) -> None:
    op.execute(sa.text(f"DROP POLICY IF EXISTS {nom} ON {table}"))
    if nom == "ajout":
        op.execute(sa.text(f"CREATE POLICY ajout ON {table} FOR INSERT WITH CHECK ({regle})"))
    elif nom == "modification":
        op.execute(
            sa.text(f"CREATE POLICY modification ON {table} FOR UPDATE USING ({regle}) WITH CHECK ({regle})")
        )
    else:
        op.execute(sa.text(f"CREATE POLICY suppression ON {table} FOR DELETE USING ({regle})"))


def upgrade() -> None:
    op.add_column(
        "enveloppe", sa.Column("objet", sa.String(length=40), nullable=False, server_default="postes")
    )
    op.add_column("aidant", sa.Column("responsable", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("aidant", sa.Column("date_desactivation", sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        "organisation_aidants_connect",
        sa.Column("date_desactivation", sa.DateTime(timezone=True), nullable=True),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    valeurs = ", ".join(f"'{objet}'" for objet in OBJETS)
    op.create_check_constraint(op.f("ck_enveloppe_objetenveloppe"), "enveloppe", f"objet IN ({valeurs})")
    for signature, corps in FONCTIONS.items():
        op.execute(sa.text(f"CREATE FUNCTION {signature} RETURNS {corps} LANGUAGE sql STABLE PARALLEL SAFE"))
    _politique("structure", "modification", f"{ANCT} OR {STRUCTURE_EN_INSTRUCTION}")
    op.execute(sa.text(TRIGGER))
    op.execute(
        sa.text(
            "CREATE TRIGGER structure_abandon_seul BEFORE UPDATE ON structure "
            "FOR EACH ROW EXECUTE FUNCTION hub_structure_abandon_seul()"
        )
    )
    for nom in ("ajout", "modification", "suppression"):
        _politique("aidant", nom, f"{ANCT} OR {RESPONSABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for nom in ("ajout", "modification", "suppression"):
            _politique("aidant", nom, ANCT)
        op.execute(sa.text("DROP TRIGGER IF EXISTS structure_abandon_seul ON structure"))
        op.execute(sa.text("DROP FUNCTION IF EXISTS hub_structure_abandon_seul()"))
        _politique("structure", "modification", ANCT)
        for signature in reversed(FONCTIONS):
            op.execute(sa.text(f"DROP FUNCTION IF EXISTS {signature}"))
        op.drop_constraint(op.f("ck_enveloppe_objetenveloppe"), "enveloppe", type_="check")
    with op.batch_alter_table("organisation_aidants_connect") as batch_op:
        batch_op.drop_column("date_desactivation")
    with op.batch_alter_table("aidant") as batch_op:
        batch_op.drop_column("date_desactivation")
        batch_op.drop_column("responsable")
    with op.batch_alter_table("enveloppe") as batch_op:
        batch_op.drop_column("objet")
