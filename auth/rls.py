"""PostgreSQL row-level security context: the transaction-local settings the policies of migration 0003 read.

Every request transaction starts with `appliquer_contexte` (the `on_begin` hook of the GraphQL view):
it sets `hub.role`, `hub.departements`, `hub.structure_id`, `hub.conseiller_id`,
`hub.organisation_id`, `hub.scopes`, `hub.hub_territorial_id`, `hub.reseau_id` and (for an aidant)
`hub.subject` from the principal with `set_config(…, true)`, so they vanish at commit or rollback and
a pooled connection never carries one request's identity into the next. Every setting is written,
empty ones included: a value left on the connection by anything else is overwritten, never inherited.

Three more contexts exist, each for one narrow purpose (see docs/autorisations.md):
- `contexte_systeme`: `hub.role = 'system'`, which passes every policy. For trusted jobs only:
  migrations, seed, importers, operator commands. No principal can produce it (`Role` has no such
  member and `appliquer_contexte` refuses anything but a `Role`), and the request path never calls it.
- `contexte_statistiques`: lets the principal's statistics statements count rows it may not read
  (national totals for anonymous callers, mandats for ANCT and préfectures). Counting statements only.
- `contexte_authentification`: lets the token endpoint read partner clients before any principal
  exists; it opens nothing else.
- `contexte_candidature`: a person signed in with a SIRET the hub does not know yet (migration 0013):
  reads and creates the structure of that SIRET only, and the person's structure habilitation for it.

On SQLite (no row-level security) all of them do nothing: the policy predicates are the only layer.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager, suppress
from functools import lru_cache

from sqlalchemy import TextClause, text
from sqlalchemy.exc import DBAPIError, PendingRollbackError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.models.enums import Role

SYSTEME = "system"
AUTHENTIFICATION = "authentification"
CANDIDATURE = "candidature"

ROLE = "hub.role"
DEPARTEMENTS = "hub.departements"
STRUCTURE_ID = "hub.structure_id"
CONSEILLER_ID = "hub.conseiller_id"
ORGANISATION_ID = "hub.organisation_id"
SCOPES = "hub.scopes"
STATISTIQUES = "hub.statistiques"
SIRET = "hub.siret"
# The token's subject: an aidant's email, which says whether it is its organisation's responsable
# (migration 0022). A bound parameter, never parsed as a list: any character is harmless.
SUJET = "hub.subject"
# Issue 21 (migration 0021): a hub territorial's organisation (its départements are in DEPARTEMENTS)
# and a grand réseau's réseau.
HUB_TERRITORIAL_ID = "hub.hub_territorial_id"
RESEAU_ID = "hub.reseau_id"
PARAMETRES = (
    ROLE,
    DEPARTEMENTS,
    STRUCTURE_ID,
    CONSEILLER_ID,
    ORGANISATION_ID,
    SCOPES,
    STATISTIQUES,
    SIRET,
    SUJET,
    HUB_TERRITORIAL_ID,
    RESEAU_ID,
)

# Values are joined with commas for the policies' string_to_array: a comma inside one would forge a
# second value, so anything but plain codes and scope names is refused.
_VALEUR_DE_LISTE = re.compile(r"[A-Za-z0-9_.:-]{1,100}")
_SIRET = re.compile(r"[0-9]{14}")


def parametres(principal: Principal) -> dict[str, str]:
    """The settings for `principal`'s requests (every key of PARAMETRES, empty when it has none)."""
    if not isinstance(principal.role, Role):
        # Only a member of Role reaches the database: this is what keeps 'system' out of requests.
        raise TypeError(f"principal.role must be a Role, got {principal.role!r}")
    return {
        ROLE: principal.role.value,
        DEPARTEMENTS: _liste(principal.departements),
        STRUCTURE_ID: str(principal.structure_id or ""),
        CONSEILLER_ID: str(principal.conseiller_id or ""),
        ORGANISATION_ID: str(principal.organisation_id or ""),
        SCOPES: _liste(principal.scopes),
        STATISTIQUES: "",
        SIRET: "",
        SUJET: principal.subject if principal.role is Role.AIDANT else "",
        HUB_TERRITORIAL_ID: str(principal.hub_territorial_id or ""),
        RESEAU_ID: str(principal.reseau_id or ""),
    }


async def appliquer_contexte(session: AsyncSession, principal: Principal) -> None:
    """Set the principal's settings in the session's current transaction (PostgreSQL only)."""
    await _definir(session, parametres(principal))


async def contexte_systeme(session: AsyncSession) -> None:
    """Trusted jobs only (migrations, seed, importers, CLI): every policy lets this transaction through."""
    await _definir(session, {**dict.fromkeys(PARAMETRES, ""), ROLE: SYSTEME})


async def contexte_authentification(session: AsyncSession) -> None:
    """The token endpoint, before any principal exists: reads partner clients, nothing else."""
    await _definir(session, {**dict.fromkeys(PARAMETRES, ""), ROLE: AUTHENTIFICATION})


async def contexte_candidature(session: AsyncSession, siret: str) -> None:
    """A person whose verified identity names `siret`, unknown to the hub: the structure of that SIRET
    (to create it) and a structure habilitation for it, nothing else (hub.services.inscription)."""
    if not _SIRET.fullmatch(siret):
        raise ValueError(f"refused in a row-level security setting: {siret!r}")
    await _definir(session, {**dict.fromkeys(PARAMETRES, ""), ROLE: CANDIDATURE, SIRET: siret})


@asynccontextmanager
async def contexte_statistiques(session: AsyncSession) -> AsyncIterator[None]:
    """Inside: the current principal may count (not read) the rows `policy.statistiques_predicate`
    allows it to count. Hold the session exclusively for the whole block (`RequestDatabase.run`), run
    only aggregate statements in it, and filter each with `statistiques_predicate`."""
    if not _est_postgresql(session):
        yield
        return
    await _definir(session, {STATISTIQUES: "on"})
    try:
        yield
    except BaseException:
        # The transaction may already be aborted (a failed statement): then nothing can run in it
        # any more, the switch back included, and it will only be rolled back.
        with suppress(DBAPIError, PendingRollbackError):
            await _definir(session, {STATISTIQUES: ""})
        raise
    await _definir(session, {STATISTIQUES: ""})


async def role_contourne_rls(session: AsyncSession) -> bool:
    """Is the connected database role a superuser or BYPASSRLS (row-level security would not apply)?"""
    if not _est_postgresql(session):
        return False
    row = await session.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
    )
    return bool(row.scalar_one())


def _liste(values: frozenset[str]) -> str:
    for value in values:
        if not _VALEUR_DE_LISTE.fullmatch(value):
            raise ValueError(f"refused in a row-level security setting: {value!r}")
    return ",".join(sorted(values))


def _est_postgresql(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


async def _definir(session: AsyncSession, valeurs: Mapping[str, str]) -> None:
    if not _est_postgresql(session):
        return
    # One round trip; values are bound parameters, names are our own constants. On the session's
    # connection (Core): the same transaction, without the ORM's execution path (and its autoflush).
    connection = await session.connection()
    await connection.execute(
        _instruction(tuple(valeurs)), {f"v{i}": valeur for i, valeur in enumerate(valeurs.values())}
    )


@lru_cache(maxsize=16)
def _instruction(noms: tuple[str, ...]) -> TextClause:
    """`SELECT set_config(…), …` for these setting names (our PARAMETRES constants), built once: a
    statement object reused keeps its SQLAlchemy cache key, and `text()` parses its SQL each time."""
    appels = ", ".join(f"set_config('{nom}', :v{i}, true)" for i, nom in enumerate(noms))
    return text(f"SELECT {appels}")
