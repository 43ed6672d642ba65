"""enregistrerContrat, validerRecrutement, declarerRupture through GraphQL: states, roles, territories."""

from __future__ import annotations

import uuid
from typing import Any

from hub.models import Conseiller
from tests.auth.world import make_conseiller, systeme
from tests.ecriture import Hub, gid

RESULTAT = """
fragment Resultat on ContratResultat {
  __typename
  ... on ContratPayload {
    contrat { id statut type dateFin motifRupture poste { etat } conseiller { id nom } structure { nom } }
  }
  ... on UserError { code message champ }
}
"""
CONTRAT = RESULTAT + "mutation($input: ContratInput!) { enregistrerContrat(input: $input) { ...Resultat } }"
VALIDER = (
    RESULTAT
    + "mutation($input: ValidationRecrutementInput!) { validerRecrutement(input: $input) { ...Resultat } }"
)
ROMPRE = RESULTAT + "mutation($input: RuptureInput!) { declarerRupture(input: $input) { ...Resultat } }"
NOEUD = """query($id: ID!) { node(id: $id) {
  ... on Contrat { statut conseiller { nom } } ... on Conseiller { nom } } }"""


def _contrat(hub: Hub, **champs: Any) -> dict[str, Any]:
    scene = hub.scene
    return {
        "input": {
            "posteId": gid("Poste", scene.poste_vacant.id),
            "conseillerId": gid("Conseiller", scene.libre.id),
            "type": "CDI",
            "dateDebut": "2021-06-01",
        }
        | champs
    }


async def test_recruter_valider_puis_rompre_un_contrat(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        salarie = await make_conseiller(session, scene.metz)  # a person metz already reads
    vu = {"id": gid("Conseiller", salarie.id), "nom": salarie.nom}
    recrute = await ecriture.muter(
        scene.structure,
        "enregistrerContrat",
        CONTRAT,
        _contrat(ecriture, conseillerId=gid("Conseiller", salarie.id)),
    )
    contrat = recrute["contrat"]
    assert (contrat["statut"], contrat["type"], contrat["dateFin"]) == ("RECRUTE", "CDI", None)
    assert contrat["poste"] == {"etat": "OCCUPE"}
    assert contrat["conseiller"] == vu
    valide = await ecriture.muter(
        scene.anct, "validerRecrutement", VALIDER, {"input": {"contratId": contrat["id"]}}
    )
    assert valide["contrat"]["statut"] == "ACTIF"
    rompu = await ecriture.muter(
        scene.structure,
        "declarerRupture",
        ROMPRE,
        {"input": {"contratId": contrat["id"], "motif": "DEMISSION", "dateRupture": "2021-09-30"}},
    )
    assert rompu["contrat"]["statut"] == "ROMPU"
    assert rompu["contrat"]["motifRupture"] == "DEMISSION"
    assert rompu["contrat"]["poste"] == {"etat": "VACANT"}
    # The former employer keeps the ended contrat in its history, not the person (issue 21, item 4):
    # the conseiller still points at it until their next contrat is validated.
    assert rompu["contrat"]["conseiller"] is None
    assert (await scene.lire(Conseiller, salarie.id)).structure_id == scene.metz.id
    lu = await ecriture.demander(scene.structure, NOEUD, {"id": contrat["id"]})
    assert lu["node"] == {"statut": "ROMPU", "conseiller": None}
    assert (await ecriture.demander(scene.structure, NOEUD, {"id": vu["id"]}))["node"] is None
    assert (await ecriture.demander(scene.prefecture_57, NOEUD, {"id": vu["id"]}))["node"] == {
        "nom": salarie.nom
    }


async def test_nommer_une_personne_invisible_repond_comme_un_identifiant_inconnu(ecriture: Hub) -> None:
    scene = ecriture.scene
    inconnu = await ecriture.refus(
        scene.structure,
        "enregistrerContrat",
        CONTRAT,
        _contrat(ecriture, conseillerId=gid("Conseiller", uuid.uuid4())),
    )
    assert (inconnu["code"], inconnu["champ"]) == ("NOT_FOUND", "input.conseillerId")
    invisible = await ecriture.refus(scene.structure, "enregistrerContrat", CONTRAT, _contrat(ecriture))
    assert invisible == inconnu
    noeud = "query($id: ID!) { node(id: $id) { id } }"
    vue = await ecriture.demander(scene.structure, noeud, {"id": gid("Conseiller", scene.libre.id)})
    assert vue == {"node": None}


async def test_les_refus_d_un_recrutement(ecriture: Hub) -> None:
    scene = ecriture.scene
    cas = [
        (scene.structure, {"type": "CDI", "dateFin": "2022-01-01"}, "BAD_USER_INPUT", "input.dateFin"),
        (
            scene.structure,
            {"posteId": gid("Poste", scene.poste_occupe.id)},
            "BAD_USER_INPUT",
            "input.posteId",
        ),
        (
            scene.structure,
            {"conseillerId": gid("Conseiller", scene.en_poste.id)},
            "CONFLICT",
            "input.conseillerId",
        ),
        (scene.structure_13, {}, "NOT_FOUND", "input.posteId"),
        (scene.anct, {}, "FORBIDDEN", None),
    ]
    for principal, champs, code, champ in cas:
        erreur = await ecriture.refus(principal, "enregistrerContrat", CONTRAT, _contrat(ecriture, **champs))
        assert (erreur["code"], erreur["champ"]) == (code, champ), erreur
    occupe = await ecriture.refus(
        scene.structure,
        "enregistrerContrat",
        CONTRAT,
        _contrat(ecriture, posteId=gid("Poste", scene.poste_occupe.id)),
    )
    assert "« occupe »" in occupe["message"]


async def test_valider_ou_rompre_hors_de_son_role_ou_de_son_etat(ecriture: Hub) -> None:
    scene = ecriture.scene
    actif = gid("Contrat", scene.contrat.id)
    deja = await ecriture.refus(scene.anct, "validerRecrutement", VALIDER, {"input": {"contratId": actif}})
    assert (deja["code"], deja["champ"]) == ("BAD_USER_INPUT", "input.contratId")
    assert "« actif »" in deja["message"]
    structure = await ecriture.refus(
        scene.structure, "validerRecrutement", VALIDER, {"input": {"contratId": actif}}
    )
    assert structure["code"] == "FORBIDDEN"
    rupture = {"input": {"contratId": actif, "motif": "LICENCIEMENT", "dateRupture": "2021-06-01"}}
    ailleurs = await ecriture.refus(scene.structure_13, "declarerRupture", ROMPRE, rupture)
    assert (ailleurs["code"], ailleurs["champ"]) == ("NOT_FOUND", "input.contratId")
    prefecture = await ecriture.refus(scene.prefecture_57, "declarerRupture", ROMPRE, rupture)
    assert prefecture["code"] == "FORBIDDEN"
