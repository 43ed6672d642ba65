"""GraphiQL works offline: the page loads only the hub's own /ide-assets/ files, intact (SRI)."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html.parser import HTMLParser

import httpx
from starlette.applications import Starlette

from hub.app import create_app
from hub.db import Database
from hub.settings import Settings

CONTENT_TYPES = {
    ".js": {"text/javascript", "application/javascript"},
    ".css": {"text/css"},
}


@dataclass(frozen=True)
class Ressource:
    """A script or stylesheet the page asks the browser to load."""

    tag: str
    url: str
    integrity: str | None


class _Ressources(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Ressource] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        url = values.get("src") if tag == "script" else values.get("href") if tag == "link" else None
        if url:
            self.found.append(Ressource(tag, url, values.get("integrity")))


async def _page(client: httpx.AsyncClient) -> str:
    response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def _ressources(page: str) -> list[Ressource]:
    parser = _Ressources()
    parser.feed(page)
    return parser.found


async def test_graphiql_est_servi_aux_navigateurs(client: httpx.AsyncClient) -> None:
    page = await _page(client)
    assert "<title>Strawberry GraphiQL</title>" in page
    assert 'id="graphiql"' in page


async def test_la_page_graphiql_ne_charge_rien_depuis_internet(client: httpx.AsyncClient) -> None:
    page = await _page(client)
    ressources = _ressources(page)
    scripts_et_styles = [r for r in ressources if r.tag == "script" or r.url.endswith(".css")]
    # React, ReactDOM, js-cookie, GraphiQL (js + css), the explorer plugin (js + css).
    assert len(scripts_et_styles) == 7
    assert all(r.url.startswith("/ide-assets/") for r in scripts_et_styles), scripts_et_styles
    assert "unpkg.com" not in page


async def test_chaque_fichier_de_graphiql_est_servi_intact(client: httpx.AsyncClient) -> None:
    ressources = [r for r in _ressources(await _page(client)) if r.url.startswith("/ide-assets/")]
    assert ressources
    for ressource in ressources:
        response = await client.get(ressource.url)
        assert response.status_code == 200, ressource.url
        media_type = response.headers["content-type"].split(";")[0].strip()
        extension = ressource.url[ressource.url.rindex(".") :]
        assert media_type in CONTENT_TYPES[extension], (ressource.url, media_type)
        # The browser refuses a file whose hash differs from the page's integrity attribute.
        assert ressource.integrity is not None, ressource.url
        digest = base64.b64encode(hashlib.sha384(response.content).digest()).decode()
        assert ressource.integrity == f"sha384-{digest}", ressource.url


async def test_un_fichier_absent_des_ide_assets_repond_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/ide-assets/graphiql@3.8.3/inexistant.js")
    assert response.status_code == 404


async def test_sans_graphiql_la_page_n_est_pas_servie(settings: Settings, database: Database) -> None:
    app: Starlette = create_app(settings.with_(graphiql=False), database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        response = await c.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert "graphiql" not in response.text.lower()
