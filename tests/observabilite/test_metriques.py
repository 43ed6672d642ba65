"""GET /metrics: the request, SQL, cost and rate-limit counters move, with the right labels."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette

from auth.principal import Principal
from hub.app import create_app
from hub.db import Database
from hub.models.enums import Role
from hub.settings import Settings
from tests.tokens import token_for

JETON_METRIQUES = "jeton-de-scrape-prometheus-0123456789"


def _echantillons(texte: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for famille in text_string_to_metric_families(texte)
        for s in famille.samples
    }


def _valeur(
    echantillons: dict[tuple[str, frozenset[tuple[str, str]]], float], nom: str, **labels: str
) -> float:
    return echantillons.get((nom, frozenset(labels.items())), 0.0)


@pytest.fixture
async def client_limite(settings: Settings, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """A hub with a tiny rate limit (3 points of 1) so that a rejection can be counted."""
    app: Starlette = create_app(settings.with_(rate_limit_points=3, graphql_max_cost=1), database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        yield c


async def test_les_compteurs_de_metrics_bougent_avec_les_bons_labels(client: httpx.AsyncClient) -> None:
    avant = _echantillons((await client.get("/metrics")).text)
    for _ in range(3):
        reponse = await client.post("/graphql", json={"query": "query ListeRegions { regions { code } }"})
        assert reponse.status_code == 200
    erreur = await client.post(
        "/graphql", json={"query": "query Casse { inconnu }", "operationName": "Casse"}
    )
    assert erreur.status_code == 200  # application/json: validation errors keep 200

    scrape = await client.get("/metrics")
    assert scrape.status_code == 200
    assert scrape.headers["content-type"].startswith("text/plain")
    apres = _echantillons(scrape.text)

    def delta(nom: str, **labels: str) -> float:
        return _valeur(apres, nom, **labels) - _valeur(avant, nom, **labels)

    ok = {"operation": "ListeRegions", "role": "anonyme"}
    assert delta("hub_graphql_requests_total", **ok, outcome="ok") == 3
    casse = {"operation": "Casse", "role": "anonyme", "outcome": "GRAPHQL_VALIDATION_FAILED"}
    assert delta("hub_graphql_requests_total", **casse) == 1
    assert delta("hub_graphql_request_duration_seconds_count", **ok) == 3
    assert delta("hub_graphql_request_sql_statements_count") == 4
    # Each executed query reads the régions at least once; the invalid one never reaches SQL.
    assert delta("hub_graphql_request_sql_statements_sum") >= 3
    assert delta("hub_sql_statements_total") >= 3
    assert delta("hub_graphql_cost_points_total", role="anonyme") >= 3
    pool = [k for k in apres if k[0] == "hub_db_pool_connections"]
    assert {dict(labels)["state"] for _, labels in pool} >= {"checkedout", "checkedin"}


async def test_les_rejets_du_limiteur_sont_comptes(client_limite: httpx.AsyncClient) -> None:
    avant = _echantillons((await client_limite.get("/metrics")).text)
    statuts = [
        (await client_limite.post("/graphql", json={"query": "{ regions { code } }"})).status_code
        for _ in range(5)
    ]
    assert 429 in statuts
    apres = _echantillons((await client_limite.get("/metrics")).text)
    rejets = statuts.count(429)
    cle = ("hub_rate_limit_rejections_total", frozenset({("role", "anonyme")}))
    assert apres.get(cle, 0) - avant.get(cle, 0) == rejets
    cle = (
        "hub_graphql_requests_total",
        frozenset({("operation", "anonyme"), ("role", "anonyme"), ("outcome", "RATE_LIMITED")}),
    )
    assert apres.get(cle, 0) - avant.get(cle, 0) == rejets


async def test_avec_un_jeton_de_metriques_les_anonymes_sont_refuses(
    settings: Settings, database: Database
) -> None:
    protege = settings.with_(metrics_token=JETON_METRIQUES)
    app = create_app(protege, database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        assert (await c.get("/metrics")).status_code == 401
        mauvais = await c.get("/metrics", headers={"authorization": "Bearer pas-le-bon-jeton-0123456789"})
        assert mauvais.status_code == 401  # not the scrape token, and not a valid JWT either
        scrape = await c.get("/metrics", headers={"authorization": f"Bearer {JETON_METRIQUES}"})
        assert scrape.status_code == 200
        assert "hub_graphql_requests_total" in scrape.text
        anct = token_for(protege, Principal(role=Role.ANCT, subject="agent-anct"))
        assert (await c.get("/metrics", headers={"authorization": f"Bearer {anct}"})).status_code == 200
        prefecture = Principal(role=Role.PREFECTURE, subject="pref", departements=frozenset({"75"}))
        jeton_prefecture = token_for(protege, prefecture)
        refus = await c.get("/metrics", headers={"authorization": f"Bearer {jeton_prefecture}"})
        assert refus.status_code == 403
        # The scrape token opens /metrics only: elsewhere it is an invalid bearer token.
        ailleurs = await c.post(
            "/graphql",
            json={"query": "{ regions { code } }"},
            headers={"authorization": f"Bearer {JETON_METRIQUES}"},
        )
        assert ailleurs.status_code == 401


def test_le_profil_production_ferme_metrics_aux_anonymes(settings: Settings) -> None:
    from hub.observability.metrics import MetricsEndpoint
    from hub.settings import Environment

    assert not MetricsEndpoint(settings, Database.from_settings(settings)).restricted
    prod = settings.with_(
        env=Environment.PROD,
        database_url="postgresql+asyncpg://h/db",
        graphiql=False,
        issuer="http://localhost:8000",
    )
    assert MetricsEndpoint(prod, Database.from_settings(prod)).restricted
