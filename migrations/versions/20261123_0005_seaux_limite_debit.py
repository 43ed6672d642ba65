"""rate limit: the buckets shared by every worker (HUB_RATE_LIMIT_BACKEND=postgresql)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

PostgreSQL only. One row per client key in `limites.seau`: its points and when they were last
computed (epoch seconds, from the database's clock so that every host agrees). UNLOGGED: a crash may
empty it, which only refills every bucket. It sits in its own schema, outside the data model (no
row-level security: it holds no one's data, only counters keyed by client), and the application
role may read and write it, nothing more.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text("CREATE SCHEMA limites"))
    op.execute(
        sa.text(
            "CREATE UNLOGGED TABLE limites.seau ("
            " cle text PRIMARY KEY,"
            " points double precision NOT NULL,"
            " maj double precision NOT NULL,"
            " accepte boolean NOT NULL DEFAULT true)"
        )
    )
    op.execute(sa.text(f'GRANT USAGE ON SCHEMA limites TO "{APP_ROLE}"'))
    op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON limites.seau TO "{APP_ROLE}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text("DROP SCHEMA limites CASCADE"))
