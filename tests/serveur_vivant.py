"""A real hub served by uvicorn on loopback, in a thread, for a browser (or a provider) to reach.

The app owns its database (created, and connected, inside the server's own event loop: asyncpg
connections belong to one loop). On PostgreSQL it connects as the application role, like production.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

import uvicorn

from hub.app import create_app
from hub.settings import Settings


def port_libre() -> int:
    with socket.socket() as prise:
        prise.bind(("127.0.0.1", 0))
        return int(prise.getsockname()[1])


@dataclass
class ServeurVivant:
    url: str
    serveur: uvicorn.Server
    fil: threading.Thread

    @classmethod
    def demarrer(cls, settings: Settings, port: int) -> ServeurVivant:
        app = create_app(settings)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
        serveur = uvicorn.Server(config)
        fil = threading.Thread(target=serveur.run, name="hub-vivant", daemon=True)
        fil.start()
        limite = time.monotonic() + 20
        while not serveur.started:
            if not fil.is_alive() or time.monotonic() > limite:
                raise RuntimeError(f"le hub n'a pas démarré sur 127.0.0.1:{port}")
            time.sleep(0.05)
        return cls(url=f"http://127.0.0.1:{port}", serveur=serveur, fil=fil)

    def arreter(self) -> None:
        self.serveur.should_exit = True
        self.fil.join(timeout=20)
