"""/oauth/authorize: a person lets one of ANCT's own tools act for them (OAuth 2 code grant, PKCE).

The person signs in through ProConnect (or reuses their session), then a consent page names the
tool and the habilitation it will act with; « Autoriser » sends them back to the tool's exact
redirect URI with a code (60 s, once) that the tool exchanges at /oauth/token, with its PKCE
verifier, for a hub access token of that person and a rotating refresh token. The grant logic is
authlib's (auth/oauth_server.py). An unknown tool or a redirect URI it did not register is never
redirected to: the person sees the reason on a page of the hub.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlencode

from authlib.oauth2.rfc6749 import OAuth2Error, OAuth2Request
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from auth.autorisations_oauth import AutorisationsOAuth
from auth.clients import find_client, is_usable
from auth.keys import HubKeys
from auth.oauth_server import (
    CODE,
    ChargeUtile,
    HubAuthorizationServer,
    HubClient,
    authorization_endpoint_url,
)
from auth.principal import Principal
from auth.rls import contexte_authentification
from hub.db import Database
from hub.models.base import utcnow
from hub.settings import Settings
from hub.web.connexion import LIBELLES_ROLES, chemin_sur, csrf_valide, formulaire_de, session_de
from hub.web.gabarits import GABARITS

logger = logging.getLogger("hub.web.autorisation")

CHEMIN = "/oauth/authorize"
# The parameters of an authorization request the consent form carries back (nothing else is kept).
PARAMETRES = (
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)
_NO_STORE = {"Cache-Control": "no-store"}


class _RequeteAutorisation(OAuth2Request):  # type: ignore[misc]  # authlib is untyped
    def __init__(self, methode: str, uri: str, parametres: dict[str, str]) -> None:
        super().__init__(methode, uri)
        self.payload = ChargeUtile(parametres)
        self._parametres = parametres

    @property
    def args(self) -> dict[str, str]:
        return self._parametres

    @property
    def form(self) -> dict[str, str]:
        return self._parametres


class Autorisation:
    """The authorization endpoint of one app."""

    def __init__(
        self, settings: Settings, database: Database, keys: HubKeys, autorisations: AutorisationsOAuth
    ) -> None:
        self.settings = settings
        self.database = database
        self.keys = keys
        self.autorisations = autorisations

    def route(self) -> Route:
        return Route(CHEMIN, self.autoriser, methods=["GET", "POST"])

    async def autoriser(self, request: Request) -> Response:
        decision = None
        if request.method == "GET":
            parametres = _parametres_uniques(request.url.query)
            if parametres is None:
                return self._page(request, 400, "Demande invalide", "Un paramètre de la demande est répété.")
        else:
            formulaire = await formulaire_de(request)
            session = session_de(request)
            if formulaire is None or session is None or not csrf_valide(formulaire.get("csrf"), session):
                return self._page(
                    request, 403, "Demande refusée", "Le formulaire a expiré : recommencez depuis l'outil."
                )
            decision = formulaire.get("decision")
            parametres = {nom: formulaire[nom] for nom in PARAMETRES if nom in formulaire}
        client = await self._client(parametres.get("client_id"))
        if client is None:
            return self._page(
                request,
                400,
                "Outil inconnu",
                "Cet outil n'est pas enregistré auprès d'Inclusion Hub (client_id).",
            )
        if not client.check_redirect_uri(parametres.get("redirect_uri", "")):
            return self._page(
                request,
                400,
                "Adresse de retour refusée",
                "L'adresse de retour demandée n'est pas celle que cet outil a enregistrée (redirect_uri) : "
                "par sécurité, vous n'y êtes pas renvoyé.",
            )
        session = session_de(request)
        ici = f"{CHEMIN}?{urlencode(parametres)}"
        if session is None:
            return RedirectResponse(f"/auth/login?{urlencode({'next': chemin_sur(ici)})}", status_code=303)
        if session.principal is None:
            return RedirectResponse(f"/auth/role?{urlencode({'next': chemin_sur(ici)})}", status_code=303)
        serveur = HubAuthorizationServer(self.settings, self.keys, {client.client_id: client})
        demande = _RequeteAutorisation(request.method, authorization_endpoint_url(self.settings), parametres)
        try:
            grant = serveur.get_consent_grant(demande, end_user=session.principal)
        except OAuth2Error as erreur:
            # The redirect URI is the client's own (checked above): the tool hears why, with its state.
            return serveur.handle_error_response(demande, erreur)
        if decision is None:
            return self._consentement(
                request, client, session.principal, session.identite.email, session.csrf, parametres
            )
        accorde = session.principal if decision == "autoriser" else None
        reponse: Response = serveur.create_authorization_response(demande, grant_user=accorde, grant=grant)
        code = serveur.issue.code_emis
        if code is not None and accorde is not None:
            await self.autorisations.enregistrer_code(
                code,
                client_id=client.client_id,
                redirect_uri=parametres["redirect_uri"],
                code_challenge=parametres["code_challenge"],
                identite=session.identite,
                role=accorde.role,
            )
            logger.info("authorization code issued to %s for role %s", client.client_id, accorde.role.value)
        return reponse

    async def _client(self, client_id: str | None) -> HubClient | None:
        if not client_id or len(client_id) > 100:
            return None
        async with self.database.transaction() as session:
            await contexte_authentification(session)
            ligne = await find_client(session, client_id)
        if ligne is None or not is_usable(ligne, utcnow()):
            return None
        client = HubClient.of(ligne)
        return client if CODE in client.grant_types else None

    def _consentement(
        self,
        request: Request,
        client: HubClient,
        principal: Principal,
        email: str,
        csrf: str,
        parametres: dict[str, str],
    ) -> Response:
        habilitation = LIBELLES_ROLES.get(principal.role, principal.role.value)
        if principal.departements:
            habilitation += f" ({', '.join(sorted(principal.departements))})"
        jours = self.settings.refresh_family_seconds // 86400
        return GABARITS.TemplateResponse(
            request,
            "consentement.html",
            {
                "titre": f"Autoriser « {client.nom} »",
                "outil": client.nom,
                "habilitation": habilitation,
                "email": email,
                "duree": f"{jours} jours" if jours > 1 else "une journée",
                "csrf": csrf,
                "parametres": sorted(parametres.items()),
            },
            headers={
                **_NO_STORE,
                "X-Frame-Options": "DENY",
                "Content-Security-Policy": "frame-ancestors 'none'",
            },
        )

    def _page(self, request: Request, statut: int, titre: str, message: str) -> Response:
        return GABARITS.TemplateResponse(
            request,
            "message.html",
            {"titre": titre, "message": message, "lien": "/", "libelle_lien": "Revenir à l'accueil"},
            status_code=statut,
            headers=_NO_STORE,
        )


def _parametres_uniques(requete: str) -> dict[str, str] | None:
    """The query's parameters, each at most once (RFC 6749 §3.1), or None."""
    try:
        paires = parse_qsl(requete, keep_blank_values=True, max_num_fields=30)
    except ValueError:
        return None
    parametres: dict[str, str] = {}
    for nom, valeur in paires:
        if nom in parametres:
            return None
        parametres[nom] = valeur
    return parametres
