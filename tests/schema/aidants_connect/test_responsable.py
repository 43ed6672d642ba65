"""retirerResponsable through GraphQL: ANCT withdraws an organisation's manager flag (even its last one),
the former responsable then manages nothing; a responsable withdraws no flag, neither another's nor
its own; every refusal writes nothing."""

from __future__ import annotations

import uuid
from typing import Any

from auth.principal import Principal
from hub.models import Aidant
from hub.models.enums import Role
from tests.ecriture import Hub, gid
from tests.schema.aidants_connect.test_gestion import (
    AIDANT,
    CREER_AIDANT,
    CREER_ORGANISATION,
    _aidant,
    _cible,
    _organisation,
    _pk,
)

RETIRER = f"mutation($input: AidantCibleInput!) {{ retirerResponsable(input: $input) {{ {AIDANT} }} }}"
PREMIER, SECOND = "direction@mediatheque-metz.fr", "adjointe@mediatheque-metz.fr"


async def _organisation_et_responsables(hub: Hub, *emails: str) -> tuple[str, list[dict[str, Any]]]:
    anct = hub.scene.anct
    cree = await hub.muter(anct, "creerOrganisationAidantsConnect", CREER_ORGANISATION, _organisation())
    organisation_id: str = cree["organisation"]["id"]
    responsables = []
    for email in emails:
        nomme = await hub.muter(
            anct, "creerAidant", CREER_AIDANT, _aidant(organisation_id, email, responsable=True)
        )
        responsables.append(nomme["aidant"])
    return organisation_id, responsables


def _en_tant_que(aidant: dict[str, Any], organisation_id: str) -> Principal:
    return Principal(Role.AIDANT, subject=aidant["email"], organisation_id=uuid.UUID(_pk(organisation_id)))


async def test_l_anct_retire_le_dernier_responsable_qui_ne_gere_plus_rien(ecriture: Hub) -> None:
    scene = ecriture.scene
    organisation_id, [responsable] = await _organisation_et_responsables(ecriture, PREMIER)
    lui = _en_tant_que(responsable, organisation_id)
    avant = await ecriture.muter(lui, "creerAidant", CREER_AIDANT, _aidant(organisation_id, "lea@metz.fr"))
    assert avant["__typename"] == "AidantPayload"  # it manages its organisation, until…

    retire = await ecriture.muter(scene.anct, "retirerResponsable", RETIRER, _cible(responsable))

    assert retire["aidant"] | {"id": None} == {
        "id": None,
        "email": PREMIER,
        "responsable": False,
        "peutCreerMandats": False,  # its habilitation is untouched (never habilitated here)
        "dateDesactivation": None,  # it stays an aidant of its organisation
    }
    [ligne] = [j for j in await scene.journal() if j.action == "aidant.retirer_responsable"]
    assert (ligne.entite, ligne.entite_id) == ("aidant", _pk(responsable["id"]))
    assert (ligne.avant or {})["responsable"] is True
    assert (ligne.apres or {})["responsable"] is False
    assert "email" not in (ligne.apres or {})
    row = await scene.lire(Aidant, uuid.UUID(_pk(responsable["id"])))
    assert row.responsable is False
    # The same call again: the same aidant, nothing written.
    journal = len(await scene.journal())
    encore = await ecriture.muter(scene.anct, "retirerResponsable", RETIRER, _cible(responsable))
    assert (encore["aidant"]["id"], encore["aidant"]["responsable"]) == (responsable["id"], False)
    assert len(await scene.journal()) == journal
    # From its next request on, the former responsable manages nothing.
    refus = await ecriture.refus(lui, "creerAidant", CREER_AIDANT, _aidant(organisation_id, "paul@metz.fr"))
    assert (refus["code"], refus["message"]) == (
        "FORBIDDEN",
        "Seul le responsable de l'organisation gère ses aidants.",
    )


async def test_un_responsable_ne_retire_ni_le_role_d_un_autre_ni_le_sien(ecriture: Hub) -> None:
    scene = ecriture.scene
    organisation_id, [premier, second] = await _organisation_et_responsables(ecriture, PREMIER, SECOND)
    lui = _en_tant_que(premier, organisation_id)

    for cible in (second, premier):
        refus = await ecriture.refus(lui, "retirerResponsable", RETIRER, _cible(cible))
        assert refus["code"] == "FORBIDDEN"
        assert refus["message"].startswith("Seule l'ANCT retire le rôle de responsable")
    # Both are still responsables and still manage the organisation.
    for aidant in (premier, second):
        assert (await scene.lire(Aidant, uuid.UUID(_pk(aidant["id"])))).responsable is True
    cree = await ecriture.muter(lui, "creerAidant", CREER_AIDANT, _aidant(organisation_id, "lea@metz.fr"))
    assert cree["__typename"] == "AidantPayload"


async def test_hors_de_portee_inconnu_ou_mauvais_role_rien_n_est_ecrit(ecriture: Hub) -> None:
    scene = ecriture.scene
    _, [responsable] = await _organisation_et_responsables(ecriture, PREMIER)

    # An aidant of another organisation does not read this one's aidants: absent, as if unknown.
    ailleurs = await ecriture.refus(scene.aidant, "retirerResponsable", RETIRER, _cible(responsable))
    assert (ailleurs["code"], ailleurs["champ"]) == ("NOT_FOUND", "input.aidantId")
    inconnu = {"input": {"aidantId": gid("Aidant", uuid.uuid4())}}
    absent = await ecriture.refus(scene.anct, "retirerResponsable", RETIRER, inconnu)
    assert (absent["code"], absent["message"]) == ("NOT_FOUND", "Aidant introuvable.")
    mauvais = {"input": {"aidantId": gid("Structure", scene.metz.id)}}
    faux = await ecriture.refus(scene.anct, "retirerResponsable", RETIRER, mauvais)
    assert (faux["code"], faux["champ"]) == ("BAD_USER_INPUT", "input.aidantId")
    for principal in (scene.prefecture_57, scene.structure, scene.conseiller, None):
        refus = await ecriture.refus(principal, "retirerResponsable", RETIRER, _cible(responsable))
        assert refus["code"] in {"FORBIDDEN", "UNAUTHENTICATED"}
