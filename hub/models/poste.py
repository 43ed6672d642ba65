"""Poste: one funded position (the unit of the 4,000), vacant, occupied or given back."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.enums import EtatPoste
from hub.models.provenance import IdentifiantSource


class Poste(IdentifiantSource, Base):
    __tablename__ = "poste"
    __table_args__ = (
        CheckConstraint("phase IN (1, 2)", name="phase"),
        CheckConstraint("date_rendu IS NULL OR date_rendu >= date_attribution", name="dates"),
    )

    id: Mapped[UuidPk]
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decision_coselec.id"), index=True)
    etat: Mapped[EtatPoste] = mapped_column(index=True, default=EtatPoste.VACANT)
    phase: Mapped[int] = mapped_column(Integer, default=1)
    date_attribution: Mapped[date]
    date_rendu: Mapped[date | None]
    created_at: Mapped[Created]
