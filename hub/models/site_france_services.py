"""France Services site (id_fs of the ANCT list), principal or antenne."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.enums import FormatFranceServices, TypeSiteFranceServices


class SiteFranceServices(Base):
    __tablename__ = "site_france_services"
    __table_args__ = (
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
    )

    id: Mapped[UuidPk]
    id_fs: Mapped[int] = mapped_column(Integer, unique=True)
    source: Mapped[str] = mapped_column(String(100), default="anct-france-services")
    nom: Mapped[str] = mapped_column(String(300), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    structure_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("structure.id"), index=True)
    adresse: Mapped[str] = mapped_column(String(500))
    code_postal: Mapped[str] = mapped_column(String(5))
    commune: Mapped[str] = mapped_column(String(200))
    code_insee: Mapped[str] = mapped_column(String(5))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    type: Mapped[TypeSiteFranceServices] = mapped_column(index=True)
    format: Mapped[FormatFranceServices] = mapped_column(index=True)
    date_labellisation: Mapped[date | None]
    horaires: Mapped[dict[str, Any]] = mapped_column(default=dict)
    telephone: Mapped[str | None] = mapped_column(String(30))
    courriel: Mapped[str | None] = mapped_column(String(200))
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Provenance: the import run that last wrote this row and the date of its source file.
    import_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_run.id"), index=True)
    date_source: Mapped[date | None]
    # Re-import: a newer file of the same source that no longer holds the row marks it absent (the
    # file's date, the run); it stays, out of the current lists and figures, until a file has it again.
    absent_depuis: Mapped[date | None]
    absent_import_run_id: Mapped[uuid.UUID | None]
    created_at: Mapped[Created]
    updated_at: Mapped[datetime | None]
