"""Avis préfet on a candidature: history rows, never overwritten."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.enums import Avis
from hub.models.provenance import IdentifiantSource


class AvisPrefet(IdentifiantSource, Base):
    __tablename__ = "avis_prefet"

    id: Mapped[UuidPk]
    candidature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidature.id"), index=True)
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    avis: Mapped[Avis]
    commentaire: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date]
    auteur: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[Created]
