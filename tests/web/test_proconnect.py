"""Sign-in through a real OpenID provider (npm oidc-provider, configured as ProConnect), hub in process.

Every refusal case ends on a clear French page, with no session row written. The tampered answers
come from a man in the middle between the hub and the provider (tests/web/proconnect_fixtures.py);
a control case re-signs the genuine ID token without changing it, and signs in: the refusals are the
hub's checks, not the harness.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from joserfc.jwk import RSAKey
from sqlalchemy import func, select

from auth.proconnect import ProConnect
from hub.app import create_app
from hub.db import Database
from hub.models.technique import avec_le_schema_technique, sessions_personnes
from hub.settings import Settings
from tests.oidc_provider import FournisseurOidc, se_connecter_chez_le_fournisseur
from tests.web.proconnect_fixtures import (
    AGENT_57,
    AGENT_ANCT,
    BASE,
    SANS_HABILITATION,
    HommeDuMilieu,
    expire,
    habiliter,
    sans_signature,
)

STRUCTURES = "{ structures(first: 100) { totalCount nodes { departement { code } } } }"


@dataclass
class Banc:
    hub: httpx.AsyncClient
    navigateur_fournisseur: httpx.AsyncClient
    homme_du_milieu: HommeDuMilieu
    database: Database

    async def jusqu_au_retour(self, email: str, suivant: str = "/auth/session") -> str:
        """Start at /auth/login, sign in at the provider; the callback URL (path and query) the
        provider sends the browser back to, not yet followed."""
        depart = await self.hub.get("/auth/login", params={"next": suivant})
        assert depart.status_code == 302, depart.text
        retour = await se_connecter_chez_le_fournisseur(
            self.navigateur_fournisseur, depart.headers["location"], email
        )
        assert retour.startswith(f"{BASE}/auth/callback?"), retour
        return retour.removeprefix(BASE)

    async def sessions(self) -> int:
        async with self.database.transaction() as session:
            connexion = await avec_le_schema_technique(await session.connection())
            compte = await connexion.execute(select(func.count()).select_from(sessions_personnes))
            return int(compte.scalar_one())


@pytest.fixture
async def banc(
    seeded_settings: Settings, seeded_database: Database, fournisseur: FournisseurOidc
) -> AsyncIterator[Banc]:
    settings = seeded_settings.with_(
        oidc_issuer=fournisseur.issuer,
        oidc_client_id=fournisseur.client_id,
        oidc_client_secret=fournisseur.client_secret,
        public_url=BASE,
    )
    await habiliter(seeded_database, fournisseur.issuer)
    homme_du_milieu = HommeDuMilieu()
    app = create_app(settings, seeded_database, proconnect=ProConnect(settings, transport=homme_du_milieu))
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as hub,
        httpx.AsyncClient() as navigateur,
    ):
        yield Banc(hub, navigateur, homme_du_milieu, seeded_database)
    await homme_du_milieu.aclose()


async def test_un_agent_de_prefecture_se_connecte_et_ne_lit_que_la_moselle(banc: Banc) -> None:
    retour = await banc.jusqu_au_retour(AGENT_57, suivant="/auth/session")
    arrivee = await banc.hub.get(retour)
    assert arrivee.status_code == 303, arrivee.text
    assert arrivee.headers["location"] == "/auth/session"
    session = (await banc.hub.get("/auth/session")).json()
    assert session["nom"] == "Camille Martin"
    assert session["role"] == "prefecture"
    assert session["territoires"] == {"departements": ["57"]}
    reponse = await banc.hub.post(
        "/graphql", json={"query": STRUCTURES}, headers={"x-hub-csrf": session["csrf"]}
    )
    noeuds = reponse.json()["data"]["structures"]["nodes"]
    assert noeuds
    assert {noeud["departement"]["code"] for noeud in noeuds} == {"57"}
    assert await banc.sessions() == 1


async def test_l_anct_se_connecte_et_lit_le_pays(banc: Banc) -> None:
    await banc.hub.get(await banc.jusqu_au_retour(AGENT_ANCT))
    session = (await banc.hub.get("/auth/session")).json()
    assert session["role"] == "anct"
    reponse = await banc.hub.post(
        "/graphql", json={"query": STRUCTURES}, headers={"x-hub-csrf": session["csrf"]}
    )
    assert len({n["departement"]["code"] for n in reponse.json()["data"]["structures"]["nodes"]}) > 1


async def test_la_deconnexion_finit_la_session_puis_chez_le_fournisseur(banc: Banc) -> None:
    await banc.hub.get(await banc.jusqu_au_retour(AGENT_57))
    csrf = (await banc.hub.get("/auth/session")).json()["csrf"]
    sortie = await banc.hub.post("/auth/logout", data={"csrf": csrf})
    assert sortie.status_code in (302, 303)
    fin = urlsplit(sortie.headers["location"])
    parametres = parse_qs(fin.query)
    assert parametres["post_logout_redirect_uri"] == [f"{BASE}/auth/deconnecte"]
    assert parametres["id_token_hint"][0].count(".") == 2
    assert await banc.sessions() == 0
    assert (await banc.hub.get("/auth/session")).json() == {"connecte": False}
    confirmation = await banc.navigateur_fournisseur.get(sortie.headers["location"])
    assert confirmation.status_code == 200  # the provider's logout form (submitted by its script)


def _avec(url: str, **changements: str | None) -> str:
    morceaux = urlsplit(url)
    parametres = {k: v[0] for k, v in parse_qs(morceaux.query).items()}
    for cle, valeur in changements.items():
        if valeur is None:
            parametres.pop(cle, None)
        else:
            parametres[cle] = valeur
    return urlunsplit(morceaux._replace(query=urlencode(parametres)))


def _re_signer(banc: Banc, changer: dict[str, Any] | None = None) -> None:
    banc.homme_du_milieu.cle_publiee = True
    banc.homme_du_milieu.falsifier = lambda _entete, revendications: banc.homme_du_milieu.signer(
        {**revendications, **(changer or {})}
    )


async def _refusee(banc: Banc, retour: str, statut: int = 400) -> None:
    reponse = await banc.hub.get(retour)
    assert reponse.status_code == statut, reponse.text
    assert "set-cookie" not in reponse.headers or "hub_session=" not in reponse.headers["set-cookie"]
    assert "<h1" in reponse.text
    assert await banc.sessions() == 0
    assert (await banc.hub.get("/auth/session")).json() == {"connecte": False}


async def test_controle_un_jeton_re_signe_sans_changement_connecte(banc: Banc) -> None:
    _re_signer(banc)
    arrivee = await banc.hub.get(await banc.jusqu_au_retour(AGENT_57))
    assert arrivee.status_code == 303, arrivee.text
    assert await banc.sessions() == 1


@pytest.mark.parametrize(
    "changement",
    [
        {"nonce": "un-autre-nonce"},
        {"aud": "un-autre-client"},
        {"iss": "https://faux-fournisseur.example"},
        "expire",
    ],
    ids=["nonce", "aud", "iss", "exp"],
)
async def test_un_jeton_d_identite_aux_revendications_fausses_est_refuse(
    banc: Banc, changement: dict[str, str] | str
) -> None:
    if changement == "expire":
        banc.homme_du_milieu.cle_publiee = True
        banc.homme_du_milieu.falsifier = lambda _e, r: banc.homme_du_milieu.signer(expire(r))
    else:
        assert isinstance(changement, dict)
        _re_signer(banc, changement)
    await _refusee(banc, await banc.jusqu_au_retour(AGENT_57))


async def test_un_jeton_signe_par_une_autre_cle_est_refuse(banc: Banc) -> None:
    intrus = RSAKey.generate_key(2048, parameters={"kid": "fournisseur-de-test", "alg": "RS256"})
    banc.homme_du_milieu.falsifier = lambda _e, r: banc.homme_du_milieu.signer(r, cle=intrus)
    await _refusee(banc, await banc.jusqu_au_retour(AGENT_57))


async def test_un_jeton_alg_none_est_refuse(banc: Banc) -> None:
    banc.homme_du_milieu.falsifier = lambda _e, r: sans_signature(r)
    await _refusee(banc, await banc.jusqu_au_retour(AGENT_57))


async def test_un_state_falsifie_ou_absent_est_refuse(banc: Banc) -> None:
    retour = await banc.jusqu_au_retour(AGENT_57)
    await _refusee(banc, _avec(retour, state="state-forge"))
    await _refusee(banc, _avec(retour, state=None))


async def test_un_retour_sans_cookie_de_connexion_est_refuse(banc: Banc) -> None:
    retour = await banc.jusqu_au_retour(AGENT_57)
    banc.hub.cookies.clear()  # another browser: the state was never issued to it
    await _refusee(banc, retour)


async def test_un_code_rejoue_est_refuse(banc: Banc) -> None:
    retour = await banc.jusqu_au_retour(AGENT_57)
    cookies = dict(banc.hub.cookies)
    assert (await banc.hub.get(retour)).status_code == 303
    csrf = (await banc.hub.get("/auth/session")).json()["csrf"]
    await banc.hub.post("/auth/logout", data={"csrf": csrf}, follow_redirects=False)
    banc.hub.cookies.clear()
    for nom, valeur in cookies.items():  # the sign-in cookie as it was before the first use
        banc.hub.cookies.set(nom, valeur)
    await _refusee(banc, retour)


async def test_une_erreur_du_fournisseur_est_une_page_claire(banc: Banc) -> None:
    await _refusee(banc, "/auth/callback?error=access_denied&error_description=%3Cscript%3E")


async def test_une_adresse_sans_habilitation_est_refusee_sans_session(banc: Banc) -> None:
    await _refusee(banc, await banc.jusqu_au_retour(SANS_HABILITATION), statut=403)


async def test_next_vers_une_autre_origine_revient_a_l_accueil(banc: Banc) -> None:
    arrivee = await banc.hub.get(await banc.jusqu_au_retour(AGENT_57, suivant="https://attaquant.example/"))
    assert arrivee.headers["location"] == "/"
