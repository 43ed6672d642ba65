"""Avenant: a structure's request to change its convention (postes added, one given back)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, DepartementCode, UuidPk
from hub.models.enums import Avis, StatutAvenant, TypeAvenant

# One request under instruction at a time: one ajout per structure, one rendu per poste. A unique
# partial index, so that two requests sent at once cannot both pass (CONFLICT for the second).
_AJOUT_EN_INSTRUCTION = text("type = 'ajout_poste' AND statut = 'demande'")
_RENDU_EN_INSTRUCTION = text("type = 'rendu_poste' AND statut = 'demande'")


class Avenant(Base):
    __tablename__ = "avenant"
    __table_args__ = (
        CheckConstraint("nb_postes BETWEEN 1 AND 500", name="nb_postes"),
        CheckConstraint("type <> 'rendu_poste' OR (poste_id IS NOT NULL AND nb_postes = 1)", name="rendu"),
        CheckConstraint("(avis_prefet IS NULL) = (date_avis_prefet IS NULL)", name="avis_complet"),
        CheckConstraint("(statut = 'demande') = (date_decision IS NULL)", name="decision_complete"),
        Index(
            "uq_avenant_ajout_en_instruction",
            "structure_id",
            unique=True,
            sqlite_where=_AJOUT_EN_INSTRUCTION,
            postgresql_where=_AJOUT_EN_INSTRUCTION,
        ),
        Index(
            "uq_avenant_rendu_en_instruction",
            "poste_id",
            unique=True,
            sqlite_where=_RENDU_EN_INSTRUCTION,
            postgresql_where=_RENDU_EN_INSTRUCTION,
        ),
    )

    id: Mapped[UuidPk]
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"), index=True)
    departement_code: Mapped[DepartementCode] = mapped_column(ForeignKey("departement.code"))
    type: Mapped[TypeAvenant]
    statut: Mapped[StatutAvenant] = mapped_column(index=True, default=StatutAvenant.DEMANDE)
    nb_postes: Mapped[int] = mapped_column(Integer)
    # The poste given back (rendu de poste); null for an ajout.
    poste_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("poste.id"), index=True)
    motif: Mapped[str] = mapped_column(Text)
    date_demande: Mapped[dt.date]
    # The préfet's avis (ajout de poste): given once, never overwritten.
    avis_prefet: Mapped[Avis | None]
    commentaire_prefet: Mapped[str] = mapped_column(Text, default="")
    date_avis_prefet: Mapped[dt.date | None]
    auteur_avis_prefet: Mapped[str | None] = mapped_column(String(200))
    # ANCT's decision: the postes validated (ajout), or the poste rendu.
    nb_postes_accordes: Mapped[int | None] = mapped_column(Integer)
    date_decision: Mapped[dt.date | None]
    auteur_decision: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[Created]
