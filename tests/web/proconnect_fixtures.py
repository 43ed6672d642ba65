"""What the ProConnect tests share: the real OpenID provider, the agents it knows, their habilitations,
and a man in the middle between the hub and the provider for the tampered-answer cases.

The provider is the npm package `oidc-provider` (tests/oidc/provider.mjs), configured as ProConnect
is: discovery, JWKS, PKCE S256 required, userinfo, end_session. The man in the middle is an httpx2
transport given to the hub's authlib client: it forwards every request to the real provider and, when
a test asks, rewrites the ID token of the token response (and adds its own key to the JWKS), as an
attacker on the network or a compromised provider would.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import httpx2
from joserfc import jwt
from joserfc.jwk import RSAKey

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Habilitation
from hub.models.enums import Role

BASE = "http://127.0.0.1:8000"  # the in-process hub's public origin (HUB_ISSUER's default)
AGENT_57 = "agent.moselle@prefecture.gouv.fr"
AGENT_ANCT = "analyste@anct.gouv.fr"
SANS_HABILITATION = "inconnu@exemple.gouv.fr"
CANDIDAT = "direction@tiers-lieu-sarreguemines.fr"  # a structure (SIRET below) the hub does not know
SIRET_CANDIDAT = "73282932000074"
COMPTES = {
    AGENT_57: {"given_name": "Camille", "usual_name": "Martin", "siret": "17570001100019", "idp_id": "fia1"},
    AGENT_ANCT: {
        "given_name": "Dominique",
        "usual_name": "Bernard",
        "siret": "13002603200016",
        "idp_id": "fia1",
    },
    SANS_HABILITATION: {"given_name": "Alex", "usual_name": "Petit", "idp_id": "fia1"},  # no SIRET
    CANDIDAT: {"given_name": "Sacha", "usual_name": "Roux", "siret": SIRET_CANDIDAT, "idp_id": "fia1"},
}

Falsification = Callable[[dict[str, Any], dict[str, Any]], str]


async def habiliter(database: Database, issuer: str) -> None:
    """The two agents' habilitations at the provider's issuer (the third one has none)."""
    async with database.transaction() as session:
        await contexte_systeme(session)
        session.add_all(
            [
                Habilitation(issuer=issuer, email=AGENT_57, role=Role.PREFECTURE, departements=["57"]),
                Habilitation(issuer=issuer, email=AGENT_ANCT, role=Role.ANCT, departements=[]),
            ]
        )


class HommeDuMilieu(httpx2.AsyncBaseTransport):
    """Forwards to the provider; `falsifier(header, claims) -> id_token` rewrites the next ID token."""

    def __init__(self) -> None:
        self.reel = httpx2.AsyncHTTPTransport()
        self.cle = RSAKey.generate_key(2048, parameters={"kid": "homme-du-milieu", "alg": "RS256"})
        self.falsifier: Falsification | None = None
        self.cle_publiee = False  # the man in the middle's key added to the provider's JWKS

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        reponse = await self.reel.handle_async_request(request)
        if self.cle_publiee and request.url.path.endswith("/jwks"):
            await reponse.aread()
            jwks = json.loads(reponse.content)
            jwks["keys"].append(self.cle.as_dict(private=False))
            return _json(reponse, jwks)
        if self.falsifier is not None and request.url.path.endswith("/token"):
            await reponse.aread()
            corps = json.loads(reponse.content)
            if "id_token" in corps:
                entete, revendications = _lire(corps["id_token"])
                corps["id_token"] = self.falsifier(entete, revendications)
            return _json(reponse, corps)
        return reponse

    def signer(self, revendications: dict[str, Any], *, cle: RSAKey | None = None) -> str:
        cle = cle or self.cle
        return jwt.encode({"alg": "RS256", "kid": str(cle.kid)}, revendications, cle)

    async def aclose(self) -> None:
        await self.reel.aclose()


def sans_signature(revendications: dict[str, Any]) -> str:
    """An `alg: none` token carrying `revendications`."""

    def partie(valeur: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(valeur).encode()).rstrip(b"=").decode()

    return f"{partie({'alg': 'none', 'typ': 'JWT'})}.{partie(revendications)}."


def expire(revendications: dict[str, Any]) -> dict[str, Any]:
    maintenant = int(time.time())
    return {**revendications, "iat": maintenant - 7200, "exp": maintenant - 3600}


def _lire(jeton: str) -> tuple[dict[str, Any], dict[str, Any]]:
    entete, corps, _ = jeton.split(".")
    return _b64(entete), _b64(corps)


def _b64(partie: str) -> dict[str, Any]:
    valeur: dict[str, Any] = json.loads(base64.urlsafe_b64decode(partie + "=" * (-len(partie) % 4)))
    return valeur


def _json(origine: httpx2.Response, corps: dict[str, Any]) -> httpx2.Response:
    entetes = [
        (k, v) for k, v in origine.headers.items() if k.lower() not in ("content-length", "content-encoding")
    ]
    return httpx2.Response(origine.status_code, headers=entetes, content=json.dumps(corps).encode())
