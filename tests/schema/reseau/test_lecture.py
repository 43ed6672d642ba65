"""Reading grands réseaux: Reseau through node(id), its members and Structure.grandReseau, by the policy."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from hub.models import Structure
from tests.auth.world import make_structure, systeme
from tests.ecriture import Hub, gid
from tests.schema.nouveaux_roles import grand_reseau, reseau

RESEAU = """query($id: ID!) { node(id: $id) { ... on Reseau {
  nom structures(first: 10) { totalCount nodes { nom departement { code } grandReseau { nom } } } } } }"""
STRUCTURE = "query($id: ID!) { node(id: $id) { ... on Structure { nom reseau grandReseau { id nom } } } }"
MOI = "{ moi { role reseauId } }"


async def test_un_grand_reseau_lit_son_reseau_et_ses_membres_dans_tous_les_departements(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect", scene.metz, scene.marseille)
    await reseau(scene, "Croix-Rouge française")
    lui = grand_reseau(emmaus)
    moi = (await ecriture.demander(lui, MOI))["moi"]
    assert moi == {"role": "GRAND_RESEAU", "reseauId": gid("Reseau", emmaus.id)}
    lu = (await ecriture.demander(lui, RESEAU, {"id": moi["reseauId"]}))["node"]
    assert lu["nom"] == "Emmaüs Connect"
    assert lu["structures"]["totalCount"] == 2
    assert sorted(s["departement"]["code"] for s in lu["structures"]["nodes"]) == ["13", "57"]
    assert {s["grandReseau"]["nom"] for s in lu["structures"]["nodes"]} == {"Emmaüs Connect"}


async def test_une_prefecture_ne_lit_le_grand_reseau_que_des_structures_qu_elle_lit(ecriture: Hub) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect", scene.metz, scene.marseille)
    pref = scene.prefecture_57
    metz = (await ecriture.demander(pref, STRUCTURE, {"id": gid("Structure", scene.metz.id)}))["node"]
    assert metz["grandReseau"] == {"id": gid("Reseau", emmaus.id), "nom": "Emmaüs Connect"}
    marseille = await ecriture.demander(pref, STRUCTURE, {"id": gid("Structure", scene.marseille.id)})
    assert marseille["node"] is None
    # The réseau itself is a public directory entry; its members, only those the préfecture reads.
    lu = (await ecriture.demander(pref, RESEAU, {"id": gid("Reseau", emmaus.id)}))["node"]
    assert lu["structures"]["totalCount"] == 1
    assert [s["departement"]["code"] for s in lu["structures"]["nodes"]] == ["57"]
    anonyme = (await ecriture.demander(None, RESEAU, {"id": gid("Reseau", emmaus.id)}))["node"]
    assert anonyme["nom"] == "Emmaüs Connect"
    assert anonyme["structures"]["totalCount"] == 0


async def test_un_grand_reseau_ne_lit_pas_les_structures_d_un_autre_reseau(ecriture: Hub) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect", scene.metz)
    croix_rouge = await reseau(scene, "Croix-Rouge française", scene.marseille)
    lui = grand_reseau(emmaus)
    autre = (await ecriture.demander(lui, RESEAU, {"id": gid("Reseau", croix_rouge.id)}))["node"]
    assert autre["structures"] == {"totalCount": 0, "nodes": []}
    marseille = await ecriture.demander(lui, STRUCTURE, {"id": gid("Structure", scene.marseille.id)})
    assert marseille["node"] is None


@contextmanager
def compter(hub: Hub) -> Iterator[list[str]]:
    statements: list[str] = []

    def before_cursor_execute(*args: Any) -> None:
        statements.append(args[2])

    engine = hub.scene.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before_cursor_execute)


PAGE = """query($n: Int!) { structures(first: $n, tri: NOM) { nodes { nom grandReseau { nom
  structures(first: 3) { totalCount nodes { nom } } } } } }"""


async def test_le_grand_reseau_d_une_page_de_structures_se_lit_sans_requete_par_structure(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        membres: list[Structure] = [await make_structure(session, departement="57") for _ in range(6)]
    await reseau(scene, "Emmaüs Connect", *membres[:3])
    await reseau(scene, "Croix-Rouge française", *membres[3:])
    await reseau(scene, "Groupe SOS", scene.metz, scene.marseille)  # every structure of the page in one
    comptes = {}
    for n in (2, 8):
        with compter(ecriture) as statements:
            page = await ecriture.demander(scene.anct, PAGE, {"n": n})
        noeuds = page["structures"]["nodes"]
        assert len(noeuds) == n
        comptes[n] = len(statements)
    assert sorted(s["grandReseau"]["structures"]["totalCount"] for s in noeuds) == [2, 2, 3, 3, 3, 3, 3, 3]
    # At most: the structures, their réseaux (one IN, or joined to the page), the réseaux' members (one
    # window statement), their counts; whatever the size of the page.
    assert comptes[2] == comptes[8] <= 4, comptes
