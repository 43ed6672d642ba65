"""Technical tables outside the data model: no mapped class, no policy, no row-level security.

They hold no one's data, only what the hub's processes must share (migration 0008). On PostgreSQL
they sit in their own schema `oauth`, which the application role may read and write; SQLite has no
schemas, so there they are plain tables of the main database, which `dans_le_modele` hides from
alembic's comparison with `Base.metadata` (migrations/env.py, tests/migrations).
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, MetaData, Table, Text
from sqlalchemy.ext.asyncio import AsyncConnection

from hub.models.base import NAMING_CONVENTION, UtcDateTime

SCHEMA = "oauth"
technique = MetaData(naming_convention=NAMING_CONVENTION)

# RFC 7523 §3 item 7: a client assertion's `jti` is used once. One row per assertion used
# ("<client_id>:<jti>"), kept until it expires (its `exp` plus the leeway); a row may be reused after.
assertions_client_utilisees = Table(
    "assertions_client_utilisees",
    technique,
    Column("cle", Text(), primary_key=True),
    Column("expire_le", UtcDateTime(), nullable=False),
    schema=SCHEMA,
)

# Sessions of people signed in (auth/sessions_personnes.py, migration 0009). The cookie holds a random
# token; only its SHA-256 is kept (`cle`), so a read of this table signs no one in. `role` and
# `principal` are empty while a person holding several habilitations has not chosen one yet.
sessions_personnes = Table(
    "sessions_personnes",
    technique,
    Column("cle", Text(), primary_key=True),
    Column("issuer", Text(), nullable=False),
    Column("email", Text(), nullable=False),
    Column("siret", Text()),
    Column("nom", Text(), nullable=False),
    Column("role", Text()),
    Column("principal", JSON()),
    Column("id_token", Text()),
    Column("csrf", Text(), nullable=False),
    Column("cree_le", UtcDateTime(), nullable=False),
    Column("vu_le", UtcDateTime(), nullable=False),
    Column("principal_lu_le", UtcDateTime(), nullable=False),
    Column("expire_le", UtcDateTime(), nullable=False),
    schema=SCHEMA,
)

# OAuth 2 authorization code grant for ANCT's own tools (auth/autorisations_oauth.py, migration 0011).
# Codes and refresh tokens are random; only their SHA-256 is kept (`cle`). A code lives 60 seconds
# and is used once (`utilise_le`); the refresh tokens it leads to form one `famille`, rotated at each
# use: reusing a used one revokes the whole family (`revoque_le`), the signal of a stolen token.
codes_autorisation = Table(
    "codes_autorisation",
    technique,
    Column("cle", Text(), primary_key=True),
    Column("client_id", Text(), nullable=False),
    Column("redirect_uri", Text(), nullable=False),
    Column("code_challenge", Text(), nullable=False),
    Column("issuer", Text(), nullable=False),
    Column("email", Text(), nullable=False),
    Column("siret", Text()),
    Column("role", Text(), nullable=False),
    Column("famille", Text()),  # the refresh-token family its exchange started
    Column("cree_le", UtcDateTime(), nullable=False),
    Column("expire_le", UtcDateTime(), nullable=False),
    Column("utilise_le", UtcDateTime()),
    schema=SCHEMA,
)
jetons_rafraichissement = Table(
    "jetons_rafraichissement",
    technique,
    Column("cle", Text(), primary_key=True),
    Column("famille", Text(), nullable=False, index=True),
    Column("client_id", Text(), nullable=False),
    Column("issuer", Text(), nullable=False),
    Column("email", Text(), nullable=False, index=True),
    Column("siret", Text()),
    Column("role", Text(), nullable=False),
    Column("cree_le", UtcDateTime(), nullable=False),
    Column("expire_le", UtcDateTime(), nullable=False),
    Column("famille_expire_le", UtcDateTime(), nullable=False),
    Column("utilise_le", UtcDateTime()),
    Column("revoque_le", UtcDateTime()),
    schema=SCHEMA,
)


def dans_le_modele(name: str | None, type_: str, parent_names: object) -> bool:
    """alembic's `include_name`: False for a technical table (compared nowhere), True otherwise."""
    return not (type_ == "table" and name in {t.name for t in technique.tables.values()})


async def avec_le_schema_technique(connexion: AsyncConnection) -> AsyncConnection:
    """`connexion`, reading the schema `oauth` where it exists: SQLite has none, there the technical
    tables are in the main database."""
    if connexion.dialect.name == "postgresql":
        return connexion
    return await connexion.execution_options(schema_translate_map={SCHEMA: None})
