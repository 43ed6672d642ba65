"""The 1–20 thèmes of an activité, one row each, so statistics group by thème in SQL."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base
from hub.models.enums import Theme


class ActiviteTheme(Base):
    __tablename__ = "activite_theme"

    activite_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activite.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[Theme] = mapped_column(primary_key=True, index=True)
