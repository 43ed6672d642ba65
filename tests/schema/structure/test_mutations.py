"""deposerCandidature, donnerAvisPrefet, deciderCoselec through GraphQL: payloads, roles, territories."""

from __future__ import annotations

import dataclasses

from tests.auth.world import make_structure, systeme
from tests.ecriture import Hub, gid

DEPOSER = """
mutation($input: CandidatureInput!) {
  deposerCandidature(input: $input) {
    __typename
    ... on DeposerCandidaturePayload {
      candidature { id nbPostesSouhaites phase dateDepot structure { nom } }
    }
    ... on UserError { code message champ }
  }
}
"""

AVIS = """
mutation($input: AvisPrefetInput!) {
  donnerAvisPrefet(input: $input) {
    __typename
    ... on DonnerAvisPrefetPayload { avis { avis commentaire auteur } candidature { avis { avis } } }
    ... on UserError { code message champ }
  }
}
"""

DECIDER = """
mutation($input: DecisionCoselecInput!) {
  deciderCoselec(input: $input) {
    __typename
    ... on DeciderCoselecPayload {
      decision { numero avis nbPostes phase }
      postes { id etat phase structure { nom } }
      structure { statut }
    }
    ... on UserError { code message champ }
  }
}
"""


async def test_une_structure_depose_une_candidature_et_seulement_la_sienne(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        nouvelle = await make_structure(session, departement="57")
    structure = dataclasses.replace(scene.structure, structure_id=nouvelle.id)
    resultat = await ecriture.muter(
        structure, "deposerCandidature", DEPOSER, {"input": {"nbPostesSouhaites": 2}}
    )
    assert resultat["__typename"] == "DeposerCandidaturePayload"
    assert resultat["candidature"]["structure"] == {"nom": nouvelle.nom}
    assert (resultat["candidature"]["nbPostesSouhaites"], resultat["candidature"]["phase"]) == (2, 1)
    erreur = await ecriture.refus(
        scene.structure, "deposerCandidature", DEPOSER, {"input": {"nbPostesSouhaites": 1, "phase": 1}}
    )
    assert (erreur["code"], erreur["champ"]) == ("BAD_USER_INPUT", "input.phase")  # metz is validated
    for principal in (scene.anct, scene.prefecture_57, scene.conseiller):
        interdit = await ecriture.refus(
            principal, "deposerCandidature", DEPOSER, {"input": {"nbPostesSouhaites": 1}}
        )
        assert interdit["code"] == "FORBIDDEN"


async def test_le_prefet_donne_son_avis_dans_ses_departements_et_l_historique_s_allonge(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    variables = {
        "input": {
            "candidatureId": gid("Candidature", scene.candidature.id),
            "avis": "NEGATIF",
            "commentaire": "Non",
        }
    }
    resultat = await ecriture.muter(scene.prefecture_57, "donnerAvisPrefet", AVIS, variables)
    assert resultat["avis"] == {
        "avis": "NEGATIF",
        "commentaire": "Non",
        "auteur": scene.prefecture_57.subject,
    }
    assert sorted(a["avis"] for a in resultat["candidature"]["avis"]) == ["NEGATIF", "POSITIF"]
    ailleurs = await ecriture.refus(scene.prefecture_13, "donnerAvisPrefet", AVIS, variables)
    assert (ailleurs["code"], ailleurs["champ"]) == ("NOT_FOUND", "input.candidatureId")
    interdit = await ecriture.refus(scene.structure, "donnerAvisPrefet", AVIS, variables)
    assert interdit["code"] == "FORBIDDEN"


async def test_l_anct_decide_et_cree_les_postes_vacants(ecriture: Hub) -> None:
    scene = ecriture.scene
    variables = {
        "input": {
            "candidatureId": gid("Candidature", scene.candidature.id),
            "avis": "POSITIF",
            "nbPostes": 2,
            "phase": 2,
            "numero": 12,
        }
    }
    interdit = await ecriture.refus(scene.structure, "deciderCoselec", DECIDER, variables)
    assert interdit["code"] == "FORBIDDEN"
    trop = await ecriture.refus(
        scene.anct, "deciderCoselec", DECIDER, {"input": variables["input"] | {"nbPostes": 4}}
    )
    assert (trop["code"], trop["champ"]) == ("BAD_USER_INPUT", "input.nbPostes")
    resultat = await ecriture.muter(scene.anct, "deciderCoselec", DECIDER, variables)
    assert resultat["decision"] == {"numero": 12, "avis": "POSITIF", "nbPostes": 2, "phase": 2}
    assert [(p["etat"], p["phase"]) for p in resultat["postes"]] == [("VACANT", 2)] * 2
    assert resultat["structure"] == {"statut": "VALIDEE"}
    postes = await ecriture.demander(
        scene.structure, "{ postes(first: 10, filtre: {etat: VACANT}) { totalCount } }"
    )
    assert postes["postes"]["totalCount"] == 3  # the scene's vacant poste and the two new ones
