"""conventionner and enregistrerVersement through GraphQL, and 20 concurrent versements over HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import func, select

from hub.models import Versement
from tests.auth.world import systeme
from tests.ecriture import Hub, gid
from tests.graphql_client import graphql
from tests.tokens import token_for

CONVENTIONNER = """
mutation($input: ConventionInput!) {
  conventionner(input: $input) {
    __typename
    ... on ConventionnerPayload { subvention { montant dateFinConvention poste { id } enveloppe { code } } }
    ... on UserError { code message champ }
  }
}
"""

VERSER = """
mutation($input: VersementInput!) {
  enregistrerVersement(input: $input) {
    __typename
    ... on EnregistrerVersementPayload { versement { numero montant } subvention { versements { numero } } }
    ... on UserError { code message champ }
  }
}
"""


def _convention(hub: Hub, **champs: object) -> dict[str, object]:
    scene = hub.scene
    return {
        "input": {
            "posteId": gid("Poste", scene.poste_vacant.id),
            "enveloppeId": gid("Enveloppe", scene.enveloppe.id),
            "dateDebutConvention": "2021-04-01",
            "dateFinConvention": "2023-03-31",
        }
        | champs
    }


async def test_conventionner_un_poste_dans_les_limites_du_budget(ecriture: Hub) -> None:
    scene = ecriture.scene
    for champs, code, champ in (
        ({"montant": 16666.666}, "BAD_USER_INPUT", "input.montant"),
        ({"montant": 70000.01}, "BAD_USER_INPUT", "input.montant"),  # plafond 57: 70,000 € left
        ({"dateFinConvention": "2024-04-02"}, "BAD_USER_INPUT", "input.dateFinConvention"),
        ({"enveloppeId": gid("Poste", scene.poste_vacant.id)}, "BAD_USER_INPUT", "input.enveloppeId"),
    ):
        erreur = await ecriture.refus(
            scene.anct, "conventionner", CONVENTIONNER, _convention(ecriture, **champs)
        )
        assert (erreur["code"], erreur["champ"]) == (code, champ), erreur
    interdit = await ecriture.refus(
        scene.prefecture_57, "conventionner", CONVENTIONNER, _convention(ecriture)
    )
    assert interdit["code"] == "FORBIDDEN"
    resultat = await ecriture.muter(scene.anct, "conventionner", CONVENTIONNER, _convention(ecriture))
    assert resultat["subvention"]["montant"] == 50000.0
    assert resultat["subvention"]["poste"] == {"id": gid("Poste", scene.poste_vacant.id)}
    centimes = await ecriture.muter(
        scene.anct,
        "conventionner",
        CONVENTIONNER,
        _convention(ecriture, posteId=gid("Poste", scene.poste_marseille.id), montant=16666.67),
    )
    assert centimes["subvention"]["montant"] == 16666.67


async def test_verser_les_tranches_et_refuser_un_depassement(ecriture: Hub) -> None:
    scene = ecriture.scene

    def versement(tranche: int, montant: float) -> dict[str, object]:
        subvention = gid("Subvention", scene.subvention.id)
        return {
            "input": {
                "subventionId": subvention,
                "tranche": tranche,
                "montant": montant,
                "date": "2021-05-01",
            }
        }

    premiere = await ecriture.muter(scene.anct, "enregistrerVersement", VERSER, versement(1, 25000))
    assert premiere["versement"] == {"numero": 1, "montant": 25000.0}
    trop = await ecriture.refus(scene.anct, "enregistrerVersement", VERSER, versement(2, 25000.01))
    assert (trop["code"], trop["champ"]) == ("BAD_USER_INPUT", "input.montant")
    seconde = await ecriture.muter(scene.anct, "enregistrerVersement", VERSER, versement(2, 25000))
    assert seconde["subvention"]["versements"] == [{"numero": 1}, {"numero": 2}]
    structure = await ecriture.refus(scene.structure, "enregistrerVersement", VERSER, versement(3, 1))
    assert structure["code"] == "FORBIDDEN"


@pytest.mark.postgresql_only
async def test_vingt_versements_concurrents_par_http_ne_depassent_jamais_le_montant(ecriture: Hub) -> None:
    scene = ecriture.scene
    token = token_for(ecriture.settings, scene.anct)
    jour = dt.date(2021, 5, 1).isoformat()

    async def appel(tranche: int) -> str:
        variables = {
            "input": {
                "subventionId": gid("Subvention", scene.subvention.id),
                "tranche": tranche,
                "montant": 20000,
                "date": jour,
            }
        }
        body = await graphql(ecriture.client, VERSER, variables, token=token)
        resultat = body["data"]["enregistrerVersement"]
        return "ok" if resultat["__typename"] == "EnregistrerVersementPayload" else resultat["code"]

    # Each request has its own session and connection: 20 transactions in flight at once.
    resultats = await asyncio.gather(*(appel(1 + k % 3) for k in range(20)))
    async with systeme(scene.database) as session:
        total = await session.scalar(
            select(func.sum(Versement.montant_centimes)).where(Versement.subvention_id == scene.subvention.id)
        )
    assert total == 40_000_00  # 2 × 20,000 € ≤ 50,000 €; a third tranche would exceed
    assert resultats.count("ok") == 2
    assert set(resultats) == {"ok", "BAD_USER_INPUT"}  # clean refusals, no error, no conflict
