"""The activité aggregates equal the activités, recounted in Python, after a seed and after each write."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import delete, select

from hub.db import Database
from hub.models import Activite, ActiviteAgregat, ActiviteTheme, ActiviteThemeAgregat
from hub.models.activite_agregat import colonne_theme
from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE, Canal, Theme, TypeActivite
from hub.services.activites import corriger_activite, enregistrer_activite
from hub.services.agregats import reconstruire
from hub.services.ecriture import aujourdhui
from tests.auth.world import systeme
from tests.ecriture import Scene
from tests.services.test_activites import SAISIE

SOMMES = [c.key for c in ActiviteAgregat.__table__.columns if c.key not in ("departement_code", "mois")]
Cle = tuple[Any, ...]


def _contribution(a: Activite) -> Counter[str]:
    """What one activité adds to its (département, month) row, written out by hand."""
    valeurs: Counter[str] = Counter(
        nombre=1,
        participants=a.nb_participants,
        participants_recurrents=a.nb_participants_recurrents,
        duree_minutes=a.duree_minutes,
    )
    d = a.duree_minutes
    valeurs[
        "duree_0_30"
        if d < 30
        else "duree_30_60"
        if d < 60
        else "duree_60_120"
        if d < 120
        else "duree_120_plus"
    ] += 1
    valeurs[f"canal_{a.canal.value}"] += 1
    valeurs[f"type_{a.type.value}"] += 1
    for tranche in TRANCHES_AGE:
        valeurs[f"age_{tranche}"] += getattr(a, f"age_{tranche}")
    for statut in STATUTS_USAGER:
        valeurs[f"statut_{statut}"] += getattr(a, f"statut_{statut}")
    return valeurs


async def _recomptes(database: Database) -> tuple[dict[Cle, dict[str, int]], dict[Cle, int]]:
    """(activités per département × month, thèmes per département × month × thème), from the rows."""
    lignes: defaultdict[Cle, Counter[str]] = defaultdict(Counter)
    themes: Counter[Cle] = Counter()
    async with systeme(database) as session:
        activites = {a.id: a for a in await session.scalars(select(Activite))}
        for a in activites.values():
            lignes[(a.departement_code, a.date.replace(day=1))] += _contribution(a)
        for activite_id, theme in await session.execute(
            select(ActiviteTheme.activite_id, ActiviteTheme.theme)
        ):
            a = activites[activite_id]
            themes[(a.departement_code, a.date.replace(day=1), theme)] += 1
    return {cle: {c: v[c] for c in SOMMES} for cle, v in lignes.items()}, dict(themes)


async def _agregats(database: Database) -> tuple[dict[Cle, dict[str, int]], dict[Cle, int]]:
    """The same, read from the aggregate tables (rows left at zero by deletions are no group)."""
    async with systeme(database) as session:
        lignes = {
            (g.departement_code, g.mois): {c: getattr(g, c) for c in SOMMES}
            for g in await session.scalars(select(ActiviteAgregat))
            if g.nombre
        }
        themes = {
            (t.departement_code, t.mois, theme): getattr(t, colonne_theme(theme))
            for t in await session.scalars(select(ActiviteThemeAgregat))
            for theme in Theme
            if getattr(t, colonne_theme(theme))
        }
    return lignes, themes


async def test_les_agregats_suivent_chaque_enregistrement_correction_et_suppression(scene: Scene) -> None:
    jour = aujourdhui()
    mois_precedent = jour.replace(day=1) - dt.timedelta(days=1)
    conseiller = scene.conseiller
    premiere = await scene.ecrire(
        conseiller, lambda s: enregistrer_activite(s, conseiller, dataclasses.replace(SAISIE, date=jour))
    )
    seconde = await scene.ecrire(
        conseiller,
        lambda s: enregistrer_activite(
            s, conseiller, dataclasses.replace(SAISIE, date=mois_precedent, duree_minutes=20)
        ),
    )
    lignes, themes = await _agregats(scene.database)
    assert (lignes, themes) == await _recomptes(scene.database)
    assert sum(v["nombre"] for v in lignes.values()) == 2
    assert sum(themes.values()) == 4

    # A correction moves the activité to another month, changes its canal, type, durée and thèmes.
    correction = dataclasses.replace(
        SAISIE,
        date=mois_precedent,
        canal=Canal.DISTANCE,
        type=TypeActivite.INDIVIDUEL,
        duree_minutes=150,
        themes=(Theme.SANTE, Theme.SMARTPHONE, Theme.BUDGET),
    )
    await scene.ecrire(
        conseiller,
        lambda s: corriger_activite(s, conseiller, premiere.activite.id, correction, delai_jours=30),
    )
    lignes, themes = await _agregats(scene.database)
    assert (lignes, themes) == await _recomptes(scene.database)
    assert list(lignes) == [("57", mois_precedent.replace(day=1))]
    assert lignes[("57", mois_precedent.replace(day=1))]["canal_distance"] == 1
    assert sum(themes.values()) == 5

    async with systeme(scene.database) as session:  # an operator's deletion: its thèmes go with it
        await session.execute(delete(Activite).where(Activite.id == seconde.activite.id))
    lignes, themes = await _agregats(scene.database)
    assert (lignes, themes) == await _recomptes(scene.database)
    assert sum(themes.values()) == 3


async def test_apres_le_seed_les_agregats_egalent_les_activites_et_leur_reconstruction(
    seeded_database: Database,
) -> None:
    attendus = await _recomptes(seeded_database)
    assert sum(v["nombre"] for v in attendus[0].values()) > 1000, "the demo seed has activités"
    assert await _agregats(seeded_database) == attendus
    async with systeme(seeded_database) as session:
        reconstruction = await reconstruire(session)
    assert reconstruction.groupes == len(attendus[0])
    assert await _agregats(seeded_database) == attendus
