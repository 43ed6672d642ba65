"""SQL statements and their time, counted per request through a contextvar and SQLAlchemy events."""

from __future__ import annotations

import contextvars
import time
from dataclasses import dataclass
from typing import Any

from prometheus_client import Counter
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

# Registered by hub.observability.metrics in each app's registry (registry=None: no global state).
SQL_STATEMENTS = Counter(
    "hub_sql_statements", "SQL statements sent to the database (all of them).", registry=None
)
SQL_SECONDS = Counter("hub_sql_seconds", "Time spent in SQL statements, in seconds.", registry=None)


@dataclass
class RequestSql:
    """What one request asked of the database; mutated in place, so tasks spawned by strawberry
    (sibling resolvers) and SQLAlchemy's greenlets, which copy the context, add to the same object."""

    statements: int = 0
    seconds: float = 0.0


_current: contextvars.ContextVar[RequestSql | None] = contextvars.ContextVar("hub_request_sql", default=None)


def start_request() -> RequestSql:
    """A fresh tally for the request being served in this context."""
    tally = RequestSql()
    _current.set(tally)
    return tally


def instrument(engine: AsyncEngine) -> None:
    """Count every statement of `engine` (idempotent: an engine is instrumented once)."""
    sync_engine = engine.sync_engine
    for name, listener in (
        ("before_cursor_execute", _before),
        ("after_cursor_execute", _after),
        ("handle_error", _failed),
    ):
        if not event.contains(sync_engine, name, listener):
            event.listen(sync_engine, name, listener)


def _before(conn: Any, cursor: Any, statement: Any, parameters: Any, context: Any, many: Any) -> None:
    conn.info.setdefault("hub_started", []).append(time.perf_counter())


def _after(conn: Any, cursor: Any, statement: Any, parameters: Any, context: Any, many: Any) -> None:
    started = conn.info.get("hub_started")
    elapsed = time.perf_counter() - started.pop() if started else 0.0
    SQL_STATEMENTS.inc()
    SQL_SECONDS.inc(elapsed)
    tally = _current.get()
    if tally is not None:
        tally.statements += 1
        tally.seconds += elapsed


def _failed(context: Any) -> None:
    # A failed statement never reaches after_cursor_execute: drop its start time.
    connection = context.connection
    started = connection.info.get("hub_started") if connection is not None else None
    if started:
        started.pop()
