"""`inclusion-hub serve --workers 2`: both workers serve, /metrics adds them up, SIGTERM stops cleanly."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from hub import migrate

REQUETES = 20


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _attendre_le_serveur(base: str, serveur: subprocess.Popen[bytes]) -> None:
    for _ in range(300):  # bounded: 30 s at most
        assert serveur.poll() is None, serveur.communicate()[1].decode()[-2000:]
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not start")


def _deux_workers(tmp_path: Path, **extra: str) -> tuple[subprocess.Popen[bytes], int]:
    """`inclusion-hub serve --workers 2` on a migrated SQLite file and a free port."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'hub.db'}"
    migrate.upgrade(url)
    port = _port_libre()
    env = {
        **os.environ,
        "HUB_ENV": "test",
        "HUB_DATABASE_URL": url,
        "HUB_SIGNING_KEY_PATH": str(tmp_path / "signing-key.json"),
        "HUB_PSEUDONYMISATION_KEY_PATH": str(tmp_path / "pseudonymisation-key"),
        "HUB_RATE_LIMIT_POINTS": "0",
        **extra,
    }
    commande = [sys.executable, "-m", "hub", "serve", "--workers", "2", "--port", str(port)]
    return subprocess.Popen(commande, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE), port


def test_deux_workers_servent_les_memes_requetes_et_metrics_les_additionne(tmp_path: Path) -> None:
    serveur, port = _deux_workers(tmp_path, PROMETHEUS_MULTIPROC_DIR=str(tmp_path / "metrics"))
    base = f"http://127.0.0.1:{port}"
    try:
        _attendre_le_serveur(base, serveur)
        # A new connection per request, so the kernel spreads them over both workers' accept().
        for _ in range(REQUETES):
            reponse = httpx.post(
                f"{base}/graphql", json={"query": "query R { regions { code } }"}, timeout=10
            )
            assert reponse.status_code == 200
            assert len(reponse.json()["data"]["regions"]) == 18
        metriques = httpx.get(f"{base}/metrics", timeout=10).text
        total = sum(
            float(ligne.rsplit(" ", 1)[1])
            for ligne in metriques.splitlines()
            if ligne.startswith('hub_graphql_requests_total{operation="R"')
        )
        assert total == REQUETES  # whichever worker answered the scrape, it counts both workers' requests
    finally:
        serveur.send_signal(signal.SIGTERM)
        _sortie, erreurs = serveur.communicate(timeout=60)
    assert serveur.returncode == 0, erreurs.decode()
    journal = erreurs.decode()
    assert journal.count("Started server process") == 2
    lignes = [json.loads(ligne) for ligne in journal.splitlines() if ligne.startswith("{")]
    requetes = [ligne for ligne in lignes if ligne["message"] == "requete graphql"]
    assert len(requetes) == REQUETES
    assert all(r["statut"] == 200 for r in requetes)
    assert "Finished server process" in journal  # graceful shutdown of each worker


def _sockets_en_ecoute(port: int) -> int:
    """LISTEN sockets on `port`, any local address (Linux's /proc/net/tcp: state 0A)."""
    suffixe = f":{port:04X}"
    lignes = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for ligne in lignes if ligne.split()[1].endswith(suffixe) and ligne.split()[3] == "0A")


async def _requetes_simultanees(base: str, connexions: int) -> None:
    """`connexions` keep-alive connections opened at once, a request on each, then one more each."""
    limites = httpx.Limits(max_connections=connexions, max_keepalive_connections=connexions)
    async with httpx.AsyncClient(base_url=base, limits=limites, timeout=30) as client:
        for _ in range(2):
            reponses = await asyncio.gather(
                *(
                    client.post("/graphql", json={"query": "query S { regions { code } }"})
                    for _ in range(connexions)
                )
            )
            assert all(r.status_code == 200 for r in reponses)


def test_chaque_worker_a_son_socket_et_les_connexions_simultanees_se_repartissent(tmp_path: Path) -> None:
    """hub/workers.py: one listening socket per worker (SO_REUSEPORT). 32 keep-alive connections
    opened together reach both workers (with one shared socket, the first worker awake took them all;
    hashed over two sockets, all 32 on one worker has a probability of 2 × 2⁻³²)."""
    serveur, port = _deux_workers(tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        _attendre_le_serveur(base, serveur)  # one worker answers: the other may still be starting
        for _ in range(100):  # bounded: 10 s
            if _sockets_en_ecoute(port) == 2:
                break
            time.sleep(0.1)
        assert _sockets_en_ecoute(port) == 2
        asyncio.run(_requetes_simultanees(base, 32))
    finally:
        serveur.send_signal(signal.SIGTERM)
        _sortie, erreurs = serveur.communicate(timeout=60)
    assert serveur.returncode == 0, erreurs.decode()
    lignes = [json.loads(ligne) for ligne in erreurs.decode().splitlines() if ligne.startswith("{")]
    pids = {ligne["pid"] for ligne in lignes if ligne["message"] == "requete graphql"}
    assert len(pids) == 2


def test_le_docker_compose_et_la_configuration_prometheus_sont_du_yaml_coherent() -> None:
    import yaml

    racine = Path(__file__).parents[2]
    compose = yaml.safe_load((racine / "docker-compose.yml").read_text())
    assert {"hub", "postgres", "prometheus", "migrate"} <= compose["services"].keys()
    hub = compose["services"]["hub"]
    assert "--workers" in hub["command"]
    assert hub["environment"]["HUB_ENV"] == "prod"
    assert "PROMETHEUS_MULTIPROC_DIR" in hub["environment"]
    prometheus = yaml.safe_load((racine / "deploy" / "prometheus.yml").read_text())
    (job,) = prometheus["scrape_configs"]
    assert job["metrics_path"] == "/metrics"
    assert job["authorization"]["type"] == "Bearer"
