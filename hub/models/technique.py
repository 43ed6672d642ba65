"""Technical tables outside the data model: no mapped class, no policy, no row-level security.

They hold no one's data, only what the hub's processes must share (migration 0008). On PostgreSQL
they sit in their own schema `oauth`, which the application role may read and write; SQLite has no
schemas, so there they are plain tables of the main database, which `dans_le_modele` hides from
alembic's comparison with `Base.metadata` (migrations/env.py, tests/migrations).
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, Table, Text

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


def dans_le_modele(name: str | None, type_: str, parent_names: object) -> bool:
    """alembic's `include_name`: False for a technical table (compared nowhere), True otherwise."""
    return not (type_ == "table" and name in {t.name for t in technique.tables.values()})
