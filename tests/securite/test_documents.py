"""Trusted documents: the shipped manifest, persisted queries by hash, roles held to the manifest."""

from __future__ import annotations

import json

from graphql import parse, validate

from auth.principal import Principal
from hub.models.enums import Role
from schema import build_schema
from schema.edge.documents import MANIFEST, TrustedDocuments, build_manifest, sha256_hex
from tests.securite.conftest import Base, Hub, code, poster, repond_normalement
from tests.tokens import token_for

REFERENTIEL = next(
    body for body in TrustedDocuments.load().bodies.values() if body.startswith("query Referentiel")
)


def test_le_manifeste_livre_est_celui_des_fichiers_graphql() -> None:
    assert json.loads(MANIFEST.read_text(encoding="utf-8")) == build_manifest(), (
        "schema/documents/manifest.json is stale: run `python -m schema.edge.documents`"
    )


def test_chaque_operation_du_manifeste_est_valide_et_identifiee_par_son_empreinte() -> None:
    schema = build_schema()._schema
    documents = TrustedDocuments.load()
    assert len(documents.bodies) >= 5
    for digest, body in documents.bodies.items():
        assert sha256_hex(body) == digest
        assert validate(schema, parse(body)) == [], body


async def test_une_operation_enregistree_s_envoie_par_son_empreinte(hub: Hub) -> None:
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex(REFERENTIEL)}}
    async with hub() as client:
        par_post = await client.post("/graphql", json={"extensions": extensions})
        assert len(par_post.json()["data"]["departements"]) == 107
        par_get = await client.get("/graphql", params={"extensions": json.dumps(extensions)})
        assert len(par_get.json()["data"]["regions"]) == 18


async def test_une_empreinte_inconnue_n_est_jamais_enregistree(hub: Hub) -> None:
    inconnue = {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex("{ regions { code } }")}}
    async with hub() as client:
        response = await client.post("/graphql", json={"extensions": inconnue})
        assert code(response) == "PERSISTED_QUERY_NOT_FOUND"
        # Sending the text with the hash runs it (for free roles) but registers nothing.
        avec_texte = await client.post(
            "/graphql", json={"query": "{ regions { code } }", "extensions": inconnue}
        )
        assert len(avec_texte.json()["data"]["regions"]) == 18
        encore = await client.post("/graphql", json={"extensions": inconnue})
        assert code(encore) == "PERSISTED_QUERY_NOT_FOUND"


async def test_une_empreinte_qui_ne_correspond_pas_au_texte_est_refusee(hub: Hub) -> None:
    fausse = {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex(REFERENTIEL)}}
    async with hub() as client:
        response = await client.post("/graphql", json={"query": "{ __typename }", "extensions": fausse})
        assert code(response) == "BAD_USER_INPUT"


async def test_un_role_restreint_n_envoie_que_des_documents_de_confiance(
    hub: Hub, base_securite: Base
) -> None:
    partenaire = token_for(
        base_securite.settings,
        Principal(role=Role.PARTENAIRE, subject="outil", client_id="outil", scopes=frozenset({"stats:read"})),
    )
    anct = token_for(base_securite.settings, Principal(role=Role.ANCT, subject="agent"))
    async with hub(graphql_trusted_documents_roles="partenaire,anonyme") as client:
        libre = await poster(
            client, "{ regions { code } }", token=partenaire, accept="application/graphql-response+json"
        )
        assert libre.status_code == 403
        assert code(libre) == "FORBIDDEN"
        anonyme = await poster(client, "{ regions { code } }")
        assert code(anonyme) == "FORBIDDEN"
        listee = await poster(client, REFERENTIEL, token=partenaire)
        assert len(listee.json()["data"]["regions"]) == 18
        par_empreinte = await client.post(
            "/graphql",
            json={"extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex(REFERENTIEL)}}},
        )
        assert len(par_empreinte.json()["data"]["departements"]) == 107
        # Roles not listed keep writing their own queries.
        assert (await poster(client, "{ regions { code } }", token=anct)).json()["data"]["regions"]
        await repond_normalement_authentifie(client, anct)


async def repond_normalement_authentifie(client, token: str) -> None:  # type: ignore[no-untyped-def]
    response = await poster(client, "{ regions { code nom } }", token=token)
    assert len(response.json()["data"]["regions"]) == 18


async def test_le_manifeste_par_defaut_est_charge_sans_reglage(hub: Hub) -> None:
    async with hub() as client:
        await repond_normalement(client)
