"""Reading hubs territoriaux (a public directory) and `moi` of the three roles of issue 21."""

from __future__ import annotations

from auth.principal import Principal
from hub.models.enums import Role
from tests.auth.world import make_conseiller, systeme
from tests.ecriture import Hub, gid
from tests.schema.nouveaux_roles import GRAND_EST, SUD, du_hub, grand_reseau, hub_territorial, reseau

HUB = """query($id: ID!) { node(id: $id) { id ... on HubTerritorial {
  nom email telephone siteWeb adresse regions { code nom } } } }"""
MOI = "{ moi { role departements structureId conseillerId hubTerritorialId regions reseauId } }"


async def test_un_hub_territorial_se_lit_avec_ses_regions_et_ses_coordonnees_par_tous(ecriture: Hub) -> None:
    scene = ecriture.scene
    hub = await hub_territorial(scene, "Hub Grand Est et Sud", SUD, GRAND_EST)
    await ecriture.muter(
        scene.anct,
        "modifierContactHubTerritorial",
        """mutation($input: ContactHubTerritorialInput!) { modifierContactHubTerritorial(input: $input) {
          __typename } }""",
        {"input": {"hubTerritorial": gid("HubTerritorial", hub.id), "email": "contact@hub.fr"}},
    )
    attendu = {
        "id": gid("HubTerritorial", hub.id),
        "nom": "Hub Grand Est et Sud",
        "email": "contact@hub.fr",
        "telephone": None,
        "siteWeb": None,
        "adresse": None,
        "regions": [{"code": "44", "nom": "Grand Est"}, {"code": "93", "nom": "Provence-Alpes-Côte d'Azur"}],
    }
    for principal in (scene.anct, scene.prefecture_13, scene.structure, du_hub(hub, GRAND_EST), None):
        lu = await ecriture.demander(principal, HUB, {"id": gid("HubTerritorial", hub.id)})
        assert lu["node"] == attendu, principal


async def test_moi_d_un_hub_territorial_donne_son_hub_ses_regions_et_leurs_departements(
    ecriture: Hub,
) -> None:
    hub = await hub_territorial(ecriture.scene, "Hub Grand Est", GRAND_EST)
    moi = (await ecriture.demander(du_hub(hub, GRAND_EST), MOI))["moi"]
    assert moi == {
        "role": "HUB_TERRITORIAL",
        "departements": ["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
        "structureId": None,
        "conseillerId": None,
        "hubTerritorialId": gid("HubTerritorial", hub.id),
        "regions": [GRAND_EST],
        "reseauId": None,
    }


async def test_moi_d_un_grand_reseau_et_d_un_coordinateur(ecriture: Hub) -> None:
    scene = ecriture.scene
    emmaus = await reseau(scene, "Emmaüs Connect")
    moi = (await ecriture.demander(grand_reseau(emmaus), MOI))["moi"]
    assert (moi["role"], moi["reseauId"], moi["hubTerritorialId"], moi["regions"]) == (
        "GRAND_RESEAU",
        gid("Reseau", emmaus.id),
        None,
        [],
    )
    async with systeme(scene.database) as session:
        coordinateur = await make_conseiller(session, scene.metz, est_coordinateur=True)
    lui = Principal(Role.COORDINATEUR, subject="coord@metz.fr", conseiller_id=coordinateur.id)
    moi = (await ecriture.demander(lui, MOI))["moi"]
    assert (moi["role"], moi["conseillerId"], moi["reseauId"]) == (
        "COORDINATEUR",
        gid("Conseiller", coordinateur.id),
        None,
    )
