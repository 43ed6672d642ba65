"""Avenants read through GraphQL: `Structure.avenants` (both directions) and `node(id)`, under the read
rule of Avenant (ANCT, the département's préfecture, the structure itself), in bounded statements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from hub.models import Avenant, Structure
from hub.models.enums import StatutAvenant, StatutStructure, TypeAvenant
from tests.auth.world import make_structure, systeme
from tests.ecriture import Hub, Scene, gid

AVENANTS = """query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Structure {
    avenants(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id type statut nbPostes motif dateDemande structure { nom } poste { id } }
    }
  } }
}"""
NOEUD = """query ($id: ID!) { node(id: $id) { ... on Avenant { id type motif structure { nom } } } }"""
IMBRIQUES = """query ($n: Int!) { structures(first: $n) { nodes { nom
  avenants(first: 2) { totalCount nodes { id type structure { nom } } } } } }"""


async def _avenant(scene: Scene, structure: Structure, jour: dt.date, **champs: Any) -> Avenant:
    valeurs: dict[str, Any] = {
        "structure_id": structure.id,
        "departement_code": structure.departement_code,
        "type": TypeAvenant.AJOUT_POSTE,
        "nb_postes": 2,
        "motif": f"Demande du {jour.isoformat()}",
        "date_demande": jour,
    }
    async with systeme(scene.database) as session:
        avenant = Avenant(**(valeurs | champs))
        session.add(avenant)
        await session.flush()
    return avenant


async def _scene_d_avenants(hub: Hub) -> tuple[Avenant, Avenant, Avenant]:
    """Metz asked for postes in 2021 (refused then asked again in 2022) and gave one back; Marseille
    asked once."""
    scene = hub.scene
    ancien = await _avenant(
        scene, scene.metz, dt.date(2021, 6, 1), statut=StatutAvenant.REFUSE, date_decision=dt.date(2021, 7, 1)
    )
    rendu = await _avenant(
        scene,
        scene.metz,
        dt.date(2022, 3, 1),
        type=TypeAvenant.RENDU_POSTE,
        nb_postes=1,
        poste_id=scene.poste_vacant.id,
    )
    marseille = await _avenant(scene, scene.marseille, dt.date(2022, 1, 10))
    return ancien, rendu, marseille


async def _avenants_de(hub: Hub, principal: Any, structure: Structure, **page: Any) -> Any:
    variables = {"id": gid("Structure", structure.id), "first": 10} | page
    noeud = (await hub.demander(principal, AVENANTS, variables))["node"]
    return None if noeud is None else noeud["avenants"]


async def test_la_structure_lit_ses_avenants_du_plus_recent_au_plus_ancien(ecriture: Hub) -> None:
    scene = ecriture.scene
    ancien, rendu, _ = await _scene_d_avenants(ecriture)

    avenants = await _avenants_de(ecriture, scene.structure, scene.metz)

    assert avenants["totalCount"] == 2
    assert [a["id"] for a in avenants["nodes"]] == [gid("Avenant", rendu.id), gid("Avenant", ancien.id)]
    premier = avenants["nodes"][0]
    assert premier | {"id": None} == {
        "id": None,
        "type": "RENDU_POSTE",
        "statut": "DEMANDE",
        "nbPostes": 1,
        "motif": "Demande du 2022-03-01",
        "dateDemande": "2022-03-01",
        "structure": {"nom": scene.metz.nom},
        "poste": {"id": gid("Poste", scene.poste_vacant.id)},
    }
    assert avenants["nodes"][1]["statut"] == "REFUSE"


async def test_chaque_role_lit_les_avenants_que_sa_regle_permet(ecriture: Hub) -> None:
    scene = ecriture.scene
    ancien, _, marseille = await _scene_d_avenants(ecriture)

    # ANCT and the préfecture of 57 read Metz's avenants; the préfecture of 13 not even the structure.
    for principal in (scene.anct, scene.prefecture_57):
        assert (await _avenants_de(ecriture, principal, scene.metz))["totalCount"] == 2
    assert await _avenants_de(ecriture, scene.prefecture_13, scene.metz) is None
    assert (await _avenants_de(ecriture, scene.prefecture_13, scene.marseille))["totalCount"] == 1
    # The conseiller reads its employer, not its employer's convention.
    du_conseiller = await _avenants_de(ecriture, scene.conseiller, scene.metz)
    assert (du_conseiller["totalCount"], du_conseiller["nodes"]) == (0, [])
    # node(id) follows the same rule: present for whom may read it, absent (null) for anyone else.
    for principal, attendu in (
        (scene.anct, True),
        (scene.prefecture_57, True),
        (scene.structure, True),
        (scene.prefecture_13, False),
        (scene.structure_13, False),
        (scene.conseiller, False),
        (scene.aidant, False),
        (None, False),
    ):
        noeud = (await ecriture.demander(principal, NOEUD, {"id": gid("Avenant", ancien.id)}))["node"]
        assert (noeud is not None) is attendu, principal
    lu = await ecriture.demander(scene.prefecture_13, NOEUD, {"id": gid("Avenant", marseille.id)})
    assert lu["node"] == {
        "id": gid("Avenant", marseille.id),
        "type": "AJOUT_POSTE",
        "motif": "Demande du 2022-01-10",
        "structure": {"nom": scene.marseille.nom},
    }


async def test_les_avenants_se_parcourent_en_avant_et_en_arriere(ecriture: Hub) -> None:
    scene = ecriture.scene
    ancien, rendu, _ = await _scene_d_avenants(ecriture)
    dernier = await _avenant(scene, scene.metz, dt.date(2023, 1, 5))
    ordre = [gid("Avenant", a.id) for a in (dernier, rendu, ancien)]

    premiere = await _avenants_de(ecriture, scene.anct, scene.metz, first=2)
    suite = await _avenants_de(
        ecriture, scene.anct, scene.metz, first=2, after=premiere["pageInfo"]["endCursor"]
    )
    fin = await _avenants_de(ecriture, scene.anct, scene.metz, first=None, last=2)
    avant = await _avenants_de(
        ecriture, scene.anct, scene.metz, first=None, last=2, before=fin["pageInfo"]["startCursor"]
    )

    assert [a["id"] for a in premiere["nodes"] + suite["nodes"]] == ordre
    assert (premiere["pageInfo"]["hasNextPage"], suite["pageInfo"]["hasNextPage"]) == (True, False)
    assert [a["id"] for a in avant["nodes"] + fin["nodes"]] == ordre
    assert (fin["pageInfo"]["hasPreviousPage"], avant["pageInfo"]["hasPreviousPage"]) == (True, False)


@contextmanager
def _requetes(hub: Hub) -> Iterator[list[str]]:
    statements: list[str] = []

    def before_cursor_execute(*args: Any) -> None:
        statements.append(args[2])

    engine = hub.scene.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before_cursor_execute)


async def test_les_avenants_de_toutes_les_structures_d_une_page_tiennent_en_une_requete(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        autres = [
            await make_structure(session, departement="57", statut=StatutStructure.VALIDEE) for _ in range(8)
        ]
    for k, structure in enumerate([scene.metz, scene.marseille, *autres]):
        for mois in range(1, 4):
            await _avenant(
                scene,
                structure,
                dt.date(2022, mois, 1 + k),
                statut=StatutAvenant.REFUSE,
                date_decision=dt.date(2022, mois, 20),
            )

    comptes = {}
    for n in (2, 10):
        with _requetes(ecriture) as statements:
            structures = (await ecriture.demander(scene.anct, IMBRIQUES, {"n": n}))["structures"]["nodes"]
        assert len(structures) == n
        assert all(len(s["avenants"]["nodes"]) == 2 for s in structures)
        assert all(s["avenants"]["totalCount"] == 3 for s in structures)
        assert all(a["structure"]["nom"] == s["nom"] for s in structures for a in s["avenants"]["nodes"])
        avenants = [s for s in statements if "FROM avenant" in s]
        # One window statement for every structure's page and one grouped COUNT, whatever the page.
        assert len(avenants) == 2, avenants
        comptes[n] = len(statements)
    assert comptes[2] == comptes[10]
