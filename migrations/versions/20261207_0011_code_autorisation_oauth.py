"""oauth: authorization code grant with PKCE and rotating refresh tokens for ANCT's own tools

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

`client_partenaire` gains the grant types it may use (existing clients: client credentials), its
exact redirect URIs and whether it is public (no secret; PKCE alone). Two technical tables in the
schema `oauth` (like 0008 and 0009): the authorization codes (60 s, used once) and the refresh tokens
(one family per sign-in, rotated, a reused one revokes its family), found by the SHA-256 of a secret
only their holder has.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = os.environ.get("HUB_DATABASE_APP_ROLE", "hub_app")
HORODATAGE = sa.DateTime(timezone=True)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    schema = "oauth" if postgresql else None
    with op.batch_alter_table("client_partenaire", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("grant_types", sa.JSON(), nullable=False, server_default='["client_credentials"]')
        )
        batch_op.add_column(sa.Column("redirect_uris", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("public", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "codes_autorisation",
        sa.Column("cle", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("redirect_uri", sa.Text(), nullable=False),
        sa.Column("code_challenge", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("siret", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("famille", sa.Text(), nullable=True),
        sa.Column("cree_le", HORODATAGE, nullable=False),
        sa.Column("expire_le", HORODATAGE, nullable=False),
        sa.Column("utilise_le", HORODATAGE, nullable=True),
        sa.PrimaryKeyConstraint("cle", name=op.f("pk_codes_autorisation")),
        schema=schema,
    )
    op.create_table(
        "jetons_rafraichissement",
        sa.Column("cle", sa.Text(), nullable=False),
        sa.Column("famille", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("siret", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("cree_le", HORODATAGE, nullable=False),
        sa.Column("expire_le", HORODATAGE, nullable=False),
        sa.Column("famille_expire_le", HORODATAGE, nullable=False),
        sa.Column("utilise_le", HORODATAGE, nullable=True),
        sa.Column("revoque_le", HORODATAGE, nullable=True),
        sa.PrimaryKeyConstraint("cle", name=op.f("pk_jetons_rafraichissement")),
        schema=schema,
    )
    for colonne in ("famille", "email"):
        op.create_index(
            op.f(f"ix_jetons_rafraichissement_{colonne}"), "jetons_rafraichissement", [colonne], schema=schema
        )
    if postgresql:
        op.execute(
            sa.text(
                "GRANT SELECT, INSERT, UPDATE, DELETE ON oauth.codes_autorisation, "
                f'oauth.jetons_rafraichissement TO "{APP_ROLE}"'
            )
        )


def downgrade() -> None:
    schema = "oauth" if op.get_bind().dialect.name == "postgresql" else None
    op.drop_table("jetons_rafraichissement", schema=schema)
    op.drop_table("codes_autorisation", schema=schema)
    with op.batch_alter_table("client_partenaire", schema=None) as batch_op:
        batch_op.drop_column("public")
        batch_op.drop_column("redirect_uris")
        batch_op.drop_column("grant_types")
