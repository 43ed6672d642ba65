"""Aidant habilité of an organisation Aidants Connect (nom, prénom, email are personal data)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource


class Aidant(IdentifiantSource, Base):
    __tablename__ = "aidant"

    id: Mapped[UuidPk]
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation_aidants_connect.id"), index=True
    )
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    nom: Mapped[str] = mapped_column(String(100))
    prenom: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    peut_creer_mandats: Mapped[bool] = mapped_column(Boolean, default=True)
    # The organisation's manager: creates, habilitates and deactivates its other aidants (the write
    # rule of auth.policy_ecriture). Only ANCT names one.
    responsable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Set when the aidant is deactivated (it then creates no mandat and manages nothing); cleared when
    # it is habilitated again. The journal keeps the history.
    date_desactivation: Mapped[datetime | None]
    conseiller_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conseiller.id"), index=True)
    created_at: Mapped[Created]
