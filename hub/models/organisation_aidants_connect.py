"""Organisation habilitée Aidants Connect, with the démarches its aidants may cover."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource

# The organisations the hub creates itself (`creerOrganisationAidantsConnect`: no source id) are one
# per SIRET, and a unique partial index holds it when two requests race (migration 0028). Imported
# rows are Aidants Connect's own, identified by its uuid (`id_source`): Aidants Connect registers
# several organisations under one SIRET (the sites of one collectivité), so they are left free.
CREEE_DANS_LE_HUB = text("id_source IS NULL")


class OrganisationAidantsConnect(IdentifiantSource, Base):
    __tablename__ = "organisation_aidants_connect"
    __table_args__ = (
        Index(
            "uq_organisation_aidants_connect_siret_hub",
            "siret",
            unique=True,
            sqlite_where=CREEE_DANS_LE_HUB,
            postgresql_where=CREEE_DANS_LE_HUB,
        ),
    )

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
