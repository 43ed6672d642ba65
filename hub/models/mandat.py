"""Mandat: an aidant's organisation acts for an usager on listed démarches, for 1/31/182/365 days."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource


class Mandat(IdentifiantSource, Base):
    __tablename__ = "mandat"
    __table_args__ = (
        CheckConstraint("duree_jours IN (1, 31, 182, 365)", name="duree_jours"),
        CheckConstraint("date_expiration > date_creation", name="dates"),
    )

    id: Mapped[UuidPk]
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation_aidants_connect.id"), index=True
    )
    usager_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("usager.id"), index=True)
    aidant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aidant.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    duree_jours: Mapped[int] = mapped_column(Integer)
    date_creation: Mapped[datetime]
    date_expiration: Mapped[datetime] = mapped_column(index=True)
    a_distance: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[Created]
