"""Token buckets in cost points, one per client: the in-process store and the interface of shared ones.

A bucket holds at most `capacity` points and refills continuously at `capacity / window` points per
second (Shopify's leaky bucket seen from the other side). `take` removes points only when all of
them are there; `give_back` returns unused points. The in-process store is per worker: with N
workers a client may get up to N buckets (docs/limites.md); `PostgresBuckets` shares one.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Reading:
    """A bucket after an operation: was it allowed, points left, seconds until `wanted` points are back."""

    allowed: bool
    available: float
    wait_seconds: float


class TokenBuckets(Protocol):
    capacity: int
    window_seconds: int

    async def take(self, key: str, points: int) -> Reading: ...

    async def give_back(self, key: str, points: int) -> Reading: ...


class BucketRates:
    """The arithmetic every store shares."""

    def __init__(self, capacity: int, window_seconds: int) -> None:
        self.capacity = capacity
        self.window_seconds = window_seconds
        self.rate = capacity / window_seconds

    def refilled(self, points: float, elapsed: float) -> float:
        return min(float(self.capacity), points + max(0.0, elapsed) * self.rate)

    def wait_for(self, available: float, wanted: int) -> float:
        return max(0.0, (wanted - available) / self.rate)

    def seconds_to_full(self, available: float) -> int:
        return math.ceil(self.wait_for(available, self.capacity))


@dataclass(slots=True)
class _Bucket:
    points: float
    updated: float


class MemoryBuckets(BucketRates):
    """Buckets in this process. Full buckets are forgotten (a full bucket and no bucket are the same),
    and at most `max_keys` are kept, the least recently used going first."""

    def __init__(
        self,
        capacity: int,
        window_seconds: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        super().__init__(capacity, window_seconds)
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    async def take(self, key: str, points: int) -> Reading:
        bucket = self._current(key)
        if bucket.points >= points:
            bucket.points -= points
            return Reading(True, bucket.points, 0.0)
        return Reading(False, bucket.points, self.wait_for(bucket.points, points))

    async def give_back(self, key: str, points: int) -> Reading:
        bucket = self._current(key)
        bucket.points = min(float(self.capacity), bucket.points + points)
        return Reading(True, bucket.points, 0.0)

    def _current(self, key: str) -> _Bucket:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            self._forget_some()
            bucket = self._buckets[key] = _Bucket(float(self.capacity), now)
        else:
            bucket.points = self.refilled(bucket.points, now - bucket.updated)
            bucket.updated = now
            self._buckets.move_to_end(key)
        return bucket

    def _forget_some(self) -> None:
        """Make room for one more key."""
        if len(self._buckets) < self.max_keys:
            return
        now = self.clock()
        for key in [
            k for k, b in self._buckets.items() if self.refilled(b.points, now - b.updated) >= self.capacity
        ]:
            del self._buckets[key]
        while len(self._buckets) >= self.max_keys:
            self._buckets.popitem(last=False)
