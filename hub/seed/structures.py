"""Structures, their candidatures, avis préfet and décisions coselec, and the postes validated."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from hub.models import AvisPrefet, Candidature, DecisionCoselec, Structure
from hub.models.enums import Avis, StatutStructure, TypeStructure
from hub.referentiel.territoires import REGIONS
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Territoire
from hub.seed.noms import RESEAUX, adresse, nom_de_structure
from hub.seed.plan import PostePlan, StructurePlan
from hub.seed.rng import Rng, Weighted
from hub.seed.siret import SiretFactory

PREMIER_COSELEC = date(2020, 11, 24)
AUTEUR_COSELEC = "Comité de sélection national (ANCT)"
_NOMS_REGIONS = dict(REGIONS)
_TYPES = Weighted.of(
    [
        (TypeStructure.PRIVATE, 46),
        (TypeStructure.COMMUNE, 27),
        (TypeStructure.EPCI, 13),
        (TypeStructure.COLLECTIVITE, 7),
        (TypeStructure.GIP, 3),
        (TypeStructure.DEPARTEMENT, 2.5),
        (TypeStructure.REGION, 1.5),
    ]
)
# Postes per validated structure, by kind: most hold one, départements and régions hold several.
_TAILLES: dict[TypeStructure, Weighted[int]] = {
    TypeStructure.PRIVATE: Weighted.of([(1, 74), (2, 14), (3, 6), (4, 3), (6, 2), (10, 1)]),
    TypeStructure.COMMUNE: Weighted.of([(1, 80), (2, 15), (3, 5)]),
    TypeStructure.EPCI: Weighted.of([(1, 55), (2, 25), (3, 12), (4, 8)]),
    TypeStructure.COLLECTIVITE: Weighted.of([(1, 75), (2, 20), (3, 5)]),
    TypeStructure.GIP: Weighted.of([(1, 60), (2, 30), (3, 10)]),
    TypeStructure.DEPARTEMENT: Weighted.of([(3, 30), (5, 30), (8, 25), (12, 15)]),
    TypeStructure.REGION: Weighted.of([(2, 40), (4, 40), (6, 20)]),
}
_SANS_POSTE = Weighted.of(
    [
        (StatutStructure.REFUSEE, 35),
        (StatutStructure.CREEE, 25),
        (StatutStructure.EXAMEN_COMPLEMENTAIRE, 20),
        (StatutStructure.ABANDON, 20),
    ]
)
_COMMENTAIRES = {
    Avis.POSITIF: ("Projet cohérent avec la feuille de route départementale.", "Structure bien implantée.",
                   "Avis favorable : zone prioritaire (QPV/ZRR).", ""),
    Avis.NEGATIF: ("Projet insuffisamment précis.", "Doublon avec une autre candidature du territoire.",
                   "Capacité d'accueil du conseiller non démontrée."),
}  # fmt: skip

STRUCTURE_COLUMNS = (
    "id", "siret", "nom", "type", "statut", "departement_code", "code_commune", "adresse", "code_postal",
    "latitude", "longitude", "zrr", "qpv", "reseau", "external_ids", "created_at", "updated_at",
)  # fmt: skip
CANDIDATURE_COLUMNS = (
    "id", "structure_id", "departement_code", "nb_postes_souhaites", "phase", "date_depot", "created_at",
)  # fmt: skip
AVIS_COLUMNS = (
    "id", "candidature_id", "structure_id", "departement_code", "avis", "commentaire", "date", "auteur",
    "created_at",
)  # fmt: skip
DECISION_COLUMNS = (
    "id", "candidature_id", "structure_id", "departement_code", "numero", "avis", "nb_postes", "phase",
    "date", "auteur", "created_at",
)  # fmt: skip


@dataclass
class Instruction:
    """The rows of the structures of the run, before postes get their contracts."""

    structures: list[StructurePlan] = field(default_factory=list)
    structure_rows: list[Row] = field(default_factory=list)
    candidatures: list[Row] = field(default_factory=list)
    avis: list[Row] = field(default_factory=list)
    decisions: list[Row] = field(default_factory=list)
    regions_avec_structure: set[str] = field(default_factory=set)

    async def write(self, writer: BulkWriter) -> None:
        await writer.write(Structure, STRUCTURE_COLUMNS, self.structure_rows)
        await writer.write(Candidature, CANDIDATURE_COLUMNS, self.candidatures)
        await writer.write(AvisPrefet, AVIS_COLUMNS, self.avis)
        await writer.write(DecisionCoselec, DECISION_COLUMNS, self.decisions)


def instruire(
    territoire: Territoire, nb_postes: int, random_seed: int, sirets: SiretFactory, instruction: Instruction
) -> None:
    """Add one département's structures (with exactly `nb_postes` postes) to `instruction`."""
    rng = Rng.stream(random_seed, "structures", territoire.code)
    restants, validees = nb_postes, 0
    while restants > 0:
        kind = _type(rng, territoire, instruction)
        taille = min(_TAILLES[kind].draw(rng), restants)
        structure = _structure(rng, territoire, kind, StatutStructure.VALIDEE, sirets, instruction)
        _valider(rng, territoire, structure, taille, instruction)
        restants -= taille
        validees += 1
    for _ in range(max(1, round(validees * 0.16))):
        kind = _type(rng, territoire, instruction)
        structure = _structure(rng, territoire, kind, _SANS_POSTE.draw(rng), sirets, instruction)
        _ne_pas_valider(rng, territoire, structure, instruction)


def _type(rng: Rng, territoire: Territoire, instruction: Instruction) -> TypeStructure:
    """A kind of structure; at most one conseil départemental per département, one région per région."""
    while True:
        kind = _TYPES.draw(rng)
        code = territoire.code
        if kind is TypeStructure.DEPARTEMENT and any(
            s.type is kind and s.departement_code == code for s in instruction.structures
        ):
            continue
        if (
            kind is TypeStructure.REGION
            and territoire.facts.region_code in instruction.regions_avec_structure
        ):
            continue
        if kind is TypeStructure.REGION:
            instruction.regions_avec_structure.add(territoire.facts.region_code)
        return kind


def _structure(
    rng: Rng,
    territoire: Territoire,
    kind: TypeStructure,
    statut: StatutStructure,
    sirets: SiretFactory,
    instruction: Instruction,
) -> StructurePlan:
    central = kind in (TypeStructure.DEPARTEMENT, TypeStructure.REGION)
    commune = territoire.chef_lieu if central else territoire.tirage.draw(rng)
    facts = territoire.facts
    nom = nom_de_structure(rng, kind, commune.nom, facts.nom, _NOMS_REGIONS[facts.region_code])
    structure = StructurePlan(rng.uuid(), sirets.new(rng, kind), nom, kind, statut, facts.code, commune)
    dense = facts.code in ("75", "92", "93", "94")
    created = rng.instant(rng.day_between(date(2020, 10, 15), date(2021, 5, 31)))
    instruction.structures.append(structure)
    instruction.structure_rows.append(
        (
            structure.id,
            structure.siret,
            nom,
            kind.value,
            statut.value,
            facts.code,
            commune.code_insee,
            adresse(rng),
            commune.code_postal,
            round(commune.latitude + rng.gauss(0, 0.01), 5),
            round(commune.longitude + rng.gauss(0, 0.01), 5),
            not dense and rng.chance(0.15),
            rng.chance(0.2),
            rng.choice(RESEAUX) if kind is TypeStructure.PRIVATE and rng.chance(0.25) else None,
            {"idPG": len(instruction.structures)},
            created,
            None,
        )
    )
    return structure


def _candidature(
    rng: Rng, structure: StructurePlan, nb: int, phase: int, depot: date, instruction: Instruction
) -> uuid.UUID:
    candidature_id = rng.uuid()
    instruction.candidatures.append(
        (candidature_id, structure.id, structure.departement_code, nb, phase, depot, rng.instant(depot))
    )
    return candidature_id


def _avis(
    rng: Rng,
    territoire: Territoire,
    structure: StructurePlan,
    candidature_id: uuid.UUID,
    avis: Avis,
    day: date,
    instruction: Instruction,
) -> None:
    instruction.avis.append(
        (
            rng.uuid(),
            candidature_id,
            structure.id,
            structure.departement_code,
            avis.value,
            rng.choice(_COMMENTAIRES[avis]),
            day,
            f"Préfecture ({territoire.facts.nom})",
            rng.instant(day),
        )
    )


def _decision(
    rng: Rng,
    structure: StructurePlan,
    candidature_id: uuid.UUID,
    avis: Avis,
    nb: int,
    phase: int,
    after: date,
    instruction: Instruction,
) -> tuple[uuid.UUID, date]:
    """A coselec decision at the first committee after `after` (committees sit every 14 days)."""
    numero = max(0, -(-(after - PREMIER_COSELEC).days // 14)) + 1
    day = PREMIER_COSELEC + timedelta(days=14 * (numero - 1))
    decision_id = rng.uuid()
    instruction.decisions.append(
        (
            decision_id,
            candidature_id,
            structure.id,
            structure.departement_code,
            numero,
            avis.value,
            nb,
            phase,
            day,
            AUTEUR_COSELEC,
            rng.instant(day),
        )
    )
    return decision_id, day


def _valider(
    rng: Rng, territoire: Territoire, structure: StructurePlan, taille: int, instruction: Instruction
) -> None:
    phase_2 = rng.randint(1, taille - 1) if taille >= 2 and rng.chance(0.25) else 0
    tranches = [(1, taille - phase_2, date(2020, 11, 2), date(2021, 6, 30))]
    if phase_2:
        tranches.append((2, phase_2, date(2022, 1, 10), date(2023, 3, 31)))
    for phase, nb, debut, fin in tranches:
        depot = rng.day_between(debut, fin)
        souhaites = nb + (rng.randint(1, 2) if rng.chance(0.3) else 0)
        candidature_id = _candidature(rng, structure, souhaites, phase, depot, instruction)
        avis_day = depot + timedelta(days=rng.randint(10, 45))
        avis = Avis.POSITIF if rng.chance(0.96) else Avis.NEGATIF
        _avis(rng, territoire, structure, candidature_id, avis, avis_day, instruction)
        after = avis_day + timedelta(days=rng.randint(3, 30))
        decision_id, day = _decision(
            rng, structure, candidature_id, Avis.POSITIF, nb, phase, after, instruction
        )
        for _ in range(nb):
            structure.postes.append(PostePlan(rng.uuid(), structure, decision_id, phase, day))


def _ne_pas_valider(
    rng: Rng, territoire: Territoire, structure: StructurePlan, instruction: Instruction
) -> None:
    depot = rng.day_between(date(2020, 11, 2), date(2022, 12, 31))
    candidature_id = _candidature(rng, structure, rng.randint(1, 3), 1, depot, instruction)
    avis_day = depot + timedelta(days=rng.randint(10, 45))
    match structure.statut:
        case StatutStructure.REFUSEE:
            avis = Avis.NEGATIF if rng.chance(0.8) else Avis.POSITIF
            _avis(rng, territoire, structure, candidature_id, avis, avis_day, instruction)
            after = avis_day + timedelta(days=rng.randint(3, 30))
            _decision(rng, structure, candidature_id, Avis.NEGATIF, 0, 1, after, instruction)
        case StatutStructure.EXAMEN_COMPLEMENTAIRE:
            avis = Avis.POSITIF if rng.chance(0.6) else Avis.NEGATIF
            _avis(rng, territoire, structure, candidature_id, avis, avis_day, instruction)
        case StatutStructure.ABANDON if rng.chance(0.5):
            _avis(rng, territoire, structure, candidature_id, Avis.POSITIF, avis_day, instruction)
        case _:
            pass  # CREEE (and half the abandons): no avis yet
