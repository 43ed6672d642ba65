"""EPCI à fiscalité propre and their member communes (découpage administratif, `epci.json`).

One record is one EPCI with its `membres`: the EPCI goes to `epci` (key: SIREN), each member to
`commune` (key: code INSEE) with its département derived from the code and its EPCI. A rejected EPCI
takes its communes with it (they would point to no EPCI); a rejected commune leaves the EPCI in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from stdnum.fr import siren

from hub.importers import controles
from hub.importers.controles import Doublons, Ligne, ValeurInvalideError
from hub.importers.ecriture import Compte, upsert
from hub.importers.fichier import Fichier, lire_json
from hub.importers.lecture import Lecture, Referentiel, SansPreparation
from hub.importers.rejets import Rejet
from hub.importers.territoire import departement_du_code_insee
from hub.models import Commune, Epci

TYPES_EPCI = ("CC", "CA", "CU", "METRO", "MET69")


class ImporteurEpci(SansPreparation):
    kind = "epci"

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]:
        doublons_epci, doublons_communes = Doublons(), Doublons()
        for numero, enregistrement in lire_json(fichier):
            if not isinstance(enregistrement, dict):
                yield Lecture(numero, None, [Rejet(numero, "", "", "objet JSON attendu")])
                continue
            ligne = Ligne(numero)
            epci = _epci(ligne, enregistrement)
            if epci["code"] is not None:
                doublons_epci.premier(ligne, "code", epci["code"], epci["code"])
            membres = enregistrement.get("membres")
            if not isinstance(membres, list):
                ligne.rejeter("membres", "", "liste des communes membres attendue")
                membres = []
            if not ligne.valide:
                yield Lecture(numero, None, ligne.rejets, rejetes=1 + len(membres))
                continue
            communes, rejets = _communes(numero, epci["code"], membres, referentiel, doublons_communes)
            yield Lecture(numero, (epci, communes), rejets, rejetes=len(membres) - len(communes))

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte:
        compte = await upsert(session, Epci, ("code",), [epci for epci, _ in lot], provenance)
        communes = [commune for _, membres in lot for commune in membres]
        compte += await upsert(session, Commune, ("code",), communes, provenance)
        return compte


def _epci(ligne: Ligne, e: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": ligne.champ("code", _texte(e.get("code")), _siren),
        "nom": ligne.champ("nom", _texte(e.get("nom")), controles.requis(200)),
        "type": ligne.champ("type", _texte(e.get("type")), _type_epci),
        "population": ligne.champ("populationMunicipale", _texte(e.get("populationMunicipale")), _population),
    }


def _communes(
    numero: int, epci: str, membres: list[Any], referentiel: Referentiel, doublons: Doublons
) -> tuple[list[dict[str, Any]], list[Rejet]]:
    communes: list[dict[str, Any]] = []
    rejets: list[Rejet] = []
    for rang, membre in enumerate(membres):
        ligne = Ligne(numero)
        prefixe = f"membres[{rang}]."
        membre = membre if isinstance(membre, dict) else {}
        code = ligne.champ(prefixe + "code", _texte(membre.get("code")), controles.code_insee)
        commune = {
            "code": code,
            "nom": ligne.champ(prefixe + "nom", _texte(membre.get("nom")), controles.requis(200)),
            "departement_code": None,
            "epci_code": epci,
            "population": ligne.champ(
                prefixe + "populationMunicipale", _texte(membre.get("populationMunicipale")), _population
            ),
        }
        if code is not None:
            departement = departement_du_code_insee(code)
            if controles.departement_connu(
                ligne, prefixe + "code", code, departement, referentiel.departements
            ):
                commune["departement_code"] = departement
            doublons.premier(ligne, prefixe + "code", code, code)
        if ligne.valide:
            communes.append(commune)
        rejets.extend(ligne.rejets)
    return communes, rejets


def _texte(valeur: Any) -> str:
    return "" if valeur is None else str(valeur).strip()


def _siren(valeur: str) -> str:
    if not siren.is_valid(valeur) or len(valeur) != 9:
        raise ValeurInvalideError("SIREN invalide (9 chiffres, clé de Luhn)")
    return valeur


def _type_epci(valeur: str) -> str:
    if valeur not in TYPES_EPCI:
        raise ValeurInvalideError("type d'EPCI inconnu (attendu : " + ", ".join(TYPES_EPCI) + ")")
    return valeur


def _population(valeur: str) -> int | None:
    if not valeur:
        return None
    if not valeur.isdigit():
        raise ValeurInvalideError("population entière attendue")
    return int(valeur)
