"""POST /oauth/token: client credentials for partner tools (client_secret_basic and private_key_jwt)."""

from __future__ import annotations

import base64
import time
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import ECKey
from sqlalchemy import select, update

from auth.clients import ClientCree, creer_client, desactiver_client, hash_secret, verify_secret
from auth.oauth_server import token_endpoint_url
from auth.rls import contexte_systeme
from auth.tokens import verify_access_token
from hub.db import Database
from hub.models import ClientPartenaire, Journal
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.settings import Settings
from tests.graphql_client import graphql

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


async def nouveau_client(
    database: Database, scopes: list[str], jwks: dict[str, Any] | None = None
) -> ClientCree:
    async with database.transaction() as session:
        await contexte_systeme(session)  # test set-up is a trusted job
        return await creer_client(session, nom="Outil cartographie", scopes=scopes, valid_days=30, jwks=jwks)


def basic(client_id: str, secret: str) -> dict[str, str]:
    raw = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"authorization": f"Basic {raw}"}


async def demander(
    client: httpx.AsyncClient, form: dict[str, str], headers: dict[str, str] | None = None
) -> httpx.Response:
    return await client.post("/oauth/token", data=form, headers=headers or {})


def assertion(settings: Settings, client_id: str, key: ECKey, **changes: Any) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": client_id,
        "sub": client_id,
        "aud": token_endpoint_url(settings),
        "iat": now,
        "exp": now + 60,
        "jti": uuid.uuid4().hex,
        **changes,
    }
    return jwt.encode({"alg": "ES256", "kid": key.thumbprint()}, claims, key, algorithms=["ES256"])


async def test_un_secret_correct_donne_un_jeton_partenaire_aux_scopes_demandes_et_permis(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    outil = await nouveau_client(database, ["structures:read", "stats:read"])
    response = await demander(
        client,
        {"grant_type": "client_credentials", "scope": "stats:read lieux:read"},
        basic(outil.client_id, outil.secret),
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == settings.access_token_ttl_seconds
    assert body["scope"] == "stats:read"  # lieux:read was requested but is not allowed
    principal = verify_access_token(settings, body["access_token"])
    assert principal.role is Role.PARTENAIRE
    assert principal.scopes == {"stats:read"}
    assert principal.client_id == outil.client_id == principal.subject

    moi = await graphql(client, "{ moi { role scopes clientId } }", token=body["access_token"])
    assert moi["data"]["moi"] == {"role": "PARTENAIRE", "scopes": ["stats:read"], "clientId": outil.client_id}


async def test_sans_scope_demande_le_jeton_porte_tous_les_scopes_permis(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    outil = await nouveau_client(database, ["structures:read", "lieux:read"])
    response = await demander(
        client, {"grant_type": "client_credentials"}, basic(outil.client_id, outil.secret)
    )
    assert response.status_code == 200, response.text
    assert response.json()["scope"] == "lieux:read structures:read"
    assert verify_access_token(settings, response.json()["access_token"]).scopes == {
        "lieux:read",
        "structures:read",
    }


async def test_private_key_jwt_donne_un_jeton_et_une_assertion_ne_sert_qu_une_fois(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    cle = ECKey.generate_key("P-256", private=True)
    outil = await nouveau_client(database, ["lieux:read"], jwks={"keys": [cle.as_dict(private=False)]})
    form = {
        "grant_type": "client_credentials",
        "client_assertion_type": ASSERTION_TYPE,
        "client_assertion": assertion(settings, outil.client_id, cle),
    }
    response = await demander(client, form)
    assert response.status_code == 200, response.text
    principal = verify_access_token(settings, response.json()["access_token"])
    assert (principal.role, principal.client_id, principal.scopes) == (
        Role.PARTENAIRE,
        outil.client_id,
        {"lieux:read"},
    )
    rejouee = await demander(client, form)
    assert rejouee.status_code == 401
    assert rejouee.json()["error"] == "invalid_client"


@pytest.mark.parametrize(
    "probleme",
    ["autre_cle", "mauvaise_audience", "expiree", "trop_longue", "alg_hs256", "sub_different_de_iss"],
)
async def test_une_assertion_private_key_jwt_invalide_est_invalid_client(
    client: httpx.AsyncClient, settings: Settings, database: Database, probleme: str
) -> None:
    cle = ECKey.generate_key("P-256", private=True)
    outil = await nouveau_client(database, ["lieux:read"], jwks={"keys": [cle.as_dict(private=False)]})
    now = int(time.time())
    jeton = {
        "autre_cle": lambda: assertion(settings, outil.client_id, ECKey.generate_key("P-256")),
        "mauvaise_audience": lambda: assertion(settings, outil.client_id, cle, aud="https://ailleurs"),
        "expiree": lambda: assertion(settings, outil.client_id, cle, iat=now - 900, exp=now - 600),
        "trop_longue": lambda: assertion(settings, outil.client_id, cle, exp=now + 86_400),
        "alg_hs256": lambda: jwt.encode(
            {"alg": "HS256"},
            {
                "iss": outil.client_id,
                "sub": outil.client_id,
                "aud": token_endpoint_url(settings),
                "exp": now + 60,
            },
            _oct_key(),
            algorithms=["HS256"],
        ),
        "sub_different_de_iss": lambda: assertion(settings, outil.client_id, cle, iss="quelqu-un"),
    }[probleme]()
    response = await demander(
        client,
        {
            "grant_type": "client_credentials",
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": jeton,
        },
    )
    assert response.status_code == 401, response.text
    assert response.json()["error"] == "invalid_client"


def _oct_key() -> Any:
    from joserfc.jwk import OctKey

    return OctKey.generate_key(256)


async def test_un_mauvais_secret_est_invalid_client_401(
    client: httpx.AsyncClient, database: Database
) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    response = await demander(client, {"grant_type": "client_credentials"}, basic(outil.client_id, "devine"))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert response.headers["www-authenticate"].startswith("Basic ")


async def test_un_client_inconnu_est_invalid_client_401(client: httpx.AsyncClient) -> None:
    response = await demander(client, {"grant_type": "client_credentials"}, basic("hubcli_inconnu", "x"))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


async def test_un_client_desactive_est_invalid_client(client: httpx.AsyncClient, database: Database) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    async with database.transaction() as session:
        await contexte_systeme(session)  # test set-up is a trusted job
        await desactiver_client(session, outil.client_id)
    response = await demander(
        client, {"grant_type": "client_credentials"}, basic(outil.client_id, outil.secret)
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


@pytest.mark.parametrize("fenetre", ["expire", "pas_encore_valide"])
async def test_un_client_hors_de_sa_periode_de_validite_est_invalid_client(
    client: httpx.AsyncClient, database: Database, fenetre: str
) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    now = utcnow()
    valeurs = (
        {"valide_au": now - timedelta(days=1)}
        if fenetre == "expire"
        else {"valide_du": now + timedelta(days=1)}
    )
    async with database.transaction() as session:
        await contexte_systeme(session)  # test set-up is a trusted job
        await session.execute(
            update(ClientPartenaire).where(ClientPartenaire.client_id == outil.client_id).values(**valeurs)
        )
    response = await demander(
        client, {"grant_type": "client_credentials"}, basic(outil.client_id, outil.secret)
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


async def test_un_scope_inconnu_est_invalid_scope(client: httpx.AsyncClient, database: Database) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    response = await demander(
        client,
        {"grant_type": "client_credentials", "scope": "stats:read admin"},
        basic(outil.client_id, outil.secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


async def test_un_scope_connu_mais_non_permis_est_invalid_scope(
    client: httpx.AsyncClient, database: Database
) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    response = await demander(
        client,
        {"grant_type": "client_credentials", "scope": "lieux:read"},
        basic(outil.client_id, outil.secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


async def test_un_autre_grant_type_est_unsupported_grant_type(
    client: httpx.AsyncClient, database: Database
) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    response = await demander(
        client,
        {"grant_type": "password", "username": "u", "password": "p"},
        basic(outil.client_id, outil.secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


@pytest.mark.parametrize(
    ("corps", "type_contenu"),
    [
        ('{"grant_type": "client_credentials"}', "application/json"),
        ("grant_type=client_credentials&grant_type=client_credentials", "application/x-www-form-urlencoded"),
        ("grant_type=client_credentials&scope=" + "x" * 20_000, "application/x-www-form-urlencoded"),
    ],
    ids=["json", "parametre_repete", "corps_trop_grand"],
)
async def test_une_requete_mal_formee_est_invalid_request(
    client: httpx.AsyncClient, database: Database, corps: str, type_contenu: str
) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    response = await client.post(
        "/oauth/token",
        content=corps,
        headers={"content-type": type_contenu, **basic(outil.client_id, outil.secret)},
    )
    assert response.status_code in (400, 413)
    assert response.json()["error"] == "invalid_request"


async def test_deux_methodes_d_authentification_a_la_fois_sont_refusees(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    cle = ECKey.generate_key("P-256", private=True)
    outil = await nouveau_client(database, ["lieux:read"], jwks={"keys": [cle.as_dict(private=False)]})
    response = await demander(
        client,
        {
            "grant_type": "client_credentials",
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": assertion(settings, outil.client_id, cle),
        },
        basic(outil.client_id, outil.secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


async def test_le_secret_n_est_stocke_que_hache_et_la_creation_est_journalisee(database: Database) -> None:
    outil = await nouveau_client(database, ["stats:read"])
    async with database.transaction() as session:
        await contexte_systeme(session)  # test set-up is a trusted job
        row = (
            await session.execute(
                select(ClientPartenaire).where(ClientPartenaire.client_id == outil.client_id)
            )
        ).scalar_one()
        journal = (
            (await session.execute(select(Journal).where(Journal.entite_id == str(row.id)))).scalars().all()
        )
    assert row.secret_hash is not None
    assert outil.secret not in row.secret_hash
    assert row.secret_hash.startswith("scrypt$")
    assert verify_secret(outil.secret, row.secret_hash)
    assert not verify_secret(outil.secret + "x", row.secret_hash)
    assert [j.action for j in journal] == ["client_partenaire.creer"]
    assert journal[0].apres is not None
    assert "secret" not in str(journal[0].apres).lower()


def test_deux_hachages_du_meme_secret_different_par_le_sel() -> None:
    assert hash_secret("s") != hash_secret("s")
    assert not verify_secret("s", "bcrypt$x")
    assert not verify_secret("s", "scrypt$1$8$1$AA$AA")
    assert not verify_secret("s", None)
