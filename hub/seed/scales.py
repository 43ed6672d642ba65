"""How much to generate where: the three scales and the national shares of each département."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from hub.seed.territoires import DEPARTEMENTS_FACTS

POSTES_NATIONAUX = 4_000
# Public record: the préfecture of Moselle announced 53 postes validés, Pas-de-Calais 62; the rest
# follows population.
POSTES_CONNUS = {"57": 53, "62": 62}
ACTIVITES_NATIONALES = 1_000_000
ACTIVITES_DEMO = 30_000
MANDATS_NATIONAUX = 50_000
ORGANISATIONS_AC_NATIONALES = 1_500
SITES_FRANCE_SERVICES_NATIONAUX = 2_800
# Nord beside Pas-de-Calais: DEV and YOU's poste is funded there and works in the Béthunois.
DEPARTEMENTS_DEMO = ("57", "62", "59", "75", "13", "971")


class Scale(StrEnum):
    DEMO = "demo"
    DEPARTEMENT = "departement"
    NATIONAL = "national"


class SeedError(Exception):
    """The seed refused to run; the message is one sentence for the person who asked."""


@dataclass(frozen=True, slots=True)
class ScalePlan:
    """What one run generates: its départements and, for each, its national share of everything."""

    scale: Scale
    departements: tuple[str, ...]
    postes: Mapping[str, int]
    organisations_ac: Mapping[str, int]
    mandats: Mapping[str, int]
    sites_france_services: Mapping[str, int]
    activites: int


def plan_for(scale: Scale, departement: str = "57") -> ScalePlan:
    match scale:
        case Scale.NATIONAL:
            codes = tuple(DEPARTEMENTS_FACTS)
        case Scale.DEMO:
            codes = DEPARTEMENTS_DEMO
        case Scale.DEPARTEMENT:
            if departement not in DEPARTEMENTS_FACTS:
                raise SeedError(
                    f"unknown département {departement!r}: give an INSEE code such as 57, 2A or 971"
                )
            codes = (departement,)
    postes = postes_par_departement()
    if scale is Scale.NATIONAL:
        activites = ACTIVITES_NATIONALES
    elif scale is Scale.DEMO:
        activites = ACTIVITES_DEMO
    else:
        activites = round(ACTIVITES_NATIONALES * postes[departement] / POSTES_NATIONAUX)
    return ScalePlan(
        scale=scale,
        departements=codes,
        postes={code: postes[code] for code in codes},
        organisations_ac=_restrict(_organisations(), codes),
        mandats=_restrict(_par_population(MANDATS_NATIONAUX, minimum=20), codes),
        sites_france_services=_restrict(_sites_france_services(), codes),
        activites=activites,
    )


def postes_par_departement() -> dict[str, int]:
    """The 4,000 postes over the 101 départements: known figures kept, the rest by population."""
    rest = POSTES_NATIONAUX - sum(POSTES_CONNUS.values())
    weights = {c: f.population_milliers for c, f in DEPARTEMENTS_FACTS.items() if c not in POSTES_CONNUS}
    return {**repartir(rest, weights, minimum=4), **POSTES_CONNUS}


def _organisations() -> dict[str, int]:
    return _par_population(ORGANISATIONS_AC_NATIONALES, minimum=2)


def _sites_france_services() -> dict[str, int]:
    # France Services are denser in rural areas than population alone says: weigh by population^0.6.
    weights = {c: f.population_milliers**0.6 for c, f in DEPARTEMENTS_FACTS.items()}
    return repartir(SITES_FRANCE_SERVICES_NATIONAUX, weights, minimum=3)


def _par_population(total: int, minimum: int) -> dict[str, int]:
    weights = {c: float(f.population_milliers) for c, f in DEPARTEMENTS_FACTS.items()}
    return repartir(total, weights, minimum=minimum)


def _restrict(values: Mapping[str, int], codes: Sequence[str]) -> dict[str, int]:
    return {code: values[code] for code in codes}


def repartir(total: int, weights: Mapping[str, float], minimum: int = 0) -> dict[str, int]:
    """Split `total` by `weights` (largest remainder, ties by key order), each key getting ≥ minimum."""
    keys = list(weights)
    base = dict.fromkeys(keys, minimum)
    remaining = total - minimum * len(keys)
    if remaining < 0:
        raise ValueError(f"cannot give {minimum} each to {len(keys)} keys out of {total}")
    weight_sum = sum(weights.values())
    exact = {key: remaining * weights[key] / weight_sum for key in keys}
    shares = {key: base[key] + int(exact[key]) for key in keys}
    leftover = total - sum(shares.values())
    position = {key: index for index, key in enumerate(keys)}
    by_remainder = sorted(keys, key=lambda key: (int(exact[key]) - exact[key], position[key]))
    for key in by_remainder[:leftover]:
        shares[key] += 1
    return shares
