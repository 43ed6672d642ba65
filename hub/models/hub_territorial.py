"""Hub territorial: an organisation that animates digital inclusion over one or more régions."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, UuidPk


class HubTerritorial(Base):
    __tablename__ = "hub_territorial"

    id: Mapped[UuidPk]
    nom: Mapped[str] = mapped_column(String(200), unique=True)
    # Its own contact data, the only thing the hub territorial writes (its régions are ANCT's, in
    # `hub_territorial_region`, so that its write rule can never widen its own scope).
    email: Mapped[str | None] = mapped_column(String(200))
    telephone: Mapped[str | None] = mapped_column(String(20))
    site_web: Mapped[str | None] = mapped_column(String(300))
    adresse: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[Created]
