"""Lieux de médiation numérique in the national standard v1.0.2 (CSV), keyed on (source, id).

A row's key is its `source` column (or the --source given on the command line) and its `id`; an id
written by the hub's export as `<source>--<local id>` is read back as that local id, so an export
imported again finds the same rows.

A file is the whole list of the sources it holds on its date: a lieu of those sources that a newer
file no longer holds is marked absent (hub.importers.instantane). The file's date, when its name has
none, is its latest `date_maj` (not the day the file was copied). A malformed pivot does not reject
the lieu: it is kept without a pivot, with a warning in the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers import controles
from hub.importers.controles import Doublons, Ligne, ValeurInvalideError
from hub.importers.ecriture import Compte, upsert
from hub.importers.fichier import PARIS, Fichier, lire_csv
from hub.importers.instantane import Instantane
from hub.importers.lecture import Lecture, Referentiel, SansPreparation
from hub.importers.territoire import (
    HorsTerritoireError,
    departement_du_code_insee,
    departement_du_code_postal,
)
from hub.importers.vocabulaire import COLONNES_REQUISES, ENUMERATIONS, PRESENTATION_RESUME_MAX
from hub.models import Lieu

SOURCE_PAR_DEFAUT = "standard"
# Standard columns the lieu table has no column for: kept in external_ids["standard"].
EXTRAS_TEXTE = {
    "complement_adresse": 500,
    "typologie": 500,
    "presentation_resume": PRESENTATION_RESUME_MAX,
    "presentation_detail": 10_000,
    "structure_parente": 500,
    "autres_formations_labels": 1_000,
    "fiche_acces_libre": 500,
    "prise_rdv": 500,
}
EXTRAS_LISTES = (
    "itinerance",
    "prise_en_charge_specifique",
    "formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
)


class ImporteurLieuxStandard(SansPreparation):
    kind = "lieux"

    def __init__(self, source: str = SOURCE_PAR_DEFAUT) -> None:
        self.source = source
        self.instantane = instantane_des_lieux()

    async def preparer(self, session: AsyncSession) -> None:
        self.instantane = instantane_des_lieux()  # one per run

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]:
        doublons = Doublons()
        for brute in lire_csv(fichier, COLONNES_REQUISES):
            if brute.valeurs is None:
                yield Lecture.mal_formee(brute)
                continue
            lecture = lieu_du_standard(Ligne(brute.ligne), brute.valeurs, referentiel, self.source, doublons)
            voir(self.instantane, lecture)
            yield lecture

    def date_des_donnees(self, fichier: Fichier) -> date | None:
        lignes = lire_csv(fichier, ())
        return plus_recente(brute.valeurs.get("date_maj", "") for brute in lignes if brute.valeurs)

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte:
        return await ecrire_lieux(session, self.instantane, lot, provenance)


def instantane_des_lieux() -> Instantane:
    return Instantane(Lieu, ("source", "source_id"))


def voir(instantane: Instantane, lecture: Lecture) -> None:
    """The file holds this lieu, accepted or not (key: source, id)."""
    if lecture.cle is not None:
        instantane.voir(lecture.cle[0], lecture.cle)


async def ecrire_lieux(
    session: AsyncSession, instantane: Instantane, lot: list[Any], provenance: dict[str, Any]
) -> Compte:
    retenues, compte = await instantane.avant_ecriture(session, lot, provenance["date_source"])
    if retenues:
        compte += await upsert(session, Lieu, ("source", "source_id"), retenues, provenance)
    return compte


def plus_recente(valeurs: Iterable[str]) -> date | None:
    """The latest valid `date_maj` of a file, none after today (a mistyped future date is no file date)."""
    aujourdhui = datetime.now(PARIS).date()
    dates = []
    for valeur in valeurs:
        try:
            jour = controles.date_iso(valeur)
        except controles.ValeurInvalideError:
            continue
        if jour <= aujourdhui:
            dates.append(jour)
    return max(dates, default=None)


def lieu_du_standard(
    ligne: Ligne,
    v: Mapping[str, str],
    referentiel: Referentiel,
    source_par_defaut: str,
    doublons: Doublons,
    noms: Mapping[str, str] | None = None,
) -> Lecture:
    """Check one row of the standard; `noms` renames columns in the reject report (other formats)."""
    noms = noms or {}

    def champ(colonne: str, controle: Any) -> Any:
        return ligne.champ(noms.get(colonne, colonne), v.get(colonne, ""), controle)

    source = champ("source", controles.texte(100)) or source_par_defaut
    source_id = champ("id", _identifiant(source))
    # A lieu with a malformed pivot is still a place where people are helped: kept without the pivot.
    pivot = ligne.facultatif(
        noms.get("pivot", "pivot"), v.get("pivot", ""), controles.pivot, "lieu importé sans pivot"
    )
    code_postal = champ("code_postal", controles.code_postal)
    code_insee = champ("code_insee", controles.code_insee_optionnel)
    departement = _departement(ligne, noms, v, code_postal, code_insee, referentiel)
    latitude = champ("latitude", controles.nombre_optionnel)
    longitude = champ("longitude", controles.nombre_optionnel)
    if departement is not None:
        controles.coordonnees(ligne, latitude, longitude, departement)
    extras = _extras(champ)
    lieu = {
        "source": source,
        "source_id": source_id,
        "nom": champ("nom", controles.requis(300)),
        "pivot": pivot,
        "structure_id": referentiel.structures_par_siret.get(pivot) if pivot else None,
        "departement_code": departement,
        "adresse": champ("adresse", controles.requis(500)),
        "code_postal": code_postal,
        "commune": champ("commune", controles.requis(200)),
        "code_insee": code_insee,
        "latitude": latitude,
        "longitude": longitude,
        "services": champ("services", controles.enumeration(ENUMERATIONS["services"])),
        "publics": champ(
            "publics_specifiquement_adresses",
            controles.enumeration(ENUMERATIONS["publics_specifiquement_adresses"]),
        ),
        "frais": champ("frais_a_charge", controles.enumeration(ENUMERATIONS["frais_a_charge"])),
        "dispositifs": champ(
            "dispositif_programmes_nationaux",
            controles.enumeration(ENUMERATIONS["dispositif_programmes_nationaux"]),
        ),
        "horaires": champ("horaires", controles.texte(2_000)),
        "telephone": champ("telephone", controles.telephone),
        "courriel": champ("courriels", controles.texte(200)),
        "site_web": champ("site_web", controles.texte(500)),
        "date_maj": champ("date_maj", controles.date_iso),
        "external_ids": {"standard": extras} if extras else {},
    }
    if source_id is not None:
        doublons.premier(ligne, noms.get("id", "id"), v.get("id", ""), (source, source_id))
    return Lecture(
        ligne.ligne,
        lieu if ligne.valide else None,
        ligne.rejets,
        avertissements=ligne.avertissements,
        cle=(source, source_id) if source_id is not None else None,
    )


def _identifiant(source: str) -> Any:
    def controle(valeur: str) -> str:
        if not valeur:
            raise ValeurInvalideError("champ obligatoire vide")
        local = valeur.removeprefix(f"{source}--") or valeur
        if len(local) > 200:
            raise ValeurInvalideError("trop long (maximum 200 caractères)")
        return local

    return controle


def _departement(
    ligne: Ligne,
    noms: Mapping[str, str],
    v: Mapping[str, str],
    code_postal: str | None,
    code_insee: str | None,
    referentiel: Referentiel,
) -> str | None:
    """From the code INSEE when there is one (reliable), else from the code postal."""
    if code_insee is not None:
        colonne, valeur, departement = "code_insee", code_insee, departement_du_code_insee(code_insee)
    elif code_postal is not None:
        colonne, valeur = "code_postal", code_postal
        try:
            departement = departement_du_code_postal(code_postal)
        except HorsTerritoireError as probleme:
            ligne.rejeter(noms.get(colonne, colonne), valeur, str(probleme))
            return None
    else:
        return None
    if controles.departement_connu(
        ligne, noms.get(colonne, colonne), valeur, departement, referentiel.departements
    ):
        return departement
    return None


def _extras(champ: Any) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    for colonne, longueur in EXTRAS_TEXTE.items():
        if valeur := champ(colonne, controles.texte(longueur)):
            extras[colonne] = valeur
    for colonne in EXTRAS_LISTES:
        if valeurs := champ(colonne, controles.enumeration(ENUMERATIONS[colonne])):
            extras[colonne] = valeurs
    return extras
