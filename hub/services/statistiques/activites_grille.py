"""The activités of a caller under suppression, cell by cell (département × month), from the aggregates.

Its période is whole months (`diffusion`), so `activite_agregat` and `activite_theme_agregat` answer
exactly: one row per cell, two statements, a few thousand rows nationally.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import ActiviteAgregat, ActiviteThemeAgregat, Departement
from hub.models.activite_agregat import colonne_theme
from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE, Canal, Theme
from hub.services.statistiques.activites_sources import DUREES
from hub.services.statistiques.diffusion import colonne_dans
from hub.services.statistiques.masque import Grille
from hub.services.statistiques.portee import Portee


class GrilleIndisponibleError(RuntimeError):
    """The caller may not count the aggregates: it cannot be answered cell by cell."""


def _cle(departement: str, debut: Any) -> tuple[str, str]:
    return departement, f"{debut.year:04d}-{debut.month:02d}"


async def remplir(session: AsyncSession, portee: Portee, grille: Grille, *, themes: bool) -> dict[str, str]:
    """Add every cell's sums (and thème counts) to `grille`; the names of the départements met."""
    g = ActiviteAgregat
    sur_agregats = portee.predicat(g)
    sur_themes = portee.predicat(ActiviteThemeAgregat)
    if sur_agregats is None or sur_themes is None:
        raise GrilleIndisponibleError("les agrégats ne sont pas comptables pour cet appelant")
    colonnes: list[Any] = [g.nombre, g.participants, g.participants_recurrents]
    colonnes += [getattr(g, col) for *_, col in DUREES]
    colonnes += [getattr(g, f"canal_{c.value}") for c in Canal]
    colonnes += [getattr(g, f"age_{t}") for t in TRANCHES_AGE]
    colonnes += [getattr(g, f"statut_{s}") for s in STATUTS_USAGER]
    noms = ["total", "participants", "recurrents"]
    noms += [f"duree_{code}" for code, *_ in DUREES]
    noms += [f"canal_{c.name}" for c in Canal]
    noms += [f"age_{t}" for t in TRANCHES_AGE]
    noms += [f"statut_{s}" for s in STATUTS_USAGER]
    rows = await session.execute(
        select(g.departement_code, Departement.nom, g.mois, colonne_dans(portee, g), *colonnes)
        .join(Departement, Departement.code == g.departement_code)
        .where(and_(sur_agregats, portee.periode.contient(g.mois)))
    )
    departements: dict[str, str] = {}
    for code, nom, debut, dans, *valeurs in rows:
        departements[code] = nom
        mesures = {mesure: int(v) for mesure, v in zip(noms, valeurs, strict=True)}
        mesures["personnes"] = mesures["participants"] - mesures["recurrents"]
        grille.ajouter(_cle(code, debut), mesures, dans=bool(dans))
    if themes:
        t = ActiviteThemeAgregat
        rows = await session.execute(
            select(
                t.departement_code,
                t.mois,
                colonne_dans(portee, t),
                *(getattr(t, colonne_theme(th)) for th in Theme),
            ).where(and_(sur_themes, portee.periode.contient(t.mois)))
        )
        for code, debut, dans, *nombres in rows:
            grille.ajouter(
                _cle(code, debut),
                {f"theme_{th.name}": int(n) for th, n in zip(Theme, nombres, strict=True)},
                dans=bool(dans),
            )
    return departements
