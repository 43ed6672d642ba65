"""The régions a hub territorial covers (written by ANCT and trusted jobs only: they are its scope)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base


class HubTerritorialRegion(Base):
    __tablename__ = "hub_territorial_region"

    hub_territorial_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub_territorial.id"), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(3), ForeignKey("region.code"), primary_key=True)
