"""The `Statistiques` object: each block is computed once, only when selected; `suppressions` sums them."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any, Protocol, TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from hub.services.statistiques import (
    Periode,
    statistiques_activites,
    statistiques_aidants_connect,
    statistiques_conseillers,
    statistiques_financement,
    statistiques_france_services,
    statistiques_postes,
)
from schema.context import Context
from schema.statistiques.types import (
    BlocIndisponibleType,
    PeriodeStatistiquesType,
    StatistiquesActivitesType,
    StatistiquesAidantsConnectType,
    StatistiquesConseillersType,
    StatistiquesFinancementType,
    StatistiquesFranceServicesType,
    StatistiquesPostesType,
    TerritoireStatistiquesType,
)

T = TypeVar("T")


class Bloc(Protocol):
    suppressions: int


Service = Callable[..., Awaitable[Any]]

# GraphQL block name (snake_case) → the service computing it.
SERVICES: dict[str, Service] = {
    "postes": statistiques_postes,
    "conseillers": statistiques_conseillers,
    "financement": statistiques_financement,
    "activites": statistiques_activites,
    "france_services": statistiques_france_services,
    "aidants_connect": statistiques_aidants_connect,
}


class Calcul:
    """The blocks of one `statistiques` field: run on the request's one session, each at most once.

    Sibling resolvers run concurrently; `context.db.run` serialises them on the session and a lock per
    block keeps `suppressions` and the block's own field from computing it twice.
    """

    def __init__(
        self,
        context: Context,
        territoire: Territoire,
        periode: Periode,
        seuil: int | None,
        selection: Mapping[str, Collection[str]],
    ) -> None:
        self._context = context
        self._territoire = territoire
        self._periode = periode
        self._seuil = seuil
        self._selection = selection
        self._verrous: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._resultats: dict[str, Any] = {}

    async def bloc(self, nom: str) -> Any:
        async with self._verrous[nom]:
            if nom not in self._resultats:
                service = SERVICES[nom]
                champs = self._selection.get(nom)

                async def calculer(session: AsyncSession) -> Any:
                    return await service(
                        session,
                        self._context.principal,
                        self._territoire,
                        self._periode,
                        seuil=self._seuil,
                        champs=champs,
                    )

                self._resultats[nom] = await self._context.db.run(calculer)
            return self._resultats[nom]

    async def suppressions(self) -> int:
        """Cells hidden in the blocks this query selects."""
        total = 0
        for nom in SERVICES:
            if nom in self._selection:
                bloc: Bloc | None = await self.bloc(nom)
                total += bloc.suppressions if bloc is not None else 0
        return total


def _ou_null(convertir: Callable[[Any], T], bloc: Any) -> T | None:
    return None if bloc is None else convertir(bloc)


@strawberry.type(
    name="Statistiques",
    description="Chiffres du programme sur un territoire et une période ; un bloc vaut null quand "
    "l'appelant n'a pas accès à ses données.",
)
class StatistiquesType:
    territoire: TerritoireStatistiquesType
    periode: PeriodeStatistiquesType
    seuil_suppression: int | None = strawberry.field(
        description="Effectif sous lequel un groupe est masqué (null : aucun masquage)."
    )
    blocs_indisponibles: list[BlocIndisponibleType] = strawberry.field(
        description="Les blocs qui ne peuvent pas être comptés sur ce territoire (null) et pourquoi : "
        "sur un EPCI ou une commune, ceux dont les lignes ne sont pas localisées à la commune."
    )
    calcul: strawberry.Private[Calcul]

    @strawberry.field(description="Nombre de cellules masquées (petits effectifs) dans les blocs demandés.")
    async def suppressions(self) -> int:
        return await self.calcul.suppressions()

    @strawberry.field
    async def postes(self) -> StatistiquesPostesType | None:
        return _ou_null(StatistiquesPostesType.de, await self.calcul.bloc("postes"))

    @strawberry.field
    async def conseillers(self) -> StatistiquesConseillersType | None:
        return _ou_null(StatistiquesConseillersType.de, await self.calcul.bloc("conseillers"))

    @strawberry.field
    async def financement(self) -> StatistiquesFinancementType | None:
        return _ou_null(StatistiquesFinancementType.de, await self.calcul.bloc("financement"))

    @strawberry.field
    async def activites(self) -> StatistiquesActivitesType | None:
        return _ou_null(StatistiquesActivitesType.de, await self.calcul.bloc("activites"))

    @strawberry.field
    async def france_services(self) -> StatistiquesFranceServicesType | None:
        return _ou_null(StatistiquesFranceServicesType.de, await self.calcul.bloc("france_services"))

    @strawberry.field
    async def aidants_connect(self) -> StatistiquesAidantsConnectType | None:
        return _ou_null(StatistiquesAidantsConnectType.de, await self.calcul.bloc("aidants_connect"))
