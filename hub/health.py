"""Liveness (/healthz: the process answers) and readiness (/readyz: database reachable, schema at head)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from starlette.requests import Request
from starlette.responses import JSONResponse

from auth.rls import role_contourne_rls
from hub import migrate
from hub.db import Database
from hub.settings import Environment, Settings


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    database: Database = request.app.state.database
    head = migrate.head_revision()
    try:
        async with asyncio.timeout(3):
            async with database.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
            current = await migrate.current_revision(database.engine)
            async with database.sessions() as session:
                bypasses_rls = await role_contourne_rls(session)
    except Exception as error:
        return JSONResponse(
            {"status": "unavailable", "database": "unreachable", "error": type(error).__name__},
            status_code=503,
        )
    if current != head:
        return JSONResponse(
            {"status": "unavailable", "database": "reachable", "migration": current, "expected": head},
            status_code=503,
        )
    settings: Settings = request.app.state.settings
    if bypasses_rls and settings.env is Environment.PROD:
        # In production the second authorization layer must hold: a superuser or BYPASSRLS role voids it.
        return JSONResponse(
            {
                "status": "unavailable",
                "database": "reachable",
                "error": "database role bypasses row-level security",
            },
            status_code=503,
        )
    return JSONResponse({"status": "ready", "database": database.engine.dialect.name, "migration": current})
