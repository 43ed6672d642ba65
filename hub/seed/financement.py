"""Funding: the 250 M€ enveloppes, ceilings per département, one subvention per poste, its tranches."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hub.models import Enveloppe, PlafondDepartemental, Subvention, Versement
from hub.models.enums import ObjetEnveloppe
from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from hub.seed.bulk import BulkWriter, Row
from hub.seed.plan import PostePlan, StructurePlan
from hub.seed.rng import AUJOURD_HUI, Rng, add_months
from hub.seed.scales import ScalePlan, postes_par_departement, repartir
from hub.seed.territoires import DEPARTEMENTS_FACTS

EURO = 100  # centimes
# (code, libellé, montant): France Relance's 250 M€ split 200 / 40 / 10.
ENVELOPPES = (
    ("conseillers", "Conseillers numériques France Services (France Relance)", 200_000_000 * EURO),
    ("kits", "Kits et mobiliers des lieux de médiation numérique", 40_000_000 * EURO),
    ("aidants_connect", "Aidants Connect et hubs territoriaux", 10_000_000 * EURO),
)
# What each line funds: only the conseillers' line pays postes.
OBJETS = {
    "conseillers": ObjetEnveloppe.POSTES,
    "kits": ObjetEnveloppe.KITS,
    "aidants_connect": ObjetEnveloppe.AIDANTS_CONNECT,
}
# Tranches of a subvention: share of the amount, months after the convention starts (the third one
# comes after the convention ends).
_TRANCHES = ((0.4, 0), (0.4, 12), (0.2, None))

SUBVENTION_COLUMNS = (
    "id", "poste_id", "structure_id", "departement_code", "enveloppe_id", "montant_centimes",
    "date_debut_convention", "date_fin_convention", "created_at",
)  # fmt: skip
VERSEMENT_COLUMNS = (
    "id", "subvention_id", "structure_id", "departement_code", "numero", "montant_centimes", "date",
    "created_at",
)  # fmt: skip


async def write_enveloppes(writer: BulkWriter, plan: ScalePlan, random_seed: int) -> uuid.UUID:
    """The three enveloppes and each seeded département's ceiling; returns the conseillers enveloppe."""
    rng = Rng.stream(random_seed, "enveloppes")
    ids = {code: rng.uuid() for code, _, _ in ENVELOPPES}
    await writer.write(
        Enveloppe,
        ("id", "code", "libelle", "montant_centimes", "objet"),
        [(ids[code], code, libelle, montant, OBJETS[code].value) for code, libelle, montant in ENVELOPPES],
    )
    await writer.write(
        PlafondDepartemental,
        ("id", "enveloppe_id", "departement_code", "montant_centimes"),
        [
            (rng.uuid(), ids[code], departement, montant)
            for code, plafonds in _plafonds().items()
            for departement, montant in plafonds.items()
            if departement in plan.departements
        ],
    )
    return ids["conseillers"]


def _plafonds() -> dict[str, dict[str, int]]:
    """Ceilings per enveloppe and département: conseillers by postes, the other lines by population."""
    postes = postes_par_departement()
    population = {c: float(f.population_milliers) for c, f in DEPARTEMENTS_FACTS.items()}
    plafonds = {"conseillers": {c: n * MONTANT_PAR_POSTE_CENTIMES for c, n in postes.items()}}
    for code, _, montant in ENVELOPPES[1:]:
        euros = repartir(montant // EURO, population)
        plafonds[code] = {c: e * EURO for c, e in euros.items()}
    return plafonds


async def write_subventions(
    writer: BulkWriter, structures: list[StructurePlan], enveloppe_id: uuid.UUID, random_seed: int
) -> None:
    """One 50,000 € subvention per poste; tranches paid up to today (none after a poste is given back)."""
    rng = Rng.stream(random_seed, "subventions")
    subventions: list[Row] = []
    versements: list[Row] = []
    for structure in structures:
        for poste in structure.postes:
            subvention_id = rng.uuid()
            debut = poste.date_attribution + timedelta(days=rng.randint(0, 30))
            fin = add_months(debut, rng.choice((24, 24, 24, 30, 36)))
            subventions.append(
                (
                    subvention_id,
                    poste.id,
                    structure.id,
                    structure.departement_code,
                    enveloppe_id,
                    MONTANT_PAR_POSTE_CENTIMES,
                    debut,
                    fin,
                    rng.instant(debut),
                )
            )
            versements += _versements(rng, poste, subvention_id, debut, fin)
    await writer.write(Subvention, SUBVENTION_COLUMNS, subventions)
    await writer.write(Versement, VERSEMENT_COLUMNS, versements)


def _versements(rng: Rng, poste: PostePlan, subvention_id: uuid.UUID, debut: date, fin: date) -> list[Row]:
    rows: list[Row] = []
    dernier_jour = min(AUJOURD_HUI, poste.date_rendu or AUJOURD_HUI)
    for numero, (part, mois) in enumerate(_TRANCHES, start=1):
        echeance = add_months(debut, mois) if mois is not None else fin
        day = echeance + timedelta(days=rng.randint(15, 75))
        if day > dernier_jour and numero > 1:
            break
        day = min(day, AUJOURD_HUI)  # the first tranche is paid at signature, whatever happens next
        structure = poste.structure
        montant = round(MONTANT_PAR_POSTE_CENTIMES * part)
        rows.append(
            (
                rng.uuid(),
                subvention_id,
                structure.id,
                structure.departement_code,
                numero,
                montant,
                day,
                rng.instant(day),
            )
        )
    return rows
