"""bench/RESULTS.md: the run's context (date, machine, versions, settings) and its tables."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from bench.cluster import SERVER_OPTIONS, Cluster
from bench.mesure import Reglages, Resultat

if TYPE_CHECKING:
    from bench.run import Campagne

BENCH = Path(__file__).resolve().parent
SERVEURS = ("hub", "postgraphile")


def _cpu() -> str:
    for ligne in Path("/proc/cpuinfo").read_text().splitlines():
        if ligne.startswith("model name"):
            return ligne.split(":", 1)[1].strip()
    return platform.processor() or "?"


def _memoire() -> str:
    for ligne in Path("/proc/meminfo").read_text().splitlines():
        if ligne.startswith("MemTotal"):
            return f"{int(ligne.split()[1]) / 1024 / 1024:.0f} GiB"
    return "?"


def _npm_version(paquet: str) -> str:
    chemin = BENCH / "postgraphile" / "node_modules" / paquet / "package.json"
    return str(json.loads(chemin.read_text())["version"]) if chemin.exists() else "?"


def _node() -> str:
    try:
        return subprocess.run(
            ["node", "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


@dataclass
class Contexte:
    reglages: Reglages
    debut: dt.datetime
    charge_debut: tuple[float, float, float]
    charge_fin: tuple[float, float, float] = (0.0, 0.0, 0.0)
    postgresql: str = "?"
    versions: dict[str, str] = field(default_factory=dict)

    @classmethod
    def capturer(cls, reglages: Reglages) -> Contexte:
        return cls(reglages, dt.datetime.now(dt.UTC), os.getloadavg())

    def terminer(self, cluster: Cluster) -> None:
        self.charge_fin = os.getloadavg()
        self.postgresql = cluster.version
        self.versions = {
            "Python": platform.python_version(),
            **{
                p: version(p)
                for p in (
                    "strawberry-graphql",
                    "graphql-core",
                    "SQLAlchemy",
                    "asyncpg",
                    "uvicorn",
                    "starlette",
                )
            },
            "Node": _node(),
            "postgraphile": _npm_version("postgraphile"),
            "@graphile/pg-aggregates": _npm_version("@graphile/pg-aggregates"),
            "postgraphile-plugin-connection-filter": _npm_version("postgraphile-plugin-connection-filter"),
        }


def _ms(valeur: float | None) -> str:
    return "—" if valeur is None else f"{valeur:,.1f}"


def _ligne(operation: str, nom: str, res: Resultat, charge: str) -> str:
    m = res.fixe if charge == "fixe" else res.maximal
    assert m is not None
    erreurs = f"{m.taux_erreur:.1%}"
    instructions = "—" if res.instructions is None else f"{res.instructions:.1f} ({res.requetes_sql:.1f})"
    return (
        f"| {operation} | {nom} | {_ms(m.centile(50))} | {_ms(m.centile(95))} | {_ms(m.centile(99))} "
        f"| {m.debit:,.1f} | {erreurs} | {instructions} |"
    )


def _tableau(campagne: Campagne, charge: str) -> list[str]:
    lignes = [
        "| operation | server | p50 ms | p95 ms | p99 ms | req/s | errors | SQL statements/request (without BEGIN/COMMIT/set_config) |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for cle, resultats in campagne.resultats.items():
        etiquette = cle if charge == "maximal" else f"{cle} @ {campagne.debits_fixes[cle]:g} req/s"
        lignes += [_ligne(etiquette, nom, resultats[nom], charge) for nom in SERVEURS]
    return lignes


def _ratios(campagne: Campagne) -> list[str]:
    lignes = [
        "| operation | p50 hub/PostGraphile (fixed rate) | p99 hub/PostGraphile (fixed rate) | req/s hub/PostGraphile (max) | statements/request hub vs PostGraphile |",
        "|---|---:|---:|---:|---|",
    ]
    for cle, r in campagne.resultats.items():
        h, p = r["hub"], r["postgraphile"]
        assert h.fixe is not None and p.fixe is not None
        lignes.append(
            f"| {cle} | {h.fixe.centile(50) / p.fixe.centile(50):.2f} | {h.fixe.centile(99) / p.fixe.centile(99):.2f} "
            f"| {h.maximal.debit / p.maximal.debit:.2f} | {h.instructions:.1f} vs {p.instructions:.1f} |"
        )
    return lignes


def _criteres(national: Campagne, cent_mille: Campagne | None) -> list[str]:
    lignes = ["## Acceptance criteria (computed from the tables above)", ""]
    stats = national.resultats.get("statistiques")
    if stats is not None and cent_mille is not None:
        h1, h0 = stats["hub"], cent_mille.resultats["statistiques"]["hub"]
        p1 = stats["postgraphile"]
        ratio = (h1.mediane_seule or 0) / (h0.mediane_seule or 1)
        lignes.append(
            f"- National statistiques, hub median at 1,000,000 activités / at 100,000 (one request at a time): "
            f"{h1.mediane_seule:.1f} ms / {h0.mediane_seule:.1f} ms = **{ratio:.2f}×** (target ≤ 1.5×); "
            f"at the fixed rate: {h1.fixe.centile(50):.1f} ms / {h0.fixe.centile(50):.1f} ms."  # type: ignore[union-attr]
        )
        lignes.append(
            f"- National statistiques, hub vs PostGraphile's aggregates at 1,000,000 (median, one at a time): "
            f"{h1.mediane_seule:.1f} ms vs {p1.mediane_seule:.1f} ms "
            f"(**{(p1.mediane_seule or 0) / (h1.mediane_seule or 1):.0f}× faster**); PostGraphile at 100,000: "
            f"{cent_mille.resultats['statistiques']['postgraphile'].mediane_seule:.1f} ms."
        )
    pref = national.resultats.get("prefecture")
    if pref is not None:
        h, p = pref["hub"], pref["postgraphile"]
        assert h.fixe is not None and p.fixe is not None
        lignes.append(
            f"- Préfecture list, hub p50 / PostGraphile p50 at the same fixed rate: {h.fixe.centile(50):.1f} / "
            f"{p.fixe.centile(50):.1f} ms = **{h.fixe.centile(50) / p.fixe.centile(50):.2f}×** (target ≤ 1.5×); "
            f"one request at a time: {h.mediane_seule:.1f} / {p.mediane_seule:.1f} ms = "
            f"{(h.mediane_seule or 0) / (p.mediane_seule or 1):.2f}×."
        )
        if national.petite_page:
            total10, sql10 = national.petite_page["hub"]
            lignes.append(
                f"- Préfecture list, hub SQL statements per request: first 10 → {total10:.1f} ({sql10:.1f} queries), "
                f"first 100 → {h.instructions:.1f} ({h.requetes_sql:.1f} queries); PostGraphile: "
                f"{national.petite_page['postgraphile'][0]:.1f} → {p.instructions:.1f}."
            )
    return lignes


def ecrire_resultats(
    contexte: Contexte, national: Campagne, cent_mille: Campagne | None, sortie: str | None
) -> Path:
    r = contexte.reglages
    texte = [
        "# Benchmark results: the hub and PostGraphile 4 on the same PostgreSQL database",
        "",
        f"Generated by `python -m bench.run` on {contexte.debut:%Y-%m-%d %H:%M} UTC (see bench/README.md for the method).",
        "",
        f"- Machine: {_cpu()}, {os.cpu_count()} cores, {_memoire()} RAM, {platform.platform()}; load average "
        f"(1/5/15 min) {contexte.charge_debut[0]:.2f}/{contexte.charge_debut[1]:.2f}/{contexte.charge_debut[2]:.2f} "
        f"at start, {contexte.charge_fin[0]:.2f}/{contexte.charge_fin[1]:.2f}/{contexte.charge_fin[2]:.2f} at end. "
        "Load generator, both servers and PostgreSQL share these cores.",
        f"- PostgreSQL {contexte.postgresql} ({', '.join(f'{k}={v}' for k, v in SERVER_OPTIONS.items())}, "
        "fsync off; everything else default).",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in contexte.versions.items()) + ".",
        "- Servers: hub `inclusion-hub serve --workers 2` (uvicorn), PostGraphile `bench/postgraphile/server.js` "
        "(2 Node workers); both connect as `hub_app` (NOBYPASSRLS) and verify the same ES256 token per request. "
        "Hub settings changed for the load test: HUB_RATE_LIMIT_POINTS=0 (no rate limit), HUB_LOG_LEVEL=warning.",
        f"- Each operation, each server: {r.echauffement:g} s warm-up, {r.duree:g} s at maximum throughput "
        f"({r.connexions} keep-alive connections, closed loop), {r.duree:g} s at a fixed rate (open loop, "
        f"latency from the scheduled instant) = {r.part_du_maximum:.0%} of the slower server's maximum, then "
        "3–20 sequential requests for pg_stat_statements (statements per request) and the unloaded median.",
        "",
        f"## National dataset ({national.base.activites:,} activités): fixed rate",
        "",
        *_tableau(national, "fixe"),
        "",
        "## National dataset: maximum throughput",
        "",
        *_tableau(national, "maximal"),
        "",
        "## Ratios",
        "",
        *_ratios(national),
        "",
    ]
    if cent_mille is not None:
        texte += [
            f"## National statistiques at {cent_mille.base.activites:,} activités (same seed otherwise)",
            "",
            *_tableau(cent_mille, "fixe"),
            *_tableau(cent_mille, "maximal")[2:],
            "",
        ]
    texte += [*_criteres(national, cent_mille), ""]
    chemin = Path(sortie) if sortie else BENCH / "RESULTS.md"
    chemin.write_text("\n".join(texte), encoding="utf-8")
    return chemin
