"""oauth: the client assertions already used, shared by every worker and instance (RFC 7523 replay)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

One row per private_key_jwt assertion accepted (`cle` = "<client_id>:<jti>") until it expires
(`expire_le` = its `exp` plus the leeway); auth/rejeux.py inserts it with one upsert and deletes
expired rows now and then. As 0005's rate-limit buckets: on PostgreSQL it sits in its own schema,
outside the data model (no row-level security: it holds no one's data), and the application role may
read and write it, nothing more. Not UNLOGGED, unlike the buckets: a crash that emptied it would let
the assertions of the last five minutes be replayed. On SQLite (one host) it is a plain table.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")
TABLE = "assertions_client_utilisees"


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    schema = "oauth" if postgresql else None
    if postgresql:
        op.execute(sa.text("CREATE SCHEMA oauth"))
    op.create_table(
        TABLE,
        sa.Column("cle", sa.Text(), nullable=False),
        sa.Column("expire_le", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("cle", name=op.f(f"pk_{TABLE}")),
        schema=schema,
    )
    if postgresql:
        op.execute(sa.text(f'GRANT USAGE ON SCHEMA oauth TO "{APP_ROLE}"'))
        op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON oauth.{TABLE} TO "{APP_ROLE}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("DROP SCHEMA oauth CASCADE"))
    else:
        op.drop_table(TABLE)
