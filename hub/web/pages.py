"""The hub's pages: the national view (/) and a département's space (/departements/{code}), in the DSFR.

Server-rendered (Jinja2), read through the hub's own GraphQL API with the person's principal
(hub.web.api): a page shows what the API answers to that person and nothing more. A refusal of the
API (its statistics are null for a territory outside the caller's scope: a département of another
préfecture, any département for anonymous callers) is the 403 page; an unknown département the 404.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from auth.principal import ANONYME, Principal
from auth.sessions_personnes import SessionLue
from hub.models.enums import Role, StatutStructure
from hub.web.api import ApiDesPages, LectureImpossibleError
from hub.web.carte import dessiner
from hub.web.connexion import csrf_valide, formulaire_de
from hub.web.gabarits import GABARITS
from hub.web.pagination import LienInvalideError, Position, liens, position_de

TAILLE_PAGE = 20
PUBLIC_SECONDES = 60.0
TAILLE_PAGE_EXPORT = 100  # the API's largest page
PAGES_EXPORT_MAX = 100  # 10,000 structures: more than any département has
PAGES_CARTE_MAX = 10  # 1,000 sites and 1,000 lieux on a département's map
_CODE = re.compile(r"[0-9]{2,3}|2[AB]")
_CURSEUR = re.compile(r"[A-Za-z0-9_=-]{1,500}")
REFUS = {"FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"}
_ENTETES = {"Cache-Control": "private, no-cache", "Vary": "Cookie"}


class Pages:
    def __init__(self, api: ApiDesPages) -> None:
        self.api = api
        # The public figures (anonymous callers) are the same for everyone: the API's answer is kept
        # PUBLIC_SECONDES in this process (measured: 490 ms to compute on the national seed).
        self._publiques: tuple[float, dict[str, Any]] | None = None

    def routes(self) -> list[Route]:
        return [
            Route("/", self.nationale, methods=["GET"]),
            Route("/departements/{code}", self.departement, methods=["GET"]),
            Route("/departements.csv", self.departements_csv, methods=["GET"]),
            Route("/departements/{code}/structures.csv", self.structures_csv, methods=["GET"]),
            Route("/departements/{code}/conseillers", self.conseillers, methods=["GET"]),
            Route("/departements/{code}/conseillers.csv", self.conseillers_csv, methods=["GET"]),
            Route("/structures/{id}", self.structure, methods=["GET"]),
            Route("/formulaires/avis-prefet", self.avis_prefet, methods=["POST"]),
        ]

    async def nationale(self, request: Request) -> Response:
        try:
            donnees = await self._nationales(request)
        except LectureImpossibleError as refus:
            return page_d_erreur(request, _statut(refus))
        statistiques = donnees["statistiques"]
        lignes = _par_departement(donnees)
        tri = request.query_params.get("tri", "code")
        if tri == "activites":
            lignes.sort(
                key=lambda ligne: (ligne["activites"] is None, -(ligne["activites"] or 0), ligne["code"])
            )
        elif tri == "nom":
            lignes.sort(key=lambda ligne: ligne["nom"])
        principal: Principal = request.scope.get("principal", ANONYME)
        noms = {ligne["code"]: ligne["nom"] for ligne in lignes}
        espaces = [{"code": code, "nom": noms.get(code, code)} for code in sorted(principal.departements)]
        return self._rendre(
            request,
            "nationale.html",
            {
                "titre": "Le programme en France",
                "s": statistiques,
                "lignes": lignes,
                "tri": tri,
                "espaces": espaces,
                # The choropleth (DSFR Chart's map-chart): the départements whose figure is readable
                # (the map draws the 101 départements; the collectivités d'outre-mer are in the table).
                "carte": {
                    ligne["code"]: ligne["activites"]
                    for ligne in lignes
                    if ligne["activites"] is not None and ligne["zone"] != "COM"
                },
            },
        )

    async def _nationales(self, request: Request) -> dict[str, Any]:
        principal: Principal = request.scope.get("principal", ANONYME)
        if not principal.is_anonymous:
            return await self.api.lire(request, "PageNationale", {})
        maintenant = time.monotonic()
        if self._publiques is None or self._publiques[0] <= maintenant:
            self._publiques = (
                maintenant + PUBLIC_SECONDES,
                await self.api.lire(request, "PageNationale", {}),
            )
        return self._publiques[1]

    async def departements_csv(self, request: Request) -> Response:
        """The national page's table, as the page shows it to this person."""
        try:
            donnees = await self._nationales(request)
        except LectureImpossibleError as refus:
            return page_d_erreur(request, _statut(refus))
        lignes = _par_departement(donnees)
        return tableur(
            "departements.csv",
            ("Code", "Département", "Région", "Accompagnements"),
            ([ligne["code"], ligne["nom"], ligne["region"], ligne["activites"]] for ligne in lignes),
        )

    async def structures_csv(self, request: Request) -> Response:
        """Every structure of the département the API gives this person, page after page."""
        code = request.path_params["code"].upper()
        if not _CODE.fullmatch(code):
            return page_d_erreur(request, 404)
        lignes: list[list[Any]] = []
        apres: str | None = None
        for _ in range(PAGES_EXPORT_MAX):
            variables = {**recherche_de_structures(request), "code": code, "first": TAILLE_PAGE_EXPORT}
            donnees = await self._lire_departement(request, {**variables, "after": apres})
            if isinstance(donnees, Response):
                return donnees
            page = donnees["structures"]
            lignes += [
                [n["nom"], n["siret"], n["type"], n["statut"], n["codeCommune"], n["postes"]["totalCount"]]
                for n in page["nodes"]
            ]
            if not page["pageInfo"]["hasNextPage"]:
                break
            apres = page["pageInfo"]["endCursor"]
        return tableur(
            f"structures-{code}.csv", ("Nom", "SIRET", "Type", "Statut", "Code commune", "Postes"), lignes
        )

    async def _lire_departement(
        self, request: Request, variables: dict[str, Any]
    ) -> dict[str, Any] | Response:
        """PageDepartement's answer, or the error page: 404 for an unknown département, 403 when the
        API's statistics are null (a territory outside the caller's scope)."""
        try:
            donnees = await self.api.lire(request, "PageDepartement", variables)
        except LectureImpossibleError as refus:
            return page_d_erreur(request, _statut(refus))
        if donnees["departement"] is None:
            return page_d_erreur(request, 404)
        if donnees["statistiques"] is None:
            return page_d_erreur(request, 403)
        return donnees

    async def departement(self, request: Request) -> Response:
        code = request.path_params["code"].upper()
        if not _CODE.fullmatch(code):
            return page_d_erreur(request, 404)
        message = "Avis enregistré." if request.query_params.get("avis") == "enregistre" else None
        return await self._departement(request, code, succes=message)

    async def _departement(
        self,
        request: Request,
        code: str,
        *,
        succes: str | None = None,
        erreur_avis: dict[str, str] | None = None,
        statut: int = 200,
    ) -> Response:
        position = lien_de_page(request)
        if isinstance(position, Response):
            return position
        recherche = recherche_de_structures(request)
        variables = {**recherche, "code": code, **position.variables(TAILLE_PAGE)}
        donnees = await self._lire_departement(request, variables)
        if isinstance(donnees, Response):
            return donnees
        principal: Principal = request.scope.get("principal", ANONYME)
        candidates: list[dict[str, Any]] = []
        en_attente, tronque = 0, False
        if principal.role in (Role.PREFECTURE, Role.ANCT):
            try:
                lues = await self.api.lire(request, "CandidaturesAInstruire", {"code": code})
            except LectureImpossibleError as refus:
                return page_d_erreur(request, _statut(refus))
            en_attente = lues["creees"]["totalCount"] + lues["enExamen"]["totalCount"]
            tronque = any(lues[g]["totalCount"] > len(lues[g]["nodes"]) for g in ("creees", "enExamen"))
            candidates = [
                {**structure, "candidature": candidature}
                for groupe in ("creees", "enExamen")
                for structure in lues[groupe]["nodes"]
                for candidature in structure["candidatures"]
            ]
        try:
            carte = await self._carte(request, code)
        except LectureImpossibleError as refus:
            return page_d_erreur(request, _statut(refus))
        return self._rendre(
            request,
            "departement.html",
            {
                "titre": f"{donnees['departement']['nom']} ({code})",
                "d": donnees["departement"],
                "s": donnees["statistiques"],
                "structures": donnees["structures"],
                "plan": carte,
                "recherche": request.query_params.get("nom", "").strip()[:100],
                "statut": recherche["statut"] or "",
                "filtres": _filtres(request, "nom", "statut"),
                "pages": liens(
                    position, donnees["structures"]["pageInfo"], _filtres(request, "nom", "statut")
                ),
                "candidates": candidates,
                "en_attente": en_attente,
                "tronque": tronque,
                "peut_donner_avis": principal.role is Role.PREFECTURE,
                "succes": succes,
                "erreur_avis": erreur_avis or {},
            },
            statut,
        )

    async def conseillers(self, request: Request) -> Response:
        """The conseillers of a département, page after page, filtered by certification and
        coordination; names as the API gives them to this person (null for who may not read them)."""
        code = request.path_params["code"].upper()
        if not _CODE.fullmatch(code):
            return page_d_erreur(request, 404)
        position = lien_de_page(request)
        if isinstance(position, Response):
            return position
        variables = {**filtres_de_conseillers(request), "code": code, **position.variables(TAILLE_PAGE)}
        donnees = await self._lire_conseillers(request, variables)
        if isinstance(donnees, Response):
            return donnees
        return self._rendre(
            request,
            "conseillers.html",
            {
                "titre": f"Conseillers — {donnees['departement']['nom']} ({code})",
                "d": donnees["departement"],
                "conseillers": donnees["conseillers"],
                "certifie": request.query_params.get("certifie", ""),
                "coordinateur": request.query_params.get("coordinateur", ""),
                "filtres": _filtres(request, "certifie", "coordinateur"),
                "pages": liens(
                    position,
                    donnees["conseillers"]["pageInfo"],
                    _filtres(request, "certifie", "coordinateur"),
                ),
            },
        )

    async def conseillers_csv(self, request: Request) -> Response:
        code = request.path_params["code"].upper()
        if not _CODE.fullmatch(code):
            return page_d_erreur(request, 404)
        lignes: list[list[Any]] = []
        apres: str | None = None
        for _ in range(PAGES_EXPORT_MAX):
            variables = {**filtres_de_conseillers(request), "code": code, "first": TAILLE_PAGE_EXPORT}
            donnees = await self._lire_conseillers(request, {**variables, "after": apres})
            if isinstance(donnees, Response):
                return donnees
            page = donnees["conseillers"]
            for n in page["nodes"]:
                contrat = n["contrat"] or {}
                structure = n["structure"] or {}
                lignes.append(
                    [
                        n["nom"],
                        n["prenom"],
                        structure.get("nom"),
                        "oui" if n["certifie"] else "non",
                        "oui" if n["estCoordinateur"] else "non",
                        contrat.get("type"),
                        contrat.get("dateDebut"),
                        contrat.get("dateFin"),
                    ]
                )
            if not page["pageInfo"]["hasNextPage"]:
                break
            apres = page["pageInfo"]["endCursor"]
        entetes = ("Nom", "Prénom", "Structure", "Certifié", "Coordinateur", "Contrat", "Début", "Fin")
        return tableur(f"conseillers-{code}.csv", entetes, lignes)

    async def _lire_conseillers(
        self, request: Request, variables: dict[str, Any]
    ) -> dict[str, Any] | Response:
        """ConseillersDuDepartement's answer, or the error page: 404 for an unknown département, 403
        when the API's statistics of the département are null (outside the caller's scope), as for
        the département's page."""
        try:
            donnees = await self.api.lire(request, "ConseillersDuDepartement", variables)
        except LectureImpossibleError as refus:
            return page_d_erreur(request, _statut(refus))
        if donnees["departement"] is None:
            return page_d_erreur(request, 404)
        if donnees["statistiques"] is None:
            return page_d_erreur(request, 403)
        return donnees

    async def _carte(self, request: Request, code: str) -> dict[str, Any]:
        """The département's outline, France Services sites and lieux, read page after page (at most
        PAGES_CARTE_MAX pages of 100 of each), and their map."""
        variables: dict[str, Any] = {"code": code, "avecContour": True, "sites": True, "lieux": True}
        contour: dict[str, Any] | None = None
        lus: dict[str, list[dict[str, Any]]] = {"sitesFranceServices": [], "lieux": []}
        totaux: dict[str, int] = {}
        for _ in range(PAGES_CARTE_MAX):
            donnees = await self.api.lire(request, "CarteDuDepartement", variables)
            if variables["avecContour"]:
                contour = (donnees["departement"] or {}).get("contour")
            variables["avecContour"] = False
            for champ, drapeau, curseur in (
                ("sitesFranceServices", "sites", "apresSites"),
                ("lieux", "lieux", "apresLieux"),
            ):
                if not variables[drapeau]:
                    continue
                page = donnees[champ]
                lus[champ] += page["nodes"]
                totaux[champ] = page["totalCount"]
                variables[drapeau] = page["pageInfo"]["hasNextPage"]
                variables[curseur] = page["pageInfo"]["endCursor"]
            if not (variables["sites"] or variables["lieux"]):
                break
        sites, lieux = lus["sitesFranceServices"], lus["lieux"]
        return {
            "dessin": dessiner(contour, sites, lieux),
            "sites": sites,
            "lieux": lieux,
            "total_sites": totaux.get("sitesFranceServices", 0),
            "total_lieux": totaux.get("lieux", 0),
        }

    async def avis_prefet(self, request: Request) -> Response:
        """The préfet's avis form: checked here (anti-CSRF token, values), written by the API's
        mutation `donnerAvisPrefet` (its rules and journal); its refusal is shown in the form."""
        session = request.scope.get("session_personne")
        formulaire = await formulaire_de(request)
        if not isinstance(session, SessionLue) or formulaire is None:
            return page_d_erreur(request, 403)
        if not csrf_valide(formulaire.get("csrf"), session):
            return page_d_erreur(request, 403, "Le formulaire a expiré : rechargez la page et recommencez.")
        code = formulaire.get("departement", "").upper()
        if not _CODE.fullmatch(code):
            return page_d_erreur(request, 400)
        candidature = formulaire.get("candidature", "")[:200]
        # What was typed comes back in the form when the avis is refused: nothing to type again.
        saisie = {
            "candidature": candidature,
            "avis": formulaire.get("avis", ""),
            "commentaire": formulaire.get("commentaire", "")[:2000],
        }
        if saisie["avis"] not in ("POSITIF", "NEGATIF"):
            erreur = {**saisie, "message": "Choisissez un avis favorable ou défavorable."}
            return await self._departement(request, code, erreur_avis=erreur, statut=400)
        variables = {
            "input": {
                "candidatureId": candidature,
                "avis": saisie["avis"],
                "commentaire": saisie["commentaire"],
            }
        }
        try:
            resultat = (await self.api.ecrire(request, "DonnerAvisPrefet", variables))["donnerAvisPrefet"]
        except LectureImpossibleError as refus:
            if "BAD_USER_INPUT" in refus.codes:
                erreur = {**saisie, "message": "Cette candidature n'existe pas."}
                return await self._departement(request, code, erreur_avis=erreur, statut=400)
            return page_d_erreur(request, _statut(refus))
        if resultat["__typename"] == "UserError":
            erreur = {**saisie, "message": resultat["message"]}
            statut = 403 if resultat["code"] in REFUS else 400
            return await self._departement(request, code, erreur_avis=erreur, statut=statut)
        structure = resultat["candidature"]["structure"] or {}
        code = (structure.get("departement") or {}).get("code") or code  # the candidature's own
        return RedirectResponse(f"/departements/{code}?avis=enregistre#candidatures", status_code=303)

    async def structure(self, request: Request) -> Response:
        identifiant = request.path_params["id"]
        if not _CURSEUR.fullmatch(identifiant):
            return page_d_erreur(request, 404)
        try:
            donnees = await self.api.lire(request, "PageStructure", {"id": identifiant})
        except LectureImpossibleError as refus:
            if "BAD_USER_INPUT" in refus.codes:  # not an id of a structure
                return page_d_erreur(request, 404)
            return page_d_erreur(request, _statut(refus))
        structure = donnees["structure"]
        if structure is None:  # absent or out of the caller's scope: the API does not say which
            return page_d_erreur(request, 403)
        subventions = [p["subvention"] for p in structure["postes"]["nodes"] if p["subvention"]]
        return self._rendre(
            request,
            "structure.html",
            {
                "titre": structure["nom"],
                "st": structure,
                "montant": sum(s["montant"] for s in subventions),
                "verse": sum(v["montant"] for s in subventions for v in s["versements"]),
            },
        )

    def _rendre(
        self, request: Request, gabarit: str, contexte: dict[str, Any], statut: int = 200
    ) -> Response:
        return GABARITS.TemplateResponse(
            request, gabarit, {**contexte_personne(request), **contexte}, status_code=statut, headers=_ENTETES
        )


def _par_departement(donnees: dict[str, Any]) -> list[dict[str, Any]]:
    activites = donnees["statistiques"]["activites"] or {}
    par_code = {b["valeur"]: b["nombre"] for b in activites.get("parDepartement", [])}
    return [
        {
            "code": d["code"],
            "nom": d["nom"],
            "region": (d["region"] or {}).get("nom") or "Collectivité d'outre-mer",
            "zone": d["zone"],
            "activites": par_code.get(d["code"]),
        }
        for d in donnees["departements"]
    ]


def recherche_de_structures(request: Request) -> dict[str, str | None]:
    """The structures' search box (a name, or a SIRET: 14 digits, spaces allowed) and status filter,
    as PageDepartement's variables. An unknown status is ignored (the select offers the known ones)."""
    texte = request.query_params.get("nom", "").strip()[:100]
    chiffres = "".join(texte.split())
    est_siret = len(chiffres) == 14 and chiffres.isascii() and chiffres.isdigit()
    statut = request.query_params.get("statut", "")
    return {
        "nom": None if est_siret or not texte else texte,
        "siret": chiffres if est_siret else None,
        "statut": statut if statut in StatutStructure.__members__ else None,
    }


def filtres_de_conseillers(request: Request) -> dict[str, bool | None]:
    """`certifie` and `coordinateur` as the page's select sends them: "oui", "non" or absent."""
    valeurs = {"oui": True, "non": False}
    return {champ: valeurs.get(request.query_params.get(champ, "")) for champ in ("certifie", "coordinateur")}


def lien_de_page(request: Request) -> Position | Response:
    """Where a "next page" or "previous page" link points (hub.web.pagination), or the 400 page."""
    try:
        return position_de(request)
    except LienInvalideError:
        return page_d_erreur(request, 400, "Ce lien de page est invalide : revenez à la première page.")


def _filtres(request: Request, *champs: str) -> str:
    """The query string of the filters in use (for the next-page and download links)."""
    return urlencode({c: v for c in champs if (v := request.query_params.get(c, "").strip()[:100])})


def tableur(nom: str, entetes: tuple[str, ...], lignes: Iterable[Iterable[Any]]) -> Response:
    """A CSV French spreadsheets open as they are: UTF-8 with a BOM, `;` between cells, CRLF."""
    tampon = io.StringIO()
    ecrivain = csv.writer(tampon, delimiter=";", lineterminator="\r\n")
    ecrivain.writerow(entetes)
    ecrivain.writerows(["" if v is None else v for v in ligne] for ligne in lignes)
    return Response(
        "\ufeff" + tampon.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={**_ENTETES, "Content-Disposition": f'attachment; filename="{nom}"'},
    )


def contexte_personne(request: Request) -> dict[str, Any]:
    """Who is signed in, for the header (name, sign-out form and its anti-CSRF token)."""
    session = request.scope.get("session_personne")
    principal: Principal = request.scope.get("principal", ANONYME)
    if not isinstance(session, SessionLue):
        return {"personne": None, "role": principal.role.value}
    return {"personne": session.identite.nom, "csrf": session.csrf, "role": principal.role.value}


MESSAGES = {
    400: ("Requête invalide", "La page demandée contient une valeur invalide."),
    403: (
        "Accès refusé",
        "Vous n'avez pas accès à cette page avec votre habilitation. Les chiffres publics restent sur "
        "la page d'accueil ; connectez-vous avec un compte habilité pour ce territoire.",
    ),
    404: ("Page introuvable", "La page que vous cherchez n'existe pas ou a été déplacée."),
    500: (
        "Erreur inattendue",
        "Le service a rencontré une erreur. Réessayez dans quelques instants ; si elle persiste, "
        "signalez-la à l'équipe avec l'heure de la requête.",
    ),
    503: ("Service momentanément indisponible", "Réessayez dans quelques instants."),
}


def page_d_erreur(request: Request, statut: int, message: str | None = None) -> Response:
    titre, texte = MESSAGES.get(statut, MESSAGES[500])
    return GABARITS.TemplateResponse(
        request,
        "erreur.html",
        {**contexte_personne(request), "titre": titre, "message": message or texte, "statut": statut},
        status_code=statut,
        headers={"Cache-Control": "no-store"},
    )


def _statut(refus: LectureImpossibleError) -> int:
    if refus.codes & REFUS:
        return 403
    if refus.statut in (503, 504) or refus.codes & {"SERVICE_UNAVAILABLE", "TIMEOUT", "RATE_LIMITED"}:
        return 503
    return 500
