"""`moi`: a valid token of each role is read back exactly; no token means ANONYME."""

from __future__ import annotations

import base64
import uuid

import httpx
import pytest

from auth.principal import Principal
from hub.models.enums import Role
from hub.settings import Settings
from tests.graphql_client import graphql
from tests.tokens import token_for

MOI = "{ moi { role departements structureId conseillerId organisationId scopes clientId } }"
STRUCTURE = uuid.UUID("6f1c2d3e-0000-4000-8000-000000000057")
CONSEILLER = uuid.UUID("7a2b3c4d-0000-4000-8000-000000000001")
ORGANISATION = uuid.UUID("8b3c4d5e-0000-4000-8000-000000000002")

ANONYME = {
    "role": "ANONYME",
    "departements": [],
    "structureId": None,
    "conseillerId": None,
    "organisationId": None,
    "scopes": [],
    "clientId": None,
}


def global_id_of(value: str) -> str:
    """Decode a global id without the hub's own code (padding and alphabet per RFC 4648 §5)."""
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()


CAS = [
    (Principal(role=Role.ANCT, subject="anct@anct.gouv.fr"), {"role": "ANCT"}),
    (
        Principal(
            role=Role.PREFECTURE, subject="p@moselle.gouv.fr", departements=frozenset({"57", "2A", "971"})
        ),
        {"role": "PREFECTURE", "departements": ["2A", "57", "971"]},
    ),
    (
        Principal(role=Role.STRUCTURE, subject="s@metz.fr", structure_id=STRUCTURE),
        {"role": "STRUCTURE", "structureId": f"Structure:{STRUCTURE}"},
    ),
    (
        Principal(role=Role.CONSEILLER, subject="c@cnfs.fr", conseiller_id=CONSEILLER),
        {"role": "CONSEILLER", "conseillerId": f"Conseiller:{CONSEILLER}"},
    ),
    (
        Principal(role=Role.AIDANT, subject="a@ac.fr", organisation_id=ORGANISATION),
        {"role": "AIDANT", "organisationId": f"OrganisationAidantsConnect:{ORGANISATION}"},
    ),
    (
        Principal(
            role=Role.PARTENAIRE,
            subject="outil",
            scopes=frozenset({"stats:read", "lieux:read"}),
            client_id="outil",
        ),
        {"role": "PARTENAIRE", "scopes": ["lieux:read", "stats:read"], "clientId": "outil"},
    ),
]


@pytest.mark.parametrize(("principal", "attendu"), CAS, ids=[p.role.value for p, _ in CAS])
async def test_moi_repond_le_role_et_le_perimetre_du_jeton(
    client: httpx.AsyncClient, settings: Settings, principal: Principal, attendu: dict[str, object]
) -> None:
    body = await graphql(client, MOI, token=token_for(settings, principal))
    moi = body["data"]["moi"]
    for champ in ("structureId", "conseillerId", "organisationId"):
        if moi[champ] is not None:
            moi[champ] = global_id_of(moi[champ])
    assert moi == {**ANONYME, **attendu}


async def test_sans_jeton_moi_est_anonyme(client: httpx.AsyncClient) -> None:
    body = await graphql(client, MOI)
    assert body["data"]["moi"] == ANONYME


async def test_le_role_est_une_enumeration_graphql(client: httpx.AsyncClient) -> None:
    body = await graphql(client, '{ __type(name: "Role") { kind enumValues { name } } }')
    role = body["data"]["__type"]
    assert role["kind"] == "ENUM"
    assert {v["name"] for v in role["enumValues"]} == {
        "ANCT",
        "PREFECTURE",
        "STRUCTURE",
        "CONSEILLER",
        "AIDANT",
        "COORDINATEUR",
        "HUB_TERRITORIAL",
        "GRAND_RESEAU",
        "PARTENAIRE",
        "ANONYME",
    }
