"""Operability: Prometheus metrics, SQL accounting per request, structured JSON logs (docs/deploy.md)."""

from __future__ import annotations

import os

# prometheus-client's multiprocess mode writes a file per worker as soon as a metric is created (in
# hub.observability.sql and .metrics, imported after this): the directory must exist by then.
if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)
