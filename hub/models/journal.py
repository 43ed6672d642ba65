"""Journal: the append-only audit of every write (who, what, when, before/after, request id)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, utcnow
from hub.models.enums import Role


class Journal(Base):
    __tablename__ = "journal"
    __table_args__ = (Index("ix_journal_entite", "entite", "entite_id"),)

    # Integer on SQLite, where only INTEGER PRIMARY KEY autoincrements.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    horodatage: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    role: Mapped[Role]
    sujet: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(100), index=True)
    entite: Mapped[str] = mapped_column(String(100))
    entite_id: Mapped[str] = mapped_column(String(100))
    # Scope of the written row, so each role reads the journal of its own territory.
    departement_code: Mapped[str | None] = mapped_column(String(3), index=True)
    structure_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    conseiller_id: Mapped[uuid.UUID | None]
    organisation_id: Mapped[uuid.UUID | None]
    # Summaries name fields and codes, never personal data.
    avant: Mapped[dict[str, Any] | None]
    apres: Mapped[dict[str, Any] | None]
    request_id: Mapped[str | None] = mapped_column(String(100))
