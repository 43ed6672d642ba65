"""Avenant d'ajout de postes: the structure asks, the préfet gives an avis, ANCT decides; the postes
granted are created and conventionnés within the plafond. Each refusal writes nothing."""

from __future__ import annotations

from typing import Any

from hub.models.enums import StatutStructure
from tests.auth.world import make_structure, systeme
from tests.ecriture import Hub, Scene, gid

RESULTAT = """
  __typename
  ... on AvenantPayload { avenant { id type statut nbPostes avisPrefet nbPostesAccordes structure { nom } } }
  ... on UserError { code message champ }
"""
DEMANDER = (
    f"""mutation($input: AjoutDePostesInput!) {{ demanderAjoutDePostes(input: $input) {{ {RESULTAT} }} }}"""
)
AVISER = f"""mutation($input: AvisAvenantInput!) {{ donnerAvisAvenant(input: $input) {{ {RESULTAT} }} }}"""
DECIDER = """mutation($input: DecisionAvenantInput!) { deciderAvenant(input: $input) {
  __typename
  ... on DeciderAvenantPayload {
    avenant { statut nbPostesAccordes dateDecision }
    postes { id etat structure { nom } }
    subventions { montant poste { id } }
  }
  ... on UserError { code message champ }
} }"""
CHIFFRES = """{ statistiques(territoire: { departement: "57" }) {
  postes { valides vacants } financement { engage } } }"""


def _demande(nb: int = 2, motif: str = "Un second lieu ouvre à Borny") -> dict[str, Any]:
    return {"input": {"nbPostes": nb, "motif": motif}}


def _decision(scene: Scene, avenant_id: str, **champs: Any) -> dict[str, Any]:
    return {
        "input": {
            "avenantId": avenant_id,
            "avis": "POSITIF",
            "enveloppeId": gid("Enveloppe", scene.enveloppe.id),
            "dateDebutConvention": "2021-06-01",
            "dateFinConvention": "2023-06-01",
        }
        | champs
    }


async def _demander_et_aviser(hub: Hub, nb: int = 2) -> str:
    scene = hub.scene
    demande = await hub.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande(nb))
    avenant_id: str = demande["avenant"]["id"]
    avis = {"input": {"avenantId": avenant_id, "avis": "POSITIF"}}
    await hub.muter(scene.prefecture_57, "donnerAvisAvenant", AVISER, avis)
    return avenant_id


async def test_la_structure_demande_le_prefet_avise_et_l_anct_accorde_des_postes_conventionnes(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    avant = (await ecriture.demander(scene.anct, CHIFFRES))["statistiques"]

    demande = await ecriture.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande())
    assert demande["avenant"] | {"id": None} == {
        "id": None,
        "type": "AJOUT_POSTE",
        "statut": "DEMANDE",
        "nbPostes": 2,
        "avisPrefet": None,
        "nbPostesAccordes": None,
        "structure": {"nom": scene.metz.nom},
    }
    avenant_id = demande["avenant"]["id"]
    avis = await ecriture.muter(
        scene.prefecture_57,
        "donnerAvisAvenant",
        AVISER,
        {"input": {"avenantId": avenant_id, "avis": "POSITIF"}},
    )
    assert avis["avenant"]["avisPrefet"] == "POSITIF"
    # 120,000 € of plafond in 57, 50,000 € already engaged: one poste of the two fits.
    decide = await ecriture.muter(
        scene.anct, "deciderAvenant", DECIDER, _decision(scene, avenant_id, nbPostes=1)
    )

    assert decide["__typename"] == "DeciderAvenantPayload", decide
    assert decide["avenant"]["statut"] == "ACCEPTE"
    assert decide["avenant"]["nbPostesAccordes"] == 1
    [poste] = decide["postes"]
    assert (poste["etat"], poste["structure"]) == ("VACANT", {"nom": scene.metz.nom})
    assert decide["subventions"] == [{"montant": 50000.0, "poste": {"id": poste["id"]}}]
    apres = (await ecriture.demander(scene.anct, CHIFFRES))["statistiques"]
    assert apres["postes"]["valides"] == avant["postes"]["valides"] + 1
    assert apres["postes"]["vacants"] == avant["postes"]["vacants"] + 1
    assert apres["financement"]["engage"] == avant["financement"]["engage"] + 50000
    actions = [j.action for j in await scene.journal()]
    assert actions[-5:] == [
        "avenant.demander",
        "avenant.avis_prefet",
        "poste.creer",
        "subvention.conventionner",
        "avenant.decider",
    ]
    journal = len(await scene.journal())
    encore = await ecriture.muter(scene.anct, "deciderAvenant", DECIDER, _decision(scene, avenant_id))
    assert (encore["__typename"], encore["postes"]) == ("DeciderAvenantPayload", [])  # the same decision
    assert len(await scene.journal()) == journal


async def test_des_postes_au_dela_du_plafond_sont_refuses_et_rien_n_est_ecrit(ecriture: Hub) -> None:
    scene = ecriture.scene
    avenant_id = await _demander_et_aviser(ecriture, nb=2)

    refus = await ecriture.refus(scene.anct, "deciderAvenant", DECIDER, _decision(scene, avenant_id))

    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.montant")
    assert "plafond du département 57" in refus["message"]


async def test_l_anct_attend_l_avis_du_prefet_et_la_convention(ecriture: Hub) -> None:
    scene = ecriture.scene
    demande = await ecriture.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande())
    avenant_id = demande["avenant"]["id"]

    refus = await ecriture.refus(
        scene.anct, "deciderAvenant", DECIDER, _decision(scene, avenant_id, nbPostes=1)
    )
    assert refus["message"] == "L'avenant attend l'avis du préfet."

    await ecriture.muter(
        scene.prefecture_57,
        "donnerAvisAvenant",
        AVISER,
        {"input": {"avenantId": avenant_id, "avis": "POSITIF"}},
    )
    sans_convention = {"input": {"avenantId": avenant_id, "avis": "POSITIF", "nbPostes": 1}}
    refus = await ecriture.refus(scene.anct, "deciderAvenant", DECIDER, sans_convention)
    assert refus["champ"] == "input.convention"
    trop = _decision(scene, avenant_id, nbPostes=3)
    assert (await ecriture.refus(scene.anct, "deciderAvenant", DECIDER, trop))["champ"] == "input.nbPostes"


async def test_l_avis_du_prefet_est_donne_une_fois_et_un_avis_negatif_est_motive(ecriture: Hub) -> None:
    scene = ecriture.scene
    demande = await ecriture.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande())
    avenant_id = demande["avenant"]["id"]
    negatif = {"input": {"avenantId": avenant_id, "avis": "NEGATIF"}}

    refus = await ecriture.refus(scene.prefecture_57, "donnerAvisAvenant", AVISER, negatif)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.commentaire")

    positif = {"input": {"avenantId": avenant_id, "avis": "POSITIF", "commentaire": "Territoire prioritaire"}}
    await ecriture.muter(scene.prefecture_57, "donnerAvisAvenant", AVISER, positif)
    journal = len(await scene.journal())
    encore = await ecriture.muter(scene.prefecture_57, "donnerAvisAvenant", AVISER, positif)
    assert encore["__typename"] == "AvenantPayload"
    assert len(await scene.journal()) == journal
    negatif["input"]["commentaire"] = "Finalement non"
    refus = await ecriture.refus(scene.prefecture_57, "donnerAvisAvenant", AVISER, negatif)
    assert refus["message"] == "Le préfet a déjà donné son avis sur cet avenant."
    ligne = (await scene.journal())[-1]
    assert ligne.apres == {
        "avis_prefet": "POSITIF",
        "date_avis_prefet": ligne.apres["date_avis_prefet"],
        "commentaire": True,
    }


async def test_une_decision_negative_refuse_l_avenant_sans_creer_de_poste(ecriture: Hub) -> None:
    scene = ecriture.scene
    avenant_id = await _demander_et_aviser(ecriture)
    avant = await scene.photo()
    negatif = {"input": {"avenantId": avenant_id, "avis": "NEGATIF"}}

    refuse = await ecriture.muter(scene.anct, "deciderAvenant", DECIDER, negatif)

    assert refuse["avenant"]["statut"] == "REFUSE"
    assert refuse["postes"] == refuse["subventions"] == []
    assert (await scene.photo())["poste"] == avant["poste"]
    revenir = await ecriture.refus(scene.anct, "deciderAvenant", DECIDER, _decision(scene, avenant_id))
    assert revenir["message"] == "L'avenant est déjà « Refusé »."
    # Decided: the structure may ask again.
    nouvelle = await ecriture.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande(1))
    assert nouvelle["__typename"] == "AvenantPayload"


async def test_une_seule_demande_d_ajout_en_instruction_et_une_structure_validee_seulement(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    await ecriture.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande())
    refus = await ecriture.refus(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande(3))
    assert refus["code"] == "CONFLICT"
    for entree, champ in ((_demande(0), "input.nbPostes"), (_demande(motif="  "), "input.motif")):
        refus = await ecriture.refus(scene.structure_13, "demanderAjoutDePostes", DEMANDER, entree)
        assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", champ)
    async with systeme(scene.database) as session:
        candidate = await make_structure(session, departement="57", statut=StatutStructure.CREEE)
    principal = type(scene.structure)(
        scene.structure.role, subject="rh@candidate.fr", structure_id=candidate.id
    )
    refus = await ecriture.refus(principal, "demanderAjoutDePostes", DEMANDER, _demande())
    assert "un avenant suppose une convention" in refus["message"]


async def test_chacun_son_role_et_son_territoire(ecriture: Hub) -> None:
    scene = ecriture.scene
    for principal, code in (
        (scene.anct, "FORBIDDEN"),
        (scene.prefecture_57, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ):
        refus = await ecriture.refus(principal, "demanderAjoutDePostes", DEMANDER, _demande())
        assert refus["code"] == code
    demande = await ecriture.muter(scene.structure, "demanderAjoutDePostes", DEMANDER, _demande())
    avenant_id = demande["avenant"]["id"]
    avis = {"input": {"avenantId": avenant_id, "avis": "POSITIF"}}
    for principal, code in (
        (scene.prefecture_13, "NOT_FOUND"),
        (scene.structure, "FORBIDDEN"),
        (scene.anct, "FORBIDDEN"),
    ):
        refus = await ecriture.refus(principal, "donnerAvisAvenant", AVISER, avis)
        assert refus["code"] == code, principal
    await ecriture.muter(scene.prefecture_57, "donnerAvisAvenant", AVISER, avis)
    for principal in (scene.structure, scene.prefecture_57):
        refus = await ecriture.refus(
            principal, "deciderAvenant", DECIDER, _decision(scene, avenant_id, nbPostes=1)
        )
        assert refus["code"] == "FORBIDDEN"
    lu = await ecriture.demander(
        scene.structure_13, "query($id: ID!) { node(id: $id) { id } }", {"id": avenant_id}
    )
    assert lu["node"] is None  # another structure's avenant looks absent
