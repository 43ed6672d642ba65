"""activités pre-aggregated per département and month, maintained by triggers; lieux by coordinates

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Two tables that statistics read instead of the million rows of `activite` (see
hub/models/activite_agregat.py): `activite_agregat` (département × month: counts and sums) and
`activite_theme_agregat` (département × month: a count per thème, one column each). Their size
depends on départements × months, not on the number of activités, so a national dashboard costs the same at 100,000 or
10,000,000 activités.

They are kept exact by triggers, in the transaction of every write of `activite` and `activite_theme`,
whoever writes (API services, seed, importers, an operator's SQL):
- PostgreSQL: statement-level AFTER triggers with transition tables, so a bulk INSERT … SELECT of
  50,000 rows costs one aggregate upsert, not 50,000. The trigger functions switch to
  `hub.role = 'system'` for their own statements and give the caller its role back before returning
  (see `_en_systeme`), so row-level security lets them maintain the aggregates of rows the writer
  itself cannot read; only the triggering rows' own figures reach the tables. No principal can write
  these tables otherwise (no write policy).
- SQLite: row-level triggers doing the same upserts.
Deleting an activité first deletes its thèmes (BEFORE DELETE), so that their counts are taken off
while the activité, which says their département and month, still exists (a cascade would run after).
The same delta is subtracted and added on every update, so corrections and thème changes need
nothing from the services. The back-fill of existing rows is the next revision (0007).

Row-level security as in 0003: ENABLE + FORCE, `systeme`, `lecture` (ANCT) and the counting policy
`statistiques` (ANCT, préfectures, partner tools, anonymous national totals: the Python predicate
then narrows to the territory). Also an index on lieu (latitude, longitude) for `lieux(pres:)`.
"""

# ruff: noqa: S608 - the SQL is assembled from this file's own constants, no input reaches it

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")

THEMES = (
    "equipement_informatique",
    "vocabulaire",
    "internet",
    "securite",
    "courriel",
    "echanger",
    "traitement_texte",
    "contenus_numeriques",
    "trouver_emploi",
    "tpe_pme",
    "accompagner_enfant",
    "demarche_en_ligne",
    "fraude_et_harcelement",
    "sante",
    "smartphone",
    "budget",
    "scolaire",
    "diagnostic",
    "autre",
)
AGES = ("moins12ans", "de12a18ans", "de18a35ans", "de35a60ans", "plus60ans")
STATUTS = ("etudiant", "sans_emploi", "en_emploi", "retraite", "heterogene")


def _compte_si(condition: str) -> str:
    return f"CASE WHEN {condition} THEN r.s ELSE 0 END"


# Column of activite_agregat → its contribution of one activité `r` counted with sign `r.s` (±1).
COLONNES: dict[str, str] = {
    "nombre": "r.s",
    "participants": "r.s * r.nb_participants",
    "participants_recurrents": "r.s * r.nb_participants_recurrents",
    "duree_minutes": "r.s * r.duree_minutes",
    "duree_0_30": _compte_si("r.duree_minutes < 30"),
    "duree_30_60": _compte_si("r.duree_minutes >= 30 AND r.duree_minutes < 60"),
    "duree_60_120": _compte_si("r.duree_minutes >= 60 AND r.duree_minutes < 120"),
    "duree_120_plus": _compte_si("r.duree_minutes >= 120"),
    **{
        f"canal_{c}": _compte_si(f"r.canal = '{c}'")
        for c in ("rattachement", "autre_lieu", "distance", "domicile")
    },
    **{f"type_{t}": _compte_si(f"r.type = '{t}'") for t in ("individuel", "collectif", "ponctuel")},
    **{f"age_{a}": f"r.s * r.age_{a}" for a in AGES},
    **{f"statut_{s}": f"r.s * r.statut_{s}" for s in STATUTS},
}
# Column of activite_theme_agregat per thème: how many activités of the group carry it.
COLONNES_THEMES = tuple(f"theme_{t}" for t in THEMES)
MOIS = {
    "postgresql": "date_trunc('month', {0}::timestamp)::date",
    "sqlite": "date({0}, 'start of month')",
}


def _cumuler(table: str, colonnes: Sequence[str]) -> str:
    return ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in colonnes)


def _upsert_activites(dialecte: str, lignes: str) -> str:
    """Add the signed rows `lignes` (a subquery with every activite column and `s`) to the aggregates."""
    mois = MOIS[dialecte].format("r.date")
    noms = ", ".join(COLONNES)
    sommes = ", ".join(f"sum({expression})" for expression in COLONNES.values())
    return (
        f"INSERT INTO activite_agregat (departement_code, mois, {noms}) "
        f"SELECT r.departement_code, {mois}, {sommes} FROM ({lignes}) AS r WHERE true "
        f"GROUP BY r.departement_code, {mois} ORDER BY r.departement_code, {mois} "
        f"ON CONFLICT (departement_code, mois) DO UPDATE SET {_cumuler('activite_agregat', COLONNES)}"
    )


def _upsert_themes(dialecte: str, lignes: str) -> str:
    """Add the signed (departement_code, date, theme, s) rows `lignes` to the thème aggregates."""
    mois = MOIS[dialecte].format("r.date")
    noms = ", ".join(COLONNES_THEMES)
    sommes = ", ".join(f"sum(CASE WHEN r.theme = '{t}' THEN r.s ELSE 0 END)" for t in THEMES)
    return (
        f"INSERT INTO activite_theme_agregat (departement_code, mois, {noms}) "
        f"SELECT r.departement_code, {mois}, {sommes} FROM ({lignes}) AS r WHERE true "
        f"GROUP BY r.departement_code, {mois} ORDER BY r.departement_code, {mois} "
        f"ON CONFLICT (departement_code, mois) DO UPDATE SET {_cumuler('activite_theme_agregat', COLONNES_THEMES)}"
    )


# --- PostgreSQL -------------------------------------------------------------------------------------

_PG_ACTIVITES_NOUVELLES = "SELECT n.*, 1 AS s FROM nouvelles n"
_PG_ACTIVITES_ANCIENNES = "SELECT o.*, -1 AS s FROM anciennes o"
_PG_THEMES_DEPLACES = (
    "SELECT n.departement_code, n.date, t.theme, 1 AS s FROM nouvelles n JOIN activite_theme t ON t.activite_id = n.id "
    "UNION ALL "
    "SELECT o.departement_code, o.date, t.theme, -1 AS s FROM anciennes o JOIN activite_theme t ON t.activite_id = o.id"
)
_PG_THEMES_NOUVEAUX = "SELECT a.departement_code, a.date, n.theme, 1 AS s FROM nouvelles n JOIN activite a ON a.id = n.activite_id"
_PG_THEMES_ANCIENS = "SELECT a.departement_code, a.date, o.theme, -1 AS s FROM anciennes o JOIN activite a ON a.id = o.activite_id"

# search_path pinned so that a temporary table cannot stand in for the aggregates.
_PG_ENTETE = "RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp"


def _en_systeme(corps: str, retour: str) -> str:
    """A trigger body that runs `corps` as the system, then gives the caller its own role back.

    Why not a function-level `SET hub.role = 'system'` (the first version of this revision): since
    PostgreSQL 15 only a superuser may attach a SET of a placeholder setting (hub.* is not a known
    parameter) to a function, so the documented set-up, migrations run by a NOSUPERUSER owner
    (docs/autorisations.md), failed here with "permission denied to set parameter hub.role".

    Why not SECURITY DEFINER functions owned by the owner: FORCE ROW LEVEL SECURITY binds the owner
    too, so they would still need the system context, or policies letting the owner role through on
    activite, activite_theme and the aggregates, i.e. any session connected as the owner would read
    and write those rows without saying it is the system (which FORCE exists to prevent), with the
    owner's name frozen into the policies. And a definer function is one more way up in privileges.

    So: `set_config(…, true)` (any role may set hub.* for its transaction; the application role can
    already do so, docs/autorisations.md "What row-level security does not protect against"). A
    trigger runs inside the caller's transaction, so a transaction-local 'system' left behind would
    hand the system context to every later statement of the caller's request: the caller's value is
    saved first and written back on the way out. Exit paths:
    - normal return: the last statement before RETURN restores it (NULL, never set, becomes '', which
      every hub_*() reading function also takes as "none");
    - an error in `corps` (or in a nested trigger): the error aborts the statement, hence the
      transaction or the savepoint / PL/pgSQL EXCEPTION block around it, and PostgreSQL undoes every
      set_config made inside an aborted (sub)transaction; no statement of the caller can run between
      the error and that rollback. An EXCEPTION handler here would add a subtransaction per call
      (the BEFORE DELETE trigger is per row) to restore what the rollback restores anyway.
    Nested calls (deleting an activité deletes its thèmes, whose trigger fires inside this one)
    save 'system' and restore 'system'; the outermost call restores the caller's role.
    Tested: tests/migrations/test_role_systeme_des_triggers.py."""
    return f"""{_PG_ENTETE} AS $$
DECLARE
  role_appelant text := current_setting('hub.role', true);
BEGIN
  PERFORM set_config('hub.role', 'system', true);
  {corps}
  PERFORM set_config('hub.role', coalesce(role_appelant, ''), true);
  RETURN {retour};
END $$"""


PG_FONCTIONS = {
    "hub_agreger_activites()": _en_systeme(
        f"""IF TG_OP = 'INSERT' THEN
    {_upsert_activites("postgresql", _PG_ACTIVITES_NOUVELLES)};
  ELSIF TG_OP = 'DELETE' THEN
    {_upsert_activites("postgresql", _PG_ACTIVITES_ANCIENNES)};
  ELSE
    {_upsert_activites("postgresql", f"{_PG_ACTIVITES_NOUVELLES} UNION ALL {_PG_ACTIVITES_ANCIENNES}")};
    {_upsert_themes("postgresql", _PG_THEMES_DEPLACES)};
  END IF;""",
        "NULL",
    ),
    "hub_agreger_themes()": _en_systeme(
        f"""IF TG_OP = 'INSERT' THEN
    {_upsert_themes("postgresql", _PG_THEMES_NOUVEAUX)};
  ELSIF TG_OP = 'DELETE' THEN
    {_upsert_themes("postgresql", _PG_THEMES_ANCIENS)};
  ELSE
    {_upsert_themes("postgresql", f"{_PG_THEMES_NOUVEAUX} UNION ALL {_PG_THEMES_ANCIENS}")};
  END IF;""",
        "NULL",
    ),
    "hub_supprimer_themes_d_abord()": _en_systeme(
        "DELETE FROM activite_theme WHERE activite_id = OLD.id;", "OLD"
    ),
    "hub_vider_agregats()": _en_systeme(
        "DELETE FROM activite_theme_agregat;\n  DELETE FROM activite_agregat;", "NULL"
    ),
}
PG_TRIGGERS = {
    "agregats_ajout": "AFTER INSERT ON activite REFERENCING NEW TABLE AS nouvelles "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_agreger_activites()",
    "agregats_modification": "AFTER UPDATE ON activite REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_agreger_activites()",
    "agregats_suppression": "AFTER DELETE ON activite REFERENCING OLD TABLE AS anciennes "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_agreger_activites()",
    "agregats_themes_d_abord": "BEFORE DELETE ON activite FOR EACH ROW EXECUTE FUNCTION hub_supprimer_themes_d_abord()",
    "agregats_vidage": "AFTER TRUNCATE ON activite FOR EACH STATEMENT EXECUTE FUNCTION hub_vider_agregats()",
    "agregats_themes_ajout": "AFTER INSERT ON activite_theme REFERENCING NEW TABLE AS nouvelles "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_agreger_themes()",
    "agregats_themes_modification": "AFTER UPDATE ON activite_theme REFERENCING OLD TABLE AS anciennes "
    "NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION hub_agreger_themes()",
    "agregats_themes_suppression": "AFTER DELETE ON activite_theme REFERENCING OLD TABLE AS anciennes "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_agreger_themes()",
}
# Written as 0003 writes its policies: each hub_*() call a scalar subquery, evaluated once per statement.
PG_POLITIQUES = {
    "systeme": "USING ((SELECT hub_systeme())) WITH CHECK ((SELECT hub_systeme()))",
    "lecture": "FOR SELECT USING ((SELECT hub_role()) = 'anct')",
    "statistiques": "FOR SELECT USING ((SELECT hub_statistiques()) "
    "AND (SELECT hub_role()) IN ('anct', 'prefecture', 'partenaire', 'anonyme'))",
}
TABLES = ("activite_agregat", "activite_theme_agregat")


# --- SQLite -----------------------------------------------------------------------------------------


# The activite columns the aggregates read (SQLite has no NEW.* in a trigger).
CHAMPS = (
    "departement_code",
    "date",
    "nb_participants",
    "nb_participants_recurrents",
    "duree_minutes",
    "canal",
    "type",
    *(f"age_{a}" for a in AGES),
    *(f"statut_{s}" for s in STATUTS),
)


def _sqlite_activite(ligne: str, signe: int) -> str:
    return "SELECT " + ", ".join(f"{ligne}.{c} AS {c}" for c in CHAMPS) + f", {signe} AS s"


def _sqlite_themes_de(activite: str, signe: int) -> str:
    return (
        f"SELECT {activite}.departement_code AS departement_code, {activite}.date AS date, t.theme AS theme, "
        f"{signe} AS s FROM activite_theme t WHERE t.activite_id = {activite}.id"
    )


def _sqlite_theme(ligne: str, signe: int) -> str:
    return (
        f"SELECT a.departement_code AS departement_code, a.date AS date, {ligne}.theme AS theme, {signe} AS s "
        f"FROM activite a WHERE a.id = {ligne}.activite_id"
    )


SQLITE_TRIGGERS = {
    "agregats_ajout": ("AFTER INSERT ON activite", [_upsert_activites("sqlite", _sqlite_activite("NEW", 1))]),
    "agregats_modification": (
        "AFTER UPDATE ON activite",
        [
            _upsert_activites(
                "sqlite", f"{_sqlite_activite('NEW', 1)} UNION ALL {_sqlite_activite('OLD', -1)}"
            ),
            _upsert_themes(
                "sqlite", f"{_sqlite_themes_de('NEW', 1)} UNION ALL {_sqlite_themes_de('OLD', -1)}"
            ),
        ],
    ),
    "agregats_suppression": (
        "AFTER DELETE ON activite",
        [_upsert_activites("sqlite", _sqlite_activite("OLD", -1))],
    ),
    "agregats_themes_d_abord": (
        "BEFORE DELETE ON activite",
        ["DELETE FROM activite_theme WHERE activite_id = OLD.id"],
    ),
    "agregats_themes_ajout": (
        "AFTER INSERT ON activite_theme",
        [_upsert_themes("sqlite", _sqlite_theme("NEW", 1))],
    ),
    "agregats_themes_modification": (
        "AFTER UPDATE ON activite_theme",
        [_upsert_themes("sqlite", f"{_sqlite_theme('NEW', 1)} UNION ALL {_sqlite_theme('OLD', -1)}")],
    ),
    "agregats_themes_suppression": (
        "AFTER DELETE ON activite_theme",
        [_upsert_themes("sqlite", _sqlite_theme("OLD", -1))],
    ),
}


# --- Migration --------------------------------------------------------------------------------------


def _creer_tables() -> None:
    sommes = [sa.Column(nom, sa.Integer(), server_default="0", nullable=False) for nom in COLONNES]
    op.create_table(
        "activite_agregat",
        sa.Column("departement_code", sa.String(length=3), nullable=False),
        sa.Column("mois", sa.Date(), nullable=False),
        *sommes,
        sa.ForeignKeyConstraint(
            ["departement_code"],
            ["departement.code"],
            name=op.f("fk_activite_agregat_departement_code_departement"),
        ),
        sa.PrimaryKeyConstraint("departement_code", "mois", name=op.f("pk_activite_agregat")),
    )
    with op.batch_alter_table("activite_agregat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activite_agregat_mois"), ["mois"], unique=False)
    op.create_table(
        "activite_theme_agregat",
        sa.Column("departement_code", sa.String(length=3), nullable=False),
        sa.Column("mois", sa.Date(), nullable=False),
        *[sa.Column(nom, sa.Integer(), server_default="0", nullable=False) for nom in COLONNES_THEMES],
        sa.ForeignKeyConstraint(
            ["departement_code"],
            ["departement.code"],
            name=op.f("fk_activite_theme_agregat_departement_code_departement"),
        ),
        sa.PrimaryKeyConstraint("departement_code", "mois", name=op.f("pk_activite_theme_agregat")),
    )
    with op.batch_alter_table("activite_theme_agregat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activite_theme_agregat_mois"), ["mois"], unique=False)
    with op.batch_alter_table("lieu", schema=None) as batch_op:
        batch_op.create_index("ix_lieu_latitude_longitude", ["latitude", "longitude"], unique=False)


def upgrade() -> None:
    _creer_tables()
    if op.get_bind().dialect.name == "sqlite":
        for nom, (evenement, corps) in SQLITE_TRIGGERS.items():
            instructions = "".join(f"{instruction}; " for instruction in corps)
            op.execute(sa.text(f"CREATE TRIGGER {nom} {evenement} FOR EACH ROW BEGIN {instructions}END"))
        return
    for signature, corps in PG_FONCTIONS.items():
        op.execute(sa.text(f"CREATE FUNCTION {signature} {corps}"))
    for nom, definition in PG_TRIGGERS.items():
        op.execute(sa.text(f"CREATE TRIGGER {nom} {definition}"))
    for table in TABLES:
        op.execute(sa.text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        op.execute(sa.text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
        for politique, regle in PG_POLITIQUES.items():
            op.execute(sa.text(f"CREATE POLICY {politique} ON {table} {regle}"))
        # As 0003 grants every table: the policies refuse every write but the system's (the triggers).
        op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO "{APP_ROLE}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for nom in SQLITE_TRIGGERS:
            op.execute(sa.text(f"DROP TRIGGER {nom}"))
    else:
        for nom, definition in PG_TRIGGERS.items():
            table = definition.split(" ON ")[1].split(" ")[0]
            op.execute(sa.text(f"DROP TRIGGER {nom} ON {table}"))
        for signature in PG_FONCTIONS:
            op.execute(sa.text(f"DROP FUNCTION {signature}"))
    with op.batch_alter_table("lieu", schema=None) as batch_op:
        batch_op.drop_index("ix_lieu_latitude_longitude")
    op.drop_table("activite_theme_agregat")
    op.drop_table("activite_agregat")
