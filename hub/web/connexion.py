"""Sign-in and sign-out of people: /auth/login, /auth/callback, /auth/role, /auth/logout, /auth/session,
and the demo's /auth/demo (docs/identite.md §4).

The identity comes from ProConnect (auth/proconnect.py) or, outside production, from the demo's list;
what the person may see comes only from their habilitation (auth/habilitations.py). A session row is
created only for someone holding at least one habilitation; with several, the session waits for the
choice of one (/auth/role) and gives no access until then. Every sign-in or role change issues a new
cookie token (the previous session row is deleted).
"""

from __future__ import annotations

import hmac
import logging
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from auth.authentication import nom_du_cookie
from auth.keys import HubKeys
from auth.principal import Principal
from auth.proconnect import ConnexionRefuseeError, ProConnect
from auth.sessions_personnes import Identite, SessionLue, SessionsPersonnes, principal_de_l_identite
from hub.db import Database
from hub.models.enums import Role
from hub.services.personnes_demo import ISSUER_DEMO, PERSONNES_DEMO, personne_demo
from hub.settings import Settings
from hub.web.gabarits import GABARITS

logger = logging.getLogger("hub.web.connexion")

LIBELLES_ROLES = {
    Role.ANCT: "ANCT — vue nationale",
    Role.PREFECTURE: "Préfecture — vue du département",
    Role.STRUCTURE: "Structure — ses postes et ses conseillers",
    Role.CONSEILLER: "Conseiller numérique",
    Role.AIDANT: "Aidant Connect",
    Role.COORDINATEUR: "Coordinateur — les conseillers qu'il coordonne",
    Role.HUB_TERRITORIAL: "Hub territorial — vue de ses régions",
    Role.GRAND_RESEAU: "Grand réseau — ses structures membres",
}
CLE_SUIVANT = "hub_suivant"
LONGUEUR_SUIVANT = 2000
DUREE_CONNEXION_EN_COURS = 600  # seconds a sign-in may take at the provider
TAILLE_FORMULAIRE = 16 * 1024
_NO_STORE = {"Cache-Control": "no-store"}


def chemin_sur(valeur: str | None) -> str:
    """`next` if it is a path of this hub (no scheme, no host, no `//` or `/\\`), else `/`."""
    if not valeur or len(valeur) > LONGUEUR_SUIVANT or not valeur.startswith("/"):
        return "/"
    if valeur.startswith(("//", "/\\")) or any(ord(c) < 33 or c == "\\" for c in valeur):
        return "/"
    morceaux = urlsplit(valeur)
    if morceaux.scheme or morceaux.netloc:
        return "/"
    return valeur


class Connexion:
    """The /auth routes, with their settings, the session store and the provider (if configured)."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        sessions: SessionsPersonnes,
        *,
        proconnect: ProConnect | None = None,
    ) -> None:
        self.settings = settings
        self.database = database
        self.sessions = sessions
        self.proconnect = proconnect
        self.cookie = nom_du_cookie(settings)

    def mount(self, keys: HubKeys) -> Mount:
        secure = self.settings.cookies_secure
        routes = [
            Route("/login", self.login, methods=["GET"]),
            Route("/callback", self.callback, methods=["GET"]),
            Route("/role", self.role, methods=["GET", "POST"]),
            Route("/logout", self.logout, methods=["POST"]),
            Route("/session", self.session, methods=["GET"]),
            Route("/deconnecte", self.deconnecte, methods=["GET"]),
            Route("/demo", self.demo, methods=["GET"]),
        ]
        return Mount(
            "/auth",
            routes=routes,
            middleware=[
                # The sign-in in progress (authlib's state, nonce and PKCE verifier; `next`): a signed
                # cookie of 10 minutes, sent back on the provider's top-level redirect (SameSite=Lax).
                Middleware(
                    SessionMiddleware,
                    secret_key=keys.secret_derive("cookie-connexion"),
                    session_cookie="__Host-hub_connexion" if secure else "hub_connexion",
                    max_age=DUREE_CONNEXION_EN_COURS,
                    same_site="lax",
                    https_only=secure,
                )
            ],
        )

    async def login(self, request: Request) -> Response:
        suivant = chemin_sur(request.query_params.get("next"))
        if self.proconnect is None:
            if self.settings.dev_tools_allowed:
                return RedirectResponse(f"/auth/demo?{urlencode({'next': suivant})}", status_code=302)
            return self._page(
                request,
                503,
                "Connexion indisponible",
                "La connexion par ProConnect n'est pas configurée sur ce service.",
                aide="L'exploitant doit renseigner HUB_OIDC_ISSUER, HUB_OIDC_CLIENT_ID "
                "et HUB_OIDC_CLIENT_SECRET.",
                lien="/",
                libelle_lien="Revenir à l'accueil",
            )
        request.session[CLE_SUIVANT] = suivant
        try:
            return await self.proconnect.rediriger_vers_le_fournisseur(request)
        except ConnexionRefuseeError as refus:
            return self._page(request, 502, "Connexion indisponible", refus.message)

    async def callback(self, request: Request) -> Response:
        if self.proconnect is None:
            return self._page(
                request, 404, "Page introuvable", "Aucun fournisseur d'identité n'est configuré."
            )
        suivant = chemin_sur(request.session.pop(CLE_SUIVANT, None))
        try:
            identite = await self.proconnect.identite_du_retour(request)
        except ConnexionRefuseeError as refus:
            statut = 502 if refus.fournisseur_injoignable else 400
            return self._page(request, statut, "Connexion refusée", refus.message)
        return await self._ouvrir(request, identite, suivant)

    async def demo(self, request: Request) -> Response:
        if not self.settings.dev_tools_allowed:
            return self._page(request, 404, "Page introuvable", "Cette page n'existe pas.", lien="/")
        suivant = chemin_sur(request.query_params.get("next"))
        role = request.query_params.get("role")
        if role is None:
            personnes = [
                {
                    "cle": personne.cle,
                    "libelle": personne.libelle,
                    "lien": "/auth/demo?"
                    + urlencode(
                        {"role": personne.role.value}
                        | ({"departement": personne.departement} if personne.role is Role.PREFECTURE else {})
                        | {"next": suivant}
                    ),
                }
                for personne in PERSONNES_DEMO
            ]
            return GABARITS.TemplateResponse(
                request,
                "demo.html",
                {"titre": "Se connecter à la démonstration", "personnes": personnes},
                headers=_NO_STORE,
            )
        personne = personne_demo(role, request.query_params.get("departement"))
        if personne is None:
            return self._page(
                request,
                400,
                "Personne inconnue",
                "Aucune personne de démonstration ne correspond à ce rôle et à ce département.",
                lien="/auth/demo",
                libelle_lien="Voir les personnes de démonstration",
            )
        identite = Identite(issuer=ISSUER_DEMO, email=personne.email, siret=None, nom=personne.nom)
        return await self._ouvrir(request, identite, suivant)

    async def role(self, request: Request) -> Response:
        session = session_de(request)
        if session is None:
            return RedirectResponse("/auth/login?next=/auth/role", status_code=303)
        if request.method == "GET":
            return await self._choix(request, session, chemin_sur(request.query_params.get("next")))
        formulaire = await formulaire_de(request)
        if formulaire is None or not csrf_valide(formulaire.get("csrf"), session):
            return self._page(request, 403, "Demande refusée", "Le formulaire a expiré : rechargez la page.")
        suivant = chemin_sur(formulaire.get("next"))
        try:
            choisi = Role(formulaire.get("role", ""))
        except ValueError:
            return self._page(request, 400, "Rôle inconnu", "Choisissez l'une des habilitations proposées.")
        principal = await principal_de_l_identite(self.database, session.identite, choisi)
        if not isinstance(principal, Principal):
            return self._page(
                request, 403, "Habilitation absente", "Vous ne disposez pas de cette habilitation."
            )
        return await self._session_ouverte(request, session.identite, principal, suivant)

    async def logout(self, request: Request) -> Response:
        session = session_de(request)
        jeton = request.cookies.get(self.cookie)
        if session is not None:
            formulaire = await formulaire_de(request) or {}
            jeton_csrf = formulaire.get("csrf") or request.headers.get("x-hub-csrf")
            if not csrf_valide(jeton_csrf, session):
                return self._page(
                    request, 403, "Demande refusée", "Le formulaire a expiré : rechargez la page."
                )
        fermee = await self.sessions.fermer(jeton) if jeton else None
        if fermee is not None:
            logger.info("session ended by sign-out (%s)", fermee.identite.issuer)
        id_token = fermee.identite.id_token if fermee is not None else None
        if (
            self.proconnect is not None
            and fermee is not None
            and id_token
            and fermee.identite.issuer == self.proconnect.issuer
        ):
            reponse = await self.proconnect.rediriger_pour_deconnexion(request, id_token)
        else:
            reponse = RedirectResponse("/auth/deconnecte", status_code=303)
        self._effacer_cookie(reponse)
        return reponse

    async def deconnecte(self, request: Request) -> Response:
        return self._page(
            request,
            200,
            "Vous êtes déconnecté",
            "Votre session sur Inclusion Hub est terminée.",
            niveau="success",
            libelle_lien="Se connecter de nouveau",
        )

    async def session(self, request: Request) -> Response:
        session = session_de(request)
        if session is None:
            return JSONResponse({"connecte": False}, headers=_NO_STORE)
        principal = session.principal
        corps: dict[str, Any] = {
            "connecte": principal is not None,
            "nom": session.identite.nom,
            "email": session.identite.email,
            "role": principal.role.value if principal else None,
            "territoires": {"departements": sorted(principal.departements) if principal else []},
            "expireLe": session.expire_le.isoformat(),
            "inactiveLe": session.inactive_le.isoformat(),
            "csrf": session.csrf,
        }
        if principal is None:
            corps["choixDuRole"] = "/auth/role"
        return JSONResponse(corps, headers=_NO_STORE)

    async def _ouvrir(self, request: Request, identite: Identite, suivant: str) -> Response:
        trouve = await principal_de_l_identite(self.database, identite)
        if trouve is None and identite.siret is not None:
            # Perhaps a structure not yet in the hub: the session carries the identity (no principal,
            # nothing more than anonymous reads) so that the person can register it (inscrireStructure).
            logger.info("sign-in without habilitation, with a SIRET (%s)", identite.issuer)
            jeton, _ = await self.sessions.ouvrir(identite, None, remplace=request.cookies.get(self.cookie))
            page = self._page(
                request,
                200,
                "Aucune habilitation pour le moment",
                f"Votre identité a bien été vérifiée (structure de SIRET {identite.siret}), mais vous ne "
                "disposez d'aucune habilitation sur Inclusion Hub.",
                aide="Si votre structure n'est pas encore inscrite au dispositif, inscrivez-la et déposez sa "
                "candidature : mutation inscrireStructure, depuis l'explorateur /graphql où vous êtes "
                "connecté ; vous recevrez l'habilitation de la structure. Si elle est déjà inscrite, "
                "demandez une habilitation à ses responsables, à votre préfecture ou à l'ANCT.",
            )
            self._poser_cookie(page, jeton)
            return page
        if trouve is None:
            logger.info("sign-in without habilitation (%s)", identite.issuer)
            return self._page(
                request,
                403,
                "Accès non autorisé",
                "Votre identité a bien été vérifiée, mais vous ne disposez d'aucune habilitation "
                "sur Inclusion Hub.",
                aide="L'accès est accordé par l'ANCT ou par la préfecture de votre département : "
                "demandez-leur une habilitation pour l'adresse électronique avec laquelle "
                "vous vous êtes connecté.",
            )
        if isinstance(trouve, list):
            jeton, _ = await self.sessions.ouvrir(identite, None, remplace=request.cookies.get(self.cookie))
            reponse: Response = RedirectResponse(
                f"/auth/role?{urlencode({'next': suivant})}", status_code=303
            )
            self._poser_cookie(reponse, jeton)
            return reponse
        return await self._session_ouverte(request, identite, trouve, suivant)

    async def _session_ouverte(
        self, request: Request, identite: Identite, principal: Principal, suivant: str
    ) -> Response:
        jeton, _ = await self.sessions.ouvrir(identite, principal, remplace=request.cookies.get(self.cookie))
        logger.info("session opened: role %s (%s)", principal.role.value, identite.issuer)
        reponse = RedirectResponse(suivant, status_code=303)
        self._poser_cookie(reponse, jeton)
        return reponse

    async def _choix(self, request: Request, session: SessionLue, suivant: str) -> Response:
        trouve = await principal_de_l_identite(self.database, session.identite)
        if trouve is None:
            await self.sessions.fermer(request.cookies.get(self.cookie, ""))
            return self._page(
                request, 403, "Accès non autorisé", "Vous ne disposez plus d'aucune habilitation."
            )
        roles = trouve if isinstance(trouve, list) else [trouve.role]
        return GABARITS.TemplateResponse(
            request,
            "choix_role.html",
            {
                "titre": "Choisir votre habilitation",
                "nom": session.identite.nom,
                "roles": [(role.value, LIBELLES_ROLES.get(role, role.value)) for role in roles],
                "csrf": session.csrf,
                "suivant": suivant,
            },
            headers=_NO_STORE,
        )

    def _poser_cookie(self, reponse: Response, jeton: str) -> None:
        reponse.set_cookie(
            self.cookie,
            jeton,
            max_age=self.settings.session_absolute_seconds,
            path="/",
            secure=self.settings.cookies_secure,
            httponly=True,
            samesite="lax",
        )

    def _effacer_cookie(self, reponse: Response) -> None:
        reponse.delete_cookie(
            self.cookie, path="/", secure=self.settings.cookies_secure, httponly=True, samesite="lax"
        )

    def _page(self, request: Request, statut: int, titre: str, message: str, **options: str) -> Response:
        return GABARITS.TemplateResponse(
            request,
            "message.html",
            {"titre": titre, "message": message, **options},
            status_code=statut,
            headers=_NO_STORE,
        )


def session_de(request: Request) -> SessionLue | None:
    session = request.scope.get("session_personne")
    return session if isinstance(session, SessionLue) else None


def csrf_valide(valeur: object, session: SessionLue) -> bool:
    return isinstance(valeur, str) and hmac.compare_digest(valeur.encode(), session.csrf.encode())


async def formulaire_de(request: Request) -> dict[str, str] | None:
    """The fields of an urlencoded form (at most 20, 16 KiB), or None when the body is not one."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    corps = b""
    async for morceau in request.stream():
        corps += morceau
        if len(corps) > TAILLE_FORMULAIRE:
            return None
    try:
        champs = parse_qsl(corps.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return None
    return dict(champs)
