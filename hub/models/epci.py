"""EPCI à fiscalité propre (SIREN), imported from the découpage administratif."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base


class Epci(Base):
    __tablename__ = "epci"

    code: Mapped[str] = mapped_column(String(9), primary_key=True)
    nom: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(10))
    population: Mapped[int | None] = mapped_column(Integer)
    import_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_run.id"), index=True)
