"""Async engine and sessions: SQLite (aiosqlite) by default, PostgreSQL (asyncpg) by URL."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import QueuePool

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


class PlacesDeTransaction:
    """At most as many request transactions at once as the pool keeps connections (PostgreSQL).

    A burst beyond the pool's size used to open overflow connections, closed again when given back
    to a full pool. `node(id)` at 280 req/s over 64 client connections, 10 s: two runs opened 32
    connections each in the middle of the traffic (p95 283 and 419 ms), a run with a filled pool but
    the overflow in use opened 53 (p95 318 ms); with the pool filled at start and these places, five
    runs opened none (p95 17–75 ms). Requests now wait for a place instead, as they would for a
    pooled connection, and give up after the pool's timeout with the pool's own error. The overflow
    stays for the short connections beside a request's transaction (rate-limit buckets, health
    checks), which could otherwise wait for a place held by the very request that needs them.
    """

    def __init__(self, nombre: int, delai_s: float) -> None:
        self.nombre = nombre
        self.prises = 0  # places taken now (tests, diagnostics)
        self._delai_s = delai_s
        self._boucle: asyncio.AbstractEventLoop | None = None
        self._semaphore = asyncio.Semaphore(nombre)

    async def prendre(self) -> None:
        boucle = asyncio.get_running_loop()
        if boucle is not self._boucle:  # a semaphore belongs to one event loop (tests run several)
            self._boucle, self._semaphore = boucle, asyncio.Semaphore(self.nombre)
        try:
            async with asyncio.timeout(self._delai_s):
                await self._semaphore.acquire()
            self.prises += 1
        except TimeoutError:
            raise PoolTimeoutError(
                f"{self.nombre} transactions déjà ouvertes dans ce processus, pas de place libérée "
                f"en {self._delai_s:g} s"
            ) from None

    def rendre(self) -> None:
        self.prises -= 1
        self._semaphore.release()


class Database:
    """An engine and its session factory: what the app, the CLI and the tests share."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
        pool = engine.pool
        # Request transactions (schema.context.RequestDatabase) take a place first, on PostgreSQL.
        self.places = (
            PlacesDeTransaction(pool.size(), pool.timeout())
            if self.is_postgresql and isinstance(pool, QueuePool)
            else None
        )

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

    async def remplir_le_pool(self, delai_s: float) -> int:
        """Open the connections the pool keeps (its size) now, on PostgreSQL; how many opened.

        Opening one costs a TCP connection, authentication and asyncpg's type introspection for the
        JSON codecs: several ms of CPU on both sides, better spent before the traffic than during a
        burst (`PlacesDeTransaction`). Best effort: what is not open within `delai_s` (a database
        not reachable yet) opens on demand, as before, and the server starts anyway."""
        if self.places is None:  # SQLite, or a pool that keeps no connections
            return 0

        async def ouvrir() -> AsyncConnection:
            return await self.engine.connect()

        taches = [asyncio.create_task(ouvrir()) for _ in range(self.places.nombre)]
        finies, en_cours = await asyncio.wait(taches, timeout=delai_s)
        for tache in en_cours:
            tache.cancel()
        ouvertes = [t.result() for t in finies if not t.cancelled() and t.exception() is None]
        for connexion in ouvertes:
            await connexion.close()  # back to the pool, which keeps it
        return len(ouvertes)
