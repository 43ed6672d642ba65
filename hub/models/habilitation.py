"""Habilitation: maps an external identity (issuer, email, SIRET) to one hub role and territory."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, UuidPk
from hub.models.enums import Role


class Habilitation(Base):
    __tablename__ = "habilitation"
    __table_args__ = (UniqueConstraint("issuer", "email", "role"),)

    id: Mapped[UuidPk]
    issuer: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(200), index=True)
    siret: Mapped[str | None] = mapped_column(String(14))
    role: Mapped[Role]
    departements: Mapped[list[str]] = mapped_column(default=list)
    structure_id: Mapped[uuid.UUID | None]
    conseiller_id: Mapped[uuid.UUID | None]
    organisation_id: Mapped[uuid.UUID | None]
    # Issue 21: a hub territorial's agents and a grand réseau's (a coordinateur uses conseiller_id).
    hub_territorial_id: Mapped[uuid.UUID | None]
    reseau_id: Mapped[uuid.UUID | None]
    actif: Mapped[bool] = mapped_column(Boolean, default=True)
    valide_au: Mapped[datetime | None]
    created_at: Mapped[Created]
