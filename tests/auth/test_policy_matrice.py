"""The authorization matrix: who reads and who writes which rows of every model, as one table.

Each entry lists the labels of the world's rows (tests/auth/world.py) a principal must get; a model
missing from a principal's line means "no row". TOUT means every row of the table. The same table is
checked three ways: the Python predicates alone (both backends), row-level security alone (a bare
`SELECT` with no predicate, PostgreSQL), and row-level security for writes (PostgreSQL).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import AJOUT_SEULEMENT, read_predicate, write_predicate
from auth.rls import appliquer_contexte
from hub.db import Database
from hub.models import (
    Activite,
    ActiviteAgregat,
    ActiviteTheme,
    ActiviteThemeAgregat,
    Aidant,
    Autorisation,
    Avenant,
    AvisPrefet,
    Base,
    Candidature,
    ClientPartenaire,
    Commune,
    Conseiller,
    Contrat,
    Coordination,
    DecisionCoselec,
    Departement,
    Enveloppe,
    Epci,
    Habilitation,
    HubTerritorial,
    HubTerritorialRegion,
    ImportRun,
    InstantaneTerritorial,
    Journal,
    Lieu,
    LieuConseiller,
    Mandat,
    OrganisationAidantsConnect,
    PlafondDepartemental,
    Poste,
    Region,
    Reseau,
    SiteFranceServices,
    Structure,
    Subvention,
    Usager,
    Versement,
)
from tests.auth.world import Monde, construire_monde, identite, principaux, systeme

TOUT = "*"
Attendu = dict[type[Any], str | set[str]]

MODELES: list[type[Any]] = sorted(
    (mapper.class_ for mapper in Base.registry.mappers), key=lambda model: model.__tablename__
)
PUBLIC: Attendu = dict.fromkeys(
    (
        *(Region, Departement, Epci, Commune, Lieu, LieuConseiller, SiteFranceServices),
        *(Reseau, HubTerritorial, HubTerritorialRegion),
    ),
    TOUT,
)
PROGRAMME = (Candidature, Avenant, AvisPrefet, DecisionCoselec, Subvention, Versement)


def _de(cellules: set[str], *models: type[Any]) -> Attendu:
    return {model: set(cellules) for model in models}


LECTURE: dict[str, Attendu] = {
    # Everything but the rows of Aidants Connect mandats (counts only) and the usagers' pseudonymes.
    "anct": PUBLIC
    | dict.fromkeys(
        [
            *(Structure, *PROGRAMME, Poste, Enveloppe, PlafondDepartemental, Conseiller, Contrat),
            *(Activite, ActiviteTheme, OrganisationAidantsConnect, Aidant, Journal, ImportRun),
            *(ClientPartenaire, Habilitation, Coordination),
            # The activité aggregates (filled by triggers from the world's activités): ANCT reads the
            # rows; every other role only COUNTS them (statistiques_predicate).
            *(ActiviteAgregat, ActiviteThemeAgregat),
            # The daily snapshots (issue 22): figures of every territory, unsuppressed; rows ANCT's only.
            InstantaneTerritorial,
        ],
        TOUT,
    ),
    "prefecture_57": PUBLIC
    | _de(
        {"57a", "57b"}, Structure, *PROGRAMME, Conseiller, Activite, ActiviteTheme, OrganisationAidantsConnect
    )
    | {
        Poste: {"57a", "57a-2", "57b"},
        Contrat: {"57a", "57b", "57b-ancien"},
        Enveloppe: {"enveloppe"},
        PlafondDepartemental: {"57"},
        # Not "57a-aidant" (Aidants Connect: counts only), not "national".
        Journal: {"57a", "57b", "57a-conseiller"},
        Habilitation: {"pref-57"},
        Coordination: {"57b"},
    },
    "prefecture_57_13": PUBLIC
    | _de(
        {"57a", "57b", "13"},
        Structure,
        *PROGRAMME,
        Conseiller,
        Activite,
        ActiviteTheme,
        OrganisationAidantsConnect,
    )
    | {
        Poste: {"57a", "57a-2", "57b", "13"},
        Contrat: {"57a", "57b", "57b-ancien", "13"},
        Enveloppe: {"enveloppe"},
        PlafondDepartemental: {"57", "13"},
        Journal: {"57a", "57b", "57a-conseiller", "13"},
        # Not "pref-57-13": a habilitation over several départements is ANCT's to manage.
        Habilitation: {"pref-57", "pref-13"},
        Coordination: {"57b", "13-finie"},
    },
    "structure_57a": PUBLIC
    | _de({"57a"}, Structure, *PROGRAMME, Conseiller, Activite, ActiviteTheme, Journal)
    # Its contrats include the one a former employee had with it; its employees do not.
    | {
        Poste: {"57a", "57a-2"},
        Contrat: {"57a", "57b-ancien"},
        Habilitation: {"structure-57a", "structure-57a-sans-siret"},
    },
    "conseiller_57a": PUBLIC
    | _de({"57a"}, Structure, Poste, Contrat, Conseiller, Activite, ActiviteTheme)
    | {Journal: {"57a-conseiller"}},
    # Its current employer and its former one (through its own contract history).
    "conseiller_57b": PUBLIC
    | _de({"57b"}, Conseiller, Activite, ActiviteTheme, Coordination)
    | {Structure: {"57b", "57a"}, Poste: {"57b", "57a-2"}, Contrat: {"57b", "57b-ancien"}},
    "aidant_57a": PUBLIC
    | _de({"57a"}, OrganisationAidantsConnect, Usager, Mandat, Autorisation)
    | {Aidant: {"57a", "57a-responsable"}, Journal: {"57a-aidant"}},
    # Usager "57a" too: organisation 13 holds a mandat for it.
    "aidant_13": PUBLIC
    | _de({"13"}, OrganisationAidantsConnect, Aidant, Autorisation)
    | {Usager: {"13", "57a"}, Mandat: {"13", "13-b"}},
    # The responsable reads what any aidant of its organisation reads.
    "responsable_57a": PUBLIC
    | _de({"57a"}, OrganisationAidantsConnect, Usager, Mandat, Autorisation)
    | {Aidant: {"57a", "57a-responsable"}, Journal: {"57a-aidant"}},
    "partenaire": PUBLIC,
    "partenaire_structures": PUBLIC | {Structure: TOUT},
    "anonyme": PUBLIC,
    "structure_sans_id": PUBLIC,
    "prefecture_sans_departement": PUBLIC | {Enveloppe: {"enveloppe"}},
    # Itself and the conseiller it coordinates today ("57b"), not the one it once coordinated ("13");
    # their activités; its coordinations, the ended one included (its own history).
    "coordinateur_57a": PUBLIC
    | _de({"57a", "57b"}, Conseiller, Activite, ActiviteTheme)
    | {Coordination: {"57b", "13-finie"}},
    # Région 44 (Grand Est): Moselle's rows like préfecture 57, but no enveloppe (the State's budget),
    # no habilitation, and of the journal only the lines of its own contact data.
    "hub_grand_est": PUBLIC
    | _de(
        {"57a", "57b"}, Structure, *PROGRAMME, Conseiller, Activite, ActiviteTheme, OrganisationAidantsConnect
    )
    | {
        Poste: {"57a", "57a-2", "57b"},
        Contrat: {"57a", "57b", "57b-ancien"},
        PlafondDepartemental: {"57"},
        Journal: {"hub"},
        Coordination: {"57b"},
    },
    # Its members "57b" (Moselle) and "13" (Bouches-du-Rhône), their postes, contrats and current
    # conseillers; not their funding nor their activités.
    "grand_reseau_emmaus": PUBLIC | _de({"57b", "13"}, Structure, Poste, Contrat, Conseiller),
    "grand_reseau_sans_id": PUBLIC,
    "hub_sans_region": PUBLIC,
}

ECRITURE: dict[str, Attendu] = {
    "anct": dict.fromkeys(
        [
            *(Structure, Avenant, DecisionCoselec, Poste, Subvention, Versement, Enveloppe),
            PlafondDepartemental,
            *(Conseiller, Contrat, OrganisationAidantsConnect, Aidant, ClientPartenaire, Habilitation),
            SiteFranceServices,  # its structure porteuse (rattacherSiteFranceServices)
            *(Reseau, HubTerritorial, HubTerritorialRegion, Coordination),
        ],
        TOUT,
    )
    | {Journal: {"national"}},
    # Avenants: its avis on the requests of its départements still awaiting ANCT's decision.
    "prefecture_57": _de({"57a", "57b"}, AvisPrefet, Avenant)
    | {Habilitation: {"pref-57"}, Coordination: {"57b"}},
    "prefecture_57_13": _de({"57a", "57b", "13"}, AvisPrefet, Avenant)
    | {Habilitation: {"pref-57", "pref-13"}, Coordination: {"57b", "13-finie"}},
    # Postes: their état only (a recrutement occupies one, a rupture frees it); see migration 0004.
    "structure_57a": {
        # Its own row while its candidature is under instruction (57a is créée): to abandon it.
        Structure: {"57a"},
        Candidature: {"57a"},
        Avenant: {"57a"},  # its own request, before any avis or decision
        Contrat: {"57a", "57b-ancien"},
        Poste: {"57a", "57a-2"},
        Journal: {"57a"},
        # Its colleagues bound to its SIRET; one ANCT granted without a SIRET it reads, not changes.
        Habilitation: {"structure-57a"},
    },
    "conseiller_57a": _de({"57a"}, Activite, ActiviteTheme) | {Journal: {"57a-conseiller"}},
    "conseiller_57b": _de({"57b"}, Activite, ActiviteTheme),
    "aidant_57a": _de({"57a"}, Usager, Mandat, Autorisation) | {Journal: {"57a-aidant"}},
    "aidant_13": {Usager: {"13", "57a"}, Mandat: {"13", "13-b"}, Autorisation: {"13"}},
    # The other aidants of its organisation; its own row (a responsable's) is ANCT's.
    "responsable_57a": _de({"57a"}, Usager, Mandat, Autorisation, Aidant) | {Journal: {"57a-aidant"}},
    "partenaire": {},
    "partenaire_structures": {},
    "anonyme": {},
    "structure_sans_id": {},
    "prefecture_sans_departement": {},
    "coordinateur_57a": {},
    # Its own contact data (its régions are ANCT's) and the journal lines of it.
    "hub_grand_est": {HubTerritorial: {"grand-est"}, Journal: {"hub"}},
    "grand_reseau_emmaus": {},
    "grand_reseau_sans_id": {},
    "hub_sans_region": {},
}

Identites = dict[type[Any], set[tuple[Any, ...]]]


async def _identites(session: AsyncSession, statement: Select[Any]) -> set[tuple[Any, ...]]:
    return {identite(row) for row in (await session.scalars(statement)).all()}


async def _monde(database: Database) -> tuple[Monde, Identites]:
    async with systeme(database) as session:
        monde = await construire_monde(session)
        toutes = {model: await _identites(session, select(model)) for model in MODELES}
    return monde, toutes


def _attendues(monde: Monde, toutes: Identites, table: Attendu) -> Identites:
    attendu: Identites = {}
    for model in MODELES:
        labels = table.get(model, set())
        attendu[model] = toutes[model] if labels == TOUT else {monde.lignes[model][lab] for lab in labels}
    return attendu


def _lisible(monde: Monde, identites: Identites) -> dict[str, list[str]]:
    """Identities shown as labels (or the row count), so a failure says which rows, in words."""
    lisible: dict[str, list[str]] = {}
    for model, ids in identites.items():
        labels = {lab for lab, ident in monde.lignes.get(model, {}).items() if ident in ids}
        inconnues = len(ids) - len(labels)
        lisible[model.__tablename__] = sorted(labels) + ([f"+{inconnues} lignes"] if inconnues else [])
    return lisible


@pytest.mark.parametrize("nom", list(LECTURE))
async def test_la_politique_donne_a_chaque_role_exactement_ses_lignes(database: Database, nom: str) -> None:
    monde, toutes = await _monde(database)
    principal = principaux(monde)[nom]
    # As the system, so that only the Python predicates filter (row-level security lets all through).
    async with systeme(database) as session:
        lues = {m: await _identites(session, select(m).where(read_predicate(m, principal))) for m in MODELES}
    assert _lisible(monde, lues) == _lisible(monde, _attendues(monde, toutes, LECTURE[nom]))


@pytest.mark.parametrize("nom", list(ECRITURE))
async def test_la_politique_dit_quelles_lignes_chaque_role_peut_modifier(
    database: Database, nom: str
) -> None:
    monde, toutes = await _monde(database)
    principal = principaux(monde)[nom]
    async with systeme(database) as session:
        modifiables = {
            m: await _identites(session, select(m).where(write_predicate(m, principal))) for m in MODELES
        }
    assert _lisible(monde, modifiables) == _lisible(monde, _attendues(monde, toutes, ECRITURE[nom]))


@pytest.mark.postgresql_only
@pytest.mark.parametrize("nom", list(LECTURE))
async def test_la_securite_des_lignes_seule_donne_a_chaque_role_les_memes_lignes(
    database: Database, nom: str
) -> None:
    monde, toutes = await _monde(database)
    principal = principaux(monde)[nom]
    async with database.transaction() as session:
        await appliquer_contexte(session, principal)
        # A bare SELECT, no predicate at all: what a resolver that forgot the policy would get.
        brutes = {m: await _identites(session, select(m)) for m in MODELES}
    assert _lisible(monde, brutes) == _lisible(monde, _attendues(monde, toutes, LECTURE[nom]))


@pytest.mark.postgresql_only
@pytest.mark.parametrize("nom", list(ECRITURE))
async def test_la_securite_des_lignes_seule_limite_les_modifications_de_chaque_role(
    database: Database, nom: str
) -> None:
    monde, toutes = await _monde(database)
    principal = principaux(monde)[nom]
    attendu = _attendues(monde, toutes, ECRITURE[nom])
    modifiables: Identites = {}
    async with database.transaction() as session:
        await appliquer_contexte(session, principal)
        for model in MODELES:
            if model in AJOUT_SEULEMENT:
                continue  # no UPDATE granted at all: tests/auth/test_rls.py
            modifiables[model] = await _modifiables(session, model)
    attendu = {model: ids for model, ids in attendu.items() if model not in AJOUT_SEULEMENT}
    assert _lisible(monde, modifiables) == _lisible(monde, attendu)


async def _modifiables(session: AsyncSession, model: type[Any]) -> set[tuple[Any, ...]]:
    """The rows an UPDATE with no WHERE touches (each set to itself, inside a rolled-back savepoint)."""
    cles = list(model.__table__.primary_key.columns)
    savepoint = await session.begin_nested()
    try:
        result = await session.execute(
            update(model.__table__).values({c.name: c for c in cles}).returning(*cles)
        )
        return {tuple(row) for row in result.all()}
    finally:
        await savepoint.rollback()


def test_la_matrice_nomme_les_memes_principaux_en_lecture_et_en_ecriture() -> None:
    assert list(LECTURE) == list(ECRITURE)
    assert all(model in MODELES for table in (*LECTURE.values(), *ECRITURE.values()) for model in table)
