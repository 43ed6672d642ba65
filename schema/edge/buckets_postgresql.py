"""Token buckets shared by every worker and host, in PostgreSQL (migration 0005, `limites.seau`).

`take` is one statement: an upsert that refills the bucket from the database's clock, removes the
points only if they are all there, and says whether it did (`accepte`). Row locking of the upsert
makes concurrent takes of one client serialise; other clients never wait. Each call is one
autocommit round trip outside the request's transaction (a refused request rolls nothing back).
Rows of buckets left untouched for a whole window are full, so they are deleted now and then.
"""

# ruff: noqa: S608 - the SQL is assembled from this module's own constants; values are bound parameters

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Float, String, bindparam, text

from hub.db import Database
from schema.edge.buckets import BucketRates, Reading

# Typed parameters: PostgreSQL cannot guess the type of `:capacity - :points` on its own.
_TYPED: list[BindParameter[Any]] = [bindparam(n, type_=Float()) for n in ("points", "capacity", "rate")]
_TYPED.append(bindparam("key", type_=String()))
_NOW = "extract(epoch FROM now())"
_REFILLED = f"least(:capacity, limites.seau.points + ({_NOW} - limites.seau.maj) * :rate)"
TAKE = text(
    "INSERT INTO limites.seau (cle, points, maj, accepte) "
    f"VALUES (:key, :capacity - :points, {_NOW}, true) "
    "ON CONFLICT (cle) DO UPDATE SET "
    f"points = CASE WHEN {_REFILLED} >= :points THEN {_REFILLED} - :points ELSE {_REFILLED} END, "
    f"accepte = {_REFILLED} >= :points, "
    f"maj = {_NOW} "
    "RETURNING points, accepte"
).bindparams(*_TYPED)
GIVE_BACK = text(
    "UPDATE limites.seau SET points = least(:capacity, points + :points) WHERE cle = :key RETURNING points"
).bindparams(*[p for p in _TYPED if p.key != "rate"])
FORGET = text(f"DELETE FROM limites.seau WHERE maj < {_NOW} - :window").bindparams(
    bindparam("window", type_=Float())
)
FORGET_EVERY = 1000


class PostgresBuckets(BucketRates):
    def __init__(self, database: Database, capacity: int, window_seconds: int) -> None:
        super().__init__(capacity, window_seconds)
        self.database = database
        self._takes = 0

    async def take(self, key: str, points: int) -> Reading:
        parameters = {
            "key": key,
            "points": float(points),
            "capacity": float(self.capacity),
            "rate": self.rate,
        }
        async with self.database.engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            available, allowed = (await autocommit.execute(TAKE, parameters)).one()
            self._takes += 1
            if self._takes % FORGET_EVERY == 0:
                await autocommit.execute(FORGET, {"window": float(self.window_seconds)})
        wait = 0.0 if allowed else self.wait_for(available, points)
        return Reading(bool(allowed), float(available), wait)

    async def give_back(self, key: str, points: int) -> Reading:
        parameters = {"key": key, "points": float(points), "capacity": float(self.capacity)}
        async with self.database.engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            row = (await autocommit.execute(GIVE_BACK, parameters)).first()
        return Reading(True, float(row[0]) if row else float(self.capacity), 0.0)
