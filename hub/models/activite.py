"""Activité (compte-rendu d'activité, CRA): one session, counts only, never an usager's identity."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, UuidPk
from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE, Canal, TypeActivite
from hub.models.provenance import IdentifiantSource

_AGES = " + ".join(f"age_{t}" for t in TRANCHES_AGE)
_STATUTS = " + ".join(f"statut_{s}" for s in STATUTS_USAGER)
_NON_NEGATIFS = " AND ".join(
    f"{c} >= 0" for c in [f"age_{t}" for t in TRANCHES_AGE] + [f"statut_{s}" for s in STATUTS_USAGER]
)


class Activite(IdentifiantSource, Base):
    __tablename__ = "activite"
    __table_args__ = (
        CheckConstraint("nb_participants BETWEEN 1 AND 100", name="nb_participants"),
        CheckConstraint("nb_participants_recurrents BETWEEN 0 AND nb_participants", name="recurrents"),
        CheckConstraint(f"{_AGES} = nb_participants", name="ages_somme"),
        CheckConstraint(f"{_STATUTS} = nb_participants", name="statuts_somme"),
        CheckConstraint(_NON_NEGATIFS, name="buckets_positifs"),
        CheckConstraint("duree_minutes BETWEEN 1 AND 1440", name="duree"),
        CheckConstraint("date >= '2020-01-01'", name="date_min"),
        UniqueConstraint("conseiller_id", "cle_idempotence"),
        Index("ix_activite_departement_date", "departement_code", "date"),
        Index("ix_activite_structure_date", "structure_id", "date"),
        Index("ix_activite_conseiller_date", "conseiller_id", "date"),
    )

    id: Mapped[UuidPk]
    conseiller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conseiller.id"))
    structure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("structure.id"))
    lieu_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lieu.id"), index=True)
    # Not indexed alone: ix_activite_departement_date serves département filters.
    departement_code: Mapped[str] = mapped_column(String(3), ForeignKey("departement.code"))
    date: Mapped[dt.date] = mapped_column(index=True)
    canal: Mapped[Canal]
    type: Mapped[TypeActivite]
    duree_minutes: Mapped[int] = mapped_column(Integer)
    nb_participants: Mapped[int] = mapped_column(Integer)
    nb_participants_recurrents: Mapped[int] = mapped_column(Integer, default=0)
    age_moins12ans: Mapped[int] = mapped_column(Integer, default=0)
    age_de12a18ans: Mapped[int] = mapped_column(Integer, default=0)
    age_de18a35ans: Mapped[int] = mapped_column(Integer, default=0)
    age_de35a60ans: Mapped[int] = mapped_column(Integer, default=0)
    age_plus60ans: Mapped[int] = mapped_column(Integer, default=0)
    statut_etudiant: Mapped[int] = mapped_column(Integer, default=0)
    statut_sans_emploi: Mapped[int] = mapped_column(Integer, default=0)
    statut_en_emploi: Mapped[int] = mapped_column(Integer, default=0)
    statut_retraite: Mapped[int] = mapped_column(Integer, default=0)
    statut_heterogene: Mapped[int] = mapped_column(Integer, default=0)
    reorientations: Mapped[list[str]] = mapped_column(default=list)
    code_commune: Mapped[str] = mapped_column(String(5))
    cle_idempotence: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[Created]
    corrige_le: Mapped[dt.datetime | None]
