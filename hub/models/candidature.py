"""Candidature: a structure's request for n postes (phase 1, or a later phase-2 avenant)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource


class Candidature(IdentifiantSource, Base):
    __tablename__ = "candidature"
    __table_args__ = (
        CheckConstraint("nb_postes_souhaites BETWEEN 1 AND 500", name="nb_postes_souhaites"),
        CheckConstraint("phase IN (1, 2)", name="phase"),
    )

    id: Mapped[UuidPk]
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    nb_postes_souhaites: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int] = mapped_column(Integer, default=1)
    date_depot: Mapped[date]
    created_at: Mapped[Created]
