"""How the pages read: the hub's own GraphQL endpoint, with the person's principal, trusted documents only.

A page never touches the database. It names an operation of schema/documents/ and sends it, by its
SHA-256 hash (Apollo's persisted-query GET), to the same `/graphql` application the partners call,
in process: the same policy and row-level security, the same suppression of small counts, the same
cost, limits and rate-limit bucket of that person, the same log line. A page can therefore never
show more than the API would answer to that person.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from auth.principal import ANONYME, Principal
from schema.edge.documents import MANIFEST

ORIGINE = "http://hub.pages"


class LectureImpossibleError(Exception):
    """The API answered with errors (the page shows an error page, never a partial one)."""

    def __init__(self, erreurs: list[dict[str, Any]], statut: int) -> None:
        super().__init__("; ".join(str(e.get("message")) for e in erreurs))
        self.erreurs = erreurs
        self.statut = statut

    @property
    def codes(self) -> set[str]:
        return {str((e.get("extensions") or {}).get("code")) for e in self.erreurs}


def _hashes() -> dict[str, str]:
    manifeste = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return {operation["name"]: operation["id"] for operation in manifeste["operations"]}


class ApiDesPages:
    def __init__(self, graphql: ASGIApp) -> None:
        self.graphql = graphql
        self.hashes = _hashes()

    async def lire(self, request: Request, operation: str, variables: dict[str, Any]) -> dict[str, Any]:
        """The `data` of the trusted query `operation` for the request's principal (a GET)."""
        return await self._envoyer(request, operation, variables, ecriture=False)

    async def ecrire(self, request: Request, operation: str, variables: dict[str, Any]) -> dict[str, Any]:
        """The `data` of the trusted mutation `operation` (a POST; the page checked its own form's
        anti-CSRF token, and the principal is handed to the API directly, never through a cookie)."""
        return await self._envoyer(request, operation, variables, ecriture=True)

    async def _envoyer(
        self, request: Request, operation: str, variables: dict[str, Any], *, ecriture: bool
    ) -> dict[str, Any]:
        principal: Principal = request.scope.get("principal", ANONYME)
        client = request.client.host if request.client else "127.0.0.1"

        async def avec_le_principal(scope: Scope, receive: Receive, send: Send) -> None:
            scope["principal"] = principal  # the person the middleware found for the page request
            await self.graphql(scope, receive, send)

        transport = httpx2.ASGITransport(app=avec_le_principal, client=(client, 0))
        extensions = {"persistedQuery": {"version": 1, "sha256Hash": self.hashes[operation]}}
        entetes = {"accept": "application/graphql-response+json"}
        if (identifiant := getattr(request.state, "request_id", None)) is not None:
            entetes["x-request-id"] = identifiant
        async with httpx2.AsyncClient(transport=transport, base_url=ORIGINE) as api:
            if ecriture:
                corps_envoye = {"operationName": operation, "variables": variables, "extensions": extensions}
                reponse = await api.post("/graphql", json=corps_envoye, headers=entetes)
            else:
                parametres = {
                    "operationName": operation,
                    "variables": json.dumps(variables),
                    "extensions": json.dumps(extensions),
                }
                reponse = await api.get("/graphql", params=parametres, headers=entetes)
        corps = reponse.json()
        if corps.get("errors") or not isinstance(corps.get("data"), dict):
            raise LectureImpossibleError(list(corps.get("errors") or []), reponse.status_code)
        donnees: dict[str, Any] = corps["data"]
        return donnees
