"""Lieux d'activité of the conseillers numériques (2022 JSON export, pre-standard "v0"), via the standard.

Each record is turned into a row of the standard v1.0.2 and checked by the same rules:
- services: the four CnFS labels map to standard services (vocabulaire.SERVICES_V0);
- labels_nationaux → dispositif_programmes_nationaux (`CNFS` → « Conseillers numériques », …);
- conditions_access → frais_a_charge; courriel → courriels;
- a missing pivot (optional in v0) is the standard's « unknown » placeholder, stored as no pivot;
- telephones are rewritten in the international form the standard asks for (`04 …` → `+334…`,
  overseas prefixes 0590/0690 → +590, 0596/0696 → +596, 0594/0694 → +594, 0262/0692/0693 and
  Mayotte's 0269/0639 → +262);
- the département comes from the code postal (no code INSEE in this vintage; see territoire.py);
- the file's date, when its name has none, is its latest `date_maj`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Doublons, Ligne
from hub.importers.ecriture import Compte
from hub.importers.fichier import Fichier, lire_json
from hub.importers.lecture import Lecture, Referentiel, SansPreparation
from hub.importers.lieux_standard import (
    ecrire_lieux,
    instantane_des_lieux,
    lieu_du_standard,
    plus_recente,
    voir,
)
from hub.importers.rejets import Rejet
from hub.importers.vocabulaire import (
    CONDITIONS_ACCES,
    LABELS_NATIONAUX,
    PIVOT_INCONNU,
    SEPARATEUR,
    SERVICES_V0,
    SOURCE_CNFS,
)
from hub.services.coordonnees import telephone_international

# Standard column -> the field of the 2022 file it comes from (for the reject report).
NOMS_SOURCE = {
    "frais_a_charge": "conditions_access",
    "dispositif_programmes_nationaux": "labels_nationaux",
    "courriels": "courriel",
}
CHAMPS_DIRECTS = (
    "id",
    "nom",
    "commune",
    "code_postal",
    "adresse",
    "source",
    "date_maj",
    "horaires",
    "site_web",
)


class ImporteurLieuxCnfs(SansPreparation):
    kind = "lieux"

    def __init__(self) -> None:
        self.instantane = instantane_des_lieux()

    async def preparer(self, session: AsyncSession) -> None:
        self.instantane = instantane_des_lieux()  # one per run

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]:
        doublons = Doublons()
        for numero, enregistrement in lire_json(fichier):
            if not isinstance(enregistrement, dict):
                yield Lecture(numero, None, [Rejet(numero, "", "", "objet JSON attendu")])
                continue
            ligne = Ligne(numero)
            standard = _vers_standard(ligne, enregistrement)
            lecture = lieu_du_standard(ligne, standard, referentiel, SOURCE_CNFS, doublons, NOMS_SOURCE)
            voir(self.instantane, lecture)
            yield lecture

    def date_des_donnees(self, fichier: Fichier) -> date | None:
        return plus_recente(_texte(e.get("date_maj")) for _, e in lire_json(fichier) if isinstance(e, dict))

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte:
        return await ecrire_lieux(session, self.instantane, lot, provenance)


def _vers_standard(ligne: Ligne, e: dict[str, Any]) -> dict[str, str]:
    standard = {champ: _texte(e.get(champ)) for champ in CHAMPS_DIRECTS}
    standard["latitude"] = _texte(e.get("latitude"))
    standard["longitude"] = _texte(e.get("longitude"))
    standard["pivot"] = _texte(e.get("pivot")) or PIVOT_INCONNU
    standard["telephone"] = telephone_international(_texte(e.get("telephone")))
    standard["courriels"] = _texte(e.get("courriel"))
    standard["services"] = _traduire(ligne, "services", _texte(e.get("services")), SERVICES_V0)
    standard["frais_a_charge"] = _traduire(
        ligne, "conditions_access", _texte(e.get("conditions_access")), CONDITIONS_ACCES
    )
    standard["dispositif_programmes_nationaux"] = _traduire(
        ligne, "labels_nationaux", _texte(e.get("labels_nationaux")), LABELS_NATIONAUX
    )
    return standard


def _texte(valeur: Any) -> str:
    if valeur is None:
        return ""
    return str(valeur).strip()


def _traduire(ligne: Ligne, champ: str, valeur: str, table: dict[str, str]) -> str:
    """`a, b` in the 2022 vocabulary -> `A|B` in the standard's; an unknown value rejects the row."""
    if not valeur:
        return ""
    termes = [terme.strip() for terme in valeur.split(",") if terme.strip()]
    inconnus = [terme for terme in termes if terme not in table]
    if inconnus:
        ligne.rejeter(champ, valeur, "valeur sans équivalent dans le standard : " + ", ".join(inconnus))
        return ""
    return SEPARATEUR.join(dict.fromkeys(table[terme] for terme in termes))
