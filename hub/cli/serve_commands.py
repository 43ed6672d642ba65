"""`serve` and `demo`: run the HTTP server (demo also creates, migrates and seeds a SQLite file)."""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
from pathlib import Path
from typing import Any

import uvicorn

from auth.keys import load_keys
from hub import migrate
from hub.cli.errors import CliError
from hub.db import Database
from hub.observability.logs import logging_config
from hub.observability.metrics import MULTIPROCESS_ENV
from hub.services.pseudonymes import charger_cle
from hub.settings import Settings
from hub.workers import servir

DEMO_DATABASE = Path("inclusion-hub-demo.db")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser("serve", help="serve the GraphQL API (database must be migrated)")
    _server_options(serve)
    serve.set_defaults(handler=run_serve)

    demo = commands.add_parser(
        "demo", help="create a SQLite database with synthetic demo data and serve it (no set-up needed)"
    )
    _server_options(demo)
    demo.add_argument(
        "--database", type=Path, default=DEMO_DATABASE, help="SQLite file (default: %(default)s)"
    )
    demo.set_defaults(handler=run_demo)


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="address to listen on (default: HUB_HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: HUB_PORT or 8000)")
    parser.add_argument("--workers", type=int, help="worker processes (default: HUB_WORKERS or 1)")


def run_serve(arguments: argparse.Namespace) -> int:
    settings = _settings_from(arguments)
    _serve(settings)
    return 0


def run_demo(arguments: argparse.Namespace) -> int:
    url = f"sqlite+aiosqlite:///{arguments.database.resolve()}"
    os.environ["HUB_DATABASE_URL"] = url  # worker processes read their settings from the environment
    settings = _settings_from(arguments)
    print(f"Database: {arguments.database} (SQLite)", flush=True)
    migrate.upgrade(url)
    asyncio.run(_seed_demo_once(settings))
    _serve(settings)
    return 0


async def _seed_demo_once(settings: Settings) -> None:
    from hub.seed import Scale, is_seeded
    from hub.seed.habilitations_demo import assurer_habilitations_demo
    from hub.seed.par_les_importeurs import seed_par_les_importeurs

    database = Database.from_settings(settings)
    try:
        if await is_seeded(database):
            print("Demo data already present: reusing it.", flush=True)
        else:
            print("Seeding demo data through the importers (about 30 s)…", flush=True)
            report = await seed_par_les_importeurs(database, Scale.DEMO)
            print(report.summary(), flush=True)
        await assurer_habilitations_demo(database)  # the people of /auth/demo, once
    finally:
        await database.dispose()


def _settings_from(arguments: argparse.Namespace) -> Settings:
    overrides = {
        name: value
        for name in ("host", "port", "workers")
        if (value := getattr(arguments, name, None)) is not None
    }
    settings = Settings.from_env(**overrides)
    for name, value in overrides.items():
        os.environ[f"HUB_{name.upper()}"] = str(value)
    if settings.workers < 1:
        raise CliError("--workers must be at least 1")
    return settings


def _serve(settings: Settings) -> None:
    load_keys(settings)  # a missing prod key fails here in one line, not in every uvicorn worker
    charger_cle(settings)  # likewise the pseudonymisation key
    _reset_multiprocess_metrics()
    print(f"GraphQL API: http://{settings.host}:{settings.port}/graphql", flush=True)
    if settings.graphiql:
        print(f"GraphiQL (in a browser): http://{settings.host}:{settings.port}/graphql", flush=True)
    if settings.dev_tools_allowed and not settings.oidc_enabled:
        print(f"Sign in (demo, one click): http://{settings.host}:{settings.port}/auth/demo", flush=True)
    servir(  # uvicorn.run, one listening socket per worker (hub/workers.py)
        "hub.asgi:app_factory",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level,
        access_log=False,
        log_config=_log_config(settings),
        # On SIGTERM uvicorn stops accepting, lets in-flight requests finish for up to this long.
        timeout_graceful_shutdown=settings.shutdown_timeout_seconds,
    )


def _log_config(settings: Settings) -> dict[str, Any]:
    """uvicorn's logging, plus the hub's loggers as JSON lines (one per GraphQL request, errorIds)."""
    return logging_config(copy.deepcopy(uvicorn.config.LOGGING_CONFIG), settings.log_level)


def _reset_multiprocess_metrics() -> None:
    """Multiprocess metrics (PROMETHEUS_MULTIPROC_DIR) start from zero at each server start."""
    directory = os.environ.get(MULTIPROCESS_ENV)
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        for stale in Path(directory).glob("*.db"):
            stale.unlink()
