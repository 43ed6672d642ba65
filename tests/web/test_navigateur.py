"""The whole sign-in in headless Chromium: the hub served by uvicorn, the real OpenID provider, a person
typing their e-mail, the session cookie, GraphQL from the page, and the sign-out at the provider.

Chromium and ChromeDriver are Debian's (`chromium`, `chromium-driver`), installed by .ci/run; their
absence is a failure, never a skip.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from hub.db import Database
from hub.settings import Settings
from tests.databases import Backend, app_role_url
from tests.oidc_provider import FournisseurOidc
from tests.serveur_vivant import ServeurVivant
from tests.web.proconnect_fixtures import AGENT_57, AGENT_ANCT, habiliter

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
STRUCTURES = "{ structures(first: 100) { nodes { departement { code } } } }"
GRAPHQL_DEPUIS_LA_PAGE = """
const [csrf, query, fini] = arguments;
fetch('/graphql', {method: 'POST', headers: {'content-type': 'application/json', 'x-hub-csrf': csrf},
                   body: JSON.stringify({query})})
  .then((r) => r.json()).then(fini, (e) => fini({erreur: String(e)}));
"""
DECONNEXION_DEPUIS_LA_PAGE = """
const f = document.createElement('form'); f.method = 'post'; f.action = '/auth/logout';
const i = document.createElement('input'); i.type = 'hidden'; i.name = 'csrf'; i.value = arguments[0];
f.appendChild(i); document.body.appendChild(f); f.submit();
"""


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


def _json_de_la_page(navigateur: webdriver.Chrome) -> Any:
    return json.loads(navigateur.find_element(By.TAG_NAME, "body").text)


@pytest.mark.parametrize(("email", "departements"), [(AGENT_57, {"57"}), (AGENT_ANCT, None)])
def test_connexion_dans_chromium_puis_graphql_par_le_cookie(
    chromium: webdriver.Chrome, hub_vivant: ServeurVivant, email: str, departements: set[str] | None
) -> None:
    attendre = WebDriverWait(chromium, 20)
    chromium.get(f"{hub_vivant.url}/auth/login?next=/auth/session")
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "email"))).send_keys(email)
    chromium.find_element(By.ID, "connexion").click()
    attendre.until(expected_conditions.url_to_be(f"{hub_vivant.url}/auth/session"))
    session = _json_de_la_page(chromium)
    assert session["connecte"] is True
    assert "hub_session" not in chromium.execute_script("return document.cookie")  # HttpOnly

    corps = chromium.execute_async_script(GRAPHQL_DEPUIS_LA_PAGE, session["csrf"], STRUCTURES)
    codes = {noeud["departement"]["code"] for noeud in corps["data"]["structures"]["nodes"]}
    if departements is None:
        assert session["role"] == "anct"
        assert len(codes) > 1
    else:
        assert session["role"] == "prefecture"
        assert codes == departements

    chromium.execute_script(DECONNEXION_DEPUIS_LA_PAGE, session["csrf"])
    attendre.until(expected_conditions.url_contains("/auth/deconnecte"))
    assert chromium.current_url.startswith(hub_vivant.url)
    assert "Vous êtes déconnecté" in chromium.find_element(By.ID, "titre").text
    chromium.get(f"{hub_vivant.url}/auth/session")
    assert _json_de_la_page(chromium) == {"connecte": False}
