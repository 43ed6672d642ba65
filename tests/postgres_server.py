"""A throwaway PostgreSQL cluster for the test session (runs the server as `postgres` when we are root)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass


class PostgresUnavailableError(RuntimeError):
    pass


def _bindir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[-3]))
    if found:
        return os.path.dirname(found[-1])
    exe = shutil.which("pg_ctl")
    if exe:
        return os.path.dirname(exe)
    raise PostgresUnavailableError(
        "PostgreSQL server binaries not found: install them (apt-get install -y postgresql), "
        "set HUB_TEST_DATABASE_URL to an existing server, or run only SQLite with HUB_TEST_BACKENDS=sqlite"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: str
    base: str
    port: int
    as_user: list[str]

    @property
    def data(self) -> str:
        return f"{self.base}/data"

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    @classmethod
    def start(cls) -> PostgresServer:
        bindir = _bindir()
        base = tempfile.mkdtemp(prefix="hub-pg-")
        as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            shutil.chown(base, "postgres", "postgres")
            as_user = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--"]
        server = cls(bindir=bindir, base=base, port=_free_port(), as_user=as_user)
        subprocess.run(
            [
                *as_user,
                f"{bindir}/initdb",
                "-D",
                server.data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
                "--no-instructions",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        server.start_server()
        return server

    def start_server(self) -> None:
        subprocess.run(
            [
                *self.as_user,
                f"{self.bindir}/pg_ctl",
                "-D",
                self.data,
                "-l",
                f"{self.base}/log",
                "-w",
                "-t",
                "60",
                "-o",
                f"-h 127.0.0.1 -p {self.port} -k {self.base} -F -c max_connections=200",
                "start",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop_server(self, mode: str = "fast") -> None:
        subprocess.run(
            [*self.as_user, f"{self.bindir}/pg_ctl", "-D", self.data, "-m", mode, "-w", "stop"],
            stdout=subprocess.DEVNULL,
            check=False,
        )

    def destroy(self) -> None:
        self.stop_server("immediate")
        shutil.rmtree(self.base, ignore_errors=True)
