"""Lieu de médiation numérique, in the fields of the national standard (pivot SIRET/RNA)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk


class Lieu(Base):
    __tablename__ = "lieu"
    __table_args__ = (
        UniqueConstraint("source", "source_id"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
        # Lieux near a point (`lieux(filtre: {pres: …})`): a bounding box on both coordinates.
        Index("ix_lieu_latitude_longitude", "latitude", "longitude"),
    )

    id: Mapped[UuidPk]
    source: Mapped[str] = mapped_column(String(100))
    source_id: Mapped[str] = mapped_column(String(200))
    nom: Mapped[str] = mapped_column(String(300), index=True)
    pivot: Mapped[str | None] = mapped_column(String(14), index=True)
    structure_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    adresse: Mapped[str] = mapped_column(String(500))
    code_postal: Mapped[str] = mapped_column(String(5))
    commune: Mapped[str] = mapped_column(String(200))
    code_insee: Mapped[str | None] = mapped_column(String(5))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    services: Mapped[list[str]] = mapped_column(default=list)
    publics: Mapped[list[str]] = mapped_column(default=list)
    frais: Mapped[list[str]] = mapped_column(default=list)
    dispositifs: Mapped[list[str]] = mapped_column(default=list)
    horaires: Mapped[str | None] = mapped_column(Text)
    telephone: Mapped[str | None] = mapped_column(String(30))
    courriel: Mapped[str | None] = mapped_column(String(200))
    site_web: Mapped[str | None] = mapped_column(String(500))
    date_maj: Mapped[date]
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
