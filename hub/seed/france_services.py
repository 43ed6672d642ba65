"""Synthetic France Services sites (source "seed"), some run by a structure of the programme."""

from __future__ import annotations

from datetime import date

from hub.models import SiteFranceServices
from hub.models.enums import FormatFranceServices, StatutStructure, TypeSiteFranceServices, TypeStructure
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Territoire
from hub.seed.noms import adresse, slug, telephone
from hub.seed.plan import StructurePlan
from hub.seed.rng import Rng, Weighted

SOURCE = "seed"
# Far above the ANCT list's id_fs (1…~3,000): an import of the real list never collides with the seed.
PREMIER_ID_FS = 900_001
_FORMATS = Weighted.of(
    [
        (FormatFranceServices.FIXE, 80),
        (FormatFranceServices.FIXE_ANTENNES, 8),
        (FormatFranceServices.MULTISITES, 5),
        (FormatFranceServices.ITINERANTE, 4),
        (FormatFranceServices.BUS, 3),
    ]
)
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
_PORTEURS = (TypeStructure.COMMUNE, TypeStructure.EPCI, TypeStructure.COLLECTIVITE, TypeStructure.PRIVATE)

SITE_COLUMNS = (
    "id", "id_fs", "source", "nom", "departement_code", "structure_id", "adresse", "code_postal", "commune",
    "code_insee", "latitude", "longitude", "type", "format", "date_labellisation", "horaires", "telephone",
    "courriel", "external_ids", "import_run_id", "date_source", "created_at", "updated_at",
)  # fmt: skip


def labelliser(
    territoire: Territoire, nombre: int, structures: list[StructurePlan], random_seed: int, rows: list[Row]
) -> None:
    """`nombre` sites in the département; about one in six is carried by a validated structure."""
    rng = Rng.stream(random_seed, "france_services", territoire.code)
    porteurs = [s for s in structures if s.statut is StatutStructure.VALIDEE and s.type in _PORTEURS]
    for _ in range(nombre):
        commune = territoire.tirage.draw(rng)
        porteur = rng.choice(porteurs) if porteurs and rng.chance(0.17) else None
        antenne = rng.chance(0.05)
        labellisation = rng.day_between(date(2020, 1, 1), date(2024, 6, 30))
        nom = f"France Services {commune.nom}" + (" (antenne)" if antenne else "")
        rows.append(
            (
                rng.uuid(),
                PREMIER_ID_FS + len(rows),
                SOURCE,
                nom,
                territoire.code,
                porteur.id if porteur else None,
                adresse(rng),
                commune.code_postal,
                commune.nom,
                commune.code_insee,
                round(commune.latitude + rng.gauss(0, 0.005), 6),
                round(commune.longitude + rng.gauss(0, 0.005), 6),
                (TypeSiteFranceServices.ANTENNE if antenne else TypeSiteFranceServices.PRINCIPAL).value,
                _FORMATS.draw(rng).value,
                labellisation,
                _horaires(rng),
                telephone(rng, territoire.code),
                f"france-services.{slug(commune.nom)}@services-publics.example",
                {},
                None,
                None,
                rng.instant(labellisation),
                None,
            )
        )


def _horaires(rng: Rng) -> dict[str, str]:
    matin, apres_midi = "09:00 - 12:00", rng.choice(("13:30 - 17:00", "14:00 - 17:30", "13:30 - 16:30"))
    horaires = dict.fromkeys(_JOURS[:5], f"{matin} / {apres_midi}")
    if rng.chance(0.3):
        horaires[rng.choice(_JOURS[:5])] = matin
    if rng.chance(0.25):
        horaires["samedi"] = matin
    return horaires


async def write(writer: BulkWriter, rows: list[Row]) -> None:
    await writer.write(SiteFranceServices, SITE_COLUMNS, rows)
