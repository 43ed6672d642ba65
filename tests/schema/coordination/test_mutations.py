"""creerCoordination / terminerCoordination: ANCT and the préfecture of the coordinated conseiller."""

from __future__ import annotations

from hub.models import Conseiller
from tests.auth.world import make_conseiller, systeme
from tests.ecriture import Hub, gid

CREER = """
mutation($input: CoordinationInput!) {
  creerCoordination(input: $input) {
    __typename
    ... on CoordinationPayload { coordination { dateDebut dateFin } }
    ... on UserError { code message champ }
  }
}
"""
TERMINER = CREER.replace("creerCoordination", "terminerCoordination")


async def _coordinateur(hub: Hub) -> Conseiller:
    async with systeme(hub.scene.database) as session:
        return await make_conseiller(session, hub.scene.metz, est_coordinateur=True)


async def test_la_prefecture_cree_puis_termine_une_coordination_journalisee(ecriture: Hub) -> None:
    scene = ecriture.scene
    coordinateur = await _coordinateur(ecriture)
    entree = {
        "input": {
            "coordinateurId": gid("Conseiller", coordinateur.id),
            "conseillerId": gid("Conseiller", scene.en_poste.id),
            "date": "2024-01-15",
        }
    }
    creee = await ecriture.muter(scene.prefecture_57, "creerCoordination", CREER, entree)
    assert creee["coordination"] == {"dateDebut": "2024-01-15", "dateFin": None}
    journal = len(await scene.journal())
    again = await ecriture.muter(scene.prefecture_57, "creerCoordination", CREER, entree)
    assert again["coordination"]["dateDebut"] == "2024-01-15"
    assert len(await scene.journal()) == journal  # already so: nothing written

    fin = {"input": {**entree["input"], "date": "2024-06-30"}}
    terminee = await ecriture.muter(scene.anct, "terminerCoordination", TERMINER, fin)
    assert terminee["coordination"] == {"dateDebut": "2024-01-15", "dateFin": "2024-06-30"}
    actions = [j.action for j in await scene.journal() if j.action.startswith("coordination.")]
    assert actions.count("coordination.creer") == 1
    assert actions.count("coordination.terminer") == 1


async def test_une_autre_prefecture_ou_un_autre_role_ne_cree_pas_de_coordination(ecriture: Hub) -> None:
    scene = ecriture.scene
    coordinateur = await _coordinateur(ecriture)
    entree = {
        "input": {
            "coordinateurId": gid("Conseiller", coordinateur.id),
            "conseillerId": gid("Conseiller", scene.en_poste.id),
        }
    }
    for principal in (scene.prefecture_13, scene.structure, scene.conseiller, None):
        refus = await ecriture.refus(principal, "creerCoordination", CREER, entree)
        assert refus["code"] in ("FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"), principal
    pas_coordinateur = {"input": {**entree["input"], "coordinateurId": gid("Conseiller", scene.libre.id)}}
    refus = await ecriture.refus(scene.anct, "creerCoordination", CREER, pas_coordinateur)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.coordinateurId")
    aucune = await ecriture.refus(scene.anct, "terminerCoordination", TERMINER, entree)
    assert aucune["code"] == "NOT_FOUND"
