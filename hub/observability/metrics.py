"""The hub's Prometheus metrics and the `GET /metrics` endpoint (who may scrape it: docs/deploy.md).

Metrics are created unregistered and added to one registry per app, so several apps in one process
(the tests) never collide. With several uvicorn workers, PROMETHEUS_MULTIPROC_DIR switches
prometheus-client to its multiprocess mode: every worker writes its values to files there and any
worker's /metrics adds them up; the pool gauges are then those of the worker that answered.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from auth.principal import ANONYME, Principal
from hub.db import Database
from hub.models.enums import Role
from hub.observability.sql import SQL_SECONDS, SQL_STATEMENTS
from hub.settings import Environment, Settings

METRICS_PATH = "/metrics"
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

REQUESTS = Counter(
    "hub_graphql_requests",
    "GraphQL requests by operation name, role and outcome (ok, or the first error code).",
    ["operation", "role", "outcome"],
    registry=None,
)
DURATION = Histogram(
    "hub_graphql_request_duration_seconds",
    "Time to answer a GraphQL request, in seconds.",
    ["operation", "role"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0),
    registry=None,
)
REQUEST_STATEMENTS = Histogram(
    "hub_graphql_request_sql_statements",
    "SQL statements sent for one GraphQL request.",
    buckets=(0, 1, 2, 3, 5, 10, 20, 50, 100, 200),
    registry=None,
)
REQUEST_SQL_SECONDS = Histogram(
    "hub_graphql_request_sql_seconds",
    "Time spent in SQL for one GraphQL request, in seconds.",
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0),
    registry=None,
)
COST = Counter(
    "hub_graphql_cost_points",
    "Cost points spent (actual cost of executed operations).",
    ["role"],
    registry=None,
)
RATE_LIMITED = Counter(
    "hub_rate_limit_rejections", "Requests refused by the rate limit (429).", ["role"], registry=None
)
HUB_METRICS = (REQUESTS, DURATION, REQUEST_STATEMENTS, REQUEST_SQL_SECONDS, COST, RATE_LIMITED)

# Operation names come from clients: only plain GraphQL names are kept as labels, and at most
# _MAX_OPERATIONS distinct ones per process, so a client cannot blow up the series count.
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_MAX_OPERATIONS = 200
_seen_operations: set[str] = set()


def operation_label(name: str | None) -> str:
    if not name:
        return "anonyme"
    if not _NAME.match(name):
        return "invalide"
    if name not in _seen_operations:
        if len(_seen_operations) >= _MAX_OPERATIONS:
            return "autre"
        _seen_operations.add(name)
    return name


class PoolCollector(Collector):
    """Connections of this process's pool: checked out (in use), idle, overflow, and its size."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def collect(self) -> Iterator[Metric]:
        pool = self.database.engine.sync_engine.pool
        family = GaugeMetricFamily(
            "hub_db_pool_connections", "Database pool connections of this process.", labels=["state", "pid"]
        )
        pid = str(os.getpid())
        for state in ("checkedout", "checkedin", "overflow", "size"):
            reader = getattr(pool, state, None)
            if callable(reader):
                family.add_metric([state, pid], float(reader()))
        yield family


def build_registry(database: Database) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=True)
    if os.environ.get(MULTIPROCESS_ENV):
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        for metric in (*HUB_METRICS, SQL_STATEMENTS, SQL_SECONDS):
            registry.register(metric)
    registry.register(PoolCollector(database))
    return registry


class MetricsEndpoint:
    """`GET /metrics`. Open in dev and test without HUB_METRICS_TOKEN; otherwise (always in prod)
    only for a bearer carrying HUB_METRICS_TOKEN (checked by the authentication middleware, which
    marks the scope) or an anct token."""

    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.registry = build_registry(database)

    @property
    def restricted(self) -> bool:
        return self.settings.env is Environment.PROD or bool(self.settings.metrics_token)

    async def handle(self, request: Request) -> Response:
        principal: Principal = request.scope.get("principal", ANONYME)
        allowed = request.scope.get("metrics_scraper") is True or principal.role is Role.ANCT
        if self.restricted and not allowed:
            return PlainTextResponse(
                "Métriques réservées : jeton HUB_METRICS_TOKEN ou rôle anct.\n",
                status_code=401 if principal.is_anonymous else 403,
                headers={"www-authenticate": "Bearer"} if principal.is_anonymous else None,
            )
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)
