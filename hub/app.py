"""create_app(settings): the only wiring of the hub; it reads like a table of contents."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles

from auth.authentication import BearerAuthentication
from auth.autorisations_oauth import AutorisationsOAuth
from auth.discovery import JWKS_PATH, METADATA_PATH, DiscoveryEndpoints
from auth.keys import load_keys
from auth.principal import ANONYME
from auth.proconnect import ProConnect
from auth.rls import appliquer_contexte
from auth.sessions_personnes import SessionsPersonnes
from auth.token_endpoint import TokenEndpoint
from hub.body_limit import BodyLimit
from hub.db import Database
from hub.graphql_view import HubGraphQL
from hub.health import healthz, readyz
from hub.observability.metrics import METRICS_PATH, MetricsEndpoint
from hub.observability.sql import instrument
from hub.services.pseudonymes import charger_cle
from hub.settings import Settings
from hub.web.api import ApiDesPages
from hub.web.autorisation import Autorisation
from hub.web.connexion import Connexion
from hub.web.pages import Pages, page_d_erreur
from schema import build_schema
from schema.edge import token_buckets
from schema.edge.documents import TrustedDocuments

STATIC = Path(__file__).parent / "static"


async def favicon(_request: Request) -> Response:
    """Browsers ask for /favicon.ico whatever the page says: the State's (DSFR) favicon."""
    return FileResponse(
        STATIC / "dsfr" / "favicon" / "favicon.ico", headers={"Cache-Control": "max-age=86400"}
    )


async def page_introuvable(request: Request, _exception: Exception) -> Response:
    if "text/html" in request.headers.get("accept", ""):
        return page_d_erreur(request, 404)
    return PlainTextResponse("Introuvable.\n", status_code=404)


async def erreur_serveur(request: Request, _exception: Exception) -> Response:
    """Never a stack trace: the DSFR page for a browser, one plain line otherwise (logged by uvicorn)."""
    if "text/html" in request.headers.get("accept", ""):
        return page_d_erreur(request, 500)
    return PlainTextResponse("Erreur interne.\n", status_code=500)


def create_app(
    settings: Settings, database: Database | None = None, *, proconnect: ProConnect | None = None
) -> Starlette:
    """The ASGI app. `database` (and a `proconnect` client) are injected by tests; otherwise the
    settings' database is used, and ProConnect is the settings' provider when HUB_OIDC_ISSUER is set."""
    keys = load_keys(settings)  # in prod a missing signing key stops the start here
    charger_cle(settings)  # and so does a missing pseudonymisation key (Aidants Connect usagers)
    owns_database = database is None
    database = database or Database.from_settings(settings)
    instrument(database.engine)  # SQL statements and time, per request and in /metrics
    schema = build_schema()
    sessions = SessionsPersonnes(database, settings)
    autorisations = AutorisationsOAuth(database, settings)  # codes and refresh tokens of ANCT's tools
    jetons = TokenEndpoint(settings, keys, autorisations)
    if proconnect is None and settings.oidc_enabled:
        proconnect = ProConnect(settings)
    connexion = Connexion(settings, database, sessions, proconnect=proconnect)
    discovery = DiscoveryEndpoints(settings, keys)
    graphql = HubGraphQL(
        schema,
        settings=settings,
        database=database,
        on_begin=appliquer_contexte,
        buckets=token_buckets(settings, database),
        documents=TrustedDocuments.load(settings.graphql_documents_path),
    )

    async def schema_sdl(request: Request) -> PlainTextResponse:
        if not settings.graphql_introspection and request.scope.get("principal", ANONYME).is_anonymous:
            # Same rule as introspection (docs/limites.md): the schema is for authenticated callers.
            return PlainTextResponse("Schéma réservé aux appels authentifiés.\n", status_code=404)
        return PlainTextResponse(schema.as_str() + "\n", media_type="text/plain; charset=utf-8")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if owns_database:  # a serving process: its pool's connections are opened before traffic
            await database.remplir_le_pool(settings.database_connect_timeout_seconds)
        yield
        if owns_database:
            await database.dispose()

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            *([WebSocketRoute("/graphql", graphql)] if settings.graphql_subscriptions else []),
            Route("/schema.graphql", schema_sdl),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            Route(METRICS_PATH, MetricsEndpoint(settings, database).handle),
            Route(JWKS_PATH, discovery.jwks),
            Route(METADATA_PATH, discovery.metadata),
            Route("/oauth/token", jetons.handle, methods=["POST"]),
            Route("/oauth/revoke", jetons.revoke, methods=["POST"]),
            Autorisation(settings, database, keys, autorisations).route(),
            connexion.mount(keys),
            Mount(
                "/ide-assets", StaticFiles(directory=STATIC / "graphiql", check_dir=False), name="ide-assets"
            ),
            Route("/favicon.ico", favicon),
            Mount("/static/dsfr", StaticFiles(directory=STATIC / "dsfr", check_dir=False), name="dsfr"),
            Mount(
                "/static/dsfr-chart",
                StaticFiles(directory=STATIC / "dsfr-chart", check_dir=False),
                name="dsfr-chart",
            ),
            Mount("/static/hub", StaticFiles(directory=STATIC / "hub", check_dir=False), name="hub"),
            *Pages(ApiDesPages(graphql)).routes(),
        ],
        exception_handlers={404: page_introuvable, 500: erreur_serveur},
        middleware=[  # outermost first: the body limit depends on who is calling
            Middleware(BearerAuthentication, settings=settings, keys=keys, sessions=sessions),
            Middleware(
                BodyLimit,
                max_bytes=settings.graphql_max_body_bytes,
                max_upload_bytes=settings.import_upload_max_bytes,
            ),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    return app
