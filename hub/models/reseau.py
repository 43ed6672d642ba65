"""Grand réseau: a national network (Emmaüs Connect, Groupe SOS…), its members in many départements."""

from __future__ import annotations

import uuid

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


def id_du_reseau(nom: str) -> uuid.UUID:
    """A réseau's id from its name (UUID v5): the seed and every import of the programme files give
    the same row the same id, so a structure's link survives a round trip through the files."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:inclusion-hub:reseau:{nom}")
