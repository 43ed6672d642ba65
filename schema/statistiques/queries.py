"""Root field `statistiques(territoire, periode)`: reads the arguments, asks the policy, builds the result."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Literal

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from auth.policy import Territoire
from hub.services.statistiques import (
    NATIONAL,
    Periode,
    PeriodeInvalideError,
    PeriodeNonAligneeError,
    TerritoireInconnuError,
    blocs_non_localisables,
    nommer_territoire,
    regle_de_diffusion,
    voit_statistiques,
)
from schema.context import Context
from schema.errors import bad_user_input
from schema.statistiques.resultat import Calcul, StatistiquesType
from schema.statistiques.types import (
    BlocIndisponibleType,
    NiveauTerritoire,
    PeriodeInput,
    PeriodeStatistiquesType,
    TerritoireInput,
    TerritoireStatistiquesType,
)


@strawberry.type
class StatistiquesQuery:
    @strawberry.field(
        description="Statistiques du programme (national et toute période par défaut). Null quand "
        "l'appelant ne peut pas voir ce territoire ; pour les partenaires et anonymes, à tout niveau, "
        "les petits effectifs sont masqués, la période se compte en mois entiers achevés."
    )
    async def statistiques(
        self,
        info: strawberry.Info,
        territoire: TerritoireInput | None = None,
        periode: PeriodeInput | None = None,
    ) -> StatistiquesType | None:
        context: Context = info.context
        demande = lire_territoire(territoire)
        duree = lire_periode(periode)
        try:
            nomme = await context.db.run(
                lambda session: nommer_territoire(session, context.principal, demande)
            )
        except TerritoireInconnuError as erreur:
            raise bad_user_input(f"territoire : {erreur}", "territoire") from None
        cible = nomme.territoire  # an EPCI or a commune now knows its départements
        if not voit_statistiques(context.principal, cible):
            return None  # out of scope looks absent, not forbidden
        try:
            # The one disclosure rule: threshold and période grid (docs/statistiques.md).
            diffusion = regle_de_diffusion(context.principal, cible, duree, context.settings)
        except PeriodeNonAligneeError as erreur:
            raise bad_user_input(f"periode : {erreur}", "periode") from None
        compte = diffusion.periode
        return StatistiquesType(
            territoire=TerritoireStatistiquesType(
                niveau=NiveauTerritoire(cible.niveau), code=cible.code, nom=nomme.nom
            ),
            periode=PeriodeStatistiquesType(du=compte.du, au=compte.au),
            seuil_suppression=diffusion.seuil,
            blocs_indisponibles=[
                BlocIndisponibleType(bloc=bloc, raison=raison)
                for bloc, raison in blocs_non_localisables(cible).items()
            ],
            calcul=Calcul(context, cible, compte, diffusion.seuil, blocs_demandes(info.selected_fields)),
        )


def lire_territoire(territoire: TerritoireInput | None) -> Territoire:
    """Exactly one of national (true), region, departement; absent: national."""
    if territoire is None:
        return NATIONAL
    donnes = {
        nom: valeur
        for nom, valeur in (
            ("national", territoire.national),
            ("region", territoire.region),
            ("departement", territoire.departement),
            ("epci", territoire.epci),
            ("commune", territoire.commune),
        )
        if valeur is not None
    }
    if len(donnes) != 1:
        raise bad_user_input(
            "territoire : indiquez exactement un champ parmi national, region, departement, epci, commune",
            "territoire",
        )
    ((niveau, valeur),) = donnes.items()
    if niveau == "national":
        if valeur is not True:
            raise bad_user_input("territoire : national ne peut valoir que true", "territoire")
        return NATIONAL
    code = str(valeur).strip().upper()
    if not code:
        raise bad_user_input(f"territoire : le code de {niveau} est vide", "territoire")
    niveaux: dict[str, Literal["region", "departement", "epci", "commune"]] = {
        "region": "region",
        "departement": "departement",
        "epci": "epci",
        "commune": "commune",
    }
    return Territoire(niveau=niveaux[niveau], code=code)


def lire_periode(periode: PeriodeInput | None) -> Periode:
    if periode is None:
        return Periode()
    try:
        return Periode(du=periode.du, au=periode.au)
    except PeriodeInvalideError as erreur:
        raise bad_user_input(f"periode : {erreur}", "periode") from None


def blocs_demandes(selected: Iterable[Selection]) -> dict[str, frozenset[str]]:
    """The blocks selected under `statistiques` and, for each, its selected fields (Python names),
    through fragments and honouring @skip/@include."""
    blocs: dict[str, set[str]] = {}
    for racine in _champs(selected):
        for bloc in _champs(racine.selections):
            champs = blocs.setdefault(_snake(bloc.name), set())
            champs.update(_snake(champ.name) for champ in _champs(bloc.selections))
    return {nom: frozenset(champs) for nom, champs in blocs.items()}


def _champs(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    for selection in selections:
        if not _inclus(selection.directives):
            continue
        if isinstance(selection, SelectedField):
            yield selection
        else:
            yield from _champs(selection.selections)


def _inclus(directives: dict[str, dict[str, object]]) -> bool:
    return not directives.get("skip", {}).get("if", False) and bool(
        directives.get("include", {}).get("if", True)
    )


def _snake(nom: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", nom).lower()
