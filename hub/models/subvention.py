"""Subvention: the grant for one poste (50,000 € by default) under a convention of ≤ 36 months."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Centimes, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource

MONTANT_PAR_POSTE_CENTIMES = 50_000_00
DUREE_MAX_CONVENTION_MOIS = 36


class Subvention(IdentifiantSource, Base):
    __tablename__ = "subvention"
    __table_args__ = (
        CheckConstraint("montant_centimes > 0", name="montant_positif"),
        CheckConstraint("date_fin_convention > date_debut_convention", name="dates_convention"),
        CheckConstraint("taux_majoration_pourcent BETWEEN 0 AND 100", name="taux_majoration"),
    )

    id: Mapped[UuidPk]
    poste_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poste.id"), unique=True)
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    enveloppe_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enveloppe.id"), index=True)
    montant_centimes: Mapped[Centimes] = mapped_column(default=MONTANT_PAR_POSTE_CENTIMES)
    # The overseas majoration (%) included in `montant_centimes`, as it was when the convention was
    # signed (the settings may change later; the convention does not).
    taux_majoration_pourcent: Mapped[int] = mapped_column(default=0, server_default="0")
    date_debut_convention: Mapped[date]
    date_fin_convention: Mapped[date]
    created_at: Mapped[Created]
