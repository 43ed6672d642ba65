"""The test suite's OpenID provider: tests/oidc/provider.mjs (npm `oidc-provider`) run with Node.

`demarrer_fournisseur` installs the package from tests/oidc/package-lock.json when it is missing (a
fresh clone; .ci/run installs it beforehand), starts the provider on a free loopback port and waits
for its READY line. `se_connecter_chez_le_fournisseur` plays the person at the provider's sign-in
page with an HTTP client, for the tests that need no browser.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import selectors
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

DOSSIER = Path(__file__).parent / "oidc"
ACTION = re.compile(r'<form method="post" action="([^"]+)"')


@dataclass
class FournisseurOidc:
    issuer: str
    client_id: str
    client_secret: str
    process: subprocess.Popen[str]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()


def installer() -> None:
    if (DOSSIER / "node_modules" / "oidc-provider").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm est introuvable : Node.js et npm sont nécessaires aux tests de connexion")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=DOSSIER, check=True)


def demarrer_fournisseur(
    *,
    port: int,
    redirect_uris: list[str],
    post_logout_redirect_uris: list[str],
    comptes: dict[str, dict[str, str]],
    client_id: str = "inclusion-hub",
    client_secret: str | None = None,
) -> FournisseurOidc:
    installer()
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node est introuvable")
    client_secret = client_secret or secrets.token_urlsafe(32)
    environnement = {
        **os.environ,
        "OIDC_PORT": str(port),
        "OIDC_CLIENT_ID": client_id,
        "OIDC_CLIENT_SECRET": client_secret,
        "OIDC_REDIRECT_URIS": ",".join(redirect_uris),
        "OIDC_POST_LOGOUT_REDIRECT_URIS": ",".join(post_logout_redirect_uris),
        "OIDC_ACCOUNTS": json.dumps(comptes),
    }
    process = subprocess.Popen(
        [node, str(DOSSIER / "provider.mjs")],
        env=environnement,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    attente = selectors.DefaultSelector()
    attente.register(process.stdout, selectors.EVENT_READ)
    limite = time.monotonic() + 20
    sortie: list[str] = []
    while time.monotonic() < limite:
        if attente.select(timeout=0.2):
            ligne = process.stdout.readline()
            if ligne.startswith("READY "):
                attente.close()
                return FournisseurOidc(ligne.split()[1], client_id, client_secret, process)
            sortie.append(ligne)
            if not ligne and process.poll() is not None:
                break
    attente.close()
    process.kill()
    reste, _ = process.communicate(timeout=10)
    raise RuntimeError(f"le fournisseur OpenID de test n'a pas démarré : {''.join(sortie)}{reste}"[-2000:])


async def se_connecter_chez_le_fournisseur(
    client: httpx.AsyncClient, url_autorisation: str, email: str
) -> str:
    """Sign `email` in at the provider from its authorization URL; the URL it finally sends the
    browser to, outside the provider (the hub's callback, with code and state, or an error)."""
    origine = "{0.scheme}://{0.netloc}".format(urlsplit(url_autorisation))
    url = url_autorisation
    for _ in range(10):
        reponse = await client.get(url)
        if reponse.status_code in (302, 303):
            url = urljoin(url, reponse.headers["location"])
            if not url.startswith(origine):
                return url
            continue
        assert reponse.status_code == 200, f"{url}: {reponse.status_code} {reponse.text[:300]}"
        action = ACTION.search(reponse.text)
        assert action is not None, f"pas de formulaire de connexion sur {url}"
        envoi = await client.post(urljoin(url, action.group(1)), data={"email": email})
        assert envoi.status_code in (302, 303), f"connexion refusée : {envoi.status_code} {envoi.text[:300]}"
        url = urljoin(url, envoi.headers["location"])
        if not url.startswith(origine):
            return url
    raise AssertionError(f"trop de redirections chez le fournisseur (dernière : {url})")
