"""Contrat: conseiller × structure × poste; at most one contract in progress per conseiller and poste."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.enums import MotifRupture, StatutContrat, TypeContrat
from hub.models.provenance import IdentifiantSource

_EN_COURS = text("statut IN ('recrute', 'actif')")


class Contrat(IdentifiantSource, Base):
    __tablename__ = "contrat"
    __table_args__ = (
        CheckConstraint("date_fin IS NULL OR date_fin > date_debut", name="dates"),
        CheckConstraint("type <> 'CDI' OR date_fin IS NULL", name="cdi_sans_date_fin"),
        CheckConstraint(
            "(statut = 'rompu') = (date_rupture IS NOT NULL AND motif_rupture IS NOT NULL)",
            name="rupture_complete",
        ),
        Index(
            "uq_contrat_en_cours_conseiller",
            "conseiller_id",
            unique=True,
            sqlite_where=_EN_COURS,
            postgresql_where=_EN_COURS,
        ),
        Index(
            "uq_contrat_en_cours_poste",
            "poste_id",
            unique=True,
            sqlite_where=_EN_COURS,
            postgresql_where=_EN_COURS,
        ),
    )

    id: Mapped[UuidPk]
    conseiller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conseiller.id"), index=True)
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    poste_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poste.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    type: Mapped[TypeContrat]
    statut: Mapped[StatutContrat] = mapped_column(index=True)
    date_debut: Mapped[date]
    date_fin: Mapped[date | None]
    date_rupture: Mapped[date | None]
    motif_rupture: Mapped[MotifRupture | None]
    created_at: Mapped[Created]
