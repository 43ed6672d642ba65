"""The pages in headless Chromium, signed in through the real OpenID provider, over the seeded demo.

For each page: no console error and no failed request (Chromium logs both), the figures the GraphQL
API returns to that person, the refusals (préfecture 57 on /departements/13), the préfet's avis
given through the form, and a screenshot of each page under the run's output folder
(HUB_TEST_SORTIE, default ./sortie-des-tests/pages/).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import func, select

from hub.db import Database
from hub.importers.contours import ImporteurContours
from hub.importers.execution import importer
from hub.models import AvisPrefet
from hub.seed.habilitations_demo import assurer_habilitations_demo
from tests.open_data import CONTOURS, donnee
from tests.seed.sql import en_systeme
from tests.serveur_vivant import ServeurVivant
from tests.web.proconnect_fixtures import AGENT_57

STATISTIQUES = """query($code: String!) { statistiques(territoire: { departement: $code }) {
  postes { valides } activites { total } } }"""
GRAPHQL = """
const [csrf, query, variables, fini] = arguments;
fetch('/graphql', {method: 'POST', headers: {'content-type': 'application/json', 'x-hub-csrf': csrf},
                   body: JSON.stringify({query, variables})})
  .then((r) => r.json()).then(fini, (e) => fini({erreur: String(e)}));
"""


def _sortie() -> Path:
    dossier = Path(os.environ.get("HUB_TEST_SORTIE", "sortie-des-tests")) / "pages"
    dossier.mkdir(parents=True, exist_ok=True)
    return dossier


def _sans_erreur(navigateur: webdriver.Chrome, page: str) -> None:
    """No console error and no failed request of the hub's pages (the test provider's own sign-in
    page, on another origin, has no favicon: not the hub's)."""
    hub = re.match(r"https?://[^/]+", navigateur.current_url)
    assert hub is not None
    erreurs = [
        e
        for e in navigateur.get_log("browser")
        if e["level"] in ("SEVERE", "ERROR") and (e["source"] != "network" or e["message"].startswith(hub[0]))
    ]
    assert erreurs == [], (page, erreurs)


AXE = Path(__file__).parents[1] / "accessibilite" / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """
const fini = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then((r) => fini(r.violations.map((v) => ({id: v.id, impact: v.impact,
                                              cibles: v.nodes.slice(0, 3).map((n) => n.target.join(' '))}))),
        (e) => fini([{id: 'axe', impact: String(e), cibles: []}]));
"""


def _accessible(navigateur: webdriver.Chrome, page: str) -> None:
    """No violation of the WCAG 2.1 A and AA rules axe-core checks (the RGAA's automatable part)."""
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE}: run `npm --prefix tests/accessibilite ci` (.ci/run does)")
    navigateur.execute_script(AXE.read_text(encoding="utf-8"))
    violations = navigateur.execute_async_script(AXE_RUN)
    assert violations == [], (page, violations)


def _photo(navigateur: webdriver.Chrome, nom: str) -> None:
    navigateur.set_window_size(
        1280, max(900, int(navigateur.execute_script("return document.body.scrollHeight")))
    )
    assert navigateur.save_screenshot(str(_sortie() / f"{nom}.png"))


def _nombre(texte: str) -> int | None:
    chiffres = re.sub(r"[^\d]", "", texte)
    return int(chiffres) if chiffres else None


def _visiter(navigateur: webdriver.Chrome, url: str, nom: str) -> None:
    navigateur.get(url)
    WebDriverWait(navigateur, 20).until(expected_conditions.presence_of_element_located((By.ID, "titre")))
    _sans_erreur(navigateur, url)
    _accessible(navigateur, url)
    _photo(navigateur, nom)


async def _avis(database: Database) -> int:
    async with en_systeme(database) as session:
        return int(await session.scalar(select(func.count()).select_from(AvisPrefet)) or 0)


async def test_les_pages_de_la_prefecture_57_dans_chromium(
    chromium: webdriver.Chrome,
    hub_vivant: ServeurVivant,
    seeded_database: Database,
    backend: Any,
    tmp_path: Path,
) -> None:
    attendre = WebDriverWait(chromium, 20)
    await importer(seeded_database, ImporteurContours(), donnee(CONTOURS), rapport=tmp_path / "r.csv")
    _visiter(chromium, f"{hub_vivant.url}/", f"nationale-anonyme-{backend.name}")
    assert chromium.find_element(By.ID, "titre").text == "Le programme en France"

    chromium.get(f"{hub_vivant.url}/auth/login?next=/departements/57")
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "email"))).send_keys(AGENT_57)
    chromium.find_element(By.ID, "connexion").click()
    attendre.until(expected_conditions.url_to_be(f"{hub_vivant.url}/departements/57"))
    _sans_erreur(chromium, "/departements/57")
    _accessible(chromium, "/departements/57")
    _photo(chromium, f"departement-57-prefecture-{backend.name}")
    assert chromium.find_element(By.ID, "titre").text.startswith("Moselle")
    csrf = (
        chromium.find_element(By.CSS_SELECTOR, "#deconnexion")
        .find_element(By.XPATH, "..")
        .find_element(By.NAME, "csrf")
        .get_attribute("value")
    )
    api = chromium.execute_async_script(GRAPHQL, csrf, STATISTIQUES, {"code": "57"})["data"]["statistiques"]
    assert _nombre(chromium.find_element(By.ID, "postes-valides").text) == api["postes"]["valides"] == 53
    assert _nombre(chromium.find_element(By.ID, "accompagnements").text) == api["activites"]["total"]
    plan = chromium.find_element(By.CSS_SELECTOR, "#plan svg")
    assert plan.size["width"] > 300  # drawn, and Moselle's outline is in it
    assert plan.find_element(By.TAG_NAME, "path").get_attribute("d").startswith("M")
    sites = _nombre(chromium.find_element(By.ID, "sites-france-services").text)
    assert len(plan.find_elements(By.CSS_SELECTOR, ".france-services rect")) == sites
    plan.screenshot(str(_sortie() / f"plan-57-{backend.name}.png"))

    avant = await _avis(seeded_database)
    chromium.find_element(By.CSS_SELECTOR, "label[for='negatif-1']").click()
    chromium.find_element(By.ID, "envoyer-1").click()  # negative without a comment: refused in the form
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "erreur-avis")))
    assert "commentaire est obligatoire" in chromium.find_element(By.ID, "erreur-1").text
    _accessible(chromium, "avis refusé")
    _photo(chromium, f"avis-refuse-{backend.name}")
    # The refusal is answered 400 (the form shown again with its error), logged by Chromium as such.
    assert all("400" in e["message"] for e in chromium.get_log("browser") if e["level"] == "SEVERE")
    assert await _avis(seeded_database) == avant
    chromium.find_element(By.CSS_SELECTOR, "label[for='positif-1']").click()
    chromium.find_element(By.ID, "commentaire-1").send_keys("Structure bien implantée, avis favorable.")
    chromium.find_element(By.ID, "envoyer-1").click()
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "succes")))
    _sans_erreur(chromium, "avis donné")
    assert await _avis(seeded_database) == avant + 1

    chromium.find_element(By.ID, "vers-conseillers").click()
    attendre.until(expected_conditions.url_contains("/departements/57/conseillers"))
    _sans_erreur(chromium, "/departements/57/conseillers")
    _accessible(chromium, "/departements/57/conseillers")
    _photo(chromium, f"conseillers-57-{backend.name}")
    assert len(chromium.find_elements(By.CSS_SELECTOR, "#conseillers tbody tr")) == 20
    chromium.back()
    lien = chromium.find_element(By.CSS_SELECTOR, "#structures tbody a").get_attribute("href")
    assert lien is not None
    _visiter(chromium, lien, f"structure-{backend.name}")
    assert chromium.find_element(By.ID, "siret").text.isdigit()

    chromium.get(f"{hub_vivant.url}/departements/13")
    assert chromium.find_element(By.ID, "titre").text == "Accès refusé"
    _accessible(chromium, "/departements/13 (403)")
    _photo(chromium, f"departement-13-refuse-{backend.name}")
    # The 403 itself is logged by Chromium as a failed load: that is the page under test, not an error.
    assert all("403" in e["message"] for e in chromium.get_log("browser") if e["level"] == "SEVERE")


@pytest.fixture(autouse=True)
def _grand_ecran(chromium: webdriver.Chrome) -> None:
    chromium.set_window_size(1280, 900)


async def test_le_hub_territorial_se_connecte_en_un_clic_et_ouvre_le_pas_de_calais(
    chromium: webdriver.Chrome, hub_vivant: ServeurVivant, seeded_database: Database, backend: Any
) -> None:
    """Issue 21's hub territorial from the demo's sign-in page: its régions' spaces on /, then one."""
    await assurer_habilitations_demo(seeded_database)
    attendre = WebDriverWait(chromium, 20)
    chromium.get(f"{hub_vivant.url}/auth/demo")
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "demo-hub_territorial")))
    chromium.find_element(By.ID, "demo-hub_territorial").click()
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "vos-espaces")))
    _sans_erreur(chromium, "/ (hub territorial)")
    _accessible(chromium, "/ (hub territorial)")
    _photo(chromium, f"nationale-hub-territorial-{backend.name}")
    chromium.find_element(By.CSS_SELECTOR, "#vos-espaces a[href='/departements/62']").click()
    attendre.until(expected_conditions.url_contains("/departements/62"))
    attendre.until(expected_conditions.presence_of_element_located((By.ID, "titre")))
    _sans_erreur(chromium, "/departements/62 (hub territorial)")
    assert chromium.find_element(By.ID, "titre").text.startswith("Pas-de-Calais")
    assert _nombre(chromium.find_element(By.ID, "postes-valides").text) == 62


async def test_un_nouveau_venu_se_connecte_en_un_clic_et_voit_la_moselle(
    chromium: webdriver.Chrome, hub_vivant: ServeurVivant, seeded_database: Database, backend: Any
) -> None:
    """The README's path: the demo's sign-in page, « préfecture de la Moselle », /, then its space."""
    await assurer_habilitations_demo(seeded_database)  # what `inclusion-hub demo` does at start
    _visiter(chromium, f"{hub_vivant.url}/auth/demo", f"demo-{backend.name}")
    chromium.find_element(By.ID, "demo-prefecture-57").click()
    WebDriverWait(chromium, 20).until(expected_conditions.presence_of_element_located((By.ID, "vos-espaces")))
    WebDriverWait(chromium, 20).until(
        lambda navigateur: (
            navigateur.execute_script(
                "return document.querySelector('#carte map-chart').shadowRoot.querySelectorAll('path').length"
            )
            > 90
        )
    )  # DSFR Chart's map of the départements, drawn offline from the vendored file
    WebDriverWait(chromium, 20).until(
        lambda navigateur: (
            navigateur.execute_script(
                "return document.querySelector('#courbe-par-mois line-chart')"
                ".shadowRoot.querySelectorAll('canvas').length"
            )
            > 0
        )
    )
    _sans_erreur(chromium, "/ (préfecture 57)")
    _photo(chromium, f"nationale-prefecture-57-{backend.name}")
    assert chromium.find_element(By.CSS_SELECTOR, "#vos-espaces a[href='/departements/57']")
    # A département of the map leads to its space: a click on Moselle's shape (dispatched on the
    # shape itself: the centre of its bounding box, where WebDriver would click, is not always in it).
    chromium.execute_script(
        "document.querySelector('#carte map-chart').shadowRoot.querySelector('path.FR-57')"
        ".dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}))"
    )
    WebDriverWait(chromium, 20).until(expected_conditions.url_contains("/departements/57"))
    _sans_erreur(chromium, "/departements/57")
    assert chromium.find_element(By.ID, "titre").text.startswith("Moselle")
    assert _nombre(chromium.find_element(By.ID, "postes-valides").text) == 53
    # Keyboard: the first Tab reaches the skip link, whose focus is visible, and it leads to the content.
    chromium.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focus = chromium.switch_to.active_element
    assert focus.text == "Contenu"
    assert focus.value_of_css_property("outline-style") != "none"
    focus.send_keys(Keys.ENTER)
    assert chromium.current_url.endswith("#contenu")
