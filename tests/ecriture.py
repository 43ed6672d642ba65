"""The write API's test scene (services and mutations): two départements, every role, in and out of scope.

Moselle (57): structure "metz" (validated) with an occupied poste (conseiller "en_poste", contrat
actif), a vacant poste, a candidature under instruction (with an avis); a second conseiller "libre"
(no contract). Bouches-du-Rhône (13): structure "marseille" with its own vacant poste and candidature.
An enveloppe with a plafond for 57; an organisation Aidants Connect in 57 with one aidant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from auth.rls import appliquer_contexte
from hub.db import Database
from hub.models import (
    Base,
    Candidature,
    Conseiller,
    Contrat,
    Enveloppe,
    Journal,
    Lieu,
    OrganisationAidantsConnect,
    Poste,
    Structure,
    Subvention,
)
from hub.models.enums import Demarche, EtatPoste, Role, StatutStructure
from hub.settings import Settings
from schema.context import RequestDatabase
from schema.relay import to_global_id
from tests.auth.world import (
    make_aidant,
    make_avis,
    make_candidature,
    make_conseiller,
    make_contrat,
    make_enveloppe,
    make_lieu,
    make_organisation,
    make_plafond,
    make_poste,
    make_structure,
    make_subvention,
    systeme,
)
from tests.graphql_client import graphql
from tests.tokens import token_for

T = TypeVar("T")
JOUR = dt.date(2021, 3, 1)


@dataclass
class Scene:
    database: Database
    metz: Structure
    marseille: Structure
    poste_occupe: Poste
    poste_vacant: Poste
    poste_marseille: Poste
    en_poste: Conseiller
    libre: Conseiller
    contrat: Contrat
    candidature: Candidature
    candidature_marseille: Candidature
    enveloppe: Enveloppe
    subvention: Subvention
    organisation: OrganisationAidantsConnect
    lieu: Lieu
    aidant_email: str

    @property
    def anct(self) -> Principal:
        return Principal(Role.ANCT, subject="agent@anct.gouv.fr")

    @property
    def prefecture_57(self) -> Principal:
        return Principal(Role.PREFECTURE, subject="pref57@interieur.gouv.fr", departements=frozenset({"57"}))

    @property
    def prefecture_13(self) -> Principal:
        return Principal(Role.PREFECTURE, subject="pref13@interieur.gouv.fr", departements=frozenset({"13"}))

    @property
    def structure(self) -> Principal:
        return Principal(Role.STRUCTURE, subject="rh@metz.fr", structure_id=self.metz.id)

    @property
    def structure_13(self) -> Principal:
        return Principal(Role.STRUCTURE, subject="rh@marseille.fr", structure_id=self.marseille.id)

    @property
    def conseiller(self) -> Principal:
        return Principal(Role.CONSEILLER, subject="cnum@metz.fr", conseiller_id=self.en_poste.id)

    @property
    def aidant(self) -> Principal:
        return Principal(Role.AIDANT, subject=self.aidant_email, organisation_id=self.organisation.id)

    async def ecrire(self, principal: Principal, travail: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run a service call exactly as a mutation field does: its own transaction, RLS context first."""
        return await RequestDatabase(self.database, principal, appliquer_contexte).write(travail)

    async def photo(self) -> dict[str, int]:
        """Row counts of every table (as the system): what a refused write must leave unchanged."""
        async with systeme(self.database) as session:
            return {
                table.name: int(await session.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }

    async def journal(self) -> list[Journal]:
        async with systeme(self.database) as session:
            return list(await session.scalars(select(Journal).order_by(Journal.id)))

    async def lire(self, model: type[Any], ident: Any) -> Any:
        async with systeme(self.database) as session:
            return await session.get(model, ident)


async def construire_scene(database: Database) -> Scene:
    async with systeme(database) as session:
        metz = await make_structure(session, departement="57", statut=StatutStructure.VALIDEE)
        marseille = await make_structure(session, departement="13", statut=StatutStructure.VALIDEE)
        poste_occupe = await make_poste(session, metz, etat=EtatPoste.OCCUPE)
        poste_vacant = await make_poste(session, metz, etat=EtatPoste.VACANT)
        poste_marseille = await make_poste(session, marseille, etat=EtatPoste.VACANT)
        en_poste = await make_conseiller(session, metz)
        libre = await make_conseiller(session, None, departement_code="57")
        contrat = await make_contrat(session, en_poste, poste_occupe, date_debut=JOUR)
        candidature = await make_candidature(session, metz, phase=2, nb_postes_souhaites=3)
        await make_avis(session, candidature)
        candidature_marseille = await make_candidature(session, marseille, phase=2)
        enveloppe = await make_enveloppe(session, montant_centimes=200_000_00)
        await make_plafond(session, enveloppe, departement="57", montant_centimes=120_000_00)
        subvention = await make_subvention(session, poste_occupe, enveloppe, montant_centimes=50_000_00)
        organisation = await make_organisation(
            session, departement="57", demarches_autorisees=[Demarche.SOCIAL.value, Demarche.ARGENT.value]
        )
        aidant = await make_aidant(session, organisation)
        lieu = await make_lieu(session, departement="57")
    return Scene(
        database=database,
        metz=metz,
        marseille=marseille,
        poste_occupe=poste_occupe,
        poste_vacant=poste_vacant,
        poste_marseille=poste_marseille,
        en_poste=en_poste,
        libre=libre,
        contrat=contrat,
        candidature=candidature,
        candidature_marseille=candidature_marseille,
        enveloppe=enveloppe,
        subvention=subvention,
        organisation=organisation,
        lieu=lieu,
        aidant_email=aidant.email,
    )


@dataclass
class Hub:
    """The scene behind the real app: GraphQL documents posted with a token of any principal."""

    scene: Scene
    client: httpx.AsyncClient
    settings: Settings

    async def demander(
        self, principal: Principal | None, query: str, variables: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        token = token_for(self.settings, principal) if principal is not None else None
        body = await graphql(self.client, query, variables, token=token)
        data: dict[str, Any] = body["data"]
        return data

    async def muter(
        self, principal: Principal | None, champ: str, query: str, variables: dict[str, Any]
    ) -> dict[str, Any]:
        """The result of mutation field `champ` (a payload or a UserError, told by `__typename`)."""
        resultat: dict[str, Any] = (await self.demander(principal, query, variables))[champ]
        return resultat

    async def refus(
        self, principal: Principal | None, champ: str, query: str, variables: dict[str, Any]
    ) -> dict[str, Any]:
        """The UserError of a refused mutation, after checking it wrote nothing (rows and journal)."""
        avant = await self.scene.photo()
        resultat = await self.muter(principal, champ, query, variables)
        assert resultat["__typename"] == "UserError", resultat
        assert await self.scene.photo() == avant
        return resultat


def gid(type_name: str, key: object) -> str:
    """The global id of a row, as the API gives it."""
    return str(to_global_id(type_name, key))
