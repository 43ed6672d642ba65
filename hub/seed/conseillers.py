"""Conseillers and the contract history of every poste: recruitment, renewals, ruptures, vacancies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from hub.models import Conseiller, Contrat, Poste
from hub.models.enums import EtatPoste, MotifRupture, StatutContrat, TypeContrat
from hub.seed.bulk import BulkWriter, Row
from hub.seed.noms import personne, slug, telephone
from hub.seed.plan import ConseillerPlan, ContratPlan, PostePlan, StructurePlan
from hub.seed.rng import AUJOURD_HUI, Rng, Weighted, add_months

_TYPES_PUBLIC = Weighted.of(
    [
        (TypeContrat.CDD, 45),
        (TypeContrat.CONTRAT_DE_PROJET_PUBLIC, 30),
        (TypeContrat.PEC, 17),
        (TypeContrat.CDI, 8),
    ]
)
_TYPES_PRIVE = Weighted.of([(TypeContrat.CDD, 65), (TypeContrat.PEC, 20), (TypeContrat.CDI, 15)])
_DUREES_MOIS: dict[TypeContrat, tuple[int, ...]] = {
    TypeContrat.CDD: (12, 18, 24, 24, 24, 30, 36),
    TypeContrat.PEC: (12, 12, 24),
    TypeContrat.CONTRAT_DE_PROJET_PUBLIC: (24, 30, 36, 36),
}
_MOTIFS_ANTICIPES = Weighted.of(
    [
        (MotifRupture.DEMISSION, 55),
        (MotifRupture.LICENCIEMENT, 25),
        (MotifRupture.FIN_DE_SUBVENTIONNEMENT, 20),
    ]
)

CONSEILLER_COLUMNS = (
    "id", "nom", "prenom", "email", "telephone", "departement_code", "structure_id", "date_debut_formation",
    "date_fin_formation", "certifie", "est_coordinateur", "external_ids", "created_at",
)  # fmt: skip
CONTRAT_COLUMNS = (
    "id", "conseiller_id", "structure_id", "poste_id", "departement_code", "type", "statut", "date_debut",
    "date_fin", "date_rupture", "motif_rupture", "created_at",
)  # fmt: skip
POSTE_COLUMNS = (
    "id", "structure_id", "departement_code", "decision_id", "etat", "phase", "date_attribution",
    "date_rendu", "created_at",
)  # fmt: skip


@dataclass
class Recrutements:
    """Every conseiller and contract of the run; e-mail addresses are unique across départements."""

    conseillers: list[ConseillerPlan] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)

    @property
    def contrats(self) -> list[ContratPlan]:
        return [contrat for conseiller in self.conseillers for contrat in conseiller.contrats]

    def nouveau_conseiller(self, rng: Rng, departement: str) -> ConseillerPlan:
        nom, prenom = personne(rng)
        local = slug(f"{prenom} {nom}")
        email, n = f"{local}@conseiller-numerique.fr", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@conseiller-numerique.fr"
        self.emails.add(email)
        conseiller = ConseillerPlan(rng.uuid(), nom, prenom, email, telephone(rng, departement))
        self.conseillers.append(conseiller)
        return conseiller


def recruter(
    structures: list[StructurePlan], code: str, random_seed: int, recrutements: Recrutements
) -> None:
    """Play the contract history of every poste of one département up to AUJOURD_HUI."""
    rng = Rng.stream(random_seed, "contrats", code)
    disponibles: list[tuple[date, ConseillerPlan]] = []  # conseillers free again, and since when
    for structure in structures:
        for poste in structure.postes:
            _histoire(rng, poste, recrutements, disponibles)


def _histoire(
    rng: Rng, poste: PostePlan, recrutements: Recrutements, disponibles: list[tuple[date, ConseillerPlan]]
) -> None:
    if poste.recrutement_en_cours:
        return
    debut = poste.date_attribution + timedelta(days=rng.randint(20, 150))
    conseiller: ConseillerPlan | None = None
    renouvellement = False
    for _ in range(5):
        if debut > AUJOURD_HUI - timedelta(days=10):
            break
        if conseiller is None:
            conseiller = _embaucher(rng, debut, poste.structure.departement_code, recrutements, disponibles)
        contrat = _contrat(rng, poste, conseiller, debut, renouvellement)
        conseiller.contrats.append(contrat)
        if contrat.en_cours:
            poste.etat = EtatPoste.OCCUPE
            return
        fin = contrat.fin_effective
        if contrat.statut is StatutContrat.TERMINE and rng.chance(0.85):
            debut, renouvellement = fin + timedelta(days=1), True  # renewed with the same conseiller
            continue
        disponibles.append((fin + timedelta(days=1), conseiller))
        conseiller, renouvellement = None, False
        suite = rng.random()
        if suite < 0.05:
            poste.etat = EtatPoste.RENDU
            poste.date_rendu = min(AUJOURD_HUI, fin + timedelta(days=rng.randint(30, 180)))
            return
        if suite < 0.15:
            return  # the poste stays vacant
        debut = fin + timedelta(days=rng.randint(30, 200))


def _embaucher(
    rng: Rng,
    debut: date,
    departement: str,
    recrutements: Recrutements,
    disponibles: list[tuple[date, ConseillerPlan]],
) -> ConseillerPlan:
    """A conseiller free on `debut`: sometimes one who left another poste, usually a new recruit."""
    if rng.chance(0.2):
        for index, (libre_depuis, conseiller) in enumerate(disponibles):
            if libre_depuis < debut:
                del disponibles[index]
                return conseiller
    return recrutements.nouveau_conseiller(rng, departement)


def _contrat(
    rng: Rng, poste: PostePlan, conseiller: ConseillerPlan, debut: date, renouvellement: bool
) -> ContratPlan:
    if renouvellement and rng.chance(0.5):
        kind = TypeContrat.CDI  # most renewals of 2023 were CDI
    else:
        kind = (_TYPES_PUBLIC if poste.structure.publique else _TYPES_PRIVE).draw(rng)
    fin = None if kind is TypeContrat.CDI else add_months(debut, rng.choice(_DUREES_MOIS[kind]))
    contrat = ContratPlan(rng.uuid(), conseiller, poste, kind, StatutContrat.ACTIF, debut, fin)
    horizon = min(fin or AUJOURD_HUI, AUJOURD_HUI)
    if rng.chance(0.09) and (horizon - debut).days > 90:
        contrat.statut = StatutContrat.ROMPU
        contrat.date_rupture = debut + timedelta(days=rng.randint(60, (horizon - debut).days - 1))
        contrat.motif_rupture = _MOTIFS_ANTICIPES.draw(rng)
    elif fin is not None and fin <= AUJOURD_HUI:
        if kind is TypeContrat.CDD and rng.chance(0.15):
            contrat.statut = StatutContrat.ROMPU
            contrat.date_rupture, contrat.motif_rupture = fin, MotifRupture.NON_RECONDUCTION_CDD
        else:
            contrat.statut = StatutContrat.TERMINE
    elif debut > AUJOURD_HUI - timedelta(days=30):
        contrat.statut = StatutContrat.RECRUTE  # signed, awaiting validation by the ANCT
    return contrat


async def write(
    writer: BulkWriter, structures: list[StructurePlan], recrutements: Recrutements, random_seed: int
) -> None:
    """Postes (with their final état), then conseillers, then contracts (foreign keys in that order)."""
    rng = Rng.stream(random_seed, "conseillers")
    await writer.write(Poste, POSTE_COLUMNS, _poste_rows(rng, structures))
    await writer.write(Conseiller, CONSEILLER_COLUMNS, _conseiller_rows(rng, recrutements))
    await writer.write(Contrat, CONTRAT_COLUMNS, _contrat_rows(rng, recrutements))


def _poste_rows(rng: Rng, structures: list[StructurePlan]) -> list[Row]:
    return [
        (
            poste.id,
            s.id,
            s.departement_code,
            poste.decision_id,
            poste.etat.value,
            poste.phase,
            poste.date_attribution,
            poste.date_rendu,
            rng.instant(poste.date_attribution),
        )
        for s in structures
        for poste in s.postes
    ]


def _conseiller_rows(rng: Rng, recrutements: Recrutements) -> list[Row]:
    rows: list[Row] = []
    for conseiller in recrutements.conseillers:
        premier = conseiller.contrats[0]
        en_cours = conseiller.contrat_en_cours
        employeur = en_cours.structure if en_cours else conseiller.contrats[-1].structure
        debut_formation = premier.date_debut + timedelta(days=rng.randint(0, 21))
        fin_formation = debut_formation + timedelta(days=rng.randint(110, 130))
        formation_finie = fin_formation <= AUJOURD_HUI
        rows.append(
            (
                conseiller.id,
                conseiller.nom,
                conseiller.prenom,
                conseiller.email,
                conseiller.telephone,
                employeur.departement_code,
                en_cours.structure.id if en_cours else None,
                debut_formation,
                fin_formation if formation_finie else None,
                formation_finie and rng.chance(0.82),
                en_cours is not None and rng.chance(0.03),
                {"idPG": len(rows) + 1},
                rng.instant(premier.date_debut - timedelta(days=rng.randint(5, 40))),
            )
        )
    return rows


def _contrat_rows(rng: Rng, recrutements: Recrutements) -> list[Row]:
    return [
        (
            c.id,
            c.conseiller.id,
            c.structure.id,
            c.poste.id,
            c.structure.departement_code,
            c.type.value,
            c.statut.value,
            c.date_debut,
            c.date_fin,
            c.date_rupture,
            c.motif_rupture.value if c.motif_rupture else None,
            rng.instant(c.date_debut - timedelta(days=rng.randint(1, 15))),
        )
        for c in recrutements.contrats
    ]
