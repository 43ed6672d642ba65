"""Temporary stub replaced by the synthetic-data generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hub.db import Database


class Scale(StrEnum):
    DEMO = "demo"
    DEPARTEMENT = "departement"
    NATIONAL = "national"


class SeedError(Exception):
    pass


@dataclass
class SeedReport:
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return "\n".join(f"{table}: {count}" for table, count in self.rows.items())


async def is_seeded(database: Database) -> bool:
    return False


async def seed(
    database: Database, scale: Scale, *, departement: str = "57", random_seed: int = 2021
) -> SeedReport:
    return SeedReport()
