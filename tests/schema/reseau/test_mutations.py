"""creerReseau and rattacherStructureReseau: ANCT only, idempotent, journaled, clear errors."""

from __future__ import annotations

import uuid

from hub.models import Reseau, Structure
from hub.models.reseau import id_du_reseau
from tests.auth.world import systeme
from tests.ecriture import Hub, gid
from tests.schema.nouveaux_roles import GRAND_EST, du_hub, grand_reseau, hub_territorial, reseau

CREER = """
mutation($input: CreerReseauInput!) {
  creerReseau(input: $input) {
    __typename
    ... on ReseauPayload { reseau { id nom } }
    ... on UserError { code message champ }
  }
}
"""
RATTACHER = """
mutation($input: RattachementReseauInput!) {
  rattacherStructureReseau(input: $input) {
    __typename
    ... on RattacherStructureReseauPayload { structure { id reseau grandReseau { id nom } } }
    ... on UserError { code message champ }
  }
}
"""


async def test_l_anct_cree_un_reseau_et_le_meme_nom_rend_le_meme_reseau_sans_rien_ecrire(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    entree = {"input": {"nom": "  Groupe   SOS "}}
    cree = await ecriture.muter(scene.anct, "creerReseau", CREER, entree)
    assert cree["reseau"] == {"id": gid("Reseau", id_du_reseau("Groupe SOS")), "nom": "Groupe SOS"}
    lignes = len(await scene.journal())
    encore = await ecriture.muter(scene.anct, "creerReseau", CREER, {"input": {"nom": "Groupe SOS"}})
    assert encore["reseau"] == cree["reseau"]
    journal = await scene.journal()
    assert len(journal) == lignes
    assert [(j.action, j.apres) for j in journal if j.entite == "reseau"] == [
        ("reseau.creer", {"nom": "Groupe SOS"})
    ]


async def test_un_nom_de_reseau_vide_ou_trop_long_est_refuse(ecriture: Hub) -> None:
    for nom in ("   ", "x" * 201):
        refus = await ecriture.refus(ecriture.scene.anct, "creerReseau", CREER, {"input": {"nom": nom}})
        assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.nom")


async def test_seule_l_anct_cree_un_reseau(ecriture: Hub) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect")
    hub = await hub_territorial(scene, "Hub Grand Est", GRAND_EST)
    for principal in (scene.prefecture_57, scene.structure, grand_reseau(emmaus), du_hub(hub, GRAND_EST)):
        refus = await ecriture.refus(principal, "creerReseau", CREER, {"input": {"nom": "Croix-Rouge"}})
        assert refus["code"] == "FORBIDDEN", principal
    anonyme = await ecriture.refus(None, "creerReseau", CREER, {"input": {"nom": "Croix-Rouge"}})
    assert anonyme["code"] == "UNAUTHENTICATED"


async def test_l_anct_rattache_puis_detache_une_structure_une_seule_ligne_par_changement(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect")
    entree = {"input": {"structure": gid("Structure", scene.metz.id), "reseau": gid("Reseau", emmaus.id)}}
    rattachee = await ecriture.muter(scene.anct, "rattacherStructureReseau", RATTACHER, entree)
    assert rattachee["structure"]["grandReseau"] == {"id": gid("Reseau", emmaus.id), "nom": "Emmaüs Connect"}
    assert rattachee["structure"]["reseau"] == "Emmaüs Connect"  # the programme files' name, in step
    lignes = len(await scene.journal())
    encore = await ecriture.muter(scene.anct, "rattacherStructureReseau", RATTACHER, entree)
    assert encore["structure"] == rattachee["structure"]
    assert len(await scene.journal()) == lignes  # already so: nothing written, nothing journaled

    detache = {"input": {"structure": gid("Structure", scene.metz.id), "reseau": None}}
    resultat = await ecriture.muter(scene.anct, "rattacherStructureReseau", RATTACHER, detache)
    assert resultat["structure"]["grandReseau"] is None
    assert resultat["structure"]["reseau"] is None
    row = await scene.lire(Structure, scene.metz.id)
    assert (row.reseau_id, row.reseau) == (None, None)
    lignes_reseau = [j for j in await scene.journal() if j.action == "structure.rattacher_reseau"]
    assert [(j.avant, j.apres) for j in lignes_reseau] == [
        ({"reseau_id": None, "reseau": None}, {"reseau_id": str(emmaus.id), "reseau": "Emmaüs Connect"}),
        ({"reseau_id": str(emmaus.id), "reseau": "Emmaüs Connect"}, {"reseau_id": None, "reseau": None}),
    ]
    assert {(j.departement_code, j.structure_id) for j in lignes_reseau} == {("57", scene.metz.id)}


async def test_une_structure_ou_un_reseau_inconnu_est_refuse_en_le_nommant(ecriture: Hub) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect")
    cas = [
        (
            {"structure": gid("Structure", uuid.uuid4()), "reseau": gid("Reseau", emmaus.id)},
            "NOT_FOUND",
            "input.structure",
            "Structure introuvable.",
        ),
        (
            {"structure": gid("Structure", scene.metz.id), "reseau": gid("Reseau", uuid.uuid4())},
            "NOT_FOUND",
            "input.reseau",
            "Réseau introuvable.",
        ),
        ({"structure": gid("Reseau", emmaus.id), "reseau": None}, "BAD_USER_INPUT", "input.structure", None),
        ({"structure": "pas-un-id", "reseau": None}, "BAD_USER_INPUT", "input.structure", None),
    ]
    for entree, code, champ, message in cas:
        refus = await ecriture.refus(scene.anct, "rattacherStructureReseau", RATTACHER, {"input": entree})
        assert (refus["code"], refus["champ"]) == (code, champ), entree
        if message is not None:
            assert refus["message"] == message


async def test_seule_l_anct_rattache_une_structure_a_un_reseau(ecriture: Hub) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect")
    entree = {"input": {"structure": gid("Structure", scene.metz.id), "reseau": gid("Reseau", emmaus.id)}}
    # The préfecture and the structure read Metz, the réseau will once it is linked: none may link it.
    for principal in (scene.prefecture_57, scene.structure, grand_reseau(emmaus), scene.conseiller):
        refus = await ecriture.refus(principal, "rattacherStructureReseau", RATTACHER, entree)
        assert refus["code"] == "FORBIDDEN", principal
    anonyme = await ecriture.refus(None, "rattacherStructureReseau", RATTACHER, entree)
    assert anonyme["code"] == "UNAUTHENTICATED"
    assert (await scene.lire(Structure, scene.metz.id)).reseau_id is None


async def test_un_reseau_existant_sous_un_autre_identifiant_est_rendu_tel_quel(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        ancien = Reseau(id=uuid.uuid4(), nom="Croix-Rouge française")  # before ids followed from names
        session.add(ancien)
    lignes = len(await scene.journal())
    rendu = await ecriture.muter(
        scene.anct, "creerReseau", CREER, {"input": {"nom": "Croix-Rouge française"}}
    )
    assert rendu["reseau"]["id"] == gid("Reseau", ancien.id)
    assert len(await scene.journal()) == lignes
