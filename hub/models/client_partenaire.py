"""ClientPartenaire: an OAuth2 client. A partner tool uses the client-credentials grant (its own
scopes); one of ANCT's own tools (a BI tool, a front) the authorization code grant with PKCE, acting
for the person signed in, with that person's role and territory."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, UuidPk


class ClientPartenaire(Base):
    __tablename__ = "client_partenaire"

    id: Mapped[UuidPk]
    client_id: Mapped[str] = mapped_column(String(100), unique=True)
    nom: Mapped[str] = mapped_column(String(300))
    # A salted scrypt hash of the secret (never the secret itself), or None for private_key_jwt only.
    secret_hash: Mapped[str | None] = mapped_column(String(300))
    jwks: Mapped[dict[str, Any] | None]
    scopes: Mapped[list[str]] = mapped_column(default=list)
    valide_du: Mapped[datetime | None]
    valide_au: Mapped[datetime | None]
    actif: Mapped[bool] = mapped_column(Boolean, default=True)
    # "client_credentials", or "authorization_code" (with "refresh_token"): migration 0011.
    grant_types: Mapped[list[str]] = mapped_column(default=lambda: ["client_credentials"])
    redirect_uris: Mapped[list[str]] = mapped_column(default=list)  # compared exactly
    # A public client (a single-page front, a desktop tool) holds no secret: PKCE alone binds its code.
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[Created]
