"""Seeded random streams: the only source of randomness (and of UUIDs) of the generator."""

from __future__ import annotations

import random
import uuid
from bisect import bisect
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")

# The generator's "today": data stops on this day whatever the clock says, so runs are reproducible.
AUJOURD_HUI = date(2025, 12, 31)
DEBUT_ACTIVITES = date(2021, 1, 1)


class Rng(random.Random):
    """A `random.Random` seeded from the run's seed and a stream name, plus the draws the seed needs."""

    @classmethod
    def stream(cls, random_seed: int, *names: str) -> Rng:
        # A string seed is hashed with SHA-512 by `random`: independent, reproducible streams per name.
        return cls("/".join((str(random_seed), *names)))

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.getrandbits(128), version=4)

    def day_between(self, start: date, end: date) -> date:
        """A day in [start, end] (both included)."""
        return start + timedelta(days=self.randint(0, max(0, (end - start).days)))

    def instant(self, day: date) -> datetime:
        """A UTC instant during office hours of `day`."""
        moment = time(self.randint(7, 17), self.randrange(60), self.randrange(60))
        return datetime.combine(day, moment, tzinfo=UTC)

    def chance(self, probability: float) -> bool:
        return self.random() < probability


class Weighted(Generic[T]):
    """A fixed population with weights, drawn from in O(log n) (cumulative weights computed once)."""

    def __init__(self, population: Sequence[T], weights: Sequence[float]) -> None:
        if len(population) != len(weights) or not population:
            raise ValueError("a weighted population needs as many weights as values, and at least one")
        self.population = tuple(population)
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]

    @classmethod
    def of(cls, pairs: Sequence[tuple[T, float]]) -> Weighted[T]:
        return cls([value for value, _ in pairs], [weight for _, weight in pairs])

    def draw(self, rng: random.Random) -> T:
        return self.population[bisect(self._cumulative, rng.random() * self._total)]

    def distinct(self, rng: random.Random, k: int) -> list[T]:
        """k different values, likelier ones first more often (k is capped at the population size)."""
        k = min(k, len(self.population))
        chosen: list[T] = []
        while len(chosen) < k:
            value = self.draw(rng)
            if value not in chosen:
                chosen.append(value)
        return chosen


def add_months(day: date, months: int) -> date:
    """`day` plus a number of months, clamped to the end of shorter months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")
