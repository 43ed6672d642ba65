"""Versement: one of the (at most 3) tranches paid on a subvention; Σ versements ≤ montant."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Centimes, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource


class Versement(IdentifiantSource, Base):
    __tablename__ = "versement"
    __table_args__ = (
        UniqueConstraint("subvention_id", "numero"),
        CheckConstraint("numero BETWEEN 1 AND 3", name="numero_tranche"),
        CheckConstraint("montant_centimes > 0", name="montant_positif"),
    )

    id: Mapped[UuidPk]
    subvention_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subvention.id"), index=True)
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    numero: Mapped[int] = mapped_column(Integer)
    montant_centimes: Mapped[Centimes]
    date: Mapped[dt.date]
    created_at: Mapped[Created]
