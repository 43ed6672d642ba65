"""oauth: sessions of people signed in through ProConnect (or the demo), shared by every instance

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

One row per session (auth/sessions_personnes.py): the SHA-256 of the cookie's random token (`cle`),
the identity it was opened for (issuer, email, SIRET: what the habilitation is read again from), the
role chosen and its principal's claims, the ID token for the provider's logout, the CSRF token, and
the instants that bound it (8 h absolute, 1 h idle, habilitation re-read every 5 minutes). Like 0008,
it sits in the schema `oauth` on PostgreSQL, which the application role may read and write; the rows
are found by the hash of a secret only their holder has. `expire_le` is indexed for the clean-up.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")
TABLE = "sessions_personnes"


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    schema = "oauth" if postgresql else None
    op.create_table(
        TABLE,
        sa.Column("cle", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("siret", sa.Text(), nullable=True),
        sa.Column("nom", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("principal", sa.JSON(), nullable=True),
        sa.Column("id_token", sa.Text(), nullable=True),
        sa.Column("csrf", sa.Text(), nullable=False),
        sa.Column("cree_le", sa.DateTime(timezone=True), nullable=False),
        sa.Column("vu_le", sa.DateTime(timezone=True), nullable=False),
        sa.Column("principal_lu_le", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expire_le", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("cle", name=op.f(f"pk_{TABLE}")),
        schema=schema,
    )
    op.create_index(op.f(f"ix_{TABLE}_expire_le"), TABLE, ["expire_le"], schema=schema)
    op.create_index(op.f(f"ix_{TABLE}_email"), TABLE, ["email"], schema=schema)
    if postgresql:
        op.execute(sa.text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON oauth.{TABLE} TO "{APP_ROLE}"'))


def downgrade() -> None:
    schema = "oauth" if op.get_bind().dialect.name == "postgresql" else None
    op.drop_table(TABLE, schema=schema)
