"""creerMandat, revoquerAutorisation, revoquerMandat through GraphQL: statut, organisation, roles."""

from __future__ import annotations

import dataclasses

from tests.auth.world import make_organisation, systeme
from tests.ecriture import Hub

MANDAT = """
fragment Resultat on MandatResultat {
  __typename
  ... on MandatPayload {
    mandat { id statut dureeJours autorisations { demarche revoquee } aidant { email } }
  }
  ... on UserError { code message champ }
}
"""
CREER = MANDAT + "mutation($input: MandatInput!) { creerMandat(input: $input) { ...Resultat } }"
REVOQUER_AUTORISATION = (
    MANDAT
    + "mutation($input: RevocationAutorisationInput!) { revoquerAutorisation(input: $input) { ...Resultat } }"
)
REVOQUER_MANDAT = (
    MANDAT + "mutation($input: RevocationMandatInput!) { revoquerMandat(input: $input) { ...Resultat } }"
)
NOUVEAU = {
    "input": {
        "usagerSub": "sub-42@fc",
        "anneeNaissance": 1948,
        "demarches": ["SOCIAL", "ARGENT"],
        "dureeJours": 365,
    }
}


async def test_un_aidant_cree_puis_revoque_un_mandat_de_son_organisation(ecriture: Hub) -> None:
    scene = ecriture.scene
    cree = await ecriture.muter(scene.aidant, "creerMandat", CREER, NOUVEAU)
    mandat = cree["mandat"]
    assert (mandat["statut"], mandat["dureeJours"]) == ("ACTIF", 365)
    assert mandat["aidant"] == {"email": scene.aidant_email}
    assert sorted(a["demarche"] for a in mandat["autorisations"]) == ["ARGENT", "SOCIAL"]
    une = await ecriture.muter(
        scene.aidant,
        "revoquerAutorisation",
        REVOQUER_AUTORISATION,
        {"input": {"mandatId": mandat["id"], "demarche": "ARGENT"}},
    )
    assert une["mandat"]["statut"] == "ACTIF"
    assert {a["demarche"]: a["revoquee"] for a in une["mandat"]["autorisations"]} == {
        "ARGENT": True,
        "SOCIAL": False,
    }
    tout = await ecriture.muter(
        scene.aidant, "revoquerMandat", REVOQUER_MANDAT, {"input": {"mandatId": mandat["id"]}}
    )
    assert tout["mandat"]["statut"] == "REVOQUE"
    deja = await ecriture.refus(
        scene.aidant, "revoquerMandat", REVOQUER_MANDAT, {"input": {"mandatId": mandat["id"]}}
    )
    assert (deja["code"], deja["champ"]) == ("BAD_USER_INPUT", "input.mandatId")


async def test_refus_hors_organisation_hors_demarches_et_hors_role(ecriture: Hub) -> None:
    scene = ecriture.scene
    mandat = (await ecriture.muter(scene.aidant, "creerMandat", CREER, NOUVEAU))["mandat"]
    async with systeme(scene.database) as session:
        autre = await make_organisation(session, departement="57")
    voisin = dataclasses.replace(scene.aidant, organisation_id=autre.id)
    ailleurs = await ecriture.refus(
        voisin, "revoquerMandat", REVOQUER_MANDAT, {"input": {"mandatId": mandat["id"]}}
    )
    assert (ailleurs["code"], ailleurs["champ"]) == ("NOT_FOUND", "input.mandatId")
    hors = await ecriture.refus(
        scene.aidant, "creerMandat", CREER, {"input": NOUVEAU["input"] | {"demarches": ["JUSTICE"]}}
    )
    assert (hors["code"], hors["champ"]) == ("BAD_USER_INPUT", "input.demarches")
    duree = await ecriture.refus(
        scene.aidant, "creerMandat", CREER, {"input": NOUVEAU["input"] | {"dureeJours": 7}}
    )
    assert duree["champ"] == "input.dureeJours"
    for principal in (scene.anct, scene.prefecture_57, scene.structure):
        interdit = await ecriture.refus(principal, "creerMandat", CREER, NOUVEAU)
        assert interdit["code"] == "FORBIDDEN"
