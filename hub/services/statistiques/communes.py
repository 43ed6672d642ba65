"""The cells commune × month of an EPCI or a commune, for a caller under suppression.

The département grid is filled first, for the whole country, exactly as for a national question (it
decides which département cells are hidden); then the commune cells of the territory's départements
are read from the rows themselves (`activite`, `site_france_services`), which carry a code INSEE.
`masque_communal.GrilleCommunale` then hides commune cells under it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire, readable, statistiques_predicate
from hub.models import Activite, ActiviteTheme, Commune
from hub.models.enums import Theme
from hub.services.statistiques.activites_grille import GrilleIndisponibleError, remplir
from hub.services.statistiques.activites_sources import colonnes_sommes
from hub.services.statistiques.masque_communal import GrilleCommunale
from hub.services.statistiques.mois import mois
from hub.services.statistiques.portee import Portee
from hub.services.statistiques.territoire import NATIONAL


async def membres(session: AsyncSession, portee: Portee) -> frozenset[str]:
    """The codes INSEE of the territory asked: the commune itself, or the EPCI's member communes."""
    territoire = portee.territoire
    if territoire.niveau == "commune":
        return frozenset({territoire.code or ""})
    codes = await session.scalars(
        readable(Commune, portee.principal)
        .where(Commune.epci_code == territoire.code)
        .with_only_columns(Commune.code)
    )
    return frozenset(codes)


def nationale(portee: Portee) -> Portee:
    """The same request asked nationally: what the département grid is read with."""
    return Portee(portee.principal, NATIONAL, portee.periode, portee.champs, portee.seuil)


def _lignes_du_pays(portee: Portee, model: type[Any]) -> ColumnElement[bool]:
    predicat = statistiques_predicate(model, portee.principal, Territoire("national"))
    if predicat is None:
        raise GrilleIndisponibleError("les activités ne sont pas comptables pour cet appelant")
    return predicat


async def remplir_activites(
    session: AsyncSession, portee: Portee, grille: GrilleCommunale, *, themes: bool
) -> dict[str, str]:
    """Fill the département grid (whole country) and the commune cells of the territory's
    départements; the names of the départements met (for `parDepartement`)."""
    noms = await remplir(session, nationale(portee), grille.departementale, themes=themes)
    codes = await membres(session, portee)
    a = Activite
    filtre = and_(
        _lignes_du_pays(portee, Activite),
        a.departement_code.in_(sorted(portee.territoire.departements)),
        portee.periode.contient(a.date),
    )
    mois_de = mois(a.date)
    colonnes = colonnes_sommes()
    rows = await session.execute(
        select(a.departement_code, a.code_commune, mois_de, *colonnes)
        .where(filtre)
        .group_by(a.departement_code, a.code_commune, mois_de)
    )
    for departement, commune, mois_, *valeurs in rows:
        mesures = {c.name: int(v) for c, v in zip(colonnes, valeurs, strict=True)}
        mesures["personnes"] = mesures["participants"] - mesures["recurrents"]
        grille.ajouter_commune(departement, commune, mois_, mesures, dans=commune in codes)
    if themes:
        t = ActiviteTheme
        rows_ = await session.execute(
            select(a.departement_code, a.code_commune, mois_de, t.theme, func.count())
            .join(a, a.id == t.activite_id)
            .where(filtre, _lignes_du_pays(portee, ActiviteTheme))
            .group_by(a.departement_code, a.code_commune, mois_de, t.theme)
        )
        for departement, commune, mois_, theme, nombre in rows_:
            mesure = f"theme_{Theme(theme).name}"
            grille.ajouter_commune(departement, commune, mois_, {mesure: int(nombre)}, dans=commune in codes)
    return {code: nom for code, nom in noms.items() if code in portee.territoire.departements}
