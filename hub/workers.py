"""Several uvicorn workers, each with its own listening socket (SO_REUSEPORT): the kernel spreads the
connections over the workers evenly.

uvicorn's own `--workers` shares one listening socket between its processes: whichever worker wakes
first accepts every connection pending at that moment. Clients that open their keep-alive connections
together (a dashboard's pool, a partner's batch, the benchmark's 8 connections) could all land on one
worker while the other idled: measured here, a 5 s burst of préfecture lists served 79 req/s with
every request on one worker, 130–134 req/s when the connections happened to split (bench/RESULTS.md).
Each worker now listens on a socket of its own, bound to the same address with SO_REUSEPORT, and the
kernel assigns each new connection to one of them by a hash of its addresses (as nginx's
`listen … reuseport`). uvicorn's supervisor is kept (health checks, restarts, signals): only the
socket each worker serves changes.

Limits: Linux (and other systems with SO_REUSEPORT) only, else uvicorn's shared socket; a
connection still waiting in the accept queue of a worker that stops is reset (rare: a worker
restarted alone).
"""

from __future__ import annotations

import socket
from typing import Any

from uvicorn import Config
from uvicorn.supervisors import multiprocess

REUSEPORT = hasattr(socket, "SO_REUSEPORT")


def socket_du_worker(modele: socket.socket) -> socket.socket:
    """A new socket bound to `modele`'s address with SO_REUSEPORT (listened to by the worker)."""
    propre = socket.socket(modele.family, modele.type)
    propre.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    propre.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    propre.bind(modele.getsockname())
    return propre


class _Worker(multiprocess.Process):
    """uvicorn's worker process, serving a socket of its own instead of the supervisor's."""

    def target(self, sockets: list[socket.socket] | None = None) -> None:  # pragma: no cover - child
        propres = [socket_du_worker(s) for s in sockets or []]
        for herite in sockets or []:
            herite.close()
        super().target(propres)


def socket_reserve(config: Config) -> socket.socket:
    """The supervisor's socket: bound with SO_REUSEPORT, never listened to (no connection waits
    there); it reserves the address and gives the workers their host and port."""
    sock = socket.socket(socket.AF_INET6 if config.host and ":" in config.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((config.host, config.port))
    sock.set_inheritable(True)
    return sock


def servir(app: str, **options: Any) -> None:
    """`uvicorn.run(app, **options)`, with one listening socket per worker when there are several."""
    config = Config(app, **options)
    if config.workers <= 1 or not REUSEPORT or config.uds or config.fd is not None:
        import uvicorn

        uvicorn.run(app, **options)
        return
    sock = socket_reserve(config)
    processus = multiprocess.Process
    multiprocess.Process = _Worker  # type: ignore[misc]  # uvicorn's supervisor builds its workers here
    try:
        multiprocess.Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:  # as uvicorn.run
        pass
    finally:
        multiprocess.Process = processus  # type: ignore[misc]
        sock.close()
