"""The real OpenID provider, once per test session, knowing the in-process hub and the live one; the
live hub (uvicorn) over the seeded demo; Debian's headless Chromium driven by ChromeDriver.

Chromium and ChromeDriver are Debian's (`chromium`, `chromium-driver`), installed by .ci/run; their
absence is a failure, never a skip.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from hub.db import Database
from hub.settings import Settings
from tests.databases import Backend, app_role_url
from tests.oidc_provider import FournisseurOidc, demarrer_fournisseur
from tests.serveur_vivant import ServeurVivant, port_libre
from tests.web.proconnect_fixtures import BASE, COMPTES, habiliter

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="session")
def port_du_hub_vivant() -> int:
    return port_libre()


@pytest.fixture(scope="session")
def fournisseur(port_du_hub_vivant: int) -> Iterator[FournisseurOidc]:
    hubs = [BASE, f"http://127.0.0.1:{port_du_hub_vivant}"]
    demarre = demarrer_fournisseur(
        port=port_libre(),
        redirect_uris=[f"{hub}/auth/callback" for hub in hubs],
        post_logout_redirect_uris=[f"{hub}/auth/deconnecte" for hub in hubs],
        comptes=COMPTES,
    )
    yield demarre
    demarre.stop()


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium'}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # console errors, failed loads
    navigateur = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    navigateur.set_script_timeout(20)
    try:
        yield navigateur
    finally:
        navigateur.quit()


@pytest.fixture
async def hub_vivant(
    seeded_settings: Settings,
    seeded_database: Database,
    backend: Backend,
    fournisseur: FournisseurOidc,
    port_du_hub_vivant: int,
) -> AsyncIterator[ServeurVivant]:
    await habiliter(seeded_database, fournisseur.issuer)
    url = seeded_settings.database_url
    settings = seeded_settings.with_(
        database_url=app_role_url(url) if backend.name == "postgresql" else url,
        oidc_issuer=fournisseur.issuer,
        oidc_client_id=fournisseur.client_id,
        oidc_client_secret=fournisseur.client_secret,
        public_url=f"http://127.0.0.1:{port_du_hub_vivant}",
    )
    serveur = ServeurVivant.demarrer(settings, port_du_hub_vivant)
    try:
        yield serveur
    finally:
        serveur.arreter()
