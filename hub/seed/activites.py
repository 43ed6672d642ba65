"""Comptes-rendus d'activité, streamed in chunks: counts only, inside each conseiller's contract dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from hub.models import Activite, ActiviteTheme
from hub.models.enums import REORIENTATIONS, STATUTS_USAGER, TRANCHES_AGE, Canal, Theme, TypeActivite
from hub.referentiel.territoires import departement_de_commune
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Commune, Territoire
from hub.seed.plan import ContratPlan, LieuPlan
from hub.seed.rng import AUJOURD_HUI, DEBUT_ACTIVITES, Rng, Weighted
from hub.seed.scales import repartir

CHUNK = 20_000
FIN_ACTIVITES = AUJOURD_HUI
_TYPES = Weighted.of(
    [(TypeActivite.INDIVIDUEL, 55), (TypeActivite.PONCTUEL, 30), (TypeActivite.COLLECTIF, 15)]
)
_CANAUX = Weighted.of(
    [(Canal.RATTACHEMENT, 60), (Canal.AUTRE_LIEU, 20), (Canal.DISTANCE, 12), (Canal.DOMICILE, 8)]
)
_THEMES = Weighted.of(
    [
        (Theme.DEMARCHE_EN_LIGNE, 20), (Theme.COURRIEL, 14), (Theme.SMARTPHONE, 14),
        (Theme.EQUIPEMENT_INFORMATIQUE, 13), (Theme.INTERNET, 11), (Theme.SECURITE, 6),
        (Theme.TRAITEMENT_TEXTE, 5), (Theme.VOCABULAIRE, 4), (Theme.ECHANGER, 4),
        (Theme.CONTENUS_NUMERIQUES, 4), (Theme.TROUVER_EMPLOI, 4), (Theme.SANTE, 3), (Theme.BUDGET, 2),
        (Theme.FRAUDE_ET_HARCELEMENT, 2), (Theme.ACCOMPAGNER_ENFANT, 2), (Theme.SCOLAIRE, 1.5),
        (Theme.TPE_PME, 1), (Theme.DIAGNOSTIC, 2), (Theme.AUTRE, 1.5),
    ]
)  # fmt: skip
_NB_THEMES = Weighted.of([(1, 45), (2, 30), (3, 13), (4, 6), (5, 3), (6, 1), (8, 1), (12, 0.6), (20, 0.4)])
_AGES = Weighted(range(5), (3, 7, 22, 35, 33))
_STATUTS = Weighted(range(5), (6, 22, 20, 40, 12))
_DUREES: dict[TypeActivite, tuple[int, ...]] = {
    TypeActivite.INDIVIDUEL: (30, 45, 60, 60, 90),
    TypeActivite.PONCTUEL: (5, 10, 15, 20, 30),
    TypeActivite.COLLECTIF: (60, 90, 120, 120, 180),
}
_REORIENTATIONS = Weighted(REORIENTATIONS, [10 if i < 12 else 3 for i in range(len(REORIENTATIONS))])

ACTIVITE_COLUMNS = (
    "id", "conseiller_id", "structure_id", "lieu_id", "departement_code", "date", "canal", "type",
    "duree_minutes", "nb_participants", "nb_participants_recurrents",
    *(f"age_{t}" for t in TRANCHES_AGE), *(f"statut_{s}" for s in STATUTS_USAGER),
    "reorientations", "code_commune", "cle_idempotence", "created_at", "corrige_le",
)  # fmt: skip


def quotas(contrats: list[ContratPlan], total: int, random_seed: int) -> list[int]:
    """How many activités each contract reports: `total` split by days worked × the person's pace."""
    rng = Rng.stream(random_seed, "rythmes")
    rythmes: dict[object, float] = {}
    weights: dict[str, float] = {}
    for index, contrat in enumerate(contrats):
        pace = rythmes.setdefault(
            contrat.conseiller.id, 0.0 if rng.chance(0.04) else rng.lognormvariate(0, 0.5)
        )
        debut, fin = max(contrat.date_debut, DEBUT_ACTIVITES), min(contrat.fin_effective, FIN_ACTIVITES)
        weights[str(index)] = max(0, (fin - debut).days + 1) * pace
    if not weights or sum(weights.values()) == 0:
        return [0] * len(contrats)
    shares = repartir(total, weights)
    return [shares[str(index)] for index in range(len(contrats))]


async def write(
    writer: BulkWriter,
    contrats: list[ContratPlan],
    quotas: list[int],
    territoires: dict[str, Territoire],
    random_seed: int,
) -> None:
    """Generate and insert activités and their thèmes chunk by chunk (never all in memory)."""
    activites: list[Row] = []
    themes: list[Row] = []
    for contrat, quota in zip(contrats, quotas, strict=True):
        territoire = territoires[contrat.structure.departement_d_exercice]
        for activite, activite_themes in _activites(contrat, quota, territoire, random_seed):
            activites.append(activite)
            themes += activite_themes
            if len(activites) >= CHUNK:
                await _flush(writer, activites, themes)
    await _flush(writer, activites, themes)


async def _flush(writer: BulkWriter, activites: list[Row], themes: list[Row]) -> None:
    await writer.write(Activite, ACTIVITE_COLUMNS, activites)
    await writer.write(ActiviteTheme, ("activite_id", "theme"), themes)
    activites.clear()
    themes.clear()


def _activites(
    contrat: ContratPlan, quota: int, territoire: Territoire, random_seed: int
) -> Iterator[tuple[Row, list[Row]]]:
    # One stream per contract: a contract's activités do not depend on how many others came before.
    rng = Rng.stream(random_seed, "activites", str(contrat.id))
    debut, fin = max(contrat.date_debut, DEBUT_ACTIVITES), min(contrat.fin_effective, FIN_ACTIVITES)
    structure = contrat.structure
    lieux = structure.lieux
    for _ in range(quota):
        day = rng.day_between(debut, fin)
        if day.weekday() == 6 and day > debut:  # hardly anyone works on Sundays
            day -= timedelta(days=1)
        kind = _TYPES.draw(rng)
        canal = _CANAUX.draw(rng)
        n = _participants(rng, kind)
        lieu, commune = _ou(rng, canal, lieux, territoire)
        ages, statuts = _repartition(rng, _AGES, n), _repartition(rng, _STATUTS, n)
        if kind is TypeActivite.COLLECTIF and rng.chance(0.3):
            statuts = [0, 0, 0, 0, n]  # a mixed group: "hétérogène"
        recurrents = (1 if rng.chance(0.35) else 0) if n == 1 else rng.randint(0, n)
        activite_id = rng.uuid()
        row = (
            activite_id,
            contrat.conseiller.id,
            structure.id,
            lieu.id if lieu else None,
            departement_de_commune(commune.code_insee),  # where it took place
            day,
            canal.value,
            kind.value,
            rng.choice(_DUREES[kind]),
            n,
            recurrents,
            *ages,
            *statuts,
            _REORIENTATIONS.distinct(rng, rng.randint(1, 2)) if rng.chance(0.12) else [],
            commune.code_insee,
            None,
            rng.instant(day),
            None,
        )
        themes = _THEMES.distinct(rng, _NB_THEMES.draw(rng))
        yield row, [(activite_id, theme.value) for theme in themes]


def _ou(
    rng: Rng, canal: Canal, lieux: list[LieuPlan], territoire: Territoire
) -> tuple[LieuPlan | None, Commune]:
    """At the conseiller's lieu (usually the main one) or, elsewhere, in a commune of the département."""
    commune = territoire.tirage.draw(rng)
    if canal is not Canal.RATTACHEMENT or not lieux:
        return None, commune
    lieu = lieux[0] if len(lieux) == 1 or rng.chance(0.7) else rng.choice(lieux)
    return lieu, lieu.commune


def _participants(rng: Rng, kind: TypeActivite) -> int:
    if kind is TypeActivite.COLLECTIF:
        return rng.randint(16, 100) if rng.chance(0.02) else rng.randint(3, 15)
    if kind is TypeActivite.INDIVIDUEL:
        return 1 if rng.chance(0.95) else 2
    return 1 if rng.chance(0.9) else rng.randint(2, 3)


def _repartition(rng: Rng, buckets: Weighted[int], n: int) -> list[int]:
    """n people spread over the five buckets (the counts sum to n)."""
    counts = [0, 0, 0, 0, 0]
    for _ in range(n):
        counts[buckets.draw(rng)] += 1
    return counts
