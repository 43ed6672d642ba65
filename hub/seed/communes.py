"""Synthetic communes of a département: plausible INSEE and postal codes, names and coordinates."""

from __future__ import annotations

from dataclasses import dataclass

from hub.seed.noms import nom_de_commune
from hub.seed.rng import Rng, Weighted
from hub.seed.territoires import DEPARTEMENTS_FACTS, DepartementFacts

_DENSES = frozenset({"75", "92", "93", "94"})


@dataclass(frozen=True, slots=True)
class Commune:
    code_insee: str
    nom: str
    code_postal: str
    latitude: float
    longitude: float


# Communes the texts name (real INSEE and postal codes, approximate centroids).
COMMUNES_CONNUES: dict[str, tuple[Commune, ...]] = {
    "57": (
        Commune("57006", "Achen", "57412", 49.041, 7.191),
        Commune("57672", "Thionville", "57100", 49.357, 6.168),
    ),
    "62": (
        Commune("62119", "Béthune", "62400", 50.530, 2.640),
        Commune("62516", "Lillers", "62190", 50.562, 2.482),
        Commune("62193", "Calonne-Ricouart", "62470", 50.485, 2.481),
        Commune("62491", "Laventie", "62840", 50.628, 2.773),
        Commune("62473", "Isbergues", "62330", 50.623, 2.456),
        Commune("62457", "Houdain", "62150", 50.452, 2.535),
        Commune("62178", "Bruay-la-Buissière", "62700", 50.482, 2.551),
        Commune("62510", "Liévin", "62800", 50.423, 2.779),
    ),
}


@dataclass(frozen=True, slots=True)
class Territoire:
    """A département with its synthetic communes, the chef-lieu first and likeliest."""

    facts: DepartementFacts
    communes: tuple[Commune, ...]
    tirage: Weighted[Commune]

    @property
    def code(self) -> str:
        return self.facts.code

    @property
    def chef_lieu(self) -> Commune:
        return self.communes[0]

    def commune(self, code_insee: str) -> Commune:
        """One of the département's communes by INSEE code (the chef-lieu or a named one)."""
        return next(commune for commune in self.communes if commune.code_insee == code_insee)


def territoire(code: str, random_seed: int) -> Territoire:
    facts = DEPARTEMENTS_FACTS[code]
    rng = Rng.stream(random_seed, "communes", code)
    connues = COMMUNES_CONNUES.get(code, ())
    communes = [_chef_lieu(facts), *connues]
    if code == "75":
        communes += [_arrondissement(n, facts, rng) for n in range(1, 21)]
    else:
        wanted = min(facts.nb_communes, 15 + facts.population_milliers // 25)
        numbers = _numeros(facts, rng, wanted - len(communes), {c.code_insee for c in communes})
        names = {commune.nom for commune in communes}
        for number in numbers:
            name = nom_de_commune(rng, facts.chef_lieu_nom)
            while name in names:
                name = nom_de_commune(rng, facts.chef_lieu_nom)
            names.add(name)
            communes.append(_commune(facts, rng, number, name))
    # Zipf-like: the chef-lieu and the first towns weigh most, as population does.
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(communes))]
    return Territoire(facts, tuple(communes), Weighted(communes, weights))


def _numeros(facts: DepartementFacts, rng: Rng, count: int, pris: set[str]) -> list[str]:
    """`count` commune numbers of the département, none of the codes already `pris`."""
    width = 2 if facts.outre_mer else 3
    taken = {code[-width:] for code in pris}
    highest = max(facts.nb_communes + facts.nb_communes // 10 + 1, count + len(taken) + 1)
    pool = [f"{n:0{width}d}" for n in range(1, highest + 1) if f"{n:0{width}d}" not in taken]
    return sorted(rng.sample(pool, min(count, len(pool))))


def _chef_lieu(facts: DepartementFacts) -> Commune:
    return Commune(
        facts.chef_lieu_code,
        facts.chef_lieu_nom,
        _code_postal_chef_lieu(facts),
        facts.latitude,
        facts.longitude,
    )


def _arrondissement(number: int, facts: DepartementFacts, rng: Rng) -> Commune:
    nom = f"Paris {number}{'er' if number == 1 else 'e'} Arrondissement"
    latitude, longitude = _autour(facts, rng)
    return Commune(f"751{number:02d}", nom, f"750{number:02d}", latitude, longitude)


def _commune(facts: DepartementFacts, rng: Rng, number: str, name: str) -> Commune:
    latitude, longitude = _autour(facts, rng)
    return Commune(facts.code + number, name, _code_postal(facts, rng), latitude, longitude)


def _autour(facts: DepartementFacts, rng: Rng) -> tuple[float, float]:
    spread = 0.03 if facts.code in _DENSES else 0.08 if facts.outre_mer else 0.25
    latitude = round(facts.latitude + rng.gauss(0, spread), 5)
    longitude = round(facts.longitude + rng.gauss(0, spread * 1.4), 5)
    return latitude, longitude


def _code_postal_chef_lieu(facts: DepartementFacts) -> str:
    return {"2A": "20000", "2B": "20200", "75": "75001"}.get(facts.code, facts.code.ljust(5, "0"))


def _code_postal(facts: DepartementFacts, rng: Rng) -> str:
    if facts.code == "2A":
        return f"20{rng.randrange(0, 20) * 10:03d}"
    if facts.code == "2B":
        return f"20{rng.randrange(20, 30) * 10:03d}"
    if facts.outre_mer:
        return f"{facts.code}{rng.randrange(0, 10) * 10:02d}"
    return f"{facts.code}{rng.randrange(1, 100) * 10:03d}"
