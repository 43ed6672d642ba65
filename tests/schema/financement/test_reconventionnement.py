"""reconventionner (ANCT): a structure's V2 convention carries its postes over, within the plafond;
the old convention is closed, the poste shows its new one, each step journaled; refusals write nothing."""

from __future__ import annotations

from typing import Any

from hub.models import Subvention
from hub.models.enums import EtatPoste, StatutStructure
from tests.auth.world import make_poste, make_structure, systeme
from tests.ecriture import Hub, Scene, gid

RECONVENTIONNER = """mutation($input: ReconventionnementInput!) { reconventionner(input: $input) {
  __typename
  ... on ReconventionnerPayload {
    structure { nom }
    postes { id phase etat }
    subventions { montant dateDebutConvention dateCloture poste { id } }
  }
  ... on UserError { code message champ }
} }"""
POSTE = """query($id: ID!) { node(id: $id) {
  ... on Poste { phase subvention { dateDebutConvention dateCloture } } } }"""
CHIFFRES = """{ statistiques(territoire: { departement: "57" }) { financement { engage } } }"""


def _entree(scene: Scene, **champs: Any) -> dict[str, Any]:
    return {
        "input": {
            "structureId": gid("Structure", scene.metz.id),
            "enveloppeId": gid("Enveloppe", scene.enveloppe.id),
            "dateDebutConvention": "2023-03-01",
            "dateFinConvention": "2025-03-01",
            "montant": 30000,
        }
        | champs
    }


async def test_le_reconventionnement_porte_les_postes_en_phase_2_et_clot_l_ancienne_convention(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        await make_poste(session, scene.metz, etat=EtatPoste.RENDU)  # a poste given back is not carried
    avant = (await ecriture.demander(scene.anct, CHIFFRES))["statistiques"]["financement"]["engage"]

    fait = await ecriture.muter(scene.anct, "reconventionner", RECONVENTIONNER, _entree(scene))

    assert fait["__typename"] == "ReconventionnerPayload", fait
    portes = {p["id"] for p in fait["postes"]}
    assert portes == {gid("Poste", scene.poste_occupe.id), gid("Poste", scene.poste_vacant.id)}
    assert {(p["phase"], p["etat"]) for p in fait["postes"]} == {(2, "OCCUPE"), (2, "VACANT")}
    assert [(s["montant"], s["dateDebutConvention"], s["dateCloture"]) for s in fait["subventions"]] == [
        (30000.0, "2023-03-01", None)
    ] * 2
    ancienne = await scene.lire(Subvention, scene.subvention.id)
    assert ancienne.date_cloture.isoformat() == "2023-03-01"
    assert ancienne.montant_centimes == 50_000_00  # kept, with its versements
    vu = await ecriture.demander(scene.structure, POSTE, {"id": gid("Poste", scene.poste_occupe.id)})
    assert vu["node"] == {
        "phase": 2,
        "subvention": {"dateDebutConvention": "2023-03-01", "dateCloture": None},
    }
    apres = (await ecriture.demander(scene.anct, CHIFFRES))["statistiques"]["financement"]["engage"]
    assert apres == avant + 60000
    actions = [j.action for j in await scene.journal()]
    assert actions.count("subvention.cloturer") == 1
    assert actions.count("poste.reconventionner") == 2
    assert actions.count("subvention.conventionner") == 2
    assert actions[-1] == "structure.reconventionner"

    journal, photo = len(await scene.journal()), await scene.photo()
    encore = await ecriture.muter(scene.anct, "reconventionner", RECONVENTIONNER, _entree(scene))
    assert (encore["postes"], encore["subventions"]) == ([], [])  # the same one again: nothing written
    assert (len(await scene.journal()), await scene.photo()) == (journal, photo)


async def test_au_dela_du_plafond_rien_n_est_reconventionne(ecriture: Hub) -> None:
    scene = ecriture.scene
    # 120,000 € of plafond, 50,000 € engaged: two new postes at 50,000 € do not fit.
    refus = await ecriture.refus(
        scene.anct, "reconventionner", RECONVENTIONNER, _entree(scene, montant=50000)
    )
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.montant")
    assert (await scene.lire(Subvention, scene.subvention.id)).date_cloture is None


async def test_la_nouvelle_convention_suit_l_ancienne_et_la_structure_est_validee(ecriture: Hub) -> None:
    scene = ecriture.scene
    trop_tot = _entree(scene, dateDebutConvention="2021-03-01", dateFinConvention="2023-03-01")
    refus = await ecriture.refus(scene.anct, "reconventionner", RECONVENTIONNER, trop_tot)
    assert refus["champ"] == "input.dateDebutConvention"
    async with systeme(scene.database) as session:
        candidate = await make_structure(session, departement="57", statut=StatutStructure.CREEE)
    refus = await ecriture.refus(
        scene.anct,
        "reconventionner",
        RECONVENTIONNER,
        _entree(scene, structureId=gid("Structure", candidate.id)),
    )
    assert "seule une structure validée" in refus["message"]


async def test_seule_l_anct_reconventionne(ecriture: Hub) -> None:
    scene = ecriture.scene
    for principal, code in (
        (scene.structure, "FORBIDDEN"),
        (scene.prefecture_57, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ):
        refus = await ecriture.refus(principal, "reconventionner", RECONVENTIONNER, _entree(scene))
        assert refus["code"] == code
