"""Organisation habilitée Aidants Connect, with the démarches its aidants may cover."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource


class OrganisationAidantsConnect(IdentifiantSource, Base):
    __tablename__ = "organisation_aidants_connect"

    id: Mapped[UuidPk]
    siret: Mapped[str] = mapped_column(String(14), index=True)
    nom: Mapped[str] = mapped_column(String(300))
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    structure_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("structure.id"), index=True)
    demarches_autorisees: Mapped[list[str]] = mapped_column(default=list)
    numero_france_services: Mapped[int | None]
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Set when ANCT deactivates the organisation: its aidants create no more mandats (the mandats in
    # force stay revocable) and its responsable manages nothing.
    date_desactivation: Mapped[datetime | None]
    created_at: Mapped[Created]
