"""Autorisation: one démarche of a mandat, revocable on its own."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, DepartementCode, UuidPk
from hub.models.enums import Demarche


class Autorisation(Base):
    __tablename__ = "autorisation"
    __table_args__ = (UniqueConstraint("mandat_id", "demarche"),)

    id: Mapped[UuidPk]
    mandat_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mandat.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation_aidants_connect.id"), index=True
    )
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    demarche: Mapped[Demarche] = mapped_column(index=True)
    date_revocation: Mapped[datetime | None]
