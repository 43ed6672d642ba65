"""The hub as a ProConnect relying party: authlib's Starlette OpenID Connect client.

authlib does the protocol: the provider's discovery document and JWKS, the authorization code with
PKCE (S256), `state` (kept in the short-lived signed cookie of the sign-in, `hub_connexion`) and
`nonce`, the code exchange, and the ID token's verification (signature with the provider's keys and
its advertised algorithms, `iss`, `aud`, `exp`, `iat`, `nonce`, `at_hash`, and `acr` when
HUB_OIDC_ACR_VALUES is set). This module adds what is the hub's: the claims it needs from userinfo
(which must be about the same `sub`), their validation, and a refusal in French for everything else.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from authlib.integrations.starlette_client import OAuth
from joserfc import jwt
from joserfc.jwk import KeySet
from starlette.requests import Request
from starlette.responses import Response

from auth.sessions_personnes import Identite
from hub.settings import Settings

logger = logging.getLogger("hub.auth.proconnect")

NOM = "proconnect"
CHEMIN_RETOUR = "/auth/callback"
CHEMIN_APRES_DECONNEXION = "/auth/deconnecte"
# What is accepted from userinfo: an e-mail of reasonable shape, a SIRET of 14 digits, short names.
_EMAIL = re.compile(r"[^@\s\x00-\x1f]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,63}")
_SIRET = re.compile(r"\d{14}")
LONGUEUR_NOM = 200
# Userinfo answered as a signed JWT (ProConnect does so) is verified with these algorithms.
ALGORITHMES_USERINFO = ["RS256", "ES256", "PS256"]


class ConnexionRefuseeError(Exception):
    """The provider's answer cannot sign anyone in; `message` is for the person, in French."""

    def __init__(self, message: str, *, fournisseur_injoignable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.fournisseur_injoignable = fournisseur_injoignable


class ProConnect:
    """The registered OpenID Connect client. `transport` (an httpx2 transport) is for tests only."""

    def __init__(self, settings: Settings, *, transport: Any = None) -> None:
        self.settings = settings
        self.issuer = settings.oidc_issuer.rstrip("/")
        client_kwargs: dict[str, Any] = {
            "scope": settings.oidc_scopes,
            "code_challenge_method": "S256",
            "token_endpoint_auth_method": "client_secret_basic",
            "timeout": 10.0,
        }
        if transport is not None:
            client_kwargs["transport"] = transport
        self.oauth = OAuth()
        self.client = self.oauth.register(
            NOM,
            client_id=settings.oidc_client_id,
            client_secret=settings.oidc_client_secret,
            server_metadata_url=f"{self.issuer}/.well-known/openid-configuration",
            client_kwargs=client_kwargs,
        )

    @property
    def redirect_uri(self) -> str:
        return f"{self.settings.public_url_effective}{CHEMIN_RETOUR}"

    @property
    def post_logout_redirect_uri(self) -> str:
        return f"{self.settings.public_url_effective}{CHEMIN_APRES_DECONNEXION}"

    async def rediriger_vers_le_fournisseur(self, request: Request) -> Response:
        """The 302 to the provider's authorization endpoint (state, nonce and verifier kept)."""
        extra: dict[str, str] = {}
        if self.settings.oidc_acr_values:
            extra["acr_values"] = self.settings.oidc_acr_values
        try:
            reponse: Response = await self.client.authorize_redirect(request, self.redirect_uri, **extra)
        except Exception as error:
            logger.warning("discovery of %s failed: %s", self.issuer, type(error).__name__)
            raise ConnexionRefuseeError(
                "Le service d'identification ProConnect ne répond pas. Réessayez dans quelques minutes.",
                fournisseur_injoignable=True,
            ) from None
        return reponse

    async def identite_du_retour(self, request: Request) -> Identite:
        """The identity of the provider's callback, verified; ConnexionRefuseeError otherwise."""
        if request.query_params.get("error"):
            logger.info("provider answered error=%.60s", request.query_params["error"])
            raise ConnexionRefuseeError(
                "La connexion a été interrompue ou refusée par le fournisseur d'identité."
            )
        options = {"iss": {"essential": True, "values": [self.issuer]}}
        if self.settings.oidc_acr_values:
            options["acr"] = {"essential": True, "values": self.settings.oidc_acr_values.split()}
        try:
            jeton = await self.client.authorize_access_token(
                request, claims_options=options, leeway=self.settings.token_leeway_seconds
            )
        except Exception as error:
            # Forged or missing state, replayed code, bad signature, aud, exp, nonce, alg…: the class
            # of the failure goes to the log, never the provider's answer itself.
            logger.info("sign-in refused at the callback: %s: %.200s", type(error).__name__, error)
            raise ConnexionRefuseeError(
                "La connexion n'a pas pu être vérifiée. Recommencez depuis la page de connexion."
            ) from None
        if "userinfo" not in jeton or "id_token" not in jeton:
            raise ConnexionRefuseeError("Le fournisseur d'identité n'a pas renvoyé de jeton d'identité.")
        sujet = jeton["userinfo"].get("sub")
        infos = await self._userinfo(jeton)
        if not isinstance(sujet, str) or infos.get("sub") != sujet:
            logger.info("userinfo is about another sub than the ID token")
            raise ConnexionRefuseeError("Les informations d'identité reçues sont incohérentes.")
        return _identite(self.issuer, infos, jeton["id_token"])

    async def _userinfo(self, jeton: dict[str, Any]) -> dict[str, Any]:
        try:
            metadata = await self.client.load_server_metadata()
            reponse = await self.client.get(metadata["userinfo_endpoint"], token=jeton)
            reponse.raise_for_status()
            if reponse.headers.get("content-type", "").startswith("application/jwt"):
                cles = KeySet.import_key_set(await self.client.fetch_jwk_set())
                signe = jwt.decode(reponse.text, cles, algorithms=ALGORITHMES_USERINFO)
                return dict(signe.claims)
            infos = reponse.json()
        except Exception as error:
            logger.info("userinfo refused: %s", type(error).__name__)
            raise ConnexionRefuseeError("Les informations d'identité n'ont pas pu être lues.") from None
        if not isinstance(infos, dict):
            raise ConnexionRefuseeError("Les informations d'identité reçues sont mal formées.")
        return infos

    async def rediriger_pour_deconnexion(self, request: Request, id_token: str) -> Response:
        """RP-initiated logout at the provider's end_session_endpoint."""
        reponse: Response = await self.client.logout_redirect(
            request, post_logout_redirect_uri=self.post_logout_redirect_uri, id_token_hint=id_token
        )
        return reponse


def _identite(issuer: str, infos: dict[str, Any], id_token: str) -> Identite:
    email = infos.get("email")
    if not isinstance(email, str) or not _EMAIL.fullmatch(email.strip()):
        raise ConnexionRefuseeError(
            "Le fournisseur d'identité n'a pas transmis d'adresse électronique valable."
        )
    siret = infos.get("siret")
    if siret is not None and (not isinstance(siret, str) or not _SIRET.fullmatch(siret)):
        raise ConnexionRefuseeError("Le SIRET transmis par le fournisseur d'identité est mal formé.")
    prenom, nom = infos.get("given_name"), infos.get("usual_name")
    parties = [p.strip() for p in (prenom, nom) if isinstance(p, str) and p.strip()]
    affiche = " ".join(parties)[:LONGUEUR_NOM] or email.strip().lower()
    if any(ord(c) < 32 for c in affiche):
        raise ConnexionRefuseeError("Le nom transmis par le fournisseur d'identité est mal formé.")
    return Identite(issuer=issuer, email=email.strip().lower(), siret=siret, nom=affiche, id_token=id_token)
