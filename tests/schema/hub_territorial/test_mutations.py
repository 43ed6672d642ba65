"""modifierContactHubTerritorial: the hub itself and ANCT; checked values, idempotent, journaled."""

from __future__ import annotations

import uuid

from hub.models import HubTerritorial
from tests.ecriture import Hub, gid
from tests.schema.nouveaux_roles import GRAND_EST, SUD, du_hub, grand_reseau, hub_territorial, reseau

MODIFIER = """
mutation($input: ContactHubTerritorialInput!) {
  modifierContactHubTerritorial(input: $input) {
    __typename
    ... on HubTerritorialPayload { hubTerritorial { nom email telephone siteWeb adresse } }
    ... on UserError { code message champ }
  }
}
"""
CHAMP = "modifierContactHubTerritorial"
JOURNAL = "{ journal(first: 20) { nodes { action entite entiteId role avant apres } } }"


async def test_le_hub_modifie_ses_coordonnees_mises_en_forme_et_le_lit_dans_son_journal(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    hub = await hub_territorial(scene, "Hub Grand Est", GRAND_EST)
    lui = du_hub(hub, GRAND_EST)
    entree = {
        "hubTerritorial": gid("HubTerritorial", hub.id),
        "email": " Contact@Hub-Grand-Est.fr ",
        "telephone": "03 87 12 34 56",
        "siteWeb": "https://hub-grand-est.fr/contact",
        "adresse": " 1 place de la République, 57000 Metz ",
    }
    resultat = await ecriture.muter(lui, CHAMP, MODIFIER, {"input": entree})
    assert resultat["hubTerritorial"] == {
        "nom": "Hub Grand Est",
        "email": "contact@hub-grand-est.fr",
        "telephone": "+33387123456",
        "siteWeb": "https://hub-grand-est.fr/contact",
        "adresse": "1 place de la République, 57000 Metz",
    }
    lignes = await ecriture.demander(lui, JOURNAL)
    assert lignes["journal"]["nodes"] == [
        {
            "action": "hub_territorial.modifier_contact",
            "entite": "hub_territorial",
            "entiteId": str(hub.id),
            "role": "HUB_TERRITORIAL",
            "avant": {"renseignes": []},
            "apres": {
                "renseignes": ["email", "telephone", "site_web", "adresse"],
                "modifies": ["adresse", "email", "site_web", "telephone"],
            },
        }
    ]
    assert "contact@" not in str(lignes)  # the audit names the fields, never the address itself


async def test_les_memes_coordonnees_ne_changent_rien_et_un_champ_absent_est_conserve(ecriture: Hub) -> None:
    scene = ecriture.scene
    hub = await hub_territorial(scene, "Hub Grand Est", GRAND_EST)
    lui, ident = du_hub(hub, GRAND_EST), gid("HubTerritorial", hub.id)
    premier = {"hubTerritorial": ident, "email": "contact@hub.fr", "adresse": "Metz"}
    await ecriture.muter(lui, CHAMP, MODIFIER, {"input": premier})
    lignes = len(await scene.journal())
    encore = await ecriture.muter(lui, CHAMP, MODIFIER, {"input": {**premier, "email": "CONTACT@hub.fr"}})
    assert encore["hubTerritorial"]["email"] == "contact@hub.fr"
    assert len(await scene.journal()) == lignes  # the same values: nothing written, nothing journaled

    # Only the telephone sent: e-mail kept; adresse sent as null: cleared.
    ensuite = {"hubTerritorial": ident, "telephone": "+33 3 87 00 00 00", "adresse": None}
    resultat = await ecriture.muter(lui, CHAMP, MODIFIER, {"input": ensuite})
    assert resultat["hubTerritorial"] == {
        "nom": "Hub Grand Est",
        "email": "contact@hub.fr",
        "telephone": "+33387000000",
        "siteWeb": None,
        "adresse": None,
    }
    assert len(await scene.journal()) == lignes + 1


async def test_l_anct_modifie_les_coordonnees_d_un_hub(ecriture: Hub) -> None:
    scene = ecriture.scene
    hub = await hub_territorial(scene, "Hub Sud", SUD)
    entree = {"hubTerritorial": gid("HubTerritorial", hub.id), "telephone": "0491000000"}
    resultat = await ecriture.muter(scene.anct, CHAMP, MODIFIER, {"input": entree})
    assert resultat["hubTerritorial"]["telephone"] == "+33491000000"
    ligne = next(j for j in await scene.journal() if j.entite == "hub_territorial")
    assert (ligne.role.value, ligne.entite_id) == ("anct", str(hub.id))


async def test_un_autre_hub_ou_un_autre_role_ne_modifie_pas_les_coordonnees(ecriture: Hub) -> None:
    scene = ecriture.scene
    grand_est = await hub_territorial(scene, "Hub Grand Est", GRAND_EST)
    sud = await hub_territorial(scene, "Hub Sud", SUD)
    emmaus = await reseau(scene, "Emmaüs Connect", scene.metz)
    entree = {"input": {"hubTerritorial": gid("HubTerritorial", grand_est.id), "email": "pirate@example.org"}}
    # Every one of them reads the hub (a public directory); none of them may write it.
    refus = await ecriture.refus(du_hub(sud, SUD), CHAMP, MODIFIER, entree)
    assert (refus["code"], refus["message"]) == (
        "FORBIDDEN",
        "Hub territorial : vous pouvez le lire mais pas le modifier.",
    )
    for principal in (scene.prefecture_57, scene.structure, scene.conseiller, grand_reseau(emmaus)):
        refus = await ecriture.refus(principal, CHAMP, MODIFIER, entree)
        assert refus["code"] == "FORBIDDEN", principal
    anonyme = await ecriture.refus(None, CHAMP, MODIFIER, entree)
    assert anonyme["code"] == "UNAUTHENTICATED"
    inconnu = {"input": {"hubTerritorial": gid("HubTerritorial", uuid.uuid4()), "email": "a@b.fr"}}
    refus = await ecriture.refus(scene.anct, CHAMP, MODIFIER, inconnu)
    assert (refus["code"], refus["champ"]) == ("NOT_FOUND", "input.hubTerritorial")
    assert (await scene.lire(HubTerritorial, grand_est.id)).email is None


async def test_des_coordonnees_mal_formees_sont_refusees_en_nommant_le_champ(ecriture: Hub) -> None:
    scene = ecriture.scene
    hub = await hub_territorial(scene, "Hub Grand Est", GRAND_EST)
    lui, ident = du_hub(hub, GRAND_EST), gid("HubTerritorial", hub.id)
    cas = [
        ({"email": "pas-une-adresse"}, "input.email"),
        ({"email": "a@b"}, "input.email"),
        ({"telephone": "12345"}, "input.telephone"),
        ({"telephone": "+33"}, "input.telephone"),
        ({"telephone": "03 87 12 34 56", "siteWeb": "ftp://hub.fr"}, "input.siteWeb"),
        ({"siteWeb": "https://localhost"}, "input.siteWeb"),
        ({"adresse": "   "}, "input.adresse"),
        ({"adresse": "x" * 501}, "input.adresse"),
    ]
    for valeurs, champ in cas:
        refus = await ecriture.refus(lui, CHAMP, MODIFIER, {"input": {"hubTerritorial": ident, **valeurs}})
        assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", champ), valeurs
    assert (await scene.lire(HubTerritorial, hub.id)).telephone is None
