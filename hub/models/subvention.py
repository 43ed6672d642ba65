"""Subvention: the grant for one poste (50,000 € by default) under a convention of ≤ 36 months."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Centimes, Created, DepartementCode, UuidPk
from hub.models.provenance import IdentifiantSource

MONTANT_PAR_POSTE_CENTIMES = 50_000_00
# One open convention per poste; a reconventionnement closes the old one (date_cloture) and opens
# the next (hub/services/reconventionnement.py). Loaders join the open one on this unique index.
_OUVERTE = text("date_cloture IS NULL")
DUREE_MAX_CONVENTION_MOIS = 36


class Subvention(IdentifiantSource, Base):
    __tablename__ = "subvention"
    __table_args__ = (
        CheckConstraint("montant_centimes > 0", name="montant_positif"),
        CheckConstraint("date_fin_convention > date_debut_convention", name="dates_convention"),
        CheckConstraint("taux_majoration_pourcent BETWEEN 0 AND 100", name="taux_majoration"),
        CheckConstraint("date_cloture IS NULL OR date_cloture >= date_debut_convention", name="cloture"),
        Index(
            "uq_subvention_ouverte_poste",
            "poste_id",
            unique=True,
            sqlite_where=_OUVERTE,
            postgresql_where=_OUVERTE,
        ),
    )

    id: Mapped[UuidPk]
    poste_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poste.id"), index=True)
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    enveloppe_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enveloppe.id"), index=True)
    montant_centimes: Mapped[Centimes] = mapped_column(default=MONTANT_PAR_POSTE_CENTIMES)
    # The overseas majoration (%) included in `montant_centimes`, as it was when the convention was
    # signed (the settings may change later; the convention does not).
    taux_majoration_pourcent: Mapped[int] = mapped_column(default=0, server_default="0")
    date_debut_convention: Mapped[date]
    date_fin_convention: Mapped[date]
    # Closed by a reconventionnement (the day the next convention starts); null while open.
    date_cloture: Mapped[date | None]
    created_at: Mapped[Created]
