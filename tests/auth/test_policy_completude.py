"""Completeness: every table has its rules in Python and its row-level security in PostgreSQL.

A new model without a rule, or a new table without RLS, fails here before any code can query it.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import False_, text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import AJOUT_SEULEMENT, Territoire, read_predicate, statistiques_predicate, write_predicate
from auth.policy_ecriture import ECRITURE
from auth.policy_lecture import LECTURE
from auth.principal import Principal
from auth.rls import role_contourne_rls
from hub.db import Database
from hub.models import Base
from hub.models.enums import Role

MODELES: list[type[Any]] = [mapper.class_ for mapper in Base.registry.mappers]
RACINE = Path(__file__).resolve().parents[2]

# One principal of each role, with every identifier it could carry.
PRINCIPAUX = [
    Principal(
        role,
        departements=frozenset({"57"}),
        structure_id=uuid.uuid4(),
        conseiller_id=uuid.uuid4(),
        organisation_id=uuid.uuid4(),
        scopes=frozenset({"structures:read", "stats:read"}),
    )
    for role in Role
]


def test_chaque_table_a_une_regle_de_lecture_et_une_regle_d_ecriture() -> None:
    assert {m.__tablename__ for m in MODELES} == set(Base.metadata.tables)
    assert set(LECTURE) == set(MODELES)
    assert set(ECRITURE) == set(MODELES)
    for model in MODELES:
        for principal in PRINCIPAUX:
            read_predicate(model, principal)
            write_predicate(model, principal)
            statistiques_predicate(model, principal, Territoire("national"))


def test_un_modele_sans_regle_est_une_erreur_et_non_un_acces() -> None:
    class Inconnu:
        pass

    for fonction in (read_predicate, write_predicate):
        with pytest.raises(LookupError, match="Inconnu"):
            fonction(Inconnu, PRINCIPAUX[0])
    with pytest.raises(LookupError):
        statistiques_predicate(Inconnu, PRINCIPAUX[0], Territoire("national"))


def test_partenaires_et_anonymes_n_ecrivent_rien() -> None:
    for principal in PRINCIPAUX:
        if principal.role in (Role.PARTENAIRE, Role.ANONYME):
            assert all(isinstance(write_predicate(m, principal), False_) for m in MODELES)


def test_le_contexte_systeme_n_est_jamais_pris_sur_le_chemin_des_requetes() -> None:
    # Trusted jobs only: seed, importers, exports and operator commands. Not the API, its services,
    # the app wiring, nor the rest of auth (which would hand it to a request).
    permis = ("hub/seed/", "hub/importers/", "hub/exports/", "hub/cli/", "auth/rls.py")
    fautifs = [
        str(chemin.relative_to(RACINE))
        for dossier in ("hub", "schema", "auth")
        for chemin in (RACINE / dossier).rglob("*.py")
        if "contexte_systeme" in chemin.read_text(encoding="utf-8")
        and not str(chemin.relative_to(RACINE)).startswith(permis)
    ]
    assert fautifs == []


# --- PostgreSQL ----------------------------------------------------------------------------------------


async def _une_valeur(session: AsyncSession, sql: str, **params: Any) -> Any:
    return (await session.execute(text(sql), params)).scalar_one()


# The inscription context (auth.rls.contexte_candidature, migration 0013) and the tables it opens.
INSCRIPTION = {
    "structure": {"inscription_lecture:r", "inscription_ajout:a"},
    "habilitation": {"inscription_ajout:a"},
}


# The additional policies of the three roles of issue 21 (migration 0021) on existing tables.
NOUVEAUX_ROLES = {
    **dict.fromkeys(
        (
            "structure",
            "candidature",
            "avis_prefet",
            "decision_coselec",
            "subvention",
            "versement",
            "plafond_departemental",
            "organisation_aidants_connect",
            "poste",
            "contrat",
            "conseiller",
            "activite",
        ),
        frozenset({"lecture_nouveaux_roles:r"}),
    ),
    "journal": frozenset({"lecture_nouveaux_roles:r", "ajout_nouveaux_roles:a"}),
}


@pytest.mark.postgresql_only
async def test_chaque_table_a_la_securite_des_lignes_activee_forcee_et_ses_politiques(
    database: Database,
) -> None:
    async with database.transaction() as session:
        rows = (
            await session.execute(
                text(
                    "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                    "coalesce(array_agg(p.polname || ':' || p.polcmd::text) "
                    "FILTER (WHERE p.polname IS NOT NULL), '{}') "
                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "LEFT JOIN pg_policy p ON p.polrelid = c.oid "
                    "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'alembic_version' "
                    "GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity"
                )
            )
        ).all()
    tables = {nom: (active, forcee, set(politiques)) for nom, active, forcee, politiques in rows}
    assert set(tables) == set(Base.metadata.tables)
    for model in MODELES:
        active, forcee, politiques = tables[model.__tablename__]
        assert active, model.__tablename__
        assert forcee, model.__tablename__
        # pg_policy.polcmd: r SELECT, a INSERT, w UPDATE, d DELETE, * ALL.
        attendues = {"systeme:*", "lecture:r"}
        personne = all(isinstance(write_predicate(model, p), False_) for p in PRINCIPAUX)
        if not personne:
            attendues.add("ajout:a")
            if model not in AJOUT_SEULEMENT:
                attendues |= {"modification:w", "suppression:d"}
        attendues |= INSCRIPTION.get(model.__tablename__, set())
        attendues |= NOUVEAUX_ROLES.get(model.__tablename__, frozenset())
        assert politiques - {"statistiques:r", "statistiques_nouveaux_roles:r"} == attendues, (
            model.__tablename__
        )


@pytest.mark.postgresql_only
async def test_l_application_se_connecte_avec_un_role_qui_ne_contourne_pas_la_securite_des_lignes(
    database: Database,
) -> None:
    async with database.transaction() as session:
        assert not await role_contourne_rls(session)
        assert await _une_valeur(session, "SELECT current_user") == "hub_app"
        # It owns nothing, so it can neither disable row-level security nor alter a table.
        assert (
            await _une_valeur(session, "SELECT count(*) FROM pg_tables WHERE tableowner = current_user") == 0
        )


@pytest.mark.postgresql_only
async def test_l_historique_n_est_ni_modifiable_ni_supprimable_par_l_application(database: Database) -> None:
    async with database.transaction() as session:
        for model in AJOUT_SEULEMENT:
            table = model.__tablename__
            for droit, attendu in (("SELECT", True), ("INSERT", True), ("UPDATE", False), ("DELETE", False)):
                possede = await _une_valeur(
                    session, "SELECT has_table_privilege(current_user, :t, :d)", t=table, d=droit
                )
                assert possede is attendu, (table, droit)
