"""Coordination: a coordinateur (a conseiller on a coordination poste) coordinates a conseiller."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk


class Coordination(Base):
    __tablename__ = "coordination"
    __table_args__ = (
        CheckConstraint("coordinateur_id <> conseiller_id", name="pas_soi_meme"),
        CheckConstraint("date_fin IS NULL OR date_fin >= date_debut", name="dates"),
        # At most one coordination in progress per pair: creating it twice changes nothing.
        Index(
            "uq_coordination_en_cours",
            "coordinateur_id",
            "conseiller_id",
            unique=True,
            sqlite_where=text("date_fin IS NULL"),
            postgresql_where=text("date_fin IS NULL"),
        ),
    )

    id: Mapped[UuidPk]
    coordinateur_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conseiller.id"), index=True)
    conseiller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conseiller.id"), index=True)
    # The coordinated conseiller's département (denormalised): which préfecture manages the relation.
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    date_debut: Mapped[date]
    date_fin: Mapped[date | None]
    created_at: Mapped[Created]
