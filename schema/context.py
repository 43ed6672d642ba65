"""Per-request context: the principal, one guarded database session, the settings."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Executable
from sqlalchemy.engine import Result
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from auth.sessions_personnes import Identite
from hub.db import Database
from hub.settings import Settings

T = TypeVar("T")
SessionHook = Callable[[AsyncSession, Principal], Awaitable[None]]


class RequestDatabase:
    """One session and one transaction for a whole GraphQL operation.

    Strawberry resolves sibling fields concurrently and an AsyncSession must not be used concurrently,
    so every use goes through one lock. The transaction opens on first use; `on_begin` runs first in
    it (on PostgreSQL: the transaction-local settings that row-level security reads).
    """

    def __init__(self, database: Database, principal: Principal, on_begin: SessionHook | None = None) -> None:
        self._database = database
        self._principal = principal
        self._on_begin = on_begin
        self._lock = asyncio.Lock()
        self._session: AsyncSession | None = None

    @property
    def est_postgresql(self) -> bool:
        return self._database.is_postgresql

    @property
    def base(self) -> Database:
        """The hub's database, for a job that runs transactions of its own (an uploaded import)."""
        return self._database

    async def execute(self, statement: Executable) -> Result[Any]:
        async with self._lock:
            session = await self._open()
            return await session.execute(statement)

    async def lignes(self, statement: Executable, parametres: dict[str, Any] | None = None) -> Result[Any]:
        """Execute a plain-rows statement (`auth.policy.readable_rows`) on the session's connection:
        the same transaction and settings, without the ORM's result machinery (≈ 0.2 ms a statement).
        `parametres`: values of the statement's bound parameters that have none (a reused statement)."""
        async with self._lock:
            session = await self._open()
            connection = await session.connection()
            return await connection.execute(statement, parametres)

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `work` with exclusive use of the session (services, multi-statement reads)."""
        async with self._lock:
            session = await self._open()
            return await work(session)

    async def write(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `work` (one mutation field's service) in a transaction of its own.

        Committed when `work` returns, rolled back when it raises (a domain error, a database
        error): nothing the mutation wrote survives a failure, its journal lines included. Each
        mutation field of a document is thus atomic and durable on its own; the payload's reads that
        follow open a new transaction (with `on_begin` again, so row-level security applies).
        """
        async with self._lock:
            session = await self._open()
            self._session = None
            try:
                result = await work(session)
                await session.commit()
            except BaseException:
                await session.rollback()
                raise
            finally:
                await self._fermer(session)
            return result

    async def close(self, *, commit: bool) -> None:
        async with self._lock:
            session, self._session = self._session, None
            if session is None:
                return
            try:
                if commit:
                    await session.commit()
            finally:
                # Without a commit, close() alone rolls the transaction back; an explicit rollback()
                # would first expire every row the request loaded, attribute by attribute.
                await self._fermer(session)

    async def _open(self) -> AsyncSession:
        if self._session is None:
            try:
                self._session = await self._begin()
            except DBAPIError as error:
                if not error.connection_invalidated:
                    raise
                # The pooled connection was dead (the server restarted or failed over and the close
                # went unseen: hub.db checks the others at checkout). Nothing ran yet: once more, on
                # a new connection (SQLAlchemy has invalidated the pool's older ones).
                self._session = await self._begin()
        return self._session

    async def _begin(self) -> AsyncSession:
        places = self._database.places
        if places is not None:
            await places.prendre()  # given back when this session closes (`_fermer`)
        session: AsyncSession | None = None
        try:
            session = self._database.sessions()
            await session.begin()
            if self._on_begin is not None:
                await self._on_begin(session, self._principal)
        except BaseException:
            await self._fermer(session)
            raise
        return session

    async def _fermer(self, session: AsyncSession | None) -> None:
        """Close a session `_begin` opened (rolling back what was not committed) and give its place back."""
        try:
            if session is not None:
                await session.close()
        finally:
            if self._database.places is not None:
                self._database.places.rendre()


@dataclass
class Context:
    principal: Principal
    db: RequestDatabase
    settings: Settings
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    # Per-request DataLoaders, created on first use by schema/*/loaders.py.
    loaders: dict[str, Any] = field(default_factory=dict)
    # The client's rate-limit budget (schema.edge.budget.Budget), set by the HTTP view; None: no limit.
    budget: Any = None
    # The executed operation's name, also when the client sent no `operationName` (for logs, metrics).
    operation_name: str | None = None
    # The `operationName` the client sent, as sent (None: none): several operations need one.
    operation_demandee: str | None = None
    # True when the HTTP view rolls the read transaction back once the response is sent
    # (hub.graphql_view): a query's answer does not wait for its ROLLBACK. A mutation's transaction is
    # still closed before the response (its commit must be done when the client hears of it).
    fermeture_apres_reponse: bool = False
    # The person of the request's session cookie, as their identity provider vouched for them, even
    # without any habilitation (then `principal` is anonymous): `inscrireStructure` reads it.
    identite: Identite | None = None

    async def fermer(self) -> None:
        """Roll back what is still open and drop the request's loaders (schema.transaction)."""
        try:
            await self.db.close(commit=False)
        finally:
            self.loaders.clear()
