"""Structure accueillante: the legal entity (SIRET) that applies for and hosts conseillers."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.departement import Departement
from hub.models.enums import StatutStructure, TypeStructure
from hub.models.provenance import IdentifiantSource


class Structure(IdentifiantSource, Base):
    __tablename__ = "structure"
    __table_args__ = (
        CheckConstraint("length(siret) = 14", name="siret_14_chiffres"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
    )

    id: Mapped[UuidPk]
    siret: Mapped[str] = mapped_column(String(14), unique=True)
    nom: Mapped[str] = mapped_column(String(300), index=True)
    type: Mapped[TypeStructure] = mapped_column(index=True)
    statut: Mapped[StatutStructure] = mapped_column(index=True, default=StatutStructure.CREEE)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    code_commune: Mapped[str | None] = mapped_column(String(5))
    adresse: Mapped[str | None] = mapped_column(String(500))
    code_postal: Mapped[str | None] = mapped_column(String(5))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    zrr: Mapped[bool] = mapped_column(Boolean, default=False)
    qpv: Mapped[bool] = mapped_column(Boolean, default=False)
    reseau: Mapped[str | None] = mapped_column(String(200))
    # Its membership in a grand réseau (the row `reseau` names; set by ANCT or the programme import):
    # the grand réseau reads the structure, its postes and its conseillers, wherever they are.
    reseau_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reseau.id"), index=True)
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[Created]
    updated_at: Mapped[datetime | None]

    departement: Mapped[Departement] = relationship(lazy="raise")
