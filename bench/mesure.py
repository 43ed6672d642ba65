"""One operation on one server: check, warm up, maximum throughput, fixed rate, SQL statements per request."""

from __future__ import annotations

import asyncio
import json
import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bench.cluster import APP_ROLE, Base, Cluster
from bench.load import (
    Connexion,
    Mesures,
    Requete,
    debit_fixe,
    debit_maximal,
    fermer_reserve,
    reserve_de_connexions,
    sequentiel,
)

# Transaction control and the per-request settings (set_config): counted apart, both servers issue them.
_CONTROLE = re.compile(
    r"^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SELECT set_config|select set_config)", re.I
)


@dataclass(frozen=True)
class Reglages:
    echauffement: float = 3.0  # seconds of closed-loop warm-up, not measured
    duree: float = 10.0  # seconds of each measured phase
    connexions: int = 8  # closed-loop concurrency at maximum throughput
    part_du_maximum: float = 0.5  # fixed rate = this share of the slower server's maximum
    tranches: int = 4  # the fixed-rate phase of the two servers, interleaved in this many slices each
    repos: float = 2.0  # seconds of quiet between the maximum-throughput phases and the fixed rate


@dataclass
class Resultat:
    maximal: Mesures
    fixe: Mesures | None = None
    instructions: float | None = None  # SQL statements per request, all of them
    requetes_sql: float | None = None  # the same without BEGIN/COMMIT/set_config
    mediane_seule: float | None = None  # ms, one request at a time


async def instructions_par_requete(
    cluster: Cluster, base: Base, requete: Requete, nombre: int
) -> tuple[float, float, float]:
    """pg_stat_statements delta over `nombre` sequential requests: (all, without control, median ms)."""
    await cluster.fetch("SELECT pg_stat_statements_reset()", base.nom)
    mesures = await sequentiel(requete, nombre)
    if mesures.erreurs:
        raise RuntimeError(f"errors while counting statements: {mesures.exemple_erreur}")
    lignes = await cluster.fetch(
        "SELECT s.query, s.calls FROM pg_stat_statements s "
        "JOIN pg_roles r ON r.oid = s.userid JOIN pg_database d ON d.oid = s.dbid "
        "WHERE r.rolname = $1 AND d.datname = $2",
        base.nom,
        APP_ROLE,
        base.nom,
    )
    total = sum(int(ligne["calls"]) for ligne in lignes)
    controle = sum(int(ligne["calls"]) for ligne in lignes if _CONTROLE.match(ligne["query"]))
    mediane = statistics.median(mesures.latences) * 1000
    return total / nombre, (total - controle) / nombre, mediane


async def verifier(requete: Requete) -> dict[str, Any]:
    """One request that must succeed; its JSON `data`."""
    connexion = await Connexion.ouvrir(requete)
    try:
        statut, corps = await connexion.envoyer(requete)
    finally:
        connexion.fermer()
    reponse = json.loads(corps)
    if statut != 200 or reponse.get("errors"):
        raise RuntimeError(f"HTTP {statut}: {corps[:500]!r}")
    data: dict[str, Any] = reponse["data"]
    return data


async def maximal(requete: Requete, reglages: Reglages) -> Mesures:
    await debit_maximal([requete], reglages.connexions, reglages.echauffement)
    return await debit_maximal([requete], reglages.connexions, reglages.duree)


async def fixe(requete: Requete, par_seconde: float, reglages: Reglages) -> Mesures:
    return await debit_fixe([requete], par_seconde, reglages.duree)


async def fixe_alterne(
    requetes: Mapping[str, Requete], par_seconde: float, reglages: Reglages
) -> dict[str, Mesures]:
    """The fixed-rate phase of every server, interleaved: `reglages.tranches` slices of
    `duree / tranches` seconds each, in ABBA order (A B, B A, A B, …), after `repos` seconds of quiet.

    Run one after the other, the second server's phase followed the first's and the other server's
    maximum-throughput phase, and the shared machine's load drifts within a run (other jobs, a
    garbage collection, PostgreSQL's background work): one server could be measured on a busier
    machine than the other. Interleaved, a drift weighs on both alike.
    """
    await asyncio.sleep(reglages.repos)
    noms = list(requetes)
    cumul = {nom: Mesures(0.0) for nom in noms}
    # Each server keeps its connections from one slice to the next: only its first slice opens them.
    reserves = {nom: reserve_de_connexions() for nom in noms}
    tranche = reglages.duree / max(1, reglages.tranches)
    try:
        await _tranches(requetes, par_seconde, reglages, noms, cumul, reserves, tranche)
    finally:
        for reserve in reserves.values():
            fermer_reserve(reserve)
    return cumul


async def _tranches(
    requetes: Mapping[str, Requete],
    par_seconde: float,
    reglages: Reglages,
    noms: list[str],
    cumul: dict[str, Mesures],
    reserves: dict[str, asyncio.Queue[Connexion | None]],
    tranche: float,
) -> None:
    for rang in range(max(1, reglages.tranches)):
        for nom in noms if rang % 2 == 0 else noms[::-1]:
            mesures = await debit_fixe([requetes[nom]], par_seconde, tranche, reserve=reserves[nom])
            total = cumul[nom]
            total.duree += mesures.duree
            total.latences.extend(mesures.latences)
            total.erreurs += mesures.erreurs
            total.exemple_erreur = total.exemple_erreur or mesures.exemple_erreur
