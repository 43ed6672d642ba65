"""Enveloppe: a programme budget line (the 250 M€ of France Relance split by purpose)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Centimes, UuidPk
from hub.models.enums import ObjetEnveloppe
from hub.models.provenance import Provenance


class Enveloppe(Provenance, Base):
    __tablename__ = "enveloppe"
    __table_args__ = (CheckConstraint("montant_centimes > 0", name="montant_positif"),)

    id: Mapped[UuidPk]
    code: Mapped[str] = mapped_column(String(50), unique=True)
    libelle: Mapped[str] = mapped_column(String(300))
    montant_centimes: Mapped[Centimes]
    # Each line funds what it is for: only a POSTES enveloppe conventionne a poste, and only its
    # plafonds are the postes' budget in the statistics (the kits and Aidants Connect lines are not).
    objet: Mapped[ObjetEnveloppe] = mapped_column(
        default=ObjetEnveloppe.POSTES, server_default=ObjetEnveloppe.POSTES.value
    )
