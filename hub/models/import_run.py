"""ImportRun: one run of an importer over one file, with its counts (provenance of imported rows)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, UuidPk, utcnow


class ImportRun(Base):
    __tablename__ = "import_run"

    id: Mapped[UuidPk]
    kind: Mapped[str] = mapped_column(String(50), index=True)
    fichier: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    date_fichier: Mapped[date | None]
    debut: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    fin: Mapped[datetime | None]
    statut: Mapped[str] = mapped_column(String(20), default="en_cours")
    inseres: Mapped[int] = mapped_column(Integer, default=0)
    mis_a_jour: Mapped[int] = mapped_column(Integer, default=0)
    inchanges: Mapped[int] = mapped_column(Integer, default=0)
    rejetes: Mapped[int] = mapped_column(Integer, default=0)
    # Re-import of an open data list (docs/imports.md): rows the file no longer holds, rows it holds
    # again after an absence, rows left as they were because the hub holds them from a newer file, and
    # rows kept with a warning (a malformed pivot dropped).
    absents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    revenus: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plus_recents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    avertissements: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    auteur: Mapped[str] = mapped_column(String(200))
