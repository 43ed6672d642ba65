"""Conseiller numérique: a person; nom, prénom, email and téléphone are personal data."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource

# Guarded by auth.policy: only anct, the département's préfecture, the employer and the person read them.
CHAMPS_PERSONNELS = ("nom", "prenom", "email", "telephone")


class Conseiller(IdentifiantSource, Base):
    __tablename__ = "conseiller"

    # The random UUID is the pseudonymous public id: it says nothing about the person.
    id: Mapped[UuidPk]
    nom: Mapped[str] = mapped_column(String(100))
    prenom: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200), unique=True)
    telephone: Mapped[str | None] = mapped_column(String(20))
    # Scope: the département and structure of the current employer (denormalised from the contract).
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    structure_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("structure.id"), index=True)
    date_debut_formation: Mapped[date | None]
    date_fin_formation: Mapped[date | None]
    certifie: Mapped[bool] = mapped_column(Boolean, default=False)
    est_coordinateur: Mapped[bool] = mapped_column(Boolean, default=False)
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[Created]
