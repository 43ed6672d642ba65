"""The request log line: one JSON line per request with its fields, and no personal data, no token."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from auth.principal import Principal
from hub.models.enums import Role
from hub.observability.logs import JsonFormatter
from hub.settings import Settings
from tests.tokens import token_for

PERSONNES = "query Personnes { conseillers(first: 50) { nodes { id nom prenom email telephone } } }"


async def test_chaque_requete_a_une_ligne_json_sans_donnee_personnelle_ni_jeton(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level: nothing may leak anywhere
    jeton = token_for(seeded_settings, Principal(role=Role.ANCT, subject="agent-anct"))
    entetes = {"authorization": f"Bearer {jeton}", "x-request-id": "proxy-req-42"}
    reponse = await seeded_client.post("/graphql", json={"query": PERSONNES}, headers=entetes)
    assert reponse.status_code == 200, reponse.text
    assert reponse.headers["x-request-id"] == "proxy-req-42"
    conseillers = reponse.json()["data"]["conseillers"]["nodes"]
    assert conseillers
    assert all(c["nom"] and c["email"] for c in conseillers)
    # A masked internal error and a refused token too: their lines must not leak either.
    invalide = await seeded_client.post(
        "/graphql", json={"query": "{ regions { code } }"}, headers={"authorization": "Bearer abc.def.ghi"}
    )
    assert invalide.status_code == 401
    generee = await seeded_client.post(
        "/graphql", json={"query": "{ inconnu }"}, headers={"x-request-id": "pas un identifiant !"}
    )
    assert generee.headers["x-request-id"] != "pas un identifiant !"

    formateur = JsonFormatter()
    lignes = [formateur.format(record) for record in caplog.records]
    requetes = [json.loads(ligne) for ligne in lignes if '"message": "requete graphql"' in ligne]
    assert len(requetes) == 2  # the 401 is answered by the authentication middleware, before /graphql
    premiere = next(r for r in requetes if r["requete"] == "proxy-req-42")
    attendus = {
        "requete", "statut", "role", "client", "operation", "document_sha256", "cout_demande",
        "cout_reel", "duree_ms", "sql_instructions", "sql_ms", "codes", "errorIds", "pid", "ts",
    }  # fmt: skip
    assert attendus <= premiere.keys()
    assert premiere["role"] == "anct"
    assert premiere["operation"] == "Personnes"
    assert premiere["statut"] == 200
    assert premiere["sql_instructions"] >= 1
    assert premiere["cout_reel"] >= 1
    assert len(premiere["document_sha256"]) == 64
    assert premiere["codes"] == []
    assert premiere["errorIds"] == []
    seconde = next(r for r in requetes if r["requete"] == generee.headers["x-request-id"])
    assert seconde["codes"] == ["GRAPHQL_VALIDATION_FAILED"]

    journal = "\n".join(lignes)
    assert jeton not in journal
    assert jeton.split(".")[2] not in journal
    assert "abc.def.ghi" not in journal
    for conseiller in conseillers:
        for champ in ("nom", "prenom", "email", "telephone"):
            if conseiller[champ]:
                assert conseiller[champ] not in journal, champ
    assert "agent-anct" not in journal  # the subject appears only as a pseudonym
