"""ClientPartenaire: an OAuth2 client (partner tool) allowed the client-credentials grant."""

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
    created_at: Mapped[Created]
