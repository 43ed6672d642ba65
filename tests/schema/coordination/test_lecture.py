"""Reading coordinations: Coordination through node(id) and Conseiller.coordinations, by the policy."""

from __future__ import annotations

import datetime as dt

from auth.principal import Principal
from hub.models import Coordination
from hub.models.enums import Role
from tests.auth.world import make_conseiller, systeme
from tests.ecriture import Hub, gid

COORDINATION = """query($id: ID!) { node(id: $id) { ... on Coordination {
  dateDebut dateFin coordinateur { id } conseiller { id } } } }"""
CONSEILLER = """query($id: ID!) { node(id: $id) { ... on Conseiller {
  coordinations { id dateDebut } coordinationsMenees { id conseiller { id } } } } }"""


async def _coordination(hub: Hub) -> tuple[Principal, Coordination]:
    scene = hub.scene
    async with systeme(scene.database) as session:
        coordinateur = await make_conseiller(session, scene.metz, est_coordinateur=True)
        coordination = Coordination(
            coordinateur_id=coordinateur.id,
            conseiller_id=scene.en_poste.id,
            departement_code="57",
            date_debut=dt.date(2024, 1, 15),
        )
        session.add(coordination)
        await session.flush()
    return Principal(Role.COORDINATEUR, subject="coord@metz.fr", conseiller_id=coordinateur.id), coordination


async def test_le_coordinateur_lit_sa_coordination_et_le_conseiller_qu_il_coordonne(ecriture: Hub) -> None:
    scene = ecriture.scene
    coordinateur, coordination = await _coordination(ecriture)
    ident = gid("Coordination", coordination.id)
    lue = (await ecriture.demander(coordinateur, COORDINATION, {"id": ident}))["node"]
    assert lue == {
        "dateDebut": "2024-01-15",
        "dateFin": None,
        "coordinateur": {"id": gid("Conseiller", coordination.coordinateur_id)},
        "conseiller": {"id": gid("Conseiller", scene.en_poste.id)},
    }
    lui = await ecriture.demander(
        coordinateur, CONSEILLER, {"id": gid("Conseiller", coordination.coordinateur_id)}
    )
    assert lui["node"]["coordinationsMenees"] == [
        {"id": ident, "conseiller": {"id": gid("Conseiller", scene.en_poste.id)}}
    ]
    assert lui["node"]["coordinations"] == []


async def test_la_prefecture_du_conseiller_lit_la_coordination_une_autre_non(ecriture: Hub) -> None:
    scene = ecriture.scene
    _, coordination = await _coordination(ecriture)
    ident = gid("Coordination", coordination.id)
    lu = await ecriture.demander(
        scene.prefecture_57, CONSEILLER, {"id": gid("Conseiller", scene.en_poste.id)}
    )
    assert lu["node"]["coordinations"] == [{"id": ident, "dateDebut": "2024-01-15"}]
    assert (await ecriture.demander(scene.prefecture_13, COORDINATION, {"id": ident}))["node"] is None
    # The structure reads its employee, not the coordination (a relation ANCT and the préfecture manage).
    lu = await ecriture.demander(scene.structure, CONSEILLER, {"id": gid("Conseiller", scene.en_poste.id)})
    assert lu["node"]["coordinations"] == []
    assert (await ecriture.demander(scene.structure, COORDINATION, {"id": ident}))["node"] is None
