"""Structures, their candidatures, avis préfet and décisions coselec, and the postes validated."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum

from hub.models import AvisPrefet, Candidature, DecisionCoselec, Reseau, Structure
from hub.models.enums import Avis, StatutStructure, TypeStructure
from hub.models.reseau import id_du_reseau
from hub.referentiel.territoires import REGIONS, departement_de_commune
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Commune, Territoire
from hub.seed.noms import RESEAUX, adresse, nom_de_structure
from hub.seed.plan import PostePlan, StructurePlan
from hub.seed.rng import Rng, Weighted
from hub.seed.siret import SiretFactory
from hub.seed.structures_nommees import (
    EMMAUS_CONNECT,
    FIN_PREMIERE_VAGUE,
    PREMIERE_VAGUE,
    StructureNommee,
    nommees,
)

PREMIER_COSELEC = date(2020, 11, 24)
AUTEUR_COSELEC = "Comité de sélection national (ANCT)"
_NOMS_REGIONS = dict(REGIONS)
_DEBUT = datetime(2020, 10, 1, tzinfo=UTC)  # the grands réseaux were there when the programme began
# Emmaüs Connect's structures are the named ones (one SIREN, an établissement per département).
_RESEAUX_TIRES = tuple(reseau for reseau in RESEAUX if reseau != EMMAUS_CONNECT)
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
    "latitude", "longitude", "zrr", "qpv", "reseau", "reseau_id", "external_ids", "created_at", "updated_at",
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
        colonne = STRUCTURE_COLUMNS.index("reseau")
        reseaux = sorted({str(row[colonne]) for row in self.structure_rows if row[colonne]})
        await writer.write(
            Reseau, ("id", "nom", "created_at"), [(id_du_reseau(nom), nom, _DEBUT) for nom in reseaux]
        )
        await writer.write(Structure, STRUCTURE_COLUMNS, self.structure_rows)
        await writer.write(Candidature, CANDIDATURE_COLUMNS, self.candidatures)
        await writer.write(AvisPrefet, AVIS_COLUMNS, self.avis)
        await writer.write(DecisionCoselec, DECISION_COLUMNS, self.decisions)


def instruire(
    territoire: Territoire,
    nb_postes: int,
    random_seed: int,
    sirets: SiretFactory,
    instruction: Instruction,
    exercices: Mapping[str, Territoire] | None = None,
) -> None:
    """Add one département's structures (with exactly `nb_postes` postes) to `instruction`.

    The structures the texts name come first, then the rest of a published first wave, then
    structures drawn at random up to `nb_postes`. `exercices` are the run's other territoires: a named
    structure working in one of them (DEV and YOU) has its lieu and activity there.
    """
    rng = Rng.stream(random_seed, "structures", territoire.code)
    restants, validees = nb_postes, 0
    for nommee in nommees(territoire.code):
        structure = _structure(
            rng, territoire, nommee.type, StatutStructure.VALIDEE, sirets, instruction, nommee
        )
        if nommee.exerce_a is not None and (exercices or {}).get(departement_de_commune(nommee.exerce_a)):
            ailleurs = (exercices or {})[departement_de_commune(nommee.exerce_a)]
            structure.exerce_a = ailleurs.commune(nommee.exerce_a)
        _valider(rng, territoire, structure, nommee.postes, instruction, Calendrier.de(nommee.premiere_vague))
        for poste in structure.postes:
            poste.recrutement_en_cours = nommee.recrutement_en_cours
        restants, validees = restants - nommee.postes, validees + 1
    for taille in _premiere_vague(rng, territoire.code):
        kind = _type(rng, territoire, instruction)
        structure = _structure(rng, territoire, kind, StatutStructure.VALIDEE, sirets, instruction)
        _valider(rng, territoire, structure, taille, instruction, Calendrier.PREMIERE_VAGUE)
        restants, validees = restants - taille, validees + 1
    if restants < 0:
        raise ValueError(f"{territoire.code}: the named structures hold more than its {nb_postes} postes")
    apres = Calendrier.APRES_LA_PREMIERE_VAGUE if territoire.code in PREMIERE_VAGUE else Calendrier.ORDINAIRE
    while restants > 0:
        kind = _type(rng, territoire, instruction)
        taille = min(_TAILLES[kind].draw(rng), restants)
        structure = _structure(rng, territoire, kind, StatutStructure.VALIDEE, sirets, instruction)
        _valider(rng, territoire, structure, taille, instruction, apres)
        restants -= taille
        validees += 1
    for _ in range(max(1, round(validees * 0.16))):
        kind = _type(rng, territoire, instruction)
        structure = _structure(rng, territoire, kind, _SANS_POSTE.draw(rng), sirets, instruction)
        _ne_pas_valider(rng, territoire, structure, instruction)


def _premiere_vague(rng: Rng, code: str) -> list[int]:
    """The postes of the first wave's unnamed structures, at least one each (Moselle: 13 in 8)."""
    if code not in PREMIERE_VAGUE:
        return []
    nb_structures, nb_postes = PREMIERE_VAGUE[code]
    connues = [s for s in nommees(code) if s.premiere_vague]
    structures, postes = nb_structures - len(connues), nb_postes - sum(s.postes for s in connues)
    tailles = [1] * structures
    for _ in range(postes - structures):
        tailles[rng.randrange(structures)] += 1
    return tailles


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
    nommee: StructureNommee | None = None,
) -> StructurePlan:
    central = kind in (TypeStructure.DEPARTEMENT, TypeStructure.REGION)
    facts = territoire.facts
    if nommee is not None:
        commune = territoire.commune(nommee.commune)
        nom, reseau = nommee.nom, nommee.reseau
        siret = sirets.new(rng, kind) if reseau is None else sirets.etablissement(rng, reseau, kind)
    else:
        commune = territoire.chef_lieu if central else _commune_libre(rng, territoire, kind, instruction)
        nom = nom_de_structure(rng, kind, commune.nom, facts.nom, _NOMS_REGIONS[facts.region_code])
        siret = sirets.new(rng, kind)
        reseau = rng.choice(_RESEAUX_TIRES) if kind is TypeStructure.PRIVATE and rng.chance(0.25) else None
    structure = StructurePlan(rng.uuid(), siret, nom, kind, statut, facts.code, commune)
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
            reseau,
            None if reseau is None else id_du_reseau(reseau),
            {"idPG": len(instruction.structures)},
            created,
            None,
        )
    )
    return structure


def _commune_libre(
    rng: Rng, territoire: Territoire, kind: TypeStructure, instruction: Instruction
) -> Commune:
    """A commune for the structure; a commune (the town itself) is drawn among those not yet holding one."""
    commune = territoire.tirage.draw(rng)
    if kind is not TypeStructure.COMMUNE:
        return commune
    prises = {s.commune.code_insee for s in instruction.structures if s.type is TypeStructure.COMMUNE}
    for _ in range(20):  # a small département may have no free commune left: then keep the draw
        if commune.code_insee not in prises:
            break
        commune = territoire.tirage.draw(rng)
    return commune


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


class Calendrier(Enum):
    """When a structure's first candidature is filed, and how fast the avis and the comité follow.

    The first wave's committees sat before FIN_PREMIERE_VAGUE; the département's other structures of
    phase 1 came after it (they file from February 2021).
    """

    ORDINAIRE = (date(2020, 11, 2), date(2021, 6, 30), (10, 45), (3, 30))
    PREMIERE_VAGUE = (date(2020, 11, 2), date(2020, 11, 15), (10, 25), (3, 10))
    APRES_LA_PREMIERE_VAGUE = (FIN_PREMIERE_VAGUE + timedelta(days=1), date(2021, 6, 30), (10, 45), (3, 30))

    @classmethod
    def de(cls, premiere_vague: bool) -> Calendrier:
        return cls.PREMIERE_VAGUE if premiere_vague else cls.ORDINAIRE


def _valider(
    rng: Rng,
    territoire: Territoire,
    structure: StructurePlan,
    taille: int,
    instruction: Instruction,
    calendrier: Calendrier,
) -> None:
    debut_1, fin_1, delai_avis, delai_comite = calendrier.value
    premiere_vague = calendrier is Calendrier.PREMIERE_VAGUE
    phase_2 = rng.randint(1, taille - 1) if taille >= 2 and not premiere_vague and rng.chance(0.25) else 0
    tranches = [(1, taille - phase_2, debut_1, fin_1)]
    if phase_2:
        tranches.append((2, phase_2, date(2022, 1, 10), date(2023, 3, 31)))
    for phase, nb, debut, fin in tranches:
        depot = rng.day_between(debut, fin)
        souhaites = nb + (rng.randint(1, 2) if rng.chance(0.3) else 0)
        candidature_id = _candidature(rng, structure, souhaites, phase, depot, instruction)
        avis_day = depot + timedelta(days=rng.randint(*delai_avis))
        avis = Avis.POSITIF if rng.chance(0.96) else Avis.NEGATIF
        _avis(rng, territoire, structure, candidature_id, avis, avis_day, instruction)
        after = avis_day + timedelta(days=rng.randint(*delai_comite))
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
