"""Grand réseau: a national network (Emmaüs Connect, Groupe SOS…), its members in many départements."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, Created, UuidPk


class Reseau(Base):
    __tablename__ = "reseau"

    id: Mapped[UuidPk]
    # The programme files name a réseau by its name (the structures' `reseau` column): unique, so an
    # import links a structure to the same row whatever the file.
    nom: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[Created]
