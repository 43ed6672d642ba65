"""Deterministic synthetic data that looks like the programme, at three scales.

Contract used by the CLI and the tests (implemented in the modules of this package):
- `Scale`: demo | departement | national
- `async seed(database, scale, *, departement="57", random_seed=2021) -> SeedReport`
  fills an empty, migrated database in one transaction; raises `SeedError` when it is not empty.
- `async is_seeded(database) -> bool`
"""

from __future__ import annotations

from hub.seed.api import Scale, SeedError, SeedReport, is_seeded, seed

__all__ = ["Scale", "SeedError", "SeedReport", "is_seeded", "seed"]
