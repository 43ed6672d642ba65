"""Lieux near a point: `lieux(filtre: {pres: …}, tri: DISTANCE)`, one SQL statement per page.

The radius is first a bounding box on latitude and longitude (index ix_lieu_latitude_longitude), then
a circle on the equirectangular distance, exact enough at the scale of a département (< 0.5 % error
under 200 km outside the poles). Pages by distance use a keyset on (distance², id), like every other
list: the cursor carries the centre, so it cannot be replayed around another point. `last`/`before`
read the same keyset backwards (schema/pagination.py).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import strawberry
from sqlalchemy import ColumnElement, Float, Row, cast, literal, tuple_

from auth.policy import readable_rows
from hub.models import Lieu
from schema.batching import lignes
from schema.context import Context
from schema.errors import bad_user_input
from schema.pagination import Connection, Edge, count_of, decouper, page_info, taille_de_page
from schema.prechargement import noeuds, precharger

KM_PAR_DEGRE = 111.32
RAYON_MAX_KM = 200.0


@strawberry.input(description="Un point et un rayon : les lieux situés à moins de `rayonKm` de ce point.")
class PresInput:
    latitude: float
    longitude: float
    rayon_km: float = strawberry.field(default=10.0, description="Rayon en kilomètres (> 0, au plus 200).")


@dataclass(frozen=True)
class Centre:
    """A validated point and radius, with the SQL expressions of the distance to it."""

    latitude: float
    longitude: float
    rayon_km: float

    @classmethod
    def de(cls, pres: PresInput, champ: str = "filtre.pres") -> Centre:
        if not -90 <= pres.latitude <= 90:
            raise bad_user_input(
                f"`{champ}.latitude` doit être comprise entre -90 et 90.", f"{champ}.latitude"
            )
        if not -180 <= pres.longitude <= 180:
            raise bad_user_input(
                f"`{champ}.longitude` doit être comprise entre -180 et 180.", f"{champ}.longitude"
            )
        if not 0 < pres.rayon_km <= RAYON_MAX_KM:
            raise bad_user_input(
                f"`{champ}.rayonKm` doit être compris entre 0 (exclu) et {RAYON_MAX_KM:g}.",
                f"{champ}.rayonKm",
            )
        return cls(pres.latitude, pres.longitude, pres.rayon_km)

    @property
    def _km_par_degre_de_longitude(self) -> float:
        return KM_PAR_DEGRE * max(math.cos(math.radians(self.latitude)), 0.01)

    def distance2(self) -> ColumnElement[float]:
        """Squared distance in km² (monotonic with the distance; no square root needed to sort)."""
        dx = (Lieu.longitude - self.longitude) * self._km_par_degre_de_longitude
        dy = (Lieu.latitude - self.latitude) * KM_PAR_DEGRE
        return cast(dx * dx + dy * dy, Float)

    def conditions(self) -> list[ColumnElement[bool]]:
        dlat = self.rayon_km / KM_PAR_DEGRE
        dlon = self.rayon_km / self._km_par_degre_de_longitude
        return [
            Lieu.latitude.between(self.latitude - dlat, self.latitude + dlat),
            Lieu.longitude.between(self.longitude - dlon, self.longitude + dlon),
            self.distance2() <= self.rayon_km * self.rayon_km,
        ]

    def distance_km(self, lieu: Lieu) -> float | None:
        if lieu.latitude is None or lieu.longitude is None:
            return None
        dx = (lieu.longitude - self.longitude) * self._km_par_degre_de_longitude
        dy = (lieu.latitude - self.latitude) * KM_PAR_DEGRE
        return math.hypot(dx, dy)


def _lignes(rows: Sequence[Row[Any]]) -> list[tuple[Lieu, float]]:
    """(lieu, distance²) rows (the statement adds one column after the lieu's own columns)."""
    return list(zip(lignes(rows, Lieu), (float(row[-1]) for row in rows), strict=True))


def _curseur(centre: Centre, distance2: float, ident: uuid.UUID) -> str:
    brut = json.dumps(["lieux", "DISTANCE", [centre.latitude, centre.longitude], [distance2, str(ident)]])
    return base64.urlsafe_b64encode(brut.encode()).decode("ascii").rstrip("=")


def _cle(curseur: str, centre: Centre, argument: str) -> tuple[float, uuid.UUID]:
    """The (distance², id) of a cursor around `centre`; BAD_USER_INPUT on `argument` otherwise."""
    refus = bad_user_input(
        f"`{argument}` n'est pas un curseur de la liste `lieux` triée par DISTANCE.", argument
    )
    try:
        brut = base64.urlsafe_b64decode((curseur + "=" * (-len(curseur) % 4)).encode("ascii"))
        nom, tri, point, (distance2, ident) = json.loads(brut)
        if [nom, tri, point] != ["lieux", "DISTANCE", [centre.latitude, centre.longitude]]:
            raise ValueError("another list or another centre")
        if isinstance(distance2, bool) or not isinstance(distance2, int | float):
            raise TypeError("distance")
        if not math.isfinite(float(distance2)) or distance2 < 0:
            raise ValueError("distance")
        return float(distance2), uuid.UUID(str(ident))
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeError):
        raise refus from None


async def lieux_par_distance(
    info: strawberry.Info,
    centre: Centre,
    conditions: list[ColumnElement[bool]],
    to_node: Any,
    *,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[Any]:
    """One page of the readable lieux within the radius, nearest first (ties by id); with `last`,
    the farthest ones (before `before`), read farthest first and returned nearest first."""
    context: Context = info.context
    taille, arriere = taille_de_page(info, first, last)
    apres = None if after is None else _cle(after, centre, "after")
    avant = None if before is None else _cle(before, centre, "before")
    distance2 = centre.distance2()
    statement = readable_rows(Lieu, context.principal).where(*conditions)
    paged = statement.add_columns(distance2)
    cle = tuple_(distance2, Lieu.id)
    if apres is not None:
        paged = paged.where(cle > _valeurs(apres))
    if avant is not None:
        paged = paged.where(cle < _valeurs(avant))
    ordre = (distance2.desc(), Lieu.id.desc()) if arriere else (distance2.asc(), Lieu.id.asc())
    result = await context.db.lignes(paged.order_by(*ordre).limit(taille + 1))
    rows, encore = decouper(_lignes(result.all()), taille, arriere)
    await precharger(info, Lieu, [lieu for lieu, _ in rows], noeuds(info))
    edges = []
    for lieu, d2 in rows:
        curseur = partial(_curseur, centre, d2, lieu.id)
        edges.append(Edge(curseur=curseur, node=to_node(lieu, math.sqrt(max(d2, 0.0)))))

    async def counter() -> int:
        return int((await context.db.execute(count_of(statement))).scalar_one())

    return Connection(edges=edges, page_info=page_info(edges, encore, arriere), counter=counter)


def _valeurs(cle: tuple[float, uuid.UUID]) -> ColumnElement[Any]:
    return tuple_(literal(cle[0], Float), literal(cle[1], Lieu.id.type))


__all__ = ["Centre", "PresInput", "lieux_par_distance"]
