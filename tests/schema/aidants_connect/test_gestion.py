"""Aidants Connect management through GraphQL: ANCT creates an organisation and names its responsable; the
responsable creates, habilitates and deactivates its aidants; a deactivated organisation creates no mandat."""

from __future__ import annotations

import uuid
from typing import Any

from auth.principal import Principal
from hub.models.enums import Role
from schema.relay import from_global_id
from tests.ecriture import Hub, gid
from tests.schema.aidants_connect.test_mutations import CREER as CREER_MANDAT
from tests.schema.aidants_connect.test_mutations import NOUVEAU as NOUVEAU_MANDAT

ORGANISATION = """
  __typename
  ... on OrganisationAidantsConnectPayload { organisation { id nom demarchesAutorisees dateDesactivation } }
  ... on UserError { code message champ }
"""
AIDANT = """
  __typename
  ... on AidantPayload { aidant { id email responsable peutCreerMandats dateDesactivation } }
  ... on UserError { code message champ }
"""
CREER_ORGANISATION = (
    "mutation($input: OrganisationAidantsConnectInput!) "
    f"{{ creerOrganisationAidantsConnect(input: $input) {{ {ORGANISATION} }} }}"
)
DESACTIVER_ORGANISATION = (
    "mutation($input: OrganisationCibleInput!) "
    f"{{ desactiverOrganisationAidantsConnect(input: $input) {{ {ORGANISATION} }} }}"
)
CREER_AIDANT = f"mutation($input: AidantInput!) {{ creerAidant(input: $input) {{ {AIDANT} }} }}"
HABILITER = f"mutation($input: AidantCibleInput!) {{ habiliterAidant(input: $input) {{ {AIDANT} }} }}"
DESACTIVER = f"mutation($input: AidantCibleInput!) {{ desactiverAidant(input: $input) {{ {AIDANT} }} }}"
SIRET = "35600000000006"
RESPONSABLE = "Direction@mediatheque-metz.fr"


def _organisation() -> dict[str, Any]:
    return {
        "input": {
            "siret": SIRET,
            "nom": "Médiathèque de Metz",
            "departement": "57",
            "demarches": ["SOCIAL", "ARGENT"],
        }
    }


def _aidant(organisation_id: str, email: str, **champs: Any) -> dict[str, Any]:
    return {
        "input": {"organisationId": organisation_id, "nom": "Martin", "prenom": "Léa", "email": email}
        | champs
    }


def _cible(aidant: dict[str, Any]) -> dict[str, Any]:
    return {"input": {"aidantId": aidant["id"]}}


async def _organisation_et_responsable(ecriture: Hub) -> tuple[str, Principal]:
    anct = ecriture.scene.anct
    cree = await ecriture.muter(anct, "creerOrganisationAidantsConnect", CREER_ORGANISATION, _organisation())
    organisation_id = cree["organisation"]["id"]
    nomme = await ecriture.muter(
        anct, "creerAidant", CREER_AIDANT, _aidant(organisation_id, RESPONSABLE, responsable=True)
    )
    assert nomme["aidant"]["responsable"] is True
    ident = uuid.UUID(_pk(organisation_id))
    return organisation_id, Principal(Role.AIDANT, subject=RESPONSABLE.lower(), organisation_id=ident)


def _pk(global_id: str) -> str:
    return from_global_id(global_id)[1]


async def test_l_anct_cree_une_organisation_et_la_meme_demande_la_rend(ecriture: Hub) -> None:
    scene = ecriture.scene
    cree = await ecriture.muter(
        scene.anct, "creerOrganisationAidantsConnect", CREER_ORGANISATION, _organisation()
    )
    assert cree["organisation"]["demarchesAutorisees"] == ["argent", "social"]
    journal = len(await scene.journal())
    encore = await ecriture.muter(
        scene.anct, "creerOrganisationAidantsConnect", CREER_ORGANISATION, _organisation()
    )
    assert encore["organisation"]["id"] == cree["organisation"]["id"]
    assert len(await scene.journal()) == journal
    mauvais = {"input": {**_organisation()["input"], "siret": "35600000000014"}}
    refus = await ecriture.refus(scene.anct, "creerOrganisationAidantsConnect", CREER_ORGANISATION, mauvais)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.siret")
    for principal in (scene.prefecture_57, scene.aidant, scene.structure):
        interdit = await ecriture.refus(
            principal, "creerOrganisationAidantsConnect", CREER_ORGANISATION, _organisation()
        )
        assert interdit["code"] == "FORBIDDEN"


async def test_le_responsable_cree_habilite_et_desactive_les_aidants_de_son_organisation(
    ecriture: Hub,
) -> None:
    organisation_id, responsable = await _organisation_et_responsable(ecriture)
    cree = await ecriture.muter(
        responsable, "creerAidant", CREER_AIDANT, _aidant(organisation_id, "lea@metz.fr")
    )
    aidant = cree["aidant"]
    assert (aidant["responsable"], aidant["peutCreerMandats"]) == (False, False)  # not habilitated yet
    habilite = await ecriture.muter(responsable, "habiliterAidant", HABILITER, _cible(aidant))
    assert habilite["aidant"]["peutCreerMandats"] is True
    journal = len(await ecriture.scene.journal())
    await ecriture.muter(responsable, "habiliterAidant", HABILITER, _cible(aidant))  # already so
    assert len(await ecriture.scene.journal()) == journal

    # The habilitated aidant creates a mandat; once deactivated, it no longer can.
    lea = Principal(Role.AIDANT, subject="lea@metz.fr", organisation_id=responsable.organisation_id)
    assert (await ecriture.muter(lea, "creerMandat", CREER_MANDAT, NOUVEAU_MANDAT))[
        "__typename"
    ] == "MandatPayload"
    desactive = await ecriture.muter(responsable, "desactiverAidant", DESACTIVER, _cible(aidant))
    assert (
        desactive["aidant"]["peutCreerMandats"],
        desactive["aidant"]["dateDesactivation"] is not None,
    ) == (
        False,
        True,
    )
    refus = await ecriture.refus(lea, "creerMandat", CREER_MANDAT, NOUVEAU_MANDAT)
    assert refus["code"] == "FORBIDDEN"
    actions = [j.action for j in await ecriture.scene.journal() if j.entite_id == _pk(aidant["id"])]
    assert actions == ["aidant.creer", "aidant.habiliter", "aidant.desactiver"]
    # The journal keeps no personal data of the aidant.
    assert all("email" not in (j.apres or {}) for j in await ecriture.scene.journal())


async def test_un_aidant_ordinaire_ou_d_une_autre_organisation_ne_gere_rien(ecriture: Hub) -> None:
    scene = ecriture.scene
    organisation_id, responsable = await _organisation_et_responsable(ecriture)
    # A plain aidant of the scene's organisation, and the responsable on another organisation.
    ordinaire = await ecriture.refus(
        scene.aidant,
        "creerAidant",
        CREER_AIDANT,
        _aidant(gid("OrganisationAidantsConnect", scene.organisation.id), "x@y.fr"),
    )
    assert ordinaire["code"] == "FORBIDDEN"
    ailleurs = await ecriture.refus(
        responsable,
        "creerAidant",
        CREER_AIDANT,
        _aidant(gid("OrganisationAidantsConnect", scene.organisation.id), "x@y.fr"),
    )
    assert ailleurs["code"] == "NOT_FOUND"
    # Only ANCT names a responsable; a préfecture manages no aidant.
    nommer = await ecriture.refus(
        responsable, "creerAidant", CREER_AIDANT, _aidant(organisation_id, "chef@metz.fr", responsable=True)
    )
    assert (nommer["code"], "ANCT" in nommer["message"]) == ("FORBIDDEN", True)
    prefecture = await ecriture.refus(
        scene.prefecture_57, "creerAidant", CREER_AIDANT, _aidant(organisation_id, "p@metz.fr")
    )
    assert prefecture["code"] == "FORBIDDEN"
    # The responsable's own row is ANCT's: it cannot deactivate itself or re-habilitate itself.
    lui = next(j for j in await scene.journal() if j.action == "aidant.creer")
    soi = await ecriture.refus(
        responsable, "desactiverAidant", DESACTIVER, {"input": {"aidantId": gid("Aidant", lui.entite_id)}}
    )
    assert (soi["code"], "ANCT" in soi["message"]) == ("FORBIDDEN", True)


async def test_une_organisation_desactivee_ne_cree_plus_de_mandats(ecriture: Hub) -> None:
    scene = ecriture.scene
    organisation = {"input": {"organisationId": gid("OrganisationAidantsConnect", scene.organisation.id)}}
    interdit = await ecriture.refus(
        scene.aidant, "desactiverOrganisationAidantsConnect", DESACTIVER_ORGANISATION, organisation
    )
    assert interdit["code"] == "FORBIDDEN"
    desactivee = await ecriture.muter(
        scene.anct, "desactiverOrganisationAidantsConnect", DESACTIVER_ORGANISATION, organisation
    )
    assert desactivee["organisation"]["dateDesactivation"] is not None
    journal = len(await scene.journal())
    await ecriture.muter(
        scene.anct, "desactiverOrganisationAidantsConnect", DESACTIVER_ORGANISATION, organisation
    )
    assert len(await scene.journal()) == journal
    refus = await ecriture.refus(scene.aidant, "creerMandat", CREER_MANDAT, NOUVEAU_MANDAT)
    assert (refus["code"], "désactivée" in refus["message"]) == ("FORBIDDEN", True)
    nouveau = await ecriture.refus(
        scene.anct,
        "creerAidant",
        CREER_AIDANT,
        _aidant(organisation["input"]["organisationId"], "tard@metz.fr"),
    )
    assert (nouveau["code"], nouveau["champ"]) == ("BAD_USER_INPUT", "input.organisationId")
