"""Which rows each principal may read, write and count. Every statement of the API starts here.

The rules themselves are two tables, one per direction: `auth.policy_lecture.LECTURE` and
`auth.policy_ecriture.ECRITURE` (model → rule matched on the principal's role). This module is the
entry point the API and services use; it also holds the field-level rules (personal data, public
fields of a structure) and the statistics rules.

A model without a rule is an error (LookupError), never "everything" or "nothing" by default:
a new table must get its rules before any code can query it (tests/auth/test_policy_completude.py).
PostgreSQL row-level security (migration 0003, `auth.rls`) enforces the same rules a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, assert_never, cast

from sqlalchemy import ColumnElement, False_, Select, false, select, true
from sqlalchemy.orm import InstrumentedAttribute

from auth.localisation import dans_communes, localisable
from auth.policy_ecriture import AJOUT_SEULEMENT, ECRITURE
from auth.policy_lecture import LECTURE, SCOPE_STRUCTURES, Regle
from auth.principal import Principal
from hub.memoire import Memoire
from hub.models import (
    Activite,
    ActiviteTheme,
    Aidant,
    Autorisation,
    ClientPartenaire,
    Conseiller,
    Coordination,
    Departement,
    Habilitation,
    ImportRun,
    InstantaneTerritorial,
    Journal,
    Lieu,
    LieuConseiller,
    Mandat,
    Region,
    Usager,
)
from hub.models.enums import Role
from hub.referentiel.territoires import DEPARTEMENTS
from hub.settings import Settings

M = TypeVar("M")
T = TypeVar("T")

__all__ = [
    "AJOUT_SEULEMENT",
    "SCOPE_STATISTIQUES",
    "SCOPE_STRUCTURES",
    "STRUCTURE_CHAMPS_PUBLICS",
    "Territoire",
    "colonnes_lues",
    "read_predicate",
    "readable",
    "readable_rows",
    "seuil_petits_groupes",
    "statistiques_predicate",
    "voit_donnees_personnelles",
    "voit_donnees_personnelles_aidant",
    "voit_structure_complete",
    "write_predicate",
]

SCOPE_STATISTIQUES = "stats:read"


def readable(model: type[M], principal: Principal) -> Select[M]:
    """`SELECT model` restricted to the rows `principal` may read."""
    return cast("Select[M]", _readable(model, principal))


def readable_rows(model: type[Any], principal: Principal) -> Select[Any]:
    """The rows of `readable(model, principal)` as plain read-only rows instead of ORM objects.

    Same FROM and WHERE, the model's columns in the same order and under the same attribute names
    (tests/auth/test_lignes.py checks every model), except `external_ids` (the sources' identifiers,
    JSON kept for imports and exports, which read their own statements; decoding it cost a JSON
    parse per row) and the bookkeeping instants `created_at` and `updated_at`, which no GraphQL field
    shows (a préfecture's page of conseillers with four relations read six of them per row, a tenth
    of its columns): what the GraphQL types read from a row is there, and a list of 100 rows skips
    building 100 ORM objects and their identity-map entries (≈ 15 µs each, bench/RESULTS.md). Rows
    are never written back: services load ORM objects with `readable`.
    """
    return _readable_rows(model, principal)


# `contour`: a département's outline (kilobytes of GeoJSON), read by `Departement.contour` alone.
COLONNES_NON_LUES = frozenset({"external_ids", "created_at", "updated_at", "contour"})


def colonnes_lues(model: type[Any]) -> list[Any]:
    """The columns `readable_rows` selects: the model's, without `COLONNES_NON_LUES`."""
    return [c for c in model.__table__.columns if c.key not in COLONNES_NON_LUES]


def read_predicate(model: type[Any], principal: Principal) -> ColumnElement[bool]:
    """The rows of `model` that `principal` may read; out-of-scope rows are simply absent."""
    return _read_predicate(model, principal)


# SQLAlchemy statements are immutable (`.where()` returns a new one), so the statements of a principal
# are built once and shared by its requests: building the predicates (an IN list of départements is a
# dozen SQL expression objects) cost more than executing them. Keyed by the whole frozen Principal;
# emptied when full (a few thousand principals active at once is more than the hub serves).
_DEJA_CONSTRUITS: Memoire[tuple[str, type[Any], Principal], Any] = Memoire(4096)


def _une_fois(sorte: str, model: type[Any], principal: Principal, construire: Callable[[], T]) -> T:
    return cast("T", _DEJA_CONSTRUITS.obtenir((sorte, model, principal), construire))


def _read_predicate(model: type[Any], principal: Principal) -> ColumnElement[bool]:
    return _une_fois("predicat", model, principal, lambda: _regle(LECTURE, model)(principal))


def _readable(model: type[Any], principal: Principal) -> Select[Any]:
    return _une_fois("orm", model, principal, lambda: select(model).where(_read_predicate(model, principal)))


def _readable_rows(model: type[Any], principal: Principal) -> Select[Any]:
    return _une_fois(
        "lignes",
        model,
        principal,
        lambda: select(*colonnes_lues(model)).where(_read_predicate(model, principal)),
    )


def write_predicate(model: type[Any], principal: Principal) -> ColumnElement[bool]:
    """The rows of `model` that `principal` may insert, update or delete (before and after the change).

    For the models of `AJOUT_SEULEMENT` it governs inserts only: nobody updates or deletes them.
    """
    return _regle(ECRITURE, model)(principal)


def _regle(table: dict[type[Any], Regle], model: type[Any]) -> Regle:
    try:
        return table[model]
    except KeyError:
        raise LookupError(f"auth.policy has no rule for {getattr(model, '__name__', model)!r}") from None


# --- Fields ------------------------------------------------------------------------------------------


def voit_donnees_personnelles(principal: Principal, conseiller: Conseiller) -> bool:
    """May `principal` read this conseiller's nom, prénom, email and téléphone?

    ANCT, the préfecture of the conseiller's département, its employer, the person itself and the
    coordinateur who coordinates them. Partner tools never do, even with `structures:read`; nor do
    the hub territorial and the grand réseau, which read the row.
    """
    match principal.role:
        case Role.ANCT:
            return True
        case Role.PREFECTURE:
            return conseiller.departement_code in principal.departements
        case Role.STRUCTURE:
            return principal.structure_id is not None and conseiller.structure_id == principal.structure_id
        case Role.CONSEILLER:
            return principal.conseiller_id is not None and conseiller.id == principal.conseiller_id
        case Role.COORDINATEUR:
            # What a structure sees of its employees, and no more: the row rule gives a coordinateur
            # exactly itself and the conseillers it coordinates today, and every conseiller the API
            # shows it was read through that rule (a coordinateur writes nothing, so no service
            # hands it a row read otherwise).
            return principal.conseiller_id is not None
        case _:
            # Hub territorial and grand réseau read conseiller rows (pseudonymous id, formation,
            # coordination) but not the person: neither is the State nor the employer.
            return False


def voit_donnees_personnelles_aidant(principal: Principal, aidant: Aidant) -> bool:
    """May `principal` read this aidant's nom, prénom and email? ANCT (which habilitates aidants)
    and the aidants of the same organisation; a préfecture only counts aidants."""
    match principal.role:
        case Role.ANCT:
            return True
        case Role.AIDANT:
            return (
                principal.organisation_id is not None and aidant.organisation_id == principal.organisation_id
            )
        case _:
            return False


# What a partner tool with `structures:read` sees of a structure: the public directory entry, not the
# administrative file (statut of the candidature, source identifiers, timestamps).
STRUCTURE_CHAMPS_PUBLICS = (
    "id",
    "siret",
    "nom",
    "type",
    "departement_code",
    "code_commune",
    "adresse",
    "code_postal",
    "latitude",
    "longitude",
    "zrr",
    "qpv",
    "reseau",
)


def voit_structure_complete(principal: Principal) -> bool:
    """Does `principal` read every field of the structures it reads (False: public fields only)?"""
    return principal.role in (
        Role.ANCT,
        Role.PREFECTURE,
        Role.STRUCTURE,
        Role.CONSEILLER,
        Role.HUB_TERRITORIAL,
        Role.GRAND_RESEAU,
    )


# --- Statistics --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Territoire:
    niveau: Literal["national", "region", "departement", "epci", "commune"]
    code: str | None = None
    # An EPCI's or a commune's: the départements of its communes, read from the référentiel
    # (hub.services.statistiques.territoire). Empty until then, and a préfecture is refused an
    # EPCI or a commune whose départements are not known to be its own.
    departements: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.niveau not in ("national", "region", "departement", "epci", "commune"):
            raise ValueError(f"unknown territory level {self.niveau!r}")
        if (self.niveau == "national") != (self.code is None):
            raise ValueError("a national territory has no code; a région or département has one")

    @property
    def communal(self) -> bool:
        """An EPCI or a commune: only the tables placed in a commune can be counted on it."""
        return self.niveau in ("epci", "commune")


_DEPARTEMENTS_DE_REGION: dict[str, frozenset[str]] = {
    region: frozenset(code for code, _, de in DEPARTEMENTS if de == region) for _, _, region in DEPARTEMENTS
}

# Never statistics subjects: the audit, the hub's own administration, and usagers (Aidants Connect
# counts usagers through their mandats, never by reading the table of pseudonymes).
_HORS_STATISTIQUES: frozenset[type[Any]] = frozenset(
    # The daily snapshots too, until the API's series count them under the disclosure model (issue 22).
    {Usager, Journal, ImportRun, ClientPartenaire, Habilitation, Coordination, InstantaneTerritorial}
)
# Counted by ANCT and préfectures, never by partner tools or anonymous callers (and never read by them).
_COMPTES_RESTREINTS: frozenset[type[Any]] = frozenset({Mandat, Autorisation, Aidant})


def statistiques_predicate(
    model: type[Any], principal: Principal, territoire: Territoire
) -> ColumnElement[bool] | None:
    """The rows of `model` that may be COUNTED for statistics on `territoire` (the territory
    restriction included), or None when `principal` may not see these statistics at all.

    On PostgreSQL the counting statements run inside `auth.rls.contexte_statistiques`, where row-level
    security lets the same principals count the same tables (and nothing else).
    """
    _regle(LECTURE, model)  # unknown model: LookupError, as everywhere else
    if not _territoire_permis(principal, territoire) or model in _HORS_STATISTIQUES:
        return None
    if territoire.communal and not localisable(model):
        return None  # located by a département alone: no figure rather than the département's
    match principal.role:
        case Role.ANCT | Role.PREFECTURE | Role.HUB_TERRITORIAL:
            # ANCT: every territory. Préfecture and hub territorial: national totals, or a territory
            # of their own (checked above), and every row of it, mandats included (counts only).
            lignes: ColumnElement[bool] = true()
        case Role.PARTENAIRE | Role.ANONYME:
            if model in _COMPTES_RESTREINTS:
                return None
            lignes = true()
        case Role.STRUCTURE | Role.CONSEILLER | Role.AIDANT | Role.COORDINATEUR | Role.GRAND_RESEAU:
            # Only what they may read (their own rows, and the public référentiel), whatever the
            # territory asked. A model they read nothing of has no statistics, not a misleading 0.
            lignes = read_predicate(model, principal)
            if isinstance(lignes, False_):
                return None
        case _:  # a new role must be decided here: mypy rejects the call below until it is
            assert_never(principal.role)
    return lignes & _dans_territoire(model, territoire)


def seuil_petits_groupes(principal: Principal, territoire: Territoire, settings: Settings) -> int | None:
    """Groups smaller than this are suppressed for `principal` on `territoire` (None: no suppression).

    Partner tools and anonymous callers, at every territorial level (a count of 2 activités in a small
    département can single out a conseiller or an usager, and a national answer holds every
    département's cells: its breakdown by département, its differences with other answers). The
    model that applies it is `hub.services.statistiques.masque` (docs/statistiques.md).
    """
    del territoire  # the same rule at every level: kept in the signature, it is part of the decision
    if principal.role in (Role.PARTENAIRE, Role.ANONYME):
        return settings.small_group_threshold
    return None


def _territoire_permis(p: Principal, territoire: Territoire) -> bool:
    match p.role:
        case Role.ANCT | Role.STRUCTURE | Role.CONSEILLER | Role.AIDANT:
            return True
        case Role.COORDINATEUR | Role.GRAND_RESEAU:
            return True  # their own rows, whatever the territory (like a structure)
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            # A hub territorial's départements are those of its régions: its régions pass below.
            if territoire.niveau == "departement":
                return territoire.code in p.departements
            if territoire.communal:
                # Only when every département of its communes is its own: an EPCI that straddles a
                # neighbour's département, minus its own communes, would give away the neighbour's part.
                return bool(territoire.departements) and territoire.departements <= p.departements
            if territoire.niveau == "region":
                # A région only when every one of its départements is the préfecture's own: otherwise
                # the région minus its own départements would give away a neighbour's numbers.
                region = _DEPARTEMENTS_DE_REGION.get(territoire.code or "", frozenset())
                return bool(region) and region <= p.departements
            return True  # national totals
        case Role.PARTENAIRE:
            return SCOPE_STATISTIQUES in p.scopes or territoire.niveau == "national"
        case Role.ANONYME:
            return territoire.niveau == "national"
        case _:
            assert_never(p.role)


def _dans_territoire(model: type[Any], territoire: Territoire) -> ColumnElement[bool]:
    """Rows of `model` located in `territoire`, through the model's département."""
    if territoire.niveau == "national":
        return true()
    if territoire.communal:
        return dans_communes(model, territoire.niveau, territoire.code or "", territoire.departements)
    if model is Region:
        return Region.code.in_(
            select(Departement.region_code).where(_departement_dans(Departement.code, territoire))
        )
    if model is ActiviteTheme:
        return ActiviteTheme.activite_id.in_(
            select(Activite.id).where(_departement_dans(Activite.departement_code, territoire))
        )
    if model is LieuConseiller:
        return LieuConseiller.lieu_id.in_(
            select(Lieu.id).where(_departement_dans(Lieu.departement_code, territoire))
        )
    colonne = Departement.code if model is Departement else getattr(model, "departement_code", None)
    if colonne is None:
        # National-only tables (enveloppes, EPCI that straddle départements): nothing below national.
        return false()
    return _departement_dans(colonne, territoire)


def _departement_dans(colonne: InstrumentedAttribute[Any], territoire: Territoire) -> ColumnElement[bool]:
    if territoire.niveau == "departement":
        return colonne == territoire.code
    return colonne.in_(select(Departement.code).where(Departement.region_code == territoire.code))
