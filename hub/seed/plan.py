"""In-memory plans of the entities later steps depend on (structures, postes, contrats, lieux)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from hub.models.enums import (
    CONTRAT_EN_COURS,
    EtatPoste,
    MotifRupture,
    StatutContrat,
    StatutStructure,
    TypeContrat,
    TypeStructure,
)
from hub.referentiel.territoires import departement_de_commune
from hub.seed.communes import Commune
from hub.seed.rng import AUJOURD_HUI


@dataclass(slots=True, eq=False)
class LieuPlan:
    id: uuid.UUID
    commune: Commune


@dataclass(slots=True, eq=False)
class StructurePlan:
    id: uuid.UUID
    siret: str
    nom: str
    type: TypeStructure
    statut: StatutStructure
    departement_code: str
    commune: Commune
    postes: list[PostePlan] = field(default_factory=list)
    lieux: list[LieuPlan] = field(default_factory=list)
    # Where its conseillers work when that is in another département (DEV and YOU: Nord → Béthunois).
    exerce_a: Commune | None = None

    @property
    def publique(self) -> bool:
        return self.type is not TypeStructure.PRIVATE

    @property
    def departement_d_exercice(self) -> str:
        """The département its conseillers work in: its own, or that of `exerce_a`."""
        return (
            self.departement_code
            if self.exerce_a is None
            else departement_de_commune(self.exerce_a.code_insee)
        )


@dataclass(slots=True, eq=False)
class PostePlan:
    id: uuid.UUID
    structure: StructurePlan
    decision_id: uuid.UUID
    phase: int
    date_attribution: date
    etat: EtatPoste = EtatPoste.VACANT
    date_rendu: date | None = None
    recrutement_en_cours: bool = False  # the texts say so: no contrat yet, the poste stays vacant


@dataclass(slots=True, eq=False)
class ConseillerPlan:
    id: uuid.UUID
    nom: str
    prenom: str
    email: str
    telephone: str
    contrats: list[ContratPlan] = field(default_factory=list)

    @property
    def contrat_en_cours(self) -> ContratPlan | None:
        return next((c for c in self.contrats if c.en_cours), None)


@dataclass(slots=True, eq=False)
class ContratPlan:
    id: uuid.UUID
    conseiller: ConseillerPlan
    poste: PostePlan
    type: TypeContrat
    statut: StatutContrat
    date_debut: date
    date_fin: date | None
    date_rupture: date | None = None
    motif_rupture: MotifRupture | None = None

    @property
    def en_cours(self) -> bool:
        return self.statut in CONTRAT_EN_COURS

    @property
    def structure(self) -> StructurePlan:
        return self.poste.structure

    @property
    def fin_effective(self) -> date:
        """The last day worked under this contract (today for a contract in progress)."""
        if self.date_rupture is not None:
            return self.date_rupture
        if self.date_fin is not None and not self.en_cours:
            return self.date_fin
        return AUJOURD_HUI
