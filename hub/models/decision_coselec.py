"""Décision of the national selection committee (coselec): n postes validated in a phase."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.enums import Avis
from hub.models.provenance import IdentifiantSource


class DecisionCoselec(IdentifiantSource, Base):
    __tablename__ = "decision_coselec"
    __table_args__ = (
        CheckConstraint("nb_postes >= 0 AND nb_postes <= 500", name="nb_postes"),
        CheckConstraint("phase IN (1, 2)", name="phase"),
    )

    id: Mapped[UuidPk]
    candidature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidature.id"), index=True)
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    numero: Mapped[int] = mapped_column(Integer)
    avis: Mapped[Avis]
    nb_postes: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date]
    auteur: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[Created]
