"""Sessions of people through the demo's sign-in: cookie, CSRF, origin, rotation, bounds, sign-out.

The OpenID Connect flow itself is tested against a real provider in test_proconnect.py; here the
identity comes from /auth/demo, and everything after it (habilitation lookup, session row, cookie
GraphQL) is the same code.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from auth.authentication import nom_du_cookie
from auth.rls import contexte_systeme
from auth.sessions_personnes import Identite, SessionsPersonnes
from hub.app import create_app
from hub.db import Database
from hub.models import Habilitation, Structure
from hub.models.base import utcnow
from hub.models.technique import avec_le_schema_technique, sessions_personnes
from hub.seed.habilitations_demo import assurer_habilitations_demo
from hub.services.personnes_demo import ISSUER_DEMO, PERSONNES_DEMO
from hub.settings import Environment, Settings
from tests.auth.test_cli_token import run_cli
from tests.web.proconnect_fixtures import BASE

STRUCTURES = "{ structures(first: 100) { totalCount nodes { siret departement { code } } } }"


@pytest.fixture
async def demo(seeded_settings: Settings, seeded_database: Database) -> AsyncIterator[httpx.AsyncClient]:
    await assurer_habilitations_demo(seeded_database)
    app = create_app(seeded_settings, seeded_database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
        yield client


async def _se_connecter(client: httpx.AsyncClient, query: str) -> httpx.Response:
    reponse = await client.get(f"/auth/demo?{query}")
    assert reponse.status_code == 303, reponse.text
    return reponse


async def _csrf(client: httpx.AsyncClient) -> str:
    session = (await client.get("/auth/session")).json()
    assert session["connecte"] is True, session
    return str(session["csrf"])


async def _graphql(client: httpx.AsyncClient, **headers: str) -> httpx.Response:
    return await client.post("/graphql", json={"query": STRUCTURES}, headers=headers)


async def _nombre_de_sessions(database: Database) -> int:
    async with database.transaction() as session:
        connexion = await avec_le_schema_technique(await session.connection())
        return int(
            (await connexion.execute(select(func.count()).select_from(sessions_personnes))).scalar_one()
        )


async def test_la_page_de_demo_liste_une_personne_par_role(demo: httpx.AsyncClient) -> None:
    page = await demo.get("/auth/demo")
    assert page.status_code == 200
    for personne in PERSONNES_DEMO:
        assert f'id="demo-{personne.cle}"' in page.text
    assert "fr-btn" in page.text
    assert 'lang="fr"' in page.text


async def test_une_prefecture_connectee_en_un_clic_ne_lit_que_son_departement(
    demo: httpx.AsyncClient, seeded_database: Database
) -> None:
    reponse = await _se_connecter(demo, "role=prefecture&departement=57&next=/graphql")
    assert reponse.headers["location"] == "/graphql"
    cookie = reponse.headers["set-cookie"]
    assert cookie.startswith("hub_session=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    assert "Max-Age=28800" in cookie
    session = (await demo.get("/auth/session")).json()
    assert session["role"] == "prefecture"
    assert session["territoires"] == {"departements": ["57"]}
    corps = (await _graphql(demo, **{"x-hub-csrf": session["csrf"]})).json()
    codes = {noeud["departement"]["code"] for noeud in corps["data"]["structures"]["nodes"]}
    assert codes == {"57"}
    async with seeded_database.transaction() as db:
        await contexte_systeme(db)
        en_57 = (
            await db.execute(select(func.count()).where(Structure.departement_code == "57"))
        ).scalar_one()
    assert corps["data"]["structures"]["totalCount"] == en_57


async def test_l_anct_connectee_lit_tout_le_pays(demo: httpx.AsyncClient) -> None:
    await _se_connecter(demo, "role=anct")
    corps = (await _graphql(demo, **{"x-hub-csrf": await _csrf(demo)})).json()
    codes = {noeud["departement"]["code"] for noeud in corps["data"]["structures"]["nodes"]}
    assert len(codes) > 1


async def test_un_post_par_cookie_sans_jeton_csrf_ou_d_une_autre_origine_est_refuse(
    demo: httpx.AsyncClient,
) -> None:
    await _se_connecter(demo, "role=prefecture&departement=57")
    csrf = await _csrf(demo)
    for headers in (
        {},
        {"x-hub-csrf": "faux"},
        {"x-hub-csrf": csrf, "origin": "https://attaquant.example"},
        {"x-hub-csrf": csrf, "sec-fetch-site": "cross-site"},
    ):
        reponse = await _graphql(demo, **headers)
        assert reponse.status_code == 403, headers
        assert reponse.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await _graphql(demo, **{"x-hub-csrf": csrf, "origin": BASE})).status_code == 200
    # A link followed from another site to a page is a navigation: allowed (not on /graphql).
    navigation = await demo.get(
        "/auth/session", headers={"sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate"}
    )
    assert navigation.status_code == 200


async def test_un_jeton_bearer_l_emporte_sur_le_cookie(demo: httpx.AsyncClient) -> None:
    await _se_connecter(demo, "role=anct")
    reponse = await demo.post(
        "/graphql", json={"query": "{ moi { role } }"}, headers={"authorization": "Bearer pas-un-jeton"}
    )
    assert reponse.status_code == 401  # the (bad) token is what counts, not the ANCT cookie


async def test_la_connexion_renouvelle_le_jeton_de_session(
    demo: httpx.AsyncClient, seeded_database: Database
) -> None:
    premiere = (await _se_connecter(demo, "role=anct")).cookies["hub_session"]
    seconde = (await _se_connecter(demo, "role=prefecture&departement=62")).cookies["hub_session"]
    assert premiere != seconde
    assert await _nombre_de_sessions(seeded_database) == 1  # the first session was deleted
    demo.cookies.set("hub_session", premiere)
    assert (await demo.get("/auth/session")).json() == {"connecte": False}


@pytest.mark.parametrize(
    "suivant",
    [
        "//attaquant.example/",
        "https://attaquant.example/",
        "/\\attaquant.example",
        "/\tattaquant",
        "javascript:alert(1)",
        "attaquant.example",
        "/x\r\nSet-Cookie: a=b",
        "",
    ],
)
async def test_next_n_accepte_que_les_chemins_du_hub(demo: httpx.AsyncClient, suivant: str) -> None:
    reponse = await demo.get("/auth/demo", params={"role": "anct", "next": suivant})
    assert reponse.headers["location"] == "/"
    accepte = await demo.get("/auth/demo", params={"role": "anct", "next": "/departements/57?onglet=postes"})
    assert accepte.headers["location"] == "/departements/57?onglet=postes"


async def test_sans_habilitation_aucune_session_n_est_creee(
    seeded_settings: Settings, seeded_database: Database
) -> None:
    app = create_app(seeded_settings, seeded_database)  # demo habilitations never written
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
        reponse = await client.get("/auth/demo?role=anct")
    assert reponse.status_code == 403
    assert "habilitation" in reponse.text
    assert "préfecture" in reponse.text
    assert "set-cookie" not in reponse.headers or "hub_session=" not in reponse.headers["set-cookie"]
    assert await _nombre_de_sessions(seeded_database) == 0


async def test_la_deconnexion_supprime_la_session(demo: httpx.AsyncClient, seeded_database: Database) -> None:
    await _se_connecter(demo, "role=anct")
    csrf = await _csrf(demo)
    refusee = await demo.post("/auth/logout", data={"csrf": "faux"})
    assert refusee.status_code == 403
    assert await _nombre_de_sessions(seeded_database) == 1
    reponse = await demo.post("/auth/logout", data={"csrf": csrf})
    assert reponse.status_code == 303
    assert reponse.headers["location"] == "/auth/deconnecte"
    assert await _nombre_de_sessions(seeded_database) == 0
    assert (await demo.get("/auth/session")).json() == {"connecte": False}


async def test_la_demo_n_existe_pas_en_production(
    seeded_settings: Settings, seeded_database: Database
) -> None:
    create_app(seeded_settings, seeded_database)  # writes the development keys the prod app reads
    production = dataclasses.replace(seeded_settings, env=Environment.PROD, graphiql=False)
    app = create_app(production, seeded_database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
        assert (await client.get("/auth/demo?role=anct")).status_code == 404
        assert (await client.get("/auth/demo")).status_code == 404


# --- bounds of a session ----------------------------------------------------------------------------


async def _ouvrir_anct(seeded_database: Database, settings: Settings) -> tuple[SessionsPersonnes, str]:
    await assurer_habilitations_demo(seeded_database)
    sessions = SessionsPersonnes(seeded_database, settings)
    identite = Identite(issuer=ISSUER_DEMO, email="anct@demo.inclusion-hub.fr", siret=None, nom="ANCT")
    from auth.sessions_personnes import principal_de_l_identite

    principal = await principal_de_l_identite(seeded_database, identite)
    assert not isinstance(principal, list)
    assert principal is not None
    jeton, _ = await sessions.ouvrir(identite, principal)
    return sessions, jeton


async def test_une_session_finit_apres_une_heure_sans_requete_et_huit_heures_en_tout(
    seeded_settings: Settings, seeded_database: Database
) -> None:
    sessions, jeton = await _ouvrir_anct(seeded_database, seeded_settings)
    debut = utcnow()
    # A request every 50 minutes keeps it alive (each one moves the idle bound)...
    for minutes in range(50, 8 * 60, 50):
        assert await sessions.lire(jeton, maintenant=debut + timedelta(minutes=minutes)) is not None
    # ... until 8 hours, whatever happens.
    assert await sessions.lire(jeton, maintenant=debut + timedelta(hours=8, seconds=1)) is None
    sessions, jeton = await _ouvrir_anct(seeded_database, seeded_settings)
    debut = utcnow()
    assert await sessions.lire(jeton, maintenant=debut + timedelta(minutes=59)) is not None
    assert await sessions.lire(jeton, maintenant=debut + timedelta(minutes=59 + 61)) is None


async def test_une_habilitation_retiree_finit_la_session_en_cinq_minutes_au_plus(
    seeded_settings: Settings, seeded_database: Database
) -> None:
    sessions, jeton = await _ouvrir_anct(seeded_database, seeded_settings)
    debut = utcnow()
    async with seeded_database.transaction() as db:
        await contexte_systeme(db)
        await db.execute(update(Habilitation).where(Habilitation.issuer == ISSUER_DEMO).values(actif=False))
    avant = await sessions.lire(jeton, maintenant=debut + timedelta(seconds=60))
    assert avant is not None  # within the re-read period the session is trusted...
    assert await sessions.lire(jeton, maintenant=debut + timedelta(seconds=301)) is None  # ... not after
    assert await sessions.lire(jeton, maintenant=debut + timedelta(seconds=302)) is None  # and it is gone


async def test_un_jeton_de_cookie_mal_forme_n_est_pas_cherche(
    seeded_settings: Settings, seeded_database: Database
) -> None:
    sessions = SessionsPersonnes(seeded_database, seeded_settings)
    for jeton in ("", "x" * 42, "é" * 43, "a" * 43 + "\x00", "'; DROP TABLE x; --".ljust(43, "a")):
        assert await sessions.lire(jeton) is None


def test_le_cookie_porte_le_prefixe_host_en_https(seeded_settings: Settings) -> None:
    assert nom_du_cookie(seeded_settings) == "hub_session"
    assert (
        nom_du_cookie(seeded_settings.with_(public_url="https://hub.example.gouv.fr")) == "__Host-hub_session"
    )


async def test_l_exploitant_revoque_les_sessions_d_une_personne(
    demo: httpx.AsyncClient,
    seeded_settings: Settings,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _se_connecter(demo, "role=anct")
    assert (await demo.get("/auth/session")).json()["connecte"] is True
    monkeypatch.setenv("HUB_ENV", seeded_settings.env.value)
    monkeypatch.setenv("HUB_DATABASE_URL", seeded_settings.database_url)
    code, sortie, _ = await asyncio.to_thread(
        run_cli, capsys, "session", "revoke", "--email", "ANCT@demo.inclusion-hub.fr"
    )
    assert code == 0
    assert sortie.startswith("1 session(s) and tool authorization(s) ended")
    assert (await demo.get("/auth/session")).json() == {"connecte": False}


async def test_graphiql_d_une_personne_connectee_envoie_le_jeton_csrf(demo: httpx.AsyncClient) -> None:
    anonyme = await demo.get("/graphql", headers={"accept": "text/html"})
    assert "x-hub-csrf" not in anonyme.text
    await _se_connecter(demo, "role=prefecture&departement=57")
    page = await demo.get("/graphql", headers={"accept": "text/html"})
    csrf = await _csrf(demo)
    assert f'const defaultHeaders = {{"x-hub-csrf": "{csrf}"}};' in page.text
    assert page.headers["cache-control"] == "no-store"


async def test_une_prefecture_connectee_habilite_un_agent_de_son_departement(
    demo: httpx.AsyncClient, seeded_database: Database
) -> None:
    """The README's example: signed in as the demo's préfecture 57, through the session cookie."""
    await _se_connecter(demo, "role=prefecture&departement=57")
    mutation = """mutation($d: [String!]) {
      accorderHabilitation(input: { email: "collegue@moselle.gouv.fr", role: PREFECTURE, departements: $d }) {
        __typename ... on UserError { code }
      }
    }"""
    csrf = {"X-Hub-CSRF": await _csrf(demo)}
    voisin = await demo.post("/graphql", json={"query": mutation, "variables": {"d": ["62"]}}, headers=csrf)
    assert voisin.json()["data"]["accorderHabilitation"] == {"__typename": "UserError", "code": "FORBIDDEN"}
    reponse = await demo.post("/graphql", json={"query": mutation, "variables": {"d": ["57"]}}, headers=csrf)
    assert reponse.json()["data"]["accorderHabilitation"]["__typename"] == "HabilitationPayload"
    async with seeded_database.transaction() as db:
        await contexte_systeme(db)
        ligne = (
            await db.execute(select(Habilitation).where(Habilitation.email == "collegue@moselle.gouv.fr"))
        ).scalar_one()
    assert (ligne.issuer, ligne.departements, ligne.actif) == (ISSUER_DEMO, ["57"], True)
