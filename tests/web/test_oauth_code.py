"""OAuth 2 authorization code + PKCE for ANCT's own tools: consent, code, tokens, rotation, refusals.

The person signs in through the demo (the same session as ProConnect's, tests/web/test_proconnect.py
covers the provider), consents on the hub's page, and the tool exchanges the code at /oauth/token.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from sqlalchemy import update

from auth.clients import ClientCree, ClientError, creer_client
from auth.rls import contexte_systeme
from hub.app import create_app
from hub.db import Database
from hub.models import Habilitation
from hub.seed.habilitations_demo import assurer_habilitations_demo
from hub.services.personnes_demo import ISSUER_DEMO
from hub.settings import Settings
from tests.web.proconnect_fixtures import BASE

RETOUR = "https://outil.anct.gouv.fr/retour"
STRUCTURES = "{ structures(first: 100) { totalCount nodes { departement { code } } } }"


@pytest.fixture
async def hub(seeded_settings: Settings, seeded_database: Database) -> AsyncIterator[httpx.AsyncClient]:
    await assurer_habilitations_demo(seeded_database)
    app = create_app(seeded_settings, seeded_database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
        yield client


async def _outil(database: Database, *, public: bool = False) -> ClientCree:
    async with database.transaction() as session:
        await contexte_systeme(session)
        return await creer_client(
            session,
            nom="Tableau de bord ANCT",
            scopes=[],
            grant="authorization_code",
            redirect_uris=[RETOUR],
            public=public,
        )


def _pkce() -> tuple[str, str]:
    verificateur = secrets.token_urlsafe(48)
    defi = base64.urlsafe_b64encode(hashlib.sha256(verificateur.encode()).digest()).rstrip(b"=").decode()
    return verificateur, defi


def _demande(outil: ClientCree, defi: str, **autres: str) -> str:
    parametres = {
        "response_type": "code",
        "client_id": outil.client_id,
        "redirect_uri": RETOUR,
        "state": "etat-123",
        "code_challenge": defi,
        "code_challenge_method": "S256",
    } | autres
    return "/oauth/authorize?" + urlencode({k: v for k, v in parametres.items() if v != ""})


async def _consentir(
    hub: httpx.AsyncClient, outil: ClientCree, defi: str, decision: str = "autoriser"
) -> dict[str, list[str]]:
    """Signed in as the demo's préfecture 57: the consent page, then the decision; the tool's query."""
    page = await hub.get(_demande(outil, defi))
    assert page.status_code == 200, page.text
    for attendu in ("Tableau de bord ANCT", "Préfecture", "(57)", 'id="autoriser"'):
        assert attendu in page.text
    session = (await hub.get("/auth/session")).json()
    champs = dict(parse_qs(urlsplit(_demande(outil, defi)).query, keep_blank_values=True))
    formulaire = {k: v[0] for k, v in champs.items()} | {"csrf": session["csrf"], "decision": decision}
    reponse = await hub.post("/oauth/authorize", data=formulaire)
    assert reponse.status_code == 302, reponse.text
    destination = urlsplit(reponse.headers["location"])
    assert f"{destination.scheme}://{destination.netloc}{destination.path}" == RETOUR
    return parse_qs(destination.query)


async def _jeton(hub: httpx.AsyncClient, outil: ClientCree, **form: str) -> httpx.Response:
    auth = None if outil.secret is None else (outil.client_id, outil.secret)
    if outil.secret is None:
        form["client_id"] = outil.client_id
    return await hub.post("/oauth/token", data=form, auth=auth)


async def _code(hub: httpx.AsyncClient, outil: ClientCree) -> tuple[str, str]:
    verificateur, defi = _pkce()
    await hub.get("/auth/demo?role=prefecture&departement=57")
    retour = await _consentir(hub, outil, defi)
    assert retour["state"] == ["etat-123"]
    return retour["code"][0], verificateur


async def _departements(hub: httpx.AsyncClient, jeton: str) -> set[str]:
    reponse = await hub.post(
        "/graphql", json={"query": STRUCTURES}, headers={"Authorization": f"Bearer {jeton}"}
    )
    corps: dict[str, Any] = reponse.json()
    return {n["departement"]["code"] for n in corps["data"]["structures"]["nodes"]}


@pytest.mark.parametrize("public", [False, True])
async def test_un_outil_de_l_anct_lit_au_nom_de_la_personne_et_tourne_ses_jetons(
    hub: httpx.AsyncClient, seeded_database: Database, public: bool
) -> None:
    outil = await _outil(seeded_database, public=public)
    code, verificateur = await _code(hub, outil)
    hub.cookies.clear()  # the tool is not the browser: no session cookie at the token endpoint
    reponse = await _jeton(
        hub,
        outil,
        grant_type="authorization_code",
        code=code,
        redirect_uri=RETOUR,
        code_verifier=verificateur,
    )
    assert reponse.status_code == 200, reponse.text
    jetons = reponse.json()
    assert reponse.headers["cache-control"] == "no-store"
    assert await _departements(hub, jetons["access_token"]) == {"57"}  # the person's territory only

    # Rotation: each refresh gives a new pair and spends the old refresh token.
    suivant = await _jeton(hub, outil, grant_type="refresh_token", refresh_token=jetons["refresh_token"])
    assert suivant.status_code == 200, suivant.text
    nouveaux = suivant.json()
    assert nouveaux["refresh_token"] != jetons["refresh_token"]
    assert await _departements(hub, nouveaux["access_token"]) == {"57"}

    # The old one presented again: refused, and the whole family with it (the new one too).
    rejeu = await _jeton(hub, outil, grant_type="refresh_token", refresh_token=jetons["refresh_token"])
    assert (rejeu.status_code, rejeu.json()["error"]) == (400, "invalid_grant")
    apres = await _jeton(hub, outil, grant_type="refresh_token", refresh_token=nouveaux["refresh_token"])
    assert (apres.status_code, apres.json()["error"]) == (400, "invalid_grant")


async def test_un_code_ne_sert_qu_une_fois_et_son_rejeu_revoque_ses_jetons(
    hub: httpx.AsyncClient, seeded_database: Database
) -> None:
    outil = await _outil(seeded_database)
    code, verificateur = await _code(hub, outil)
    echange = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": RETOUR,
        "code_verifier": verificateur,
    }
    premier = await _jeton(hub, outil, **echange)
    assert premier.status_code == 200
    second = await _jeton(hub, outil, **echange)
    assert (second.status_code, second.json()["error"]) == (400, "invalid_grant")
    revoque = await _jeton(
        hub, outil, grant_type="refresh_token", refresh_token=premier.json()["refresh_token"]
    )
    assert revoque.json()["error"] == "invalid_grant"


async def test_l_echange_refuse_verificateur_adresse_et_client_faux(
    hub: httpx.AsyncClient, seeded_database: Database
) -> None:
    outil = await _outil(seeded_database)
    autre = await _outil(seeded_database)
    for champs, attendu in (
        ({"code_verifier": secrets.token_urlsafe(48)}, "invalid_grant"),  # not the one of the challenge
        ({"code_verifier": ""}, "invalid_request"),
        ({"redirect_uri": "https://outil.anct.gouv.fr/ailleurs"}, "invalid_grant"),
        ({"code": "x" * 43}, "invalid_grant"),
    ):
        code, verificateur = await _code(hub, outil)
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": RETOUR,
            "code_verifier": verificateur,
        }
        reponse = await _jeton(hub, outil, **(form | champs))
        assert (reponse.status_code, reponse.json()["error"]) == (400, attendu), (champs, reponse.text)
    code, verificateur = await _code(hub, outil)
    vole = await _jeton(
        hub,
        autre,
        grant_type="authorization_code",
        code=code,
        redirect_uri=RETOUR,
        code_verifier=verificateur,
    )
    assert vole.json()["error"] == "invalid_grant"  # a code is bound to its client
    sans_secret = await hub.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "client_id": outil.client_id,
            "code_verifier": verificateur,
            "redirect_uri": RETOUR,
        },
    )
    assert sans_secret.status_code == 401  # a confidential client authenticates


async def test_l_autorisation_refuse_sans_rediriger_ce_qui_n_est_pas_enregistre(
    hub: httpx.AsyncClient, seeded_database: Database
) -> None:
    outil = await _outil(seeded_database)
    await hub.get("/auth/demo?role=prefecture&departement=57")
    _, defi = _pkce()
    for demande in (
        _demande(outil, defi, redirect_uri="https://attaquant.example.org/"),
        _demande(outil, defi, redirect_uri=RETOUR + "/"),  # exact match only
        _demande(outil, defi, client_id="hubcli_inconnu"),
        _demande(outil, defi) + "&state=deux",
    ):
        page = await hub.get(demande)
        assert page.status_code == 400, demande
        assert "location" not in page.headers
        assert 'lang="fr"' in page.text
    # Registered redirect URI: the tool hears the error, with its state. PKCE is required, S256 only.
    for demande, erreur in (
        (_demande(outil, ""), "invalid_request"),
        (_demande(outil, defi, code_challenge_method="plain"), "invalid_request"),
        (_demande(outil, defi, code_challenge_method=""), "invalid_request"),
        (_demande(outil, defi, response_type="token"), "unsupported_response_type"),
    ):
        reponse = await hub.get(demande)
        assert reponse.status_code == 302, (demande, reponse.text)
        retour = parse_qs(urlsplit(reponse.headers["location"]).query)
        assert retour["error"] == [erreur], demande
        assert retour["state"] == ["etat-123"]


async def test_sans_session_on_se_connecte_puis_refuser_le_dit_a_l_outil(
    hub: httpx.AsyncClient, seeded_database: Database
) -> None:
    outil = await _outil(seeded_database)
    _, defi = _pkce()
    vers_connexion = await hub.get(_demande(outil, defi))
    assert vers_connexion.status_code == 303
    assert vers_connexion.headers["location"].startswith("/auth/login?next=%2Foauth%2Fauthorize%3F")
    await hub.get("/auth/demo?role=prefecture&departement=57")
    retour = await _consentir(hub, outil, defi, decision="refuser")
    assert retour["error"] == ["access_denied"]
    assert "code" not in retour
    # The consent form without its CSRF token writes nothing and redirects nowhere.
    champs = {k: v[0] for k, v in parse_qs(urlsplit(_demande(outil, defi)).query).items()}
    sans_csrf = await hub.post("/oauth/authorize", data=champs | {"decision": "autoriser"})
    assert sans_csrf.status_code == 403
    assert "location" not in sans_csrf.headers


async def test_une_habilitation_retiree_arrete_le_rafraichissement(
    hub: httpx.AsyncClient, seeded_database: Database
) -> None:
    outil = await _outil(seeded_database)
    code, verificateur = await _code(hub, outil)
    jetons = (
        await _jeton(
            hub,
            outil,
            grant_type="authorization_code",
            code=code,
            redirect_uri=RETOUR,
            code_verifier=verificateur,
        )
    ).json()
    async with seeded_database.transaction() as db:
        await contexte_systeme(db)
        await db.execute(update(Habilitation).where(Habilitation.issuer == ISSUER_DEMO).values(actif=False))
    refus = await _jeton(hub, outil, grant_type="refresh_token", refresh_token=jetons["refresh_token"])
    assert (refus.status_code, refus.json()["error"]) == (400, "invalid_grant")


async def test_la_creation_d_un_outil_valide_ses_adresses(seeded_database: Database) -> None:
    async with seeded_database.transaction() as session:
        await contexte_systeme(session)
        for options, message in (
            ({"redirect_uris": []}, "at least one --redirect-uri"),
            ({"redirect_uris": ["http://outil.example.org/cb"]}, "must be https"),
            ({"redirect_uris": ["https://outil.example.org/cb#x"]}, "without fragment"),
            ({"redirect_uris": ["/relatif"]}, "absolute URI"),
            ({"redirect_uris": [RETOUR], "scopes": ["stats:read"]}, "no --scope"),
        ):
            arguments: dict[str, Any] = {
                "nom": "Outil",
                "scopes": [],
                "grant": "authorization_code",
            } | options
            with pytest.raises(ClientError, match=message):
                await creer_client(session, **arguments)
        local = await creer_client(
            session,
            nom="Outil local",
            scopes=[],
            grant="authorization_code",
            redirect_uris=["http://127.0.0.1:8765/cb"],
            public=True,
        )
    assert local.secret is None
    assert local.grant_types == ("authorization_code", "refresh_token")


async def test_l_outil_revoque_son_jeton_de_rafraichissement_a_la_deconnexion(
    hub: httpx.AsyncClient, seeded_database: Database
) -> None:
    outil = await _outil(seeded_database)
    autre = await _outil(seeded_database)
    code, verificateur = await _code(hub, outil)
    echange = {"grant_type": "authorization_code", "code": code, "redirect_uri": RETOUR}
    jetons = (await _jeton(hub, outil, **echange, code_verifier=verificateur)).json()
    revocation = {"token": jetons["refresh_token"], "token_type_hint": "refresh_token"}
    # Another client cannot revoke it, and without authentication nothing happens.
    assert (await hub.post("/oauth/revoke", data=revocation)).status_code == 401
    etranger = await hub.post("/oauth/revoke", data=revocation, auth=(autre.client_id, autre.secret or ""))
    assert etranger.status_code == 400
    toujours = await _jeton(hub, outil, grant_type="refresh_token", refresh_token=jetons["refresh_token"])
    assert toujours.status_code == 200  # still valid: the refusals above revoked nothing
    suivant = toujours.json()["refresh_token"]
    revoque = await hub.post(
        "/oauth/revoke", data={"token": suivant}, auth=(outil.client_id, outil.secret or "")
    )
    assert revoque.status_code == 200
    apres = await _jeton(hub, outil, grant_type="refresh_token", refresh_token=suivant)
    assert apres.json()["error"] == "invalid_grant"
    inconnu = await hub.post(
        "/oauth/revoke", data={"token": "x" * 43}, auth=(outil.client_id, outil.secret or "")
    )
    assert inconnu.status_code == 200  # RFC 7009 §2.2: an unknown token is not an error
