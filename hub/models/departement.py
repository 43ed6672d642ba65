"""Département (code "01"…"95", "2A", "2B", "971"…"976") or collectivité d'outre-mer (975, 977, 978,
986, 987, 988): the unit of prefectoral scope. A COM belongs to no région."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base
from hub.models.region import Region


class Departement(Base):
    __tablename__ = "departement"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    nom: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"), index=True)
    # 'metropole', 'drom' or 'com' (hub.referentiel.territoires.zone)
    zone: Mapped[str] = mapped_column(String(10), default="metropole", server_default="metropole")
    # The simplified outline (a GeoJSON Polygon or MultiPolygon, WGS84), from `import
    # contours-departements`; deferred: only the département's map reads it.
    contour: Mapped[str | None] = mapped_column(Text, deferred=True)

    region: Mapped[Region | None] = relationship(lazy="raise")
