"""row-level security: policies on every table, grants to the application role

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

PostgreSQL only (SQLite has no row-level security: nothing happens there). A second, independent
layer under `auth.policy`: every table gets ENABLE and FORCE ROW LEVEL SECURITY and policies that
repeat the Python rules in SQL, reading the transaction-local settings `auth.rls` sets per request:
hub.role, hub.departements (comma-separated), hub.structure_id, hub.conseiller_id,
hub.organisation_id, hub.scopes (comma-separated), hub.statistiques ('on' while counting).

- No setting at all: no row (every policy compares with a NULL).
- hub.role = 'system': every row, every write. Set only by trusted jobs (migrations, seed, importers).
- The application role (HUB_DATABASE_APP_ROLE, default hub_app) gets DML on the tables and nothing
  more: it owns nothing, so it can neither disable these policies nor alter a table. Journal, avis
  and décisions are history: it is granted SELECT and INSERT only on them.

This migration is a frozen copy of the rules as of 0003: when auth/policy_*.py changes, a new
migration replaces the affected policies; tests/auth check that both layers give the same rows.
"""

# ruff: noqa: S608 - the policies' SQL is assembled from this file's own constants, no input reaches it

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE_ENV = "HUB_DATABASE_APP_ROLE"
APP_ROLE_DEFAULT = "hub_app"

# current_setting(…, true) is NULL before a first set_config on the connection and '' after the
# transaction that set it ended: both mean "not set". STABLE SQL functions; the policies call them
# through `_une_fois`, so each is evaluated once per statement, not once per row.
FONCTIONS = {
    "hub_role()": "text AS $$ SELECT nullif(current_setting('hub.role', true), '') $$",
    "hub_systeme()": "boolean AS $$ SELECT coalesce(current_setting('hub.role', true), '') = 'system' $$",
    "hub_departements()": "text[] AS $$ SELECT coalesce(string_to_array(nullif(current_setting('hub.departements', true), ''), ','), '{}') $$",
    "hub_scopes()": "text[] AS $$ SELECT coalesce(string_to_array(nullif(current_setting('hub.scopes', true), ''), ','), '{}') $$",
    "hub_structure_id()": "uuid AS $$ SELECT nullif(current_setting('hub.structure_id', true), '')::uuid $$",
    "hub_conseiller_id()": "uuid AS $$ SELECT nullif(current_setting('hub.conseiller_id', true), '')::uuid $$",
    "hub_organisation_id()": "uuid AS $$ SELECT nullif(current_setting('hub.organisation_id', true), '')::uuid $$",
    "hub_statistiques()": "boolean AS $$ SELECT coalesce(current_setting('hub.statistiques', true), '') = 'on' $$",
    # A structure's writes on contrat read structure and poste, whose read policies read contrat:
    # written as subqueries in the policy, that cycle makes PostgreSQL refuse every contrat write
    # ("infinite recursion detected in policy"). A function body is planned on its own, under the
    # same policies (SECURITY INVOKER), which breaks the cycle without widening anything. The fixed
    # search_path keeps a temporary table named "poste" from standing in for the real one.
    "hub_departement_de_structure()": "text AS $$ SELECT s.departement_code FROM structure s WHERE s.id = hub_structure_id() $$ SET search_path = public, pg_temp",
    "hub_poste_de_structure(poste uuid)": "boolean AS $$ SELECT EXISTS (SELECT 1 FROM poste p WHERE p.id = poste AND p.structure_id = hub_structure_id()) $$ SET search_path = public, pg_temp",
}

ANCT = "hub_role() = 'anct'"
PREFECTURE = "(hub_role() = 'prefecture' AND departement_code = ANY (hub_departements()))"
STRUCTURE = "(hub_role() = 'structure' AND structure_id = hub_structure_id())"
DEPARTEMENT_DE_STRUCTURE = "hub_departement_de_structure()"
DEPARTEMENT_DE_ORGANISATION = (
    "(SELECT o.departement_code FROM organisation_aidants_connect o WHERE o.id = hub_organisation_id())"
)
PROGRAMME = f"{ANCT} OR {PREFECTURE} OR {STRUCTURE}"

# Open data: everyone reads, only trusted jobs write.
PUBLIQUES = ("region", "departement", "epci", "commune", "lieu", "lieu_conseiller", "site_france_services")

LECTURE = {
    "structure": f"""{ANCT} OR {PREFECTURE}
        OR (hub_role() = 'structure' AND id = hub_structure_id())
        OR (hub_role() = 'conseiller' AND (
            id IN (SELECT c.structure_id FROM conseiller c WHERE c.id = hub_conseiller_id())
            OR id IN (SELECT k.structure_id FROM contrat k WHERE k.conseiller_id = hub_conseiller_id())))
        OR (hub_role() = 'partenaire' AND 'structures:read' = ANY (hub_scopes()))""",
    "candidature": PROGRAMME,
    "avis_prefet": PROGRAMME,
    "decision_coselec": PROGRAMME,
    "subvention": PROGRAMME,
    "versement": PROGRAMME,
    "poste": f"""{PROGRAMME} OR (hub_role() = 'conseiller'
        AND id IN (SELECT k.poste_id FROM contrat k WHERE k.conseiller_id = hub_conseiller_id()))""",
    "contrat": f"{PROGRAMME} OR (hub_role() = 'conseiller' AND conseiller_id = hub_conseiller_id())",
    "enveloppe": "hub_role() IN ('anct', 'prefecture')",
    "plafond_departemental": f"{ANCT} OR {PREFECTURE}",
    "conseiller": f"""{ANCT} OR {PREFECTURE} OR {STRUCTURE}
        OR (hub_role() = 'conseiller' AND id = hub_conseiller_id())""",
    "activite": f"""{ANCT} OR {PREFECTURE} OR {STRUCTURE}
        OR (hub_role() = 'conseiller' AND conseiller_id = hub_conseiller_id())""",
    # The activité's own policies decide (the subquery is filtered by them too). ANCT, which reads every
    # activité, is tested first: the EXISTS is then never run, where it cost one index probe per thème.
    "activite_theme": f"{ANCT} OR EXISTS (SELECT 1 FROM activite a WHERE a.id = activite_theme.activite_id)",
    "organisation_aidants_connect": f"""{ANCT} OR {PREFECTURE}
        OR (hub_role() = 'aidant' AND id = hub_organisation_id())""",
    "aidant": f"{ANCT} OR (hub_role() = 'aidant' AND organisation_id = hub_organisation_id())",
    "usager": """hub_role() = 'aidant'
        AND id IN (SELECT m.usager_id FROM mandat m WHERE m.organisation_id = hub_organisation_id())""",
    "mandat": "hub_role() = 'aidant' AND organisation_id = hub_organisation_id()",
    "autorisation": "hub_role() = 'aidant' AND organisation_id = hub_organisation_id()",
    "journal": f"""{ANCT}
        OR ({PREFECTURE} AND organisation_id IS NULL)
        OR {STRUCTURE}
        OR (hub_role() = 'conseiller' AND conseiller_id = hub_conseiller_id())
        OR (hub_role() = 'aidant' AND organisation_id = hub_organisation_id())""",
    "import_run": ANCT,
    # 'authentification': the token endpoint looks a client up before any principal exists.
    "client_partenaire": "hub_role() IN ('anct', 'authentification')",
    "habilitation": "hub_role() IN ('anct', 'authentification')",
}

# While counting (auth.rls.contexte_statistiques): the roles statistiques_predicate lets count a
# table see its rows; the Python predicate then narrows to the territory. activite_theme has its own
# counting policy like every other table: without it, counting thèmes ran its read policy's
# EXISTS (SELECT … FROM activite) once per thème row (~7 s for 2 M thèmes at the national scale).
_COMPTEURS = "hub_statistiques() AND hub_role() IN ('anct', 'prefecture', 'partenaire', 'anonyme')"
_COMPTEURS_RESTREINTS = "hub_statistiques() AND hub_role() IN ('anct', 'prefecture')"
STATISTIQUES = {
    **dict.fromkeys(
        (
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
        ),
        _COMPTEURS,
    ),
    **dict.fromkeys(("mandat", "autorisation", "aidant"), _COMPTEURS_RESTREINTS),
}

ECRITURE = {
    **dict.fromkeys(
        (
            "structure",
            "decision_coselec",
            "poste",
            "subvention",
            "versement",
            "enveloppe",
            "plafond_departemental",
            "conseiller",
            "organisation_aidants_connect",
            "aidant",
            "client_partenaire",
            "habilitation",
        ),
        ANCT,
    ),
    "candidature": f"""hub_role() = 'structure' AND structure_id = hub_structure_id()
        AND departement_code = {DEPARTEMENT_DE_STRUCTURE}""",
    "avis_prefet": f"""{PREFECTURE} AND EXISTS (SELECT 1 FROM candidature c
        WHERE c.id = avis_prefet.candidature_id AND c.structure_id = avis_prefet.structure_id
          AND c.departement_code = avis_prefet.departement_code)""",
    "contrat": f"""{ANCT} OR (hub_role() = 'structure' AND structure_id = hub_structure_id()
        AND departement_code = {DEPARTEMENT_DE_STRUCTURE}
        AND hub_poste_de_structure(poste_id))""",
    "activite": """hub_role() = 'conseiller' AND conseiller_id = hub_conseiller_id()
        AND structure_id IN (SELECT c.structure_id FROM conseiller c WHERE c.id = hub_conseiller_id())
        AND departement_code = (SELECT c.departement_code FROM conseiller c WHERE c.id = hub_conseiller_id())""",
    "activite_theme": """hub_role() = 'conseiller'
        AND activite_id IN (SELECT a.id FROM activite a WHERE a.conseiller_id = hub_conseiller_id())""",
    "usager": """hub_role() = 'aidant'
        AND id IN (SELECT m.usager_id FROM mandat m WHERE m.organisation_id = hub_organisation_id())""",
    "mandat": f"""hub_role() = 'aidant' AND organisation_id = hub_organisation_id()
        AND departement_code = {DEPARTEMENT_DE_ORGANISATION}
        AND aidant_id IN (SELECT a.id FROM aidant a WHERE a.organisation_id = hub_organisation_id())""",
    "autorisation": f"""hub_role() = 'aidant' AND organisation_id = hub_organisation_id()
        AND departement_code = {DEPARTEMENT_DE_ORGANISATION}
        AND mandat_id IN (SELECT m.id FROM mandat m WHERE m.organisation_id = hub_organisation_id())""",
    # Under its own role and within what it will read back: no forged signature, no planted line.
    "journal": f"role = hub_role() AND ({LECTURE['journal']})",
}
# A new usager has no mandat yet: an aidant may insert one (it reads it only once the mandat exists).
INSERTION = {"usager": "hub_role() = 'aidant'"}
AJOUT_SEULEMENT = ("journal", "avis_prefet", "decision_coselec")

TABLES = PUBLIQUES + tuple(LECTURE)


def _role_applicatif() -> str:
    role = os.environ.get(APP_ROLE_ENV, APP_ROLE_DEFAULT)
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"{APP_ROLE_ENV}={role!r} is not a plain PostgreSQL role name")
    return role


def _une_fois(expression: str) -> str:
    """`hub_role()` → `(SELECT hub_role())`: a scalar subquery is an InitPlan, evaluated once per
    statement, where a bare call runs for every row. Measured on the national seed: counting 1 M
    activités as ANCT took 444 ms with bare calls, 128 ms this way (80 ms without row-level security)."""
    # The ::text[] cast keeps `x = ANY (…)` an array comparison rather than `= ANY (subquery)`.
    return re.sub(
        r"\b(hub_[a-z_]+)\(\)",
        lambda m: f"(SELECT {m[1]}())" + ("::text[]" if m[1] in ("hub_departements", "hub_scopes") else ""),
        expression,
    )


def _politiques(table: str) -> Iterator[str]:
    for statement in _definitions(table):
        yield statement if statement.startswith("ALTER") else _une_fois(statement)


def _definitions(table: str) -> Iterator[str]:
    yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
    # FORCE: the owner is bound too (a job connected as owner must say it is the system).
    yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
    yield f"CREATE POLICY systeme ON {table} USING (hub_systeme()) WITH CHECK (hub_systeme())"
    yield f"CREATE POLICY lecture ON {table} FOR SELECT USING ({LECTURE.get(table, 'true')})"
    if table in STATISTIQUES:
        yield f"CREATE POLICY statistiques ON {table} FOR SELECT USING ({STATISTIQUES[table]})"
    ecriture = ECRITURE.get(table)
    if ecriture is None:
        return
    yield f"CREATE POLICY ajout ON {table} FOR INSERT WITH CHECK ({INSERTION.get(table, ecriture)})"
    if table not in AJOUT_SEULEMENT:
        yield f"CREATE POLICY modification ON {table} FOR UPDATE USING ({ecriture}) WITH CHECK ({ecriture})"
        yield f"CREATE POLICY suppression ON {table} FOR DELETE USING ({ecriture})"


def _creer_role_si_absent(role: str) -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        return
    peut = bind.execute(
        sa.text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar_one()
    if not peut:
        raise RuntimeError(
            f"role {role!r} does not exist and {bind.engine.url.username!r} may not create it: "
            f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS first (docs/autorisations.md), '
            f"or set {APP_ROLE_ENV}"
        )
    # NOLOGIN until an operator gives it a password: a role created here cannot be used by surprise.
    op.execute(sa.text(f'CREATE ROLE "{role}" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE'))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature, corps in FONCTIONS.items():
        op.execute(sa.text(f"CREATE FUNCTION {signature} RETURNS {corps} LANGUAGE sql STABLE PARALLEL SAFE"))
    for table in TABLES:
        for statement in _politiques(table):
            op.execute(sa.text(statement))

    role = _role_applicatif()
    _creer_role_si_absent(role)
    op.execute(sa.text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
    for table in TABLES:
        droits = "SELECT, INSERT" if table in AJOUT_SEULEMENT else "SELECT, INSERT, UPDATE, DELETE"
        op.execute(sa.text(f'REVOKE ALL ON {table} FROM "{role}"'))
        op.execute(sa.text(f'GRANT {droits} ON {table} TO "{role}"'))
    op.execute(sa.text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    # /readyz compares the schema revision with the code's.
    op.execute(sa.text(f'GRANT SELECT ON alembic_version TO "{role}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    role = _role_applicatif()
    if op.get_bind().execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        op.execute(sa.text(f'REVOKE ALL ON {", ".join((*TABLES, "alembic_version"))} FROM "{role}"'))
        op.execute(sa.text(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "{role}"'))
        op.execute(sa.text(f'REVOKE USAGE ON SCHEMA public FROM "{role}"'))
    for table in TABLES:
        for policy in ("systeme", "lecture", "statistiques", "ajout", "modification", "suppression"):
            op.execute(sa.text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
        op.execute(sa.text(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY"))
        op.execute(sa.text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
    for signature in reversed(FONCTIONS):
        op.execute(sa.text(f"DROP FUNCTION {signature}"))
