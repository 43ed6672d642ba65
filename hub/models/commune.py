"""Commune (code INSEE, 5 characters, never an integer), optional and imported."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, DepartementCode


class Commune(Base):
    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    nom: Mapped[str] = mapped_column(String(200))
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    epci_code: Mapped[str | None] = mapped_column(ForeignKey("epci.code"), index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    import_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_run.id"), index=True)
