"""The benchmark, end to end: `python -m bench.run` (see bench/README.md).

Starts the persistent PostgreSQL cluster of bench/.work (seeding the national dataset the first time,
~3 min), the hub and PostGraphile on the same database and role, checks that each operation returns
the same data from both, measures them, stops every process it started and writes bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from dataclasses import dataclass, field

from auth.tokens import issue_access_token
from bench.cluster import CENT_MILLE, NATIONAL, Base, Cluster, Journal
from bench.load import Requete
from bench.mesure import Reglages, Resultat, fixe_alterne, instructions_par_requete, maximal, verifier
from bench.operations import Donnees, Operation, operations
from bench.rapport import Contexte, ecrire_resultats
from bench.servers import Serveur, demarrer_hub, demarrer_postgraphile
from hub.settings import Settings

SERVEURS = ("hub", "postgraphile")


@dataclass
class Campagne:
    base: Base
    resultats: dict[str, dict[str, Resultat]] = field(default_factory=dict)
    debits_fixes: dict[str, float] = field(default_factory=dict)
    # Statement counts of the préfecture list at another page size (independence of page size).
    petite_page: dict[str, tuple[float, float]] = field(default_factory=dict)


def _requetes(operation: Operation, hub: Serveur, pg: Serveur, jeton: str) -> dict[str, Requete]:
    return {
        "hub": Requete.graphql(hub.url, *operation.hub, jeton),
        "postgraphile": Requete.graphql(pg.url, *operation.postgraphile, jeton),
    }


async def _mesurer(
    cluster: Cluster,
    campagne: Campagne,
    operation: Operation,
    requetes: dict[str, Requete],
    r: Reglages,
    log: Journal,
) -> None:
    operation.verifier(await verifier(requetes["hub"]), await verifier(requetes["postgraphile"]))
    resultats = {nom: Resultat(maximal=await maximal(requetes[nom], r)) for nom in SERVEURS}
    debit = max(1.0, round(r.part_du_maximum * min(res.maximal.debit for res in resultats.values()), 1))
    campagne.debits_fixes[operation.cle] = debit
    fixes = await fixe_alterne({nom: requetes[nom] for nom in SERVEURS}, debit, r)
    for nom in SERVEURS:
        res = resultats[nom]
        res.fixe = fixes[nom]
        # Enough sequential requests for a stable count, about 3 s of them (3 to 20).
        unitaire = res.fixe.centile(50) / 1000 if res.fixe.latences else 1.0
        nombre = max(3, min(20, int(3 / max(unitaire, 0.001))))
        res.instructions, res.requetes_sql, res.mediane_seule = await instructions_par_requete(
            cluster, campagne.base, requetes[nom], nombre
        )
        _journaliser(log, operation.cle, nom, res, debit)
    campagne.resultats[operation.cle] = resultats


def _journaliser(log: Journal, cle: str, nom: str, m: Resultat, debit: float) -> None:
    assert m.fixe is not None
    log(
        f"  {cle:<12} {nom:<12} max {m.maximal.debit:7.1f} req/s p50 {m.maximal.centile(50):8.1f} ms"
        f" | {debit:g} req/s: p50 {m.fixe.centile(50):8.1f} p99 {m.fixe.centile(99):8.1f} ms"
        f" | {m.instructions:.1f} statements/request"
    )
    for phase, mesures in (("max", m.maximal), ("fixed rate", m.fixe)):
        if mesures.erreurs:
            log(f"    {mesures.erreurs} errors at {phase}, e.g. {mesures.exemple_erreur}")


async def campagne(
    cluster: Cluster, base: Base, cles: set[str], reglages: Reglages, log: Journal, actifs: list[Serveur]
) -> Campagne:
    resultat = Campagne(base)
    hub = await demarrer_hub(cluster, base)
    actifs.append(hub)
    pg = await demarrer_postgraphile(cluster, base, hub)
    actifs.append(pg)
    log(f"{base.nom}: hub on {hub.url}, PostGraphile on {pg.url}")
    try:
        settings = Settings.from_env(hub.extra)
        donnees = await Donnees.lire(cluster, base)
        for operation in operations(donnees):
            if operation.cle not in cles:
                continue
            jeton = issue_access_token(settings, operation.principal, ttl_seconds=3600)
            requetes = _requetes(operation, hub, pg, jeton)
            await _mesurer(cluster, resultat, operation, requetes, reglages, log)
            if operation.cle == "prefecture":
                for nom, (document, variables) in (
                    ("hub", operation.hub),
                    ("postgraphile", operation.postgraphile),
                ):
                    url = hub.url if nom == "hub" else pg.url
                    petite = Requete.graphql(url, document, {**variables, "first": 10}, jeton)
                    total, sql, _ = await instructions_par_requete(cluster, base, petite, 10)
                    resultat.petite_page[nom] = (total, sql)
    finally:
        for serveur in (pg, hub):
            serveur.arreter()
            actifs.remove(serveur)
    return resultat


async def principal(arguments: argparse.Namespace) -> None:
    log = Journal()
    reglages = Reglages(
        duree=arguments.duree, echauffement=arguments.echauffement, connexions=arguments.connexions
    )
    cles = set(arguments.operations.split(","))
    cluster = Cluster()
    actifs: list[Serveur] = []
    contexte = Contexte.capturer(reglages)
    cluster.start()
    try:
        log(f"PostgreSQL {cluster.version} on 127.0.0.1:{cluster.server.port} ({cluster.server.data})")
        await cluster.prepare(NATIONAL, log)
        if not arguments.sans_100k:
            await cluster.prepare(CENT_MILLE, log)
        national = await campagne(cluster, NATIONAL, cles, reglages, log, actifs)
        cent_mille = None
        if not arguments.sans_100k and "statistiques" in cles:
            cent_mille = await campagne(cluster, CENT_MILLE, {"statistiques"}, reglages, log, actifs)
        contexte.terminer(cluster)
        chemin = ecrire_resultats(contexte, national, cent_mille, arguments.sortie)
        log(f"results written to {chemin}")
    finally:
        for serveur in actifs:
            serveur.arreter()
        cluster.stop()
        log(f"every server stopped; total {time.perf_counter() - log.debut:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--duree", type=float, default=10.0, help="seconds of each measured phase (default 10)"
    )
    parser.add_argument("--echauffement", type=float, default=3.0, help="seconds of warm-up (default 3)")
    parser.add_argument(
        "--connexions", type=int, default=8, help="connections at maximum throughput (default 8)"
    )
    parser.add_argument(
        "--operations",
        default="statistiques,prefecture,lieux,activites,node",
        help="comma-separated subset (default: all five)",
    )
    parser.add_argument("--sans-100k", action="store_true", help="skip the 100,000-activité database")
    parser.add_argument("--sortie", default=None, help="results file (default bench/RESULTS.md)")
    asyncio.run(principal(parser.parse_args()))


if __name__ == "__main__":
    main()
