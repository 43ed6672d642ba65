"""Lieux de médiation numérique (source "seed") of the validated structures, and who works there."""

from __future__ import annotations

from datetime import date

from hub.models import Lieu, LieuConseiller
from hub.models.enums import StatutStructure, TypeStructure
from hub.referentiel.territoires import departement_de_commune
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Commune, Territoire
from hub.seed.conseillers import Recrutements
from hub.seed.noms import adresse, nom_de_lieu, slug, telephone
from hub.seed.plan import LieuPlan, StructurePlan
from hub.seed.rng import AUJOURD_HUI, Rng, Weighted
from hub.seed.siret import SiretFactory

SOURCE = "seed"
# Values of the national standard (LaMednum schema, fields services / publics / frais / dispositifs).
_SERVICES = Weighted.of(
    [
        ("Aide aux démarches administratives", 30),
        ("Maîtrise des outils numériques du quotidien", 30),
        ("Insertion professionnelle via le numérique", 12),
        ("Utilisation sécurisée du numérique", 12),
        ("Parentalité et éducation avec le numérique", 6),
        ("Loisirs et créations numériques", 5),
        ("Compréhension du monde numérique", 8),
        ("Accès internet et matériel informatique", 15),
        ("Acquisition de matériel informatique à prix solidaire", 3),
    ]
)
_PUBLICS = ("Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes")
_AUTRES_DISPOSITIFS = (
    "Aidants Connect",
    "France Services",
    "Certification PIX",
    "Point d'accès numérique CAF",
)
_HORAIRES = (
    "Mo-Fr 09:00-12:00,14:00-17:00",
    "Mo-Th 08:30-12:00,13:30-17:30; Fr 08:30-12:00",
    "Tu-Sa 10:00-12:30,14:00-18:00",
    "Mo,We,Fr 09:00-12:00",
)

LIEU_COLUMNS = (
    "id", "source", "source_id", "nom", "pivot", "structure_id", "departement_code", "adresse", "code_postal",
    "commune", "code_insee", "latitude", "longitude", "services", "publics", "frais", "dispositifs",
    "horaires", "telephone", "courriel", "site_web", "date_maj", "external_ids", "import_run_id",
    "date_source", "created_at", "updated_at",
)  # fmt: skip


def implanter(
    territoire: Territoire,
    structures: list[StructurePlan],
    random_seed: int,
    sirets: SiretFactory,
    rows: list[Row],
) -> None:
    """One lieu at each validated structure, a quarter of them with one or two permanences elsewhere."""
    rng = Rng.stream(random_seed, "lieux", territoire.code)
    for structure in structures:
        if structure.statut is not StatutStructure.VALIDEE:
            continue
        if structure.exerce_a is not None:  # works in another département: one lieu, there
            _lieu(rng, structure, structure.nom, structure.siret, structure.exerce_a, rows)
            continue
        _lieu(rng, structure, structure.nom, structure.siret, structure.commune, rows)
        extra = rng.choice((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2))
        for _ in range(extra):
            commune = territoire.tirage.draw(rng)
            pivot = structure.siret if rng.chance(0.5) else sirets.new(rng, TypeStructure.COMMUNE)
            _lieu(rng, structure, nom_de_lieu(rng, commune.nom), pivot, commune, rows)


def _lieu(
    rng: Rng, structure: StructurePlan, nom: str, pivot: str, commune: Commune, rows: list[Row]
) -> None:
    lieu = LieuPlan(rng.uuid(), commune)
    structure.lieux.append(lieu)
    dispositifs = ["Conseillers numériques"]
    dispositifs += [d for d in _AUTRES_DISPOSITIFS if rng.chance(0.15)]
    maj = rng.day_between(date(2023, 1, 1), AUJOURD_HUI)
    rows.append(
        (
            lieu.id,
            SOURCE,
            f"seed-lieu-{len(rows) + 1:06d}",
            nom,
            pivot,
            structure.id,
            departement_de_commune(commune.code_insee),
            adresse(rng),
            commune.code_postal,
            commune.nom,
            commune.code_insee,
            round(commune.latitude + rng.gauss(0, 0.005), 6),
            round(commune.longitude + rng.gauss(0, 0.005), 6),
            _SERVICES.distinct(rng, rng.randint(1, 4)),
            rng.sample(_PUBLICS, rng.choice((0, 0, 1, 2))),
            ["Gratuit"] if rng.chance(0.85) else ["Gratuit sous condition"],
            dispositifs,
            rng.choice(_HORAIRES),
            telephone(rng, structure.departement_code),
            f"contact.{slug(commune.nom)}@mediation-numerique.example" if rng.chance(0.6) else None,
            None,
            maj,
            {},
            None,
            None,
            rng.instant(maj),
            None,
        )
    )


def affectations(recrutements: Recrutements, random_seed: int) -> list[Row]:
    """(lieu, conseiller) pairs: each conseiller in post at the main lieu, a third also at another one."""
    rng = Rng.stream(random_seed, "lieu_conseiller")
    rows: list[Row] = []
    for conseiller in recrutements.conseillers:
        contrat = conseiller.contrat_en_cours
        if contrat is None:
            continue
        lieux = contrat.structure.lieux
        rows.append((lieux[0].id, conseiller.id))
        if len(lieux) > 1 and rng.chance(0.35):
            rows.append((rng.choice(lieux[1:]).id, conseiller.id))
    return rows


async def write(writer: BulkWriter, lieu_rows: list[Row], affectation_rows: list[Row]) -> None:
    await writer.write(Lieu, LIEU_COLUMNS, lieu_rows)
    await writer.write(LieuConseiller, ("lieu_id", "conseiller_id"), affectation_rows)
