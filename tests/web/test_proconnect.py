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
from auth.rls import contexte_systeme
from hub.app import create_app
from hub.db import Database
from hub.models import Commune, Habilitation, Structure
from hub.models.enums import Role, StatutStructure
from hub.models.technique import avec_le_schema_technique, sessions_personnes
from hub.settings import Settings
from tests.oidc_provider import FournisseurOidc, se_connecter_chez_le_fournisseur
from tests.web.proconnect_fixtures import (
    AGENT_57,
    AGENT_ANCT,
    BASE,
    CANDIDAT,
    SANS_HABILITATION,
    SIRET_CANDIDAT,
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


INSCRIRE = """mutation($input: InscriptionStructureInput!) {
  inscrireStructure(input: $input) {
    __typename
    ... on InscrireStructurePayload {
      structure { siret } candidature { id phase nbPostesSouhaites } message
    }
    ... on UserError { code message champ }
  }
}"""
DEMANDE = {
    "siret": "732 829 320 00074",
    "nom": "Tiers-lieu de Sarreguemines",
    "type": "PRIVATE",
    "adresse": "3 rue des Faïenciers",
    "codePostal": "57200",
    "codeCommune": "57631",
    "nbPostesSouhaites": 2,
}
SA_STRUCTURE = "{ structures(first: 10) { nodes { siret statut candidatures { id phase } } } }"


async def test_une_structure_inconnue_s_inscrit_puis_sa_personne_se_connecte_pour_elle(banc: Banc) -> None:
    async with banc.database.transaction() as session:  # the référentiel of communes (import epci)
        await contexte_systeme(session)
        session.add(Commune(code="57631", nom="Sarreguemines", departement_code="57"))
    arrivee = await banc.hub.get(await banc.jusqu_au_retour(CANDIDAT))
    assert arrivee.status_code == 200, arrivee.text
    assert "inscrireStructure" in arrivee.text
    session = (await banc.hub.get("/auth/session")).json()
    assert (session["connecte"], session["role"]) == (False, None)
    entetes = {"x-hub-csrf": session["csrf"]}

    async def inscrire(**changes: Any) -> dict[str, Any]:
        variables = {"input": {**DEMANDE, **changes}}
        reponse = await banc.hub.post(
            "/graphql", json={"query": INSCRIRE, "variables": variables}, headers=entetes
        )
        assert reponse.status_code == 200, reponse.text
        resultat: dict[str, Any] = reponse.json()["data"]["inscrireStructure"]
        return resultat

    refus = {
        "siret": ("73282932000075", "BAD_USER_INPUT", "input.siret"),  # check digit
        "codeCommune": ("57200", "BAD_USER_INPUT", "input.codeCommune"),  # a postal code, not INSEE
        "nbPostesSouhaites": (0, "BAD_USER_INPUT", "input.nbPostesSouhaites"),
    }
    for champ, (valeur, code, nomme) in refus.items():
        assert (await inscrire(**{champ: valeur}))["code"] == code
        assert (await inscrire(**{champ: valeur}))["champ"] == nomme
    autre = await inscrire(siret="21570460200006")  # a valid SIRET, not the identity's
    assert (autre["code"], autre["champ"]) == ("FORBIDDEN", None)
    assert SIRET_CANDIDAT in autre["message"]

    inscrite = await inscrire()
    assert inscrite["__typename"] == "InscrireStructurePayload", inscrite
    assert inscrite["structure"] == {"siret": SIRET_CANDIDAT}
    async with banc.database.transaction() as session:
        await contexte_systeme(session)
        cree = await session.scalar(select(Structure).where(Structure.siret == SIRET_CANDIDAT))
        habilitation = await session.scalar(select(Habilitation).where(Habilitation.email == CANDIDAT))
    assert cree is not None
    assert (cree.statut, cree.departement_code, cree.code_commune) == (StatutStructure.CREEE, "57", "57631")
    assert habilitation is not None
    assert (habilitation.role, habilitation.siret, habilitation.structure_id) == (
        Role.STRUCTURE,
        SIRET_CANDIDAT,
        cree.id,
    )
    assert inscrite["candidature"]["phase"] == 1
    assert inscrite["candidature"]["nbPostesSouhaites"] == 2
    assert (await inscrire())["code"] == "CONFLICT"  # once: the habilitation now exists

    # The person signs in again: their habilitation names the SIRET, they act for the structure.
    await banc.hub.get(await banc.jusqu_au_retour(CANDIDAT))
    session = (await banc.hub.get("/auth/session")).json()
    assert session["role"] == "structure"
    propres = await banc.hub.post(
        "/graphql", json={"query": SA_STRUCTURE}, headers={"x-hub-csrf": session["csrf"]}
    )
    assert propres.json()["data"]["structures"]["nodes"] == [
        {
            "siret": SIRET_CANDIDAT,
            "statut": "CREEE",
            "candidatures": [{"id": inscrite["candidature"]["id"], "phase": 1}],
        }
    ]

    # The existing workflow takes it from there: the préfet of Moselle sees it and gives an avis.
    banc.hub.cookies.clear()
    banc.navigateur_fournisseur.cookies.clear()  # another person, at the provider too
    await banc.hub.get(await banc.jusqu_au_retour(AGENT_57))
    csrf = (await banc.hub.get("/auth/session")).json()["csrf"]
    avis = await banc.hub.post(
        "/graphql",
        json={
            "query": "mutation($id: ID!) { donnerAvisPrefet(input: {candidatureId: $id, avis: POSITIF}) "
            "{ __typename ... on UserError { message } } }",
            "variables": {"id": inscrite["candidature"]["id"]},
        },
        headers={"x-hub-csrf": csrf},
    )
    assert avis.json()["data"]["donnerAvisPrefet"]["__typename"] == "DonnerAvisPrefetPayload", avis.text


async def test_une_session_sans_siret_ni_habilitation_n_inscrit_rien(client: httpx.AsyncClient) -> None:
    reponse = await client.post("/graphql", json={"query": INSCRIRE, "variables": {"input": DEMANDE}})
    assert reponse.json()["data"]["inscrireStructure"]["code"] == "UNAUTHENTICATED"


async def test_next_vers_une_autre_origine_revient_a_l_accueil(banc: Banc) -> None:
    arrivee = await banc.hub.get(await banc.jusqu_au_retour(AGENT_57, suivant="https://attaquant.example/"))
    assert arrivee.headers["location"] == "/"
