"""Which conseillers work at which lieux (n–n)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base


class LieuConseiller(Base):
    __tablename__ = "lieu_conseiller"

    lieu_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lieu.id"), primary_key=True)
    conseiller_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("conseiller.id"), primary_key=True, index=True
    )
