"""The pages' tables page both ways (DSFR fr-pagination): "Page suivante" reads the API forwards
(first/after), "Page précédente" backwards (last/before), and coming back gives the same pages."""

from __future__ import annotations

import html
import re
from typing import Any

import httpx
import pytest

from hub.settings import Settings
from tests.web.test_pages import PREFECTURE_57, _api, _entetes

STRUCTURES = re.compile(r'<tr><td><a href="/structures/[^"]+">[^<]+</a></td><td>(\d{14})</td>')
# A conseiller's row: its name cell and whether it is certified (the filter kept from page to page).
CONSEILLERS = re.compile(r"<tr>\s*<td>(.*?)</td>\s*<td>.*?</td>\s*<td>(oui|non)</td>", re.DOTALL)
LIEN = r'id="{}" href="([^"]+)"'


def _lien(page: str, sens: str) -> str | None:
    trouve = re.search(LIEN.format(sens), page)
    return None if trouve is None else html.unescape(trouve[1]).split("#")[0]


async def _parcourir(
    client: httpx.AsyncClient,
    entetes: dict[str, str],
    chemin: str,
    lignes: re.Pattern[str],
    premiere: str = "",
) -> tuple[list[list[Any]], list[list[Any]], list[str]]:
    """The table's pages forwards from the first page (`premiere`: its query string), then
    backwards from the last one, following the pages' own links."""
    en_avant: list[list[Any]] = []
    pages: list[str] = []
    lien: str | None = premiere
    while lien is not None:
        reponse = await client.get(chemin + lien, headers=entetes)
        assert reponse.status_code == 200, lien
        pages.append(reponse.text)
        en_avant.append(lignes.findall(reponse.text))
        lien = _lien(reponse.text, "suivante")
    en_arriere: list[list[Any]] = [en_avant[-1]]
    lien = _lien(pages[-1], "precedente")
    while lien is not None:
        reponse = await client.get(chemin + lien, headers=entetes)
        assert reponse.status_code == 200, lien
        pages.append(reponse.text)
        en_arriere.insert(0, lignes.findall(reponse.text))
        lien = _lien(reponse.text, "precedente")
    return en_avant, en_arriere, pages


async def test_les_structures_du_departement_se_parcourent_page_par_page_dans_les_deux_sens(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    variables = {"code": "57", "nom": None, "first": 100, "after": None}
    api = await _api(seeded_client, seeded_settings, PREFECTURE_57, "PageDepartement", variables)
    sirets = [s["siret"] for s in api["structures"]["nodes"]]
    assert len(sirets) > 20  # more than one page of 20

    en_avant, en_arriere, pages = await _parcourir(seeded_client, entetes, "/departements/57", STRUCTURES)

    # Forwards: every structure of the API once, in its order, 20 a page; backwards: the same pages.
    assert [siret for page in en_avant for siret in page] == sirets
    assert all(len(page) == 20 for page in en_avant[:-1])
    assert en_arriere == en_avant
    # The first page, reached either way, offers no previous page; the last no next page (DSFR markup).
    premiere, derniere, revenue = pages[0], pages[len(en_avant) - 1], pages[-1]
    for page in (premiere, revenue):
        assert 'class="fr-pagination' in page
        assert re.search(r'aria-disabled="true" role="link">Page précédente<', page)
        assert _lien(page, "suivante") is not None
    assert re.search(r'aria-disabled="true" role="link">Page suivante<', derniere)
    assert _lien(derniere, "precedente") is not None


async def test_la_page_precedente_garde_les_filtres_des_conseillers(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    variables = {"code": "57", "certifie": True, "coordinateur": None, "first": 100, "after": None}
    api = await _api(seeded_client, seeded_settings, PREFECTURE_57, "ConseillersDuDepartement", variables)
    attendus = api["conseillers"]["totalCount"]
    if attendus <= 20:
        pytest.skip("the demo's certified conseillers of 57 fit in one page")

    en_avant, en_arriere, pages = await _parcourir(
        seeded_client, entetes, "/departements/57/conseillers", CONSEILLERS, "?certifie=oui"
    )

    assert len(en_avant) > 1
    assert sum(len(page) for page in en_avant) == attendus  # each certified conseiller once
    assert {certifie for page in en_avant for _, certifie in page} == {"oui"}  # the filter kept
    assert en_arriere == en_avant
    for page in pages[1:]:
        for sens in ("suivante", "precedente"):
            lien = _lien(page, sens)
            assert lien is None or lien.startswith("?certifie=oui&")


async def test_un_lien_de_page_invalide_est_une_page_400(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    for chemin in (
        "/departements/57?avant=%00",
        "/departements/57?apres=abc&avant=abc",
        "/departements/57/conseillers?avant=%3Cscript%3E",
    ):
        reponse = await seeded_client.get(chemin, headers=entetes)
        assert reponse.status_code == 400, chemin
        assert "Ce lien de page est invalide" in reponse.text
