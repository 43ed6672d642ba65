"""Garbage-collector settings for a serving process (a uvicorn worker), applied once at start-up.

Measured on a préfecture's list of 100 conseillers (bench/RESULTS.md, docs/performance.md): with
CPython's defaults a request triggered about three young collections, and every ~60 requests a full
collection walked the ~160,000 objects of the loaded application (modules, schema, mappers) for
~90 ms: ~2.7 ms per request on average and the p99 spikes. Two changes:

- `gc.freeze()` after start-up moves what exists then (the application itself, alive until the
  process ends) out of the collector's generations: full collections no longer walk it;
- a young-generation threshold of 10,000 allocations instead of 700: one request's objects (rows,
  GraphQL values) are mostly freed by reference counting before a collection runs.

Together: ~0.4 ms of collection per request. Cyclic garbage is still collected (the request context
and its loaders are unlinked at the end of each operation, schema/transaction.py, so little is left).
"""

from __future__ import annotations

import gc

JEUNES = 10_000  # allocations before a young collection (CPython's default: 700)
INTERMEDIAIRES = 20  # young collections before an intermediate one (default: 10)
ANCIENNES = 10  # intermediate collections before a full one (default: 10)


def regler_pour_un_serveur() -> None:
    """Freeze the objects of the started application and raise the young-generation threshold."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(JEUNES, INTERMEDIAIRES, ANCIENNES)
