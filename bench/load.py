"""Load generation on 127.0.0.1 only: a small HTTP/1.1 keep-alive client, closed and open loops.

A hand-written client because the generator shares the machine's two cores with the servers: it
costs ~40 µs of CPU per request, a tenth of httpx. Every run is bounded in time.

- `debit_maximal`: N connections, each sending its next request as soon as the previous answered.
- `debit_fixe`: requests scheduled at a fixed rate whatever the answers (open loop); the latency of
  each is measured from its scheduled instant, so a server that falls behind is charged for the
  queue it causes (no coordinated omission).
An error is a status other than 200, an answer with `"errors"`, or a transport failure.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


class TransportError(Exception):
    pass


@dataclass(frozen=True)
class Requete:
    """One ready-to-send POST (bytes built once)."""

    hote: str
    port: int
    octets: bytes

    @classmethod
    def graphql(cls, url: str, document: str, variables: dict[str, Any], jeton: str | None) -> Requete:
        cible = urlsplit(url)
        if cible.hostname != "127.0.0.1":
            raise ValueError(f"the benchmark only targets 127.0.0.1, not {cible.hostname}")
        corps = json.dumps({"query": document, "variables": variables}).encode()
        entetes = [
            f"POST {cible.path} HTTP/1.1",
            f"Host: {cible.netloc}",
            "Content-Type: application/json",
            "Accept: application/json",
            f"Content-Length: {len(corps)}",
        ]
        if jeton is not None:
            entetes.append(f"Authorization: Bearer {jeton}")
        return cls(cible.hostname, cible.port or 80, ("\r\n".join(entetes) + "\r\n\r\n").encode() + corps)


class Connexion:
    def __init__(self, lecteur: asyncio.StreamReader, ecrivain: asyncio.StreamWriter) -> None:
        self.lecteur = lecteur
        self.ecrivain = ecrivain

    @classmethod
    async def ouvrir(cls, requete: Requete) -> Connexion:
        lecteur, ecrivain = await asyncio.open_connection(requete.hote, requete.port)
        return cls(lecteur, ecrivain)

    async def envoyer(self, requete: Requete) -> tuple[int, bytes]:
        self.ecrivain.write(requete.octets)
        entete = await self.lecteur.readuntil(b"\r\n\r\n")
        lignes = entete.decode("latin-1").split("\r\n")
        statut = int(lignes[0].split(" ", 2)[1])
        champs = {
            k.strip().lower(): v.strip()
            for k, _, v in (ligne.partition(":") for ligne in lignes[1:] if ligne)
        }
        if "content-length" in champs:
            return statut, await self.lecteur.readexactly(int(champs["content-length"]))
        if champs.get("transfer-encoding", "").lower() == "chunked":
            morceaux = []
            while True:
                taille = int((await self.lecteur.readuntil(b"\r\n")).strip(), 16)
                morceaux.append(await self.lecteur.readexactly(taille + 2))
                if taille == 0:
                    return statut, b"".join(m[:-2] for m in morceaux)
        raise TransportError("response without length")

    def fermer(self) -> None:
        self.ecrivain.close()

    def perimee(self) -> bool:
        """Closed by the server while idle (its keep-alive timeout, 5 s for both servers)."""
        return self.lecteur.at_eof() or self.ecrivain.is_closing()


@dataclass
class Mesures:
    """Latencies (seconds) of the answered requests and the number of errors, over `duree` seconds."""

    duree: float
    latences: list[float] = field(default_factory=list)
    erreurs: int = 0
    exemple_erreur: str | None = None

    @property
    def requetes(self) -> int:
        return len(self.latences) + self.erreurs

    @property
    def debit(self) -> float:
        return len(self.latences) / self.duree if self.duree else 0.0

    @property
    def taux_erreur(self) -> float:
        return self.erreurs / self.requetes if self.requetes else 0.0

    def centile(self, p: float) -> float:
        """Nearest-rank percentile, in milliseconds."""
        if not self.latences:
            return math.nan
        triees = sorted(self.latences)
        rang = max(0, math.ceil(p / 100 * len(triees)) - 1)
        return triees[rang] * 1000

    def noter(self, debut: float, statut: int, corps: bytes) -> None:
        if statut != 200 or b'"errors"' in corps:
            self.erreurs += 1
            self.exemple_erreur = self.exemple_erreur or f"HTTP {statut}: {corps[:300]!r}"
        else:
            self.latences.append(time.perf_counter() - debut)


async def _une(
    connexion: Connexion | None, requete: Requete, mesures: Mesures, debut: float
) -> Connexion | None:
    try:
        if connexion is not None and connexion.perimee():
            connexion.fermer()
            connexion = None
        if connexion is None:
            connexion = await Connexion.ouvrir(requete)
            statut, corps = await connexion.envoyer(requete)
        else:
            try:
                statut, corps = await connexion.envoyer(requete)
            except (asyncio.IncompleteReadError, ConnectionResetError) as e:
                if isinstance(e, asyncio.IncompleteReadError) and e.partial:
                    raise
                # An idle keep-alive connection the server closed as we sent: once more on a new
                # one, as HTTP clients do; the latency still counts from the scheduled instant.
                connexion.fermer()
                connexion = await Connexion.ouvrir(requete)
                statut, corps = await connexion.envoyer(requete)
        mesures.noter(debut, statut, corps)
        return connexion
    except (
        OSError,
        asyncio.IncompleteReadError,
        asyncio.LimitOverrunError,
        TransportError,
        ValueError,
    ) as e:
        mesures.erreurs += 1
        mesures.exemple_erreur = mesures.exemple_erreur or repr(e)
        if connexion is not None:
            connexion.fermer()
        return None


async def debit_maximal(requetes: Sequence[Requete], connexions: int, duree: float) -> Mesures:
    """Closed loop: `connexions` clients back to back for `duree` seconds (requests taken in turn)."""
    mesures = Mesures(duree)
    fin = time.perf_counter() + duree

    async def client(rang: int) -> None:
        connexion: Connexion | None = None
        n = rang
        while time.perf_counter() < fin:
            connexion = await _une(connexion, requetes[n % len(requetes)], mesures, time.perf_counter())
            n += connexions
        if connexion is not None:
            connexion.fermer()

    debut = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(connexions)))
    mesures.duree = time.perf_counter() - debut
    return mesures


def reserve_de_connexions(connexions: int = 64) -> asyncio.Queue[Connexion | None]:
    """Up to `connexions` keep-alive connections, opened on first use (None: not opened yet) and
    taken in turn (first in, first out: the load spreads over all of them, hence over the server's
    workers)."""
    libres: asyncio.Queue[Connexion | None] = asyncio.Queue()
    for _ in range(connexions):
        libres.put_nowait(None)
    return libres


def fermer_reserve(libres: asyncio.Queue[Connexion | None]) -> None:
    while not libres.empty():
        connexion = libres.get_nowait()
        if connexion is not None:
            connexion.fermer()


async def debit_fixe(
    requetes: Sequence[Requete],
    par_seconde: float,
    duree: float,
    connexions: int = 64,
    reserve: asyncio.Queue[Connexion | None] | None = None,
) -> Mesures:
    """Open loop: one request every 1/par_seconde s for `duree` s, on up to `connexions` connections
    (those of `reserve`, kept open for the caller's next phase, when given)."""
    mesures = Mesures(duree)
    libres = reserve_de_connexions(connexions) if reserve is None else reserve
    debut = time.perf_counter()
    total = int(par_seconde * duree)

    async def une(n: int, prevu: float) -> None:
        connexion = await libres.get()
        libres.put_nowait(await _une(connexion, requetes[n % len(requetes)], mesures, prevu))

    taches = []
    for n in range(total):
        prevu = debut + n / par_seconde
        attente = prevu - time.perf_counter()
        if attente > 0:
            await asyncio.sleep(attente)
        taches.append(asyncio.create_task(une(n, prevu)))
    # Bounded: what has not answered 10 s after the last request was scheduled counts as an error.
    _, en_retard = await asyncio.wait(taches, timeout=10) if taches else (set(), set())
    for tache in en_retard:
        tache.cancel()
        mesures.erreurs += 1
    if reserve is None:
        fermer_reserve(libres)
    return mesures


async def sequentiel(requete: Requete, nombre: int) -> Mesures:
    """`nombre` requests one after the other on one connection (statement counting, checks)."""
    mesures = Mesures(0.0)
    connexion: Connexion | None = None
    debut = time.perf_counter()
    for _ in range(nombre):
        connexion = await _une(connexion, requete, mesures, time.perf_counter())
    mesures.duree = time.perf_counter() - debut
    if connexion is not None:
        connexion.fermer()
    return mesures
