"""A small imported référentiel of communes and EPCI for the tests of communes and their statistics.

- Metz Métropole (200039865): Metz 57463 and Woippy 57751, in Moselle;
- "CC des Deux Rives" (200000172): Sarrebourg 57630 (Moselle) and Lunéville 54329
  (Meurthe-et-Moselle): an EPCI that straddles two départements;
- Marseille 13055 in Aix-Marseille-Provence (200054807); Hombourg 57333, in no EPCI.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Commune, Epci

METZ_METROPOLE = "200039865"
DEUX_RIVES = "200000172"
AMP = "200054807"
METZ, WOIPPY, SARREBOURG, LUNEVILLE, MARSEILLE, HOMBOURG = (
    "57463",
    "57751",
    "57630",
    "54329",
    "13055",
    "57333",
)


@dataclass(frozen=True)
class Membre:
    code: str
    nom: str
    departement: str
    epci: str | None
    population: int | None


MEMBRES = (
    Membre(METZ, "Metz", "57", METZ_METROPOLE, 120_211),
    Membre(WOIPPY, "Woippy", "57", METZ_METROPOLE, 14_000),
    Membre(SARREBOURG, "Sarrebourg", "57", DEUX_RIVES, 12_000),
    Membre(LUNEVILLE, "Lunéville", "54", DEUX_RIVES, 18_000),
    Membre(MARSEILLE, "Marseille", "13", AMP, 873_076),
    Membre(HOMBOURG, "Hombourg", "57", None, None),
)


async def importer_referentiel(session: AsyncSession) -> None:
    """Write the EPCI and communes as the `epci` import does (inside a trusted job's transaction)."""
    session.add_all(
        [
            Epci(code=METZ_METROPOLE, nom="Metz Métropole", type="METRO", population=134_211),
            Epci(code=DEUX_RIVES, nom="CC des Deux Rives", type="CC", population=30_000),
            Epci(code=AMP, nom="Métropole d'Aix-Marseille-Provence", type="METRO", population=None),
        ]
    )
    await session.flush()
    session.add_all(
        [
            Commune(
                code=m.code,
                nom=m.nom,
                departement_code=m.departement,
                epci_code=m.epci,
                population=m.population,
            )
            for m in MEMBRES
        ]
    )
    await session.flush()
