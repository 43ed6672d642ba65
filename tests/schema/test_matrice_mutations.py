"""Authorization matrix of the GraphQL mutations: every mutation × every role, through the API.

MUTATIONS says, for each mutation, which lines of the matrix may call it. It is written by hand from
DESIGN.md §3 and §8 (who owns which rows), docs/mutations.md ("Who writes what") and issue 21 (the
new roles write nothing but a hub territorial's own contact data) — not from the code. A role absent
from a mutation's set must be refused; so are the roles tests/schema/roles.py gains later
(coordinateur, hub territorial, grand réseau): the test iterates whatever ROLES holds. One line of
this module, "aidant responsable" (its organisation's responsable, tests/schema/matrice_mutations_monde.py),
is not in ROLES: the read matrix needs none, the aidants' management does.

Each mutation runs on its own copy of the world (tests/schema/matrice_mutations_monde.py), with a
valid input naming targets in Moselle (tests/schema/matrice_mutations_cas.py). Refused roles go first,
each sent every input an allowed role sends: the answer is FORBIDDEN, UNAUTHENTICATED or NOT_FOUND
(a row the caller cannot read is absent), as a `UserError` or a GraphQL error, and the rows of the
tables the mutation writes and the journal are unchanged. Then each allowed role calls it and
succeeds. A mutation without a line fails the completeness test; a line without a case fails with
its name (write its input in CAS): no mutation goes untested.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from graphql import GraphQLNonNull, GraphQLSchema
from graphql import build_schema as parse_sdl
from sqlalchemy import func, select

from auth.principal import Principal
from hub.models import Base, Journal
from schema import build_schema
from tests.auth.world import systeme
from tests.databases import Backend
from tests.importers.test_programme_rejets import PROGRAMME, ecrire_csv
from tests.schema.matrice_mutations_cas import CAS, Cas
from tests.schema.matrice_mutations_monde import Copie, Modele, construire_modele, principal_local
from tests.schema.roles import ROLES, principal
from tests.tokens import token_for

ANCT = "anct"
P57 = "prefecture 57"
STRUCTURE = "structure"
AIDANTS = {"aidant", "aidant responsable"}
RESPONSABLE = {ANCT, "aidant responsable"}
HABILITATIONS = {ANCT, P57, STRUCTURE}  # each grants what it may (docs/mutations.md)

# Mutation → the lines that may call it with the case's valid input (targets in 57). Not listed: refused.
MUTATIONS: dict[str, set[str]] = {
    "enregistrerActivite": {"conseiller"},
    "corrigerActivite": {"conseiller"},
    "demanderAjoutDePostes": {STRUCTURE},
    "demanderRenduDePoste": {STRUCTURE},
    "donnerAvisAvenant": {P57},
    "deciderAvenant": {ANCT},
    "rendrePoste": {ANCT},
    "deposerCandidature": {STRUCTURE},
    "inscrireStructure": set(),  # a ProConnect sign-in with no habilitation yet: no token of the matrix
    "donnerAvisPrefet": {P57},
    "deciderCoselec": {ANCT},
    "demanderExamenComplementaire": {ANCT},
    "abandonnerCandidature": {ANCT, STRUCTURE},
    "enregistrerContrat": {STRUCTURE},
    "declarerRupture": {STRUCTURE},
    "validerRecrutement": {ANCT},
    "renouvelerContrat": {STRUCTURE},
    "creerCoordination": {ANCT, P57},
    "terminerCoordination": {ANCT, P57},
    "creerEnveloppe": {ANCT},
    "ajusterEnveloppe": {ANCT},
    "fixerPlafondDepartemental": {ANCT},
    "conventionner": {ANCT},
    "reconventionner": {ANCT},
    "enregistrerVersement": {ANCT},
    "rattacherSiteFranceServices": {ANCT},
    "creerReseau": {ANCT},
    "rattacherStructureReseau": {ANCT},
    # Issue 21: the one write of a hub territorial, its own contact data (ANCT's too).
    "modifierContactHubTerritorial": {ANCT, "hub territorial grand est"},
    "creerOrganisationAidantsConnect": {ANCT},
    "desactiverOrganisationAidantsConnect": {ANCT},
    "creerAidant": RESPONSABLE,
    "habiliterAidant": RESPONSABLE,
    "desactiverAidant": RESPONSABLE,
    "retirerResponsable": {ANCT},  # a responsable's row is ANCT's
    "creerMandat": AIDANTS,
    "revoquerAutorisation": AIDANTS,
    "revoquerMandat": AIDANTS,
    "accorderHabilitation": HABILITATIONS,
    "retirerHabilitation": HABILITATIONS,
    "importerProgramme": {ANCT},
}

LIGNES_LOCALES = ("aidant responsable",)
REFUS = {"FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"}
SDL = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"


def _mutations(schema: GraphQLSchema) -> set[str]:
    assert schema.mutation_type is not None
    return set(schema.mutation_type.fields)


def test_chaque_mutation_du_schema_a_sa_ligne_dans_la_matrice() -> None:
    vivant = _mutations(parse_sdl(build_schema().as_str()))
    assert _mutations(_sdl()) == vivant
    assert set(MUTATIONS) == vivant


def test_les_roles_de_la_matrice_sont_des_lignes_connues() -> None:
    lignes = {*ROLES, *LIGNES_LOCALES}
    assert {role for roles in MUTATIONS.values() for role in roles} <= lignes


@pytest.fixture(scope="session")
async def modele(
    backend: Backend, migrated_template: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Modele]:
    modele = await construire_modele(backend, migrated_template, tmp_path_factory.mktemp("mutations"))
    yield modele
    await backend.drop(modele.nom)


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
async def test_seules_les_lignes_de_la_matrice_appellent_la_mutation(
    mutation: str, modele: Modele, tmp_path: Path
) -> None:
    cas = CAS.get(mutation)
    assert cas is not None, f"{mutation}: write its valid input in tests/schema/matrice_mutations_cas.py"
    autorises = [role for role in (*ROLES, *LIGNES_LOCALES) if role in MUTATIONS[mutation]]
    refuses = [role for role in (*ROLES, *LIGNES_LOCALES) if role not in MUTATIONS[mutation]]
    document = _document(mutation)
    async with modele.copie() as copie:
        if cas.arranger is not None:
            async with systeme(copie.database) as session:
                await cas.arranger(session, copie.cibles)
        # Given the inputs the allowed roles send (one valid input when no line of the matrix may call it)
        entrees = [cas.entree(copie.cibles, role) for role in autorises]
        candidates = entrees or [cas.entree(copie.cibles, ANCT)]
        tentees = [e for n, e in enumerate(candidates) if e not in candidates[:n]]
        avant = await _empreinte(copie, cas)
        for role in refuses:
            for entree in tentees:
                # When a role the matrix does not list calls the mutation
                corps = await _appeler(copie, mutation, document, role, entree, tmp_path)
                code = _refus(corps, mutation, role)
                # Then it is refused, and journals nothing (every write journals its rows)
                assert code in REFUS, f"{mutation} par {role} : {code}"
                assert await _lignes_du_journal(copie) == avant["journal#"], f"{mutation} par {role} a écrit"
        # and no refused call changed a row of the tables the mutation writes
        assert await _empreinte(copie, cas) == avant, f"{mutation} : un appel refusé a écrit ({refuses})"
        for role, entree in zip(autorises, entrees, strict=True):
            # When an allowed role calls it, it succeeds
            corps = await _appeler(copie, mutation, document, role, entree, tmp_path)
            assert "errors" not in corps, f"{mutation} par {role} : {corps}"
            resultat = corps["data"][mutation]
            assert resultat["__typename"] != "UserError", f"{mutation} par {role} : {resultat}"
        # and writes rows of the tables the case names (so the fingerprint would see a refused write)
        apres = await _empreinte(copie, cas)
        assert not autorises or any(apres[table] != avant[table] for table in cas.ecrit), mutation


@functools.cache
def _sdl() -> GraphQLSchema:
    return parse_sdl(SDL.read_text())


def _document(mutation: str) -> str:
    if mutation == "importerProgramme":
        entete, argument = "$fichier: Upload!", "fichier: $fichier"
    else:
        sdl = _sdl()
        assert sdl.mutation_type is not None
        type_entree = sdl.mutation_type.fields[mutation].args["input"].type
        assert isinstance(type_entree, GraphQLNonNull)
        entete, argument = f"$input: {type_entree}", "input: $input"
    selection = "__typename ... on UserError { code message champ }"
    return f"mutation({entete}) {{ {mutation}({argument}) {{ {selection} }} }}"


def _principal(role: str, copie: Copie) -> Principal | None:
    if role in LIGNES_LOCALES:
        return principal_local(role, copie.cibles)
    return principal(role, copie.cibles.monde)


async def _appeler(
    copie: Copie, mutation: str, document: str, role: str, entree: dict[str, Any], dossier: Path
) -> dict[str, Any]:
    qui = _principal(role, copie)
    entetes = {"authorization": f"Bearer {token_for(copie.settings, qui)}"} if qui is not None else {}
    if mutation == "importerProgramme":
        contenu = ecrire_csv(dossier / "structures.csv", PROGRAMME["structures"]).read_bytes()
        operations = {"query": document, "variables": {"fichier": None}}
        reponse = await copie.client.post(
            "/graphql",
            data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.fichier"]})},
            files={"0": ("structures.csv", contenu, "application/octet-stream")},
            headers=entetes,
        )
    else:
        reponse = await copie.client.post(
            "/graphql", json={"query": document, "variables": {"input": entree}}, headers=entetes
        )
    assert reponse.status_code == 200, f"{mutation} par {role} : {reponse.status_code} {reponse.text}"
    corps: dict[str, Any] = reponse.json()
    return corps


def _refus(corps: dict[str, Any], mutation: str, role: str) -> str:
    """The code of a refusal: the UserError's, or the GraphQL error's when the field is null."""
    resultat = (corps.get("data") or {}).get(mutation)
    if resultat is not None:
        assert resultat["__typename"] == "UserError", f"{mutation} par {role} n'est pas refusé : {resultat}"
        return str(resultat["code"])
    codes = {erreur.get("extensions", {}).get("code") for erreur in corps.get("errors", [])}
    assert len(codes) == 1, f"{mutation} par {role} : {corps}"
    return str(codes.pop())


async def _lignes_du_journal(copie: Copie) -> str:
    async with systeme(copie.database) as session:
        return str(await session.scalar(select(func.count()).select_from(Journal)))


async def _empreinte(copie: Copie, cas: Cas) -> dict[str, str]:
    """A checksum of every row of the tables the mutation writes and of the journal; its line count."""
    empreinte = {"journal#": await _lignes_du_journal(copie)}
    async with systeme(copie.database) as session:
        for nom in (*cas.ecrit, "journal"):
            table = Base.metadata.tables[nom]
            lignes = sorted(repr(tuple(ligne)) for ligne in await session.execute(select(table)))
            empreinte[nom] = hashlib.sha256("\n".join(lignes).encode()).hexdigest()
    return empreinte
