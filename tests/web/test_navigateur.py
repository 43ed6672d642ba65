"""The whole sign-in in headless Chromium: the hub served by uvicorn, the real OpenID provider, a person
typing their e-mail, the session cookie, GraphQL from the page, and the sign-out at the provider.

The browser and the live hub are tests/web/conftest.py's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from tests.serveur_vivant import ServeurVivant
from tests.web.proconnect_fixtures import AGENT_57, AGENT_ANCT

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
