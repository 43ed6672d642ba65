"""France Services sites from the ANCT list (`liste-fs-AAAAMMJJ.csv`), keyed on `id_fs`.

The file has no SIRET: a site is linked to a structure only when that structure carries the site's
`id_fs` in its `external_ids` (as Aidants Connect organisations do with `france_services_number`).
The list is the whole set of sites on its date: a site a newer list no longer holds is marked absent
(hub.importers.instantane).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers import controles
from hub.importers.controles import Doublons, Ligne, ValeurInvalideError
from hub.importers.ecriture import Compte, upsert
from hub.importers.fichier import Fichier, lire_csv
from hub.importers.instantane import Instantane
from hub.importers.lecture import Lecture, Referentiel, SansPreparation
from hub.models import SiteFranceServices
from hub.models.enums import FormatFranceServices, TypeSiteFranceServices

SOURCE = "anct-france-services"
COLONNES_REQUISES = (
    "id_fs",
    "insee_dep",
    "lib_fs",
    "adresse",
    "insee_com",
    "code_postal",
    "lib_com",
    "latitude",
    "longitude",
    "type_fs",
    "format_fs",
)
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
TYPES = {"principal": TypeSiteFranceServices.PRINCIPAL, "antenne": TypeSiteFranceServices.ANTENNE}
FORMATS = {
    "fixe": FormatFranceServices.FIXE,
    "multisites": FormatFranceServices.MULTISITES,
    "bus_équivalent": FormatFranceServices.BUS,
    "fixe_antenne(s)": FormatFranceServices.FIXE_ANTENNES,
    "itinérante": FormatFranceServices.ITINERANTE,
}
_LABELLISATION = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


class ImporteurFranceServices(SansPreparation):
    kind = "france-services"

    def __init__(self) -> None:
        self.instantane = Instantane(SiteFranceServices, ("id_fs",))

    async def preparer(self, session: AsyncSession) -> None:
        self.instantane = Instantane(SiteFranceServices, ("id_fs",))  # one per run

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]:
        doublons = Doublons()
        for brute in lire_csv(fichier, COLONNES_REQUISES):
            if brute.valeurs is None:
                yield Lecture.mal_formee(brute)
                continue
            ligne = Ligne(brute.ligne)
            site = _site(ligne, brute.valeurs, referentiel)
            if site["id_fs"] is not None:
                doublons.premier(ligne, "id_fs", brute.valeurs["id_fs"], site["id_fs"])
                self.instantane.voir(SOURCE, (site["id_fs"],))
            yield Lecture(brute.ligne, site if ligne.valide else None, ligne.rejets)

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte:
        retenues, compte = await self.instantane.avant_ecriture(session, lot, provenance["date_source"])
        if retenues:
            compte += await upsert(session, SiteFranceServices, ("id_fs",), retenues, provenance)
        return compte


def _site(ligne: Ligne, v: dict[str, str], referentiel: Referentiel) -> dict[str, Any]:
    id_fs = ligne.champ("id_fs", v["id_fs"], _entier)
    departement = v["insee_dep"]
    connu = controles.departement_connu(
        ligne, "insee_dep", departement, departement, referentiel.departements
    )
    latitude = ligne.champ("latitude", v["latitude"], controles.nombre_optionnel)
    longitude = ligne.champ("longitude", v["longitude"], controles.nombre_optionnel)
    if connu:
        controles.coordonnees(ligne, latitude, longitude, departement)
    return {
        "id_fs": id_fs,
        "source": SOURCE,
        "nom": ligne.champ("lib_fs", v["lib_fs"], controles.requis(300)),
        "departement_code": departement,
        "structure_id": referentiel.structures_par_id_fs.get(id_fs) if id_fs is not None else None,
        "adresse": ligne.champ("adresse", v["adresse"], controles.requis(500)),
        "code_postal": ligne.champ("code_postal", v["code_postal"], controles.code_postal),
        "commune": ligne.champ("lib_com", v["lib_com"], controles.requis(200)),
        "code_insee": ligne.champ("insee_com", v["insee_com"], controles.code_insee),
        "latitude": latitude,
        "longitude": longitude,
        "type": ligne.champ("type_fs", v["type_fs"], _parmi(TYPES)),
        "format": ligne.champ("format_fs", v["format_fs"], _parmi(FORMATS)),
        "date_labellisation": ligne.champ("labellisation_fs", v.get("labellisation_fs", ""), _labellisation),
        "horaires": {jour: v[f"h_{jour}"] for jour in JOURS if v.get(f"h_{jour}")},
        "telephone": ligne.champ("telephone", v.get("telephone", ""), controles.texte(30)),
        "courriel": ligne.champ("mail", v.get("mail", ""), controles.texte(200)),
        "external_ids": _details(ligne, v),
    }


def _details(ligne: Ligne, v: dict[str, str]) -> dict[str, Any]:
    """What the site table has no column for, kept with the row (docs/imports.md)."""
    details: dict[str, Any] = {
        cle: v[cle] for cle in ("complement_adresse", "commentaire", "groupe_fs") if v.get(cle)
    }
    prise_rdv = ligne.champ("prise_rdv", v.get("prise_rdv", ""), _oui_non)
    if prise_rdv is not None:
        details["prise_rdv"] = prise_rdv
    return details


def _entier(valeur: str) -> int:
    if not valeur.isdigit() or len(valeur) > 9:
        raise ValeurInvalideError("identifiant entier attendu")
    return int(valeur)


def _parmi(valeurs: dict[str, Any]) -> Any:
    def controle(valeur: str) -> Any:
        try:
            return valeurs[valeur.lower()]
        except KeyError:
            raise ValeurInvalideError("valeur inconnue (attendu : " + ", ".join(valeurs) + ")") from None

    return controle


def _labellisation(valeur: str) -> date | None:
    if not valeur:
        return None
    trouvee = _LABELLISATION.search(valeur)
    try:
        if trouvee:
            return date(int(trouvee[3]), int(trouvee[2]), int(trouvee[1]))
    except ValueError:
        pass
    raise ValeurInvalideError("date de labellisation attendue (« Espace labellisé JJ/MM/AAAA »)")


def _oui_non(valeur: str) -> bool | None:
    if not valeur:
        return None
    if valeur.lower() in ("oui", "non"):
        return valeur.lower() == "oui"
    raise ValeurInvalideError("« Oui » ou « Non » attendu")
