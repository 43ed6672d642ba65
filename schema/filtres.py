"""Filter pieces shared by the lists: territory (département, région), période, text search on `nom`,
presence in the source of open data rows.

Codes are checked against the référentiel in Python, before any SQL: an unknown code is a
BAD_USER_INPUT naming the filter field, never an empty list that would look like "no data".
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

import strawberry
from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import InstrumentedAttribute

from hub.referentiel.territoires import CODES_DEPARTEMENTS, CODES_REGIONS, DEPARTEMENTS
from schema.errors import bad_user_input
from schema.statistiques.types import PeriodeInput

# One period input for the whole API (the one `statistiques` takes).
Periode = PeriodeInput
PARIS = ZoneInfo("Europe/Paris")
_DEPARTEMENTS_PAR_REGION: dict[str, frozenset[str]] = {
    region: frozenset(code for code, _, r in DEPARTEMENTS if r == region) for region in CODES_REGIONS
}


def departement_code(code: str, champ: str = "filtre.departement") -> str:
    if code not in CODES_DEPARTEMENTS:
        raise bad_user_input(f"Département inconnu : « {code} » (`{champ}`).", champ)
    return code


def departements_de_region(code: str, champ: str = "filtre.region") -> frozenset[str]:
    if code not in CODES_REGIONS:
        raise bad_user_input(f"Région inconnue : « {code} » (`{champ}`).", champ)
    return _DEPARTEMENTS_PAR_REGION[code]


def territoire(
    colonne: InstrumentedAttribute[Any], departement: str | None, region: str | None
) -> ColumnElement[bool]:
    """Rows of a département and/or a région (both given: both must hold)."""
    condition: ColumnElement[bool] = true()
    if departement is not None:
        condition = and_(condition, colonne == departement_code(departement))
    if region is not None:
        condition = and_(condition, colonne.in_(sorted(departements_de_region(region))))
    return condition


def periode(
    colonne: InstrumentedAttribute[Any], valeur: Periode | None, champ: str = "filtre.periode"
) -> ColumnElement[bool]:
    if valeur is None:
        return true()
    if valeur.du is not None and valeur.au is not None and valeur.du > valeur.au:
        raise bad_user_input(f"`{champ}` : `du` est après `au`.", champ)
    condition: ColumnElement[bool] = true()
    if valeur.du is not None:
        condition = and_(condition, colonne >= valeur.du)
    if valeur.au is not None:
        condition = and_(condition, colonne <= valeur.au)
    return condition


def periode_horodatee(
    colonne: InstrumentedAttribute[Any], valeur: Periode | None, champ: str = "filtre.periode"
) -> ColumnElement[bool]:
    """The same on an instant column: whole days in Europe/Paris (`au` included up to midnight)."""
    if valeur is None:
        return true()
    periode(colonne, valeur, champ)  # validates du <= au
    condition: ColumnElement[bool] = true()
    if valeur.du is not None:
        condition = and_(condition, colonne >= _minuit(valeur.du))
    if valeur.au is not None:
        condition = and_(condition, colonne < _minuit(valeur.au + dt.timedelta(days=1)))
    return condition


def _minuit(jour: dt.date) -> dt.datetime:
    return dt.datetime.combine(jour, dt.time(), tzinfo=PARIS)


def nom_contient(colonne: InstrumentedAttribute[str], texte: str | None) -> ColumnElement[bool]:
    """Case-insensitive substring (ILIKE on PostgreSQL, LIKE on SQLite); % and _ are literal."""
    if texte is None or not texte.strip():
        return true()
    echappe = texte.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return colonne.ilike(f"%{echappe}%", escape="\\")


@strawberry.enum(
    description="Présence dans la source des lignes de données ouvertes (lieux, sites France Services) : "
    "une ligne qu'un fichier plus récent de sa source ne contient plus est absente depuis la date de ce "
    "fichier (`absentDepuis`)."
)
class PresenceSource(Enum):
    ACTUELS = strawberry.enum_value("ACTUELS", description="Les lignes présentes (par défaut).")
    ABSENTS = strawberry.enum_value("ABSENTS", description="Seulement les lignes absentes de leur source.")
    TOUS = strawberry.enum_value("TOUS", description="Les unes et les autres.")


def presence(colonne: InstrumentedAttribute[Any], valeur: PresenceSource) -> ColumnElement[bool]:
    """`colonne` is `absent_depuis`: current rows by default, like the figures."""
    if valeur is PresenceSource.ACTUELS:
        return colonne.is_(None)
    if valeur is PresenceSource.ABSENTS:
        return colonne.is_not(None)
    return true()
