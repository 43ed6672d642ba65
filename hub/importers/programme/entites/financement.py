"""Funding: enveloppes, plafonds per département, conventions (subventions) and their versements.

The rules of hub.services.financement apply to imported rows: Σ conventions of an enveloppe ≤ its
montant and ≤ the plafond of their département; a convention lasts at most 36 months; a poste has
one open convention, and its conventions do not overlap (a reconventionnement, phase 2, closes the
first on `date_cloture`, the day the next starts); Σ versements of a convention ≤ its montant, one
per tranche (1, 2, 3), none in the future. Each sum is kept per record key, so a row that updates a
record replaces its old amount in the sum.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne
from hub.importers.programme.colonnes import Colonne, Type
from hub.importers.programme.entites.communes import (
    date_,
    departement,
    entier,
    enumeration,
    id_source,
    montant,
    reference_id_source,
    texte,
)
from hub.importers.programme.format import Cible, Format, Reference, Regles
from hub.models import Enveloppe, PlafondDepartemental, Subvention, Versement
from hub.models.enums import ObjetEnveloppe
from hub.models.subvention import DUREE_MAX_CONVENTION_MOIS, MONTANT_PAR_POSTE_CENTIMES
from hub.services.ecriture import aujourdhui
from hub.services.financement import TRANCHES, plus_mois

Cle = tuple[Any, ...]


def euros(centimes: int) -> str:
    return f"{centimes / 100:,.2f} €".replace(",", " ").replace(".", ",")


class Sommes:
    """Amounts per record, grouped: the total of a group with one record's amount replaced."""

    def __init__(self) -> None:
        self.montants: dict[Cle, tuple[Any, int]] = {}  # record key -> (group, amount)
        self.totaux: dict[Any, int] = defaultdict(int)

    def poser(self, cle: Cle, groupe: Any, somme: int) -> None:
        ancien = self.montants.get(cle)
        if ancien is not None:
            self.totaux[ancien[0]] -= ancien[1]
        self.montants[cle] = (groupe, somme)
        self.totaux[groupe] += somme

    def total_avec(self, cle: Cle, groupe: Any, somme: int) -> int:
        ancien = self.montants.get(cle)
        retire = ancien[1] if ancien is not None and ancien[0] == groupe else 0
        return self.totaux[groupe] - retire + somme


@dataclass(frozen=True, slots=True)
class Periode:
    """When a convention runs for its poste: from its start to its closure (open: no end)."""

    cle: str
    debut: date
    cloture: date | None

    def chevauche(self, autre: Periode) -> bool:
        fin, fin_autre = self.cloture or date.max, autre.cloture or date.max
        return max(self.debut, autre.debut) < min(fin, fin_autre)


class Periodes:
    """The conventions of each poste, by record key, so a row that updates one replaces it."""

    def __init__(self) -> None:
        self.poste_de: dict[str, uuid.UUID] = {}
        self.par_poste: dict[uuid.UUID, dict[str, Periode]] = defaultdict(dict)

    def poser(self, poste: uuid.UUID, periode: Periode) -> None:
        ancien = self.poste_de.get(periode.cle)
        if ancien is not None:
            self.par_poste[ancien].pop(periode.cle, None)
        self.poste_de[periode.cle] = poste
        self.par_poste[poste][periode.cle] = periode

    def en_conflit(self, poste: uuid.UUID, periode: Periode) -> Periode | None:
        """Another convention of the poste that runs at the same time (the open one first)."""
        autres = [p for cle, p in self.par_poste.get(poste, {}).items() if cle != periode.cle]
        autres.sort(key=lambda p: (p.cloture is not None, p.debut))
        return next((p for p in autres if p.chevauche(periode)), None)


async def _verrouiller(session: AsyncSession, table: str) -> None:
    """Concurrent API writes check the same sums under these row locks (hub.services.financement)."""
    if session.get_bind().dialect.name == "postgresql":  # table names: this module's constants
        await session.execute(text(f"SELECT 1 FROM {table} FOR UPDATE"))  # noqa: S608


def _couvre_l_engage(ligne: Ligne, valeurs: dict[str, Any], engage: int, ou: str) -> None:
    """An enveloppe or a plafond is never set below what conventions already commit."""
    if valeurs["montant_centimes"] < engage:
        ligne.rejeter(
            "montant_centimes",
            str(valeurs["montant_centimes"]),
            f"inférieur aux conventions déjà signées {ou} ({euros(engage)})",
        )


class RegleEnveloppe(Regles):
    def __init__(self) -> None:
        self.engage: dict[str, int] = {}

    async def charger(self, session: AsyncSession) -> None:
        await _verrouiller(session, "enveloppe")
        lignes = await session.execute(
            select(Enveloppe.code, Subvention.montant_centimes).join(
                Subvention, Subvention.enveloppe_id == Enveloppe.id
            )
        )
        for code, somme in lignes:
            self.engage[code] = self.engage.get(code, 0) + somme

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        _couvre_l_engage(ligne, valeurs, self.engage.get(valeurs["code"], 0), "sur l'enveloppe")


ENVELOPPES = Format(
    nom="enveloppes",
    titre="Enveloppe",
    description="Lignes budgétaires du programme (France Relance…), identifiées par leur code.",
    modele=Enveloppe,
    cle=("code",),
    colonnes=(
        texte("code", "Code de l'enveloppe (clé)", 50, requis=True),
        texte("libelle", "Libellé", 300, requis=True),
        montant("montant_centimes", "Montant de l'enveloppe"),
        enumeration(
            "objet",
            "Ce que la ligne finance (seule une ligne « postes » conventionne un poste)",
            ObjetEnveloppe,
            requis=False,
            defaut=ObjetEnveloppe.POSTES,
        ),
    ),
    expose=("montant_centimes",),
    regles=RegleEnveloppe,
)


class ReglePlafond(Regles):
    def __init__(self) -> None:
        self.engage: dict[tuple[uuid.UUID, str], int] = defaultdict(int)

    async def charger(self, session: AsyncSession) -> None:
        await _verrouiller(session, "enveloppe")
        lignes = await session.execute(
            select(Subvention.enveloppe_id, Subvention.departement_code, Subvention.montant_centimes)
        )
        for enveloppe, code, somme in lignes:
            self.engage[(enveloppe, code)] += somme

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        engage = self.engage[(valeurs["enveloppe_id"], valeurs["departement_code"])]
        _couvre_l_engage(ligne, valeurs, engage, "dans le département")


PLAFONDS = Format(
    nom="plafonds",
    titre="Plafond départemental",
    description="Plafond qu'un département peut engager sur une enveloppe.",
    modele=PlafondDepartemental,
    cle=("enveloppe_code", "departement"),
    colonnes=(
        texte("enveloppe_code", "Code de l'enveloppe (déjà importée dans « enveloppes »)", 50, requis=True),
        departement(),
        montant("montant_centimes", "Plafond", minimum=0),
    ),
    references=(Reference(("enveloppe_code",), "enveloppes", "enveloppe_id"),),
    regles=ReglePlafond,
)


class RegleConvention(Regles):
    def __init__(self) -> None:
        self.par_enveloppe = Sommes()
        self.par_departement = Sommes()
        self.plafonds: dict[tuple[uuid.UUID, str], int] = {}
        self.enveloppes: dict[uuid.UUID, int] = {}
        self.hors_postes: set[uuid.UUID] = set()  # enveloppes whose objet is not the postes
        self.periodes = Periodes()  # each poste's conventions, phase 1 and phase 2

    async def charger(self, session: AsyncSession) -> None:
        await _verrouiller(session, "enveloppe")
        self.enveloppes = dict(
            (await session.execute(select(Enveloppe.id, Enveloppe.montant_centimes))).all()
        )
        self.hors_postes = set(
            await session.scalars(select(Enveloppe.id).where(Enveloppe.objet != ObjetEnveloppe.POSTES))
        )
        plafonds = select(
            PlafondDepartemental.enveloppe_id,
            PlafondDepartemental.departement_code,
            PlafondDepartemental.montant_centimes,
        )
        self.plafonds = {(e, d): m for e, d, m in await session.execute(plafonds)}
        lignes = await session.execute(
            select(
                Subvention.id,
                Subvention.id_source,
                Subvention.poste_id,
                Subvention.enveloppe_id,
                Subvention.departement_code,
                Subvention.montant_centimes,
                Subvention.date_debut_convention,
                Subvention.date_cloture,
            )
        )
        for identifiant, source, poste, enveloppe, code, somme, debut, cloture in lignes:
            cle = (source or str(identifiant),)
            self.par_enveloppe.poser(cle, enveloppe, somme)
            self.par_departement.poser(cle, (enveloppe, code), somme)
            self.periodes.poser(poste, Periode(cle[0], debut, cloture))

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        debut, fin = valeurs["date_debut_convention"], valeurs["date_fin_convention"]
        if fin <= debut:
            ligne.rejeter("date_fin_convention", fin.isoformat(), "la convention finit après son début")
        elif fin > plus_mois(debut, DUREE_MAX_CONVENTION_MOIS):
            ligne.rejeter(
                "date_fin_convention",
                fin.isoformat(),
                f"une convention dure au plus {DUREE_MAX_CONVENTION_MOIS} mois",
            )
        cloture = valeurs.get("date_cloture")
        if cloture is not None and cloture < debut:
            ligne.rejeter("date_cloture", cloture.isoformat(), "une convention est close après son début")
        cle = (valeurs["id_source"],)
        self._une_a_la_fois(ligne, valeurs, Periode(cle[0], debut, cloture))
        enveloppe, somme = valeurs["enveloppe_id"], valeurs["montant_centimes"]
        if enveloppe in self.hors_postes:  # each line funds what it is for (hub.services.financement)
            ligne.rejeter(
                "enveloppe_code", valeurs["enveloppe_code"], "cette enveloppe ne finance pas les postes"
            )
        total = self.par_enveloppe.total_avec(cle, enveloppe, somme)
        if total > self.enveloppes[enveloppe]:
            ligne.rejeter(
                "montant_centimes",
                str(somme),
                f"l'enveloppe {valeurs['enveloppe_code']} serait dépassée ({euros(total)} pour "
                f"{euros(self.enveloppes[enveloppe])})",
            )
        groupe = (enveloppe, valeurs["departement_code"])
        plafond = self.plafonds.get(groupe)
        total_departement = self.par_departement.total_avec(cle, groupe, somme)
        if plafond is not None and total_departement > plafond:
            ligne.rejeter(
                "montant_centimes",
                str(somme),
                f"le plafond du département {valeurs['departement_code']} serait dépassé "
                f"({euros(total_departement)} pour {euros(plafond)})",
            )

    def _une_a_la_fois(self, ligne: Ligne, valeurs: dict[str, Any], periode: Periode) -> None:
        """A poste has one open convention; a closed one ended before the next began."""
        autre = self.periodes.en_conflit(valeurs["poste_id"], periode)
        if autre is None:
            return
        if autre.cloture is None and periode.cloture is None:
            raison = f"ce poste a déjà une convention ouverte ({autre.cle}), sans date_cloture"
        else:
            fin = f"close le {autre.cloture.isoformat()}" if autre.cloture else "ouverte"
            raison = (
                f"la convention chevauche celle du même poste {autre.cle} "
                f"(du {autre.debut.isoformat()}, {fin})"
            )
        ligne.rejeter("poste_id_source", valeurs["poste_id_source"], raison)

    def retenir(self, valeurs: dict[str, Any]) -> None:
        cle = (valeurs["id_source"],)
        self.par_enveloppe.poser(cle, valeurs["enveloppe_id"], valeurs["montant_centimes"])
        self.par_departement.poser(
            cle, (valeurs["enveloppe_id"], valeurs["departement_code"]), valeurs["montant_centimes"]
        )
        periode = Periode(cle[0], valeurs["date_debut_convention"], valeurs.get("date_cloture"))
        self.periodes.poser(valeurs["poste_id"], periode)


CONVENTIONS = Format(
    nom="conventions",
    titre="Convention",
    description="Conventions de subvention d'un poste (50 000 € par défaut, 36 mois au plus).",
    modele=Subvention,
    cle=("id_source",),
    colonnes=(
        id_source(),
        reference_id_source("poste_id_source", "Identifiant source du poste"),
        texte("enveloppe_code", "Code de l'enveloppe qui finance", 50, requis=True),
        montant("montant_centimes", "Montant de la subvention", defaut=MONTANT_PAR_POSTE_CENTIMES),
        entier(
            "taux_majoration_pourcent",
            "Majoration outre-mer comprise dans le montant, en % (0 en métropole)",
            0,
            100,
            defaut=0,
        ),
        date_("date_debut_convention", "Début de la convention", requis=True),
        date_("date_fin_convention", "Fin de la convention", requis=True),
        date_(
            "date_cloture",
            "Clôture par un reconventionnement (phase 2), le jour où la suivante commence ; vide : ouverte",
        ),
    ),
    references=(
        Reference(("poste_id_source",), "postes", "poste_id", herite=("structure_id", "departement_code")),
        Reference(("enveloppe_code",), "enveloppes", "enveloppe_id"),
    ),
    expose=("structure_id", "departement_code", "montant_centimes"),
    uniques=("id_source",),
    regles=RegleConvention,
)


class RegleVersement(Regles):
    def __init__(self) -> None:
        self.par_convention = Sommes()
        self.tranches: dict[tuple[uuid.UUID, int], str] = {}

    async def charger(self, session: AsyncSession) -> None:
        await _verrouiller(session, "subvention")
        lignes = await session.execute(
            select(
                Versement.id,
                Versement.id_source,
                Versement.subvention_id,
                Versement.numero,
                Versement.montant_centimes,
            )
        )
        for identifiant, source, subvention, numero, somme in lignes:
            cle = source or str(identifiant)
            self.par_convention.poser((cle,), subvention, somme)
            self.tranches[(subvention, numero)] = cle

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        cle, subvention = valeurs["id_source"], valeurs["subvention_id"]
        if valeurs["date"] > aujourdhui():
            ligne.rejeter(
                "date",
                valeurs["date"].isoformat(),
                "un versement s'enregistre une fois fait : pas de date future",
            )
        deja = self.tranches.get((subvention, valeurs["numero"]))
        if deja is not None and deja != cle:
            ligne.rejeter("numero", str(valeurs["numero"]), f"cette tranche est déjà versée ({deja})")
        convention = cibles["subvention_id"]["montant_centimes"]
        total = self.par_convention.total_avec((cle,), subvention, valeurs["montant_centimes"])
        if total > convention:
            ligne.rejeter(
                "montant_centimes",
                str(valeurs["montant_centimes"]),
                f"les versements dépasseraient la subvention ({euros(total)} pour {euros(convention)})",
            )

    def retenir(self, valeurs: dict[str, Any]) -> None:
        cle = valeurs["id_source"]
        self.par_convention.poser((cle,), valeurs["subvention_id"], valeurs["montant_centimes"])
        self.tranches[(valeurs["subvention_id"], valeurs["numero"])] = cle


VERSEMENTS = Format(
    nom="versements",
    titre="Versement",
    description=f"Versements des tranches d'une subvention ({TRANCHES} au plus).",
    modele=Versement,
    cle=("id_source",),
    colonnes=(
        id_source(),
        reference_id_source("convention_id_source", "Identifiant source de la convention"),
        entier("numero", "Numéro de la tranche", 1, TRANCHES, requis=True),
        montant("montant_centimes", "Montant versé"),
        Colonne("date", Type.DATE, "Date du versement", requis=True),
    ),
    references=(
        Reference(
            ("convention_id_source",),
            "conventions",
            "subvention_id",
            herite=("structure_id", "departement_code"),
        ),
    ),
    uniques=("id_source",),
    regles=RegleVersement,
)
