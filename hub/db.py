"""Async engine and sessions: SQLite (aiosqlite) by default, PostgreSQL (asyncpg) by URL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from hub.settings import Settings


def create_engine(settings: Settings, url: str | None = None) -> AsyncEngine:
    """The engine for `url` (default: the settings' database), tuned per backend."""
    url = url or settings.database_url
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    connect_args: dict[str, Any] = {
        # asyncpg waits 60 s by default for a connection: a stopped database must answer sooner.
        "timeout": settings.database_connect_timeout_seconds,
        "server_settings": {
            "application_name": "inclusion-hub",
            "statement_timeout": str(settings.statement_timeout_ms),
            "timezone": "UTC",
        },
    }
    if settings.database_pgbouncer:
        # PgBouncer in transaction mode hands each transaction to any server connection: named
        # prepared statements must not outlive it (asyncpg's cache off, SQLAlchemy's too, unique names).
        connect_args["statement_cache_size"] = 0
        connect_args["prepared_statement_name_func"] = lambda: f"__hub_{uuid.uuid4().hex}__"
        url = (
            make_url(url)
            .update_query_dict({"prepared_statement_cache_size": "0"})
            .render_as_string(hide_password=False)
        )
    engine = create_async_engine(
        url,
        pool_size=settings.pool_size,
        max_overflow=settings.pool_size,
        pool_timeout=settings.pool_timeout_seconds,
        connect_args=connect_args,
        # JSON columns (a lieu's services, publics, frais, dispositifs: 200 values per page of 50)
        # decoded by orjson, ~4 times faster than `json.loads` (0.8 against 3.5 µs); the same values.
        json_deserializer=orjson.loads,
    )
    event.listen(engine.sync_engine, "checkout", _connexion_encore_ouverte)
    return engine


def _connexion_encore_ouverte(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Checkout check without a round trip: a pooled connection the server has closed since (restart,
    failover, idle timeout) is replaced by a new one.

    asyncpg reads every connection's socket on the event loop, so the server's close is seen as soon
    as it happens: `is_closed()` then answers True and SQLAlchemy's pool, on DisconnectionError,
    opens another connection. SQLAlchemy's `pool_pre_ping` did the same with BEGIN, an empty query
    and ROLLBACK: three round trips on every request (≈ 0.5 ms, bench/RESULTS.md). A connection that
    dies without a word (a network cut) fails on its first statement instead: `RequestDatabase`
    retries that once on a new connection, and SQLAlchemy invalidates the rest of the pool.
    """
    if dbapi_connection.driver_connection.is_closed():
        raise DisconnectionError("connexion fermée par le serveur PostgreSQL")


def _sqlite_engine(url: str) -> AsyncEngine:
    engine = create_async_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine.sync_engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # SQLite ignores foreign keys unless asked, per connection.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def sync_url(url: str) -> str:
    """The same database for a synchronous driver (alembic's offline helpers, psql-like tools)."""
    parsed = make_url(url)
    driver = "sqlite" if parsed.get_backend_name() == "sqlite" else "postgresql+psycopg"
    return parsed.set(drivername=driver).render_as_string(hide_password=False)


class Database:
    """An engine and its session factory: what the app, the CLI and the tests share."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False, autoflush=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        return cls(create_engine(settings))

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One session in one transaction: committed on success, rolled back on any error."""
        async with self.sessions() as session, session.begin():
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
