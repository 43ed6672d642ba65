"""Plafond départemental: the ceiling of an enveloppe that one département may commit."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Centimes, DepartementCode, UuidPk
from hub.models.provenance import Provenance


class PlafondDepartemental(Provenance, Base):
    __tablename__ = "plafond_departemental"
    __table_args__ = (
        UniqueConstraint("enveloppe_id", "departement_code"),
        CheckConstraint("montant_centimes >= 0", name="montant_positif"),
    )

    id: Mapped[UuidPk]
    enveloppe_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enveloppe.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    montant_centimes: Mapped[Centimes]
