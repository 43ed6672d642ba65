"""Where a row lies: its département (from a code INSEE or a code postal) and its coordinates' territory.

Rules (docs/imports.md):
- code INSEE: its first 2 characters (`2A`, `2B` included), 3 for `97x`.
- code postal: its first 2 characters, 3 for `97x`/`98x`; Corsica `20xxx` by La Poste's ranges:
  200xx–201xx → 2A (Corse-du-Sud), 202xx–206xx → 2B (Haute-Corse). 97133 is Saint-Barthélemy (977)
  and 97150 Saint-Martin (978): collectivités d'outre-mer, not part of Guadeloupe.
- coordinates: inside the bounding box of the département's territory (metropolitan France with
  Corsica, one of the five DROM or one of the six collectivités d'outre-mer). A point in no French
  box is rejected, a point in the box of
  another territory too (and a swapped latitude/longitude is named as such).
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.referentiel.territoires import departement_de_commune


class HorsTerritoireError(ValueError):
    """The value does not name or lie in a territory of the référentiel; the message says why."""


@dataclass(frozen=True)
class Boite:
    nom: str
    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    def contient(self, latitude: float, longitude: float) -> bool:
        return self.lat_min <= latitude <= self.lat_max and self.lon_min <= longitude <= self.lon_max


# Generous by a few kilometres around the coasts and islands (Ouessant, Corsica, Marie-Galante…).
METROPOLE = Boite("France métropolitaine", 41.3, 51.2, -5.3, 9.7)
BOITES_OUTRE_MER: dict[str, Boite] = {
    "971": Boite("Guadeloupe", 15.8, 16.55, -61.85, -60.95),
    "972": Boite("Martinique", 14.35, 14.9, -61.3, -60.8),
    "973": Boite("Guyane", 2.1, 5.8, -54.65, -51.6),
    "974": Boite("La Réunion", -21.4, -20.85, 55.2, 55.85),
    "976": Boite("Mayotte", -13.05, -12.6, 44.95, 45.35),
    # The collectivités d'outre-mer (not DROM, but units of prefectoral scope of the référentiel too).
    "975": Boite("Saint-Pierre-et-Miquelon", 46.7, 47.2, -56.5, -56.1),
    "977": Boite("Saint-Barthélemy", 17.85, 17.98, -62.96, -62.77),
    "978": Boite("Saint-Martin", 18.0, 18.14, -63.18, -62.95),
    "986": Boite("Wallis-et-Futuna", -14.4, -13.1, -178.3, -176.0),
    "987": Boite("Polynésie française", -28.0, -7.8, -154.8, -134.4),
    "988": Boite("Nouvelle-Calédonie", -23.5, -17.8, 158.0, 172.5),
}
_COLLECTIVITES_OUTRE_MER = {"97133": "977", "97150": "978"}


def departement_du_code_insee(code_insee: str) -> str:
    return departement_de_commune(code_insee)


def departement_du_code_postal(code_postal: str) -> str:
    if code_postal in _COLLECTIVITES_OUTRE_MER:
        return _COLLECTIVITES_OUTRE_MER[code_postal]
    if code_postal.startswith(("97", "98")):
        return code_postal[:3]
    if code_postal.startswith("20"):
        rang = int(code_postal[2:])
        if rang < 200:
            return "2A"
        if rang < 700:
            return "2B"
        raise HorsTerritoireError(f"code postal corse {code_postal} hors des plages 200xx–206xx")
    return code_postal[:2]


def boite_du_departement(departement: str) -> Boite:
    return BOITES_OUTRE_MER.get(departement, METROPOLE)


def verifier_coordonnees(latitude: float, longitude: float, departement: str) -> None:
    """Raise HorsTerritoireError unless the point lies in the territory of `departement`."""
    attendue = boite_du_departement(departement)
    if attendue.contient(latitude, longitude):
        return
    boites = (METROPOLE, *BOITES_OUTRE_MER.values())
    ailleurs = next((b for b in boites if b.contient(latitude, longitude)), None)
    if ailleurs is not None:
        raise HorsTerritoireError(
            f"coordonnées en {ailleurs.nom}, pas en {attendue.nom} (département {departement})"
        )
    if any(b.contient(longitude, latitude) for b in boites):
        raise HorsTerritoireError("latitude et longitude inversées")
    raise HorsTerritoireError(f"coordonnées hors de France (attendu : {attendue.nom})")
