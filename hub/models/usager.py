"""Usager of Aidants Connect, pseudonymised: a keyed hash of the FranceConnect sub and a birth year."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, UuidPk


class Usager(Base):
    __tablename__ = "usager"
    __table_args__ = (CheckConstraint("annee_naissance BETWEEN 1900 AND 2100", name="annee_naissance"),)

    id: Mapped[UuidPk]
    # HMAC-SHA256 of the FranceConnect `sub` under a hub secret: no name, no birth date is stored.
    pseudonyme: Mapped[str] = mapped_column(String(64), unique=True)
    annee_naissance: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[Created]
