"""Token attacks over HTTP: every forged, stale or malformed bearer token is a 401, never a 500."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from joserfc.jwk import ECKey
from starlette.applications import Starlette

from auth.principal import Principal
from auth.tokens import issue_access_token
from hub.app import create_app
from hub.db import Database
from hub.models.enums import Role
from hub.settings import Settings
from tests.auth import forgery
from tests.tokens import token_for

MOI = "{ moi { role departements } }"
PREFECTURE_57 = Principal(
    role=Role.PREFECTURE, subject="prefet@moselle.gouv.fr", departements=frozenset({"57"})
)


async def post_moi(client: httpx.AsyncClient, authorization: str | None) -> httpx.Response:
    # Bytes, so that non-ASCII garbage reaches the hub as an attacker would send it.
    headers = {"authorization": authorization.encode("utf-8")} if authorization is not None else {}
    return await client.post("/graphql", json={"query": MOI}, headers=headers)


def assert_unauthenticated(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    body = response.json()
    assert set(body) == {"errors"}
    [error] = body["errors"]
    assert error["extensions"] == {"code": "UNAUTHENTICATED"}
    assert error["message"]


def _past(settings: Settings) -> str:
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    return issue_access_token(settings, PREFECTURE_57, now=hour_ago)


def _future(settings: Settings) -> str:
    return forgery.signed_by_hub(
        settings, forgery.good_claims(settings, nbf=int(time.time()) + 600, exp=int(time.time()) + 900)
    )


def _other_key(settings: Settings) -> str:
    # Signed by a key the hub does not know, announced with the hub's own kid.
    return forgery.signed(
        forgery.hub_header(settings), forgery.good_claims(settings), ECKey.generate_key("P-256")
    )


def _unknown_kid(settings: Settings) -> str:
    stranger = ECKey.generate_key("P-256")
    return forgery.signed(
        forgery.hub_header(settings, kid=stranger.thumbprint()), forgery.good_claims(settings), stranger
    )


def _bad_signature(settings: Settings) -> str:
    head, body, _ = token_for(settings, PREFECTURE_57).split(".")
    _, _, other_signature = token_for(settings, PREFECTURE_57).split(".")
    return f"{head}.{body}.{other_signature}"


def _tampered_payload(settings: Settings) -> str:
    head, _, signature = token_for(settings, PREFECTURE_57).split(".")
    anct = forgery.segment(forgery.good_claims(settings, role="anct", departements=None))
    return f"{head}.{anct}.{signature}"


ATTACKS: dict[str, Callable[[Settings], str]] = {
    "alg_none": lambda s: forgery.unsigned(forgery.hub_header(s, alg="none"), forgery.good_claims(s)),
    "alg_none_sans_kid": lambda s: forgery.unsigned({"alg": "none", "typ": "at+jwt"}, forgery.good_claims(s)),
    "hs256_cle_publique_jwk": lambda s: forgery.hmac_with_public_key(s, forgery.good_claims(s)),
    "hs256_cle_publique_pem": lambda s: forgery.hmac_with_public_pem(s, forgery.good_claims(s)),
    "autre_cle_meme_kid": _other_key,
    "kid_inconnu": _unknown_kid,
    "sans_kid": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s), kid=None),
    "signature_d_un_autre_jeton": _bad_signature,
    "charge_modifiee": _tampered_payload,
    "expire": _past,
    "pas_encore_valide": _future,
    "emis_dans_le_futur": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, iat=int(time.time()) + 600)
    ),
    "mauvais_iss": lambda s: issue_access_token(s.with_(issuer="https://faux.example"), PREFECTURE_57),
    "mauvais_aud": lambda s: issue_access_token(s.with_(audience="autre-api"), PREFECTURE_57),
    "sans_iss": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, iss=None)),
    "sans_aud": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, aud=None)),
    "sans_exp": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, exp=None)),
    "exp_texte": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, exp="demain")),
    "sans_role": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, role=None)),
    "role_inconnu": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, role="superadmin")),
    "role_anonyme": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, role="anonyme", departements=None)
    ),
    "role_non_texte": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, role=["anct"])),
    "prefecture_sans_departement": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, departements=[])
    ),
    "prefecture_departement_inconnu": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, departements=["99"])
    ),
    "structure_sans_structure_id": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, role="structure", departements=None)
    ),
    "structure_id_invalide": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, role="structure", departements=None, structure_id="1 OR 1=1")
    ),
    "anct_avec_departements": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s, role="anct")),
    "partenaire_scope_inconnu": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, role="partenaire", departements=None, scope="admin", client_id="x")
    ),
    "partenaire_sans_client_id": lambda s: forgery.signed_by_hub(
        s, forgery.good_claims(s, role="partenaire", departements=None, scope="stats:read")
    ),
    "typ_jwt": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s), typ="JWT"),
    "sans_typ": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s), typ=None),
    "en_tete_crit": lambda s: forgery.signed_by_hub(s, forgery.good_claims(s), crit=["exp"]),
    "charge_non_json": lambda s: (
        f"{forgery.segment(forgery.hub_header(s))}.{forgery.b64(b'pas du json')}.AAAA"
    ),
    "charge_tableau": lambda s: f"{forgery.segment(forgery.hub_header(s))}.{forgery.b64(b'[1,2]')}.AAAA",
    "deux_segments": lambda s: "a.b",
    "quatre_segments": lambda s: token_for(s, PREFECTURE_57) + ".AAAA",
    "caracteres_interdits": lambda s: "!!!.$$$.%%%",
    "non_ascii": lambda s: "é.é.é",
    "jeton_geant": lambda s: "a" * 20_000,
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
async def test_un_jeton_forge_ou_perime_est_refuse_en_401(
    client: httpx.AsyncClient, settings: Settings, attack: str
) -> None:
    token = ATTACKS[attack](settings)
    response = await post_moi(client, f"Bearer {token}")
    assert_unauthenticated(response)


@pytest.mark.parametrize(
    "authorization",
    ["Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer", "Token abc", "Bearer a b c", "Bearer\tabc"],
)
async def test_un_en_tete_authorization_mal_forme_est_refuse_en_401(
    client: httpx.AsyncClient, authorization: str
) -> None:
    assert_unauthenticated(await post_moi(client, authorization))


async def test_deux_en_tetes_authorization_sont_refuses(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token = token_for(settings, PREFECTURE_57)
    response = await client.post(
        "/graphql",
        json={"query": MOI},
        headers=[("authorization", f"Bearer {token}"), ("authorization", f"Bearer {token}")],
    )
    assert_unauthenticated(response)


async def test_le_refus_est_en_francais_et_dit_pourquoi(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    response = await post_moi(client, f"Bearer {_past(settings)}")
    assert response.json()["errors"][0]["message"] == "jeton expiré"
    response = await post_moi(client, f"Bearer {ATTACKS['alg_none'](settings)}")
    assert "ES256" in response.json()["errors"][0]["message"]


async def test_un_jeton_valide_est_accepte_et_le_schema_bearer_est_insensible_a_la_casse(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token = token_for(settings, PREFECTURE_57)
    for scheme in ("Bearer", "bearer", "BEARER"):
        response = await post_moi(client, f"{scheme} {token}")
        assert response.status_code == 200, response.text
        assert response.json()["data"]["moi"] == {"role": "PREFECTURE", "departements": ["57"]}


async def test_un_jeton_expire_depuis_moins_que_la_tolerance_passe_encore(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    # exp is 5 s in the past; the leeway (30 s by default) absorbs clock skew between servers.
    assert settings.token_leeway_seconds >= 20
    issued = datetime.now(UTC) - timedelta(seconds=settings.access_token_ttl_seconds + 5)
    token = issue_access_token(settings, PREFECTURE_57, now=issued)
    assert (await post_moi(client, f"Bearer {token}")).status_code == 200
    app = create_app(settings.with_(token_leeway_seconds=0), database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        assert_unauthenticated(await post_moi(c, f"Bearer {token}"))


@pytest.mark.parametrize(
    "path", ["/healthz", "/.well-known/jwks.json", "/.well-known/oauth-authorization-server"]
)
async def test_les_routes_publiques_ignorent_un_jeton_invalide(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path, headers={"authorization": "Bearer n.importe.quoi"})
    assert response.status_code == 200


async def test_sans_en_tete_la_requete_est_anonyme(client: httpx.AsyncClient) -> None:
    response = await post_moi(client, None)
    assert response.status_code == 200
    assert response.json()["data"]["moi"] == {"role": "ANONYME", "departements": []}


async def test_une_websocket_avec_un_jeton_invalide_est_fermee_avant_l_echange(app: Starlette) -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.connect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "websocket",
        "path": "/graphql",
        "headers": [(b"authorization", b"Bearer n.importe.quoi")],
        "subprotocols": ["graphql-transport-ws"],
    }
    await app(scope, receive, send)
    assert sent == [{"type": "websocket.close", "code": 1008, "reason": "invalid_token"}]
