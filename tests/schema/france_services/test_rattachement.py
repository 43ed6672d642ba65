"""rattacherSiteFranceServices (ANCT): a site and the structure that carries it, seen from both sides."""

from __future__ import annotations

from hub.models import SiteFranceServices
from tests.auth.world import make_site_france_services, systeme
from tests.ecriture import Hub, gid

RATTACHER = """
mutation($input: RattachementSiteInput!) {
  rattacherSiteFranceServices(input: $input) {
    __typename
    ... on RattacherSitePayload { site { idFs structure { nom } } }
    ... on UserError { code message champ }
  }
}
"""
LES_DEUX_COTES = """query($id: ID!) {
  structure(id: $id) { sitesFranceServices { idFs } }
  statistiques(territoire: { departement: "57" }) { franceServices { sites sitesPortes } }
}"""


async def test_l_anct_rattache_un_site_a_sa_structure_porteuse_puis_l_en_detache(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        site = await make_site_france_services(session, departement="57")
    metz = gid("Structure", scene.metz.id)
    entree = {"input": {"siteId": gid("SiteFranceServices", site.id), "structureId": metz}}
    avant = (await ecriture.demander(scene.anct, LES_DEUX_COTES, {"id": metz}))["statistiques"]

    rattache = await ecriture.muter(scene.anct, "rattacherSiteFranceServices", RATTACHER, entree)
    assert rattache["site"] == {"idFs": site.id_fs, "structure": {"nom": scene.metz.nom}}
    vu = await ecriture.demander(scene.prefecture_57, LES_DEUX_COTES, {"id": metz})
    assert vu["structure"]["sitesFranceServices"] == [{"idFs": site.id_fs}]
    fs = vu["statistiques"]["franceServices"]
    assert fs["sitesPortes"] == avant["franceServices"]["sitesPortes"] + 1
    assert fs["sites"] == avant["franceServices"]["sites"]
    journal = len(await scene.journal())
    await ecriture.muter(scene.anct, "rattacherSiteFranceServices", RATTACHER, entree)  # already so
    assert len(await scene.journal()) == journal

    detache = await ecriture.muter(
        scene.anct,
        "rattacherSiteFranceServices",
        RATTACHER,
        {"input": {**entree["input"], "structureId": None}},
    )
    assert detache["site"]["structure"] is None
    assert (await scene.lire(SiteFranceServices, site.id)).structure_id is None
    actions = [j.action for j in await scene.journal() if j.entite_id == str(site.id)]
    assert actions == ["site_france_services.rattacher", "site_france_services.rattacher"]


async def test_seule_l_anct_rattache_un_site(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        site = await make_site_france_services(session, departement="57")
    entree = {
        "input": {
            "siteId": gid("SiteFranceServices", site.id),
            "structureId": gid("Structure", scene.metz.id),
        }
    }
    for principal in (scene.structure, scene.prefecture_57, None):
        refus = await ecriture.refus(principal, "rattacherSiteFranceServices", RATTACHER, entree)
        assert refus["code"] in ("FORBIDDEN", "UNAUTHENTICATED")
    inconnue = {"input": {**entree["input"], "structureId": gid("Structure", scene.lieu.id)}}
    refus = await ecriture.refus(scene.anct, "rattacherSiteFranceServices", RATTACHER, inconnue)
    assert refus["code"] in ("NOT_FOUND", "BAD_USER_INPUT")
