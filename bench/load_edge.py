"""Load test of the GraphQL edge: N concurrent clients for D seconds against a hub on this machine.

    python -m bench.load_edge --url http://127.0.0.1:8000/graphql --clients 50 --duration 30

Run it with the server's HUB_* settings in the environment (the same signing key): it mints tokens
for a few principals, so the traffic spreads over several rate-limit buckets like real clients.
Every request is one of the ANCT dashboards' operations (text or persisted hash) or a partner's
free query. Bounded in time (--duration) and count (--max-requests), loopback only. It reports
requests per second, p50/p99 latency, and outcomes: ok, RATE_LIMITED (expected under load: the
bucket works), and anything else (errors: there should be none).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import httpx

from auth.principal import Principal
from auth.tokens import issue_access_token
from hub.models.enums import Role
from hub.settings import Settings
from schema.edge.documents import TrustedDocuments, sha256_hex

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    samples: list[str] = field(default_factory=list)


def operations(settings: Settings) -> list[tuple[str, dict[str, Any], str | None]]:
    """(request body, headers, label) of the mix: dashboards' documents by hash and by text."""
    documents = TrustedDocuments.load(settings.graphql_documents_path)
    by_name = {body.split("(")[0].split()[1]: body for body in documents.bodies.values()}
    anct = issue_access_token(settings, Principal(role=Role.ANCT, subject="bench-anct"))
    prefecture = issue_access_token(
        settings, Principal(role=Role.PREFECTURE, subject="bench-pref", departements=frozenset({"57"}))
    )
    partenaire = issue_access_token(
        settings,
        Principal(
            role=Role.PARTENAIRE,
            subject="bench-outil",
            client_id="bench-outil",
            scopes=frozenset({"stats:read"}),
        ),
    )

    def hashed(name: str, variables: dict[str, Any]) -> dict[str, Any]:
        digest = sha256_hex(by_name[name])
        return {
            "extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}},
            "variables": variables,
        }

    def bearer(token: str) -> dict[str, str]:
        return {"authorization": f"Bearer {token}"}

    return [
        (hashed("TableauDeBordNational", {}), bearer(anct), "anct:national"),
        (hashed("Referentiel", {}), {}, "anonyme:referentiel"),
        (
            {"query": by_name["StructuresDuDepartement"], "variables": {"departement": "57", "first": 20}},
            bearer(prefecture),
            "prefecture:structures",
        ),
        (
            {"query": by_name["PostesDuDepartement"], "variables": {"departement": "57", "first": 20}},
            bearer(anct),
            "anct:postes",
        ),
        (
            {"query": "{ statistiques { activites { total personnesAccompagnees } } }"},
            bearer(partenaire),
            "partenaire:stats",
        ),
        ({"query": "{ statistiques { postes { valides occupes } } }"}, {}, "anonyme:stats"),
    ]


async def client_loop(
    http: httpx.AsyncClient,
    url: str,
    mix: list[tuple[dict[str, Any], dict[str, str], str | None]],
    start: int,
    deadline: float,
    budget: list[int],
    results: Results,
) -> None:
    index = start
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        body, headers, label = mix[index % len(mix)]
        index += 1
        began = time.perf_counter()
        try:
            response = await http.post(
                url, json=body, headers={"accept": "application/graphql-response+json", **headers}
            )
        except httpx.HTTPError as error:
            results.outcomes["transport error"] += 1
            results.samples.append(f"{label}: {error!r}")
            continue
        results.latencies.append(time.perf_counter() - began)
        results.outcomes[classify(response, label, results)] += 1


def classify(response: httpx.Response, label: str | None, results: Results) -> str:
    try:
        payload = response.json()
    except json.JSONDecodeError:
        payload = {}
    codes = {e.get("extensions", {}).get("code") for e in payload.get("errors", [])}
    if response.status_code == 429 and codes == {"RATE_LIMITED"}:
        return "RATE_LIMITED"
    if response.status_code == 200 and not codes and payload.get("data") is not None:
        return "ok"
    if len(results.samples) < 10:
        results.samples.append(f"{label}: HTTP {response.status_code} {response.text[:200]}")
    return f"error {response.status_code} {','.join(sorted(str(c) for c in codes))}"


def report(results: Results, elapsed: float) -> str:
    latencies = sorted(results.latencies)
    count = len(latencies)
    quantiles = statistics.quantiles(latencies, n=100) if count >= 2 else [0.0] * 99
    lines = [
        f"requests: {count} in {elapsed:.1f} s = {count / elapsed:.0f} req/s",
        f"latency: p50 {quantiles[49] * 1000:.1f} ms, p99 {quantiles[98] * 1000:.1f} ms",
        "outcomes: " + ", ".join(f"{name} {n}" for name, n in results.outcomes.most_common()),
    ]
    lines += [f"  sample: {sample}" for sample in results.samples[:5]]
    return "\n".join(lines)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/graphql")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    arguments = parser.parse_args()
    if urlparse(arguments.url).hostname not in LOOPBACK:
        parser.error("the load test only targets this machine (127.0.0.1, localhost, ::1)")
    if not (1 <= arguments.clients <= 500 and 0 < arguments.duration <= 600):
        parser.error("--clients 1..500 and --duration up to 600 s")
    mix = operations(Settings.from_env())
    results = Results()
    limits = httpx.Limits(max_connections=arguments.clients, max_keepalive_connections=arguments.clients)
    async with httpx.AsyncClient(limits=limits, timeout=30.0) as http:
        started = time.monotonic()
        deadline = started + arguments.duration
        budget = [arguments.max_requests]
        await asyncio.gather(
            *(
                client_loop(http, arguments.url, mix, i, deadline, budget, results)
                for i in range(arguments.clients)
            )
        )
        elapsed = time.monotonic() - started
    print(report(results, elapsed))
    errors = sum(n for name, n in results.outcomes.items() if name not in ("ok", "RATE_LIMITED"))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
