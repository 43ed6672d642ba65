"""creerEnveloppe, ajusterEnveloppe, fixerPlafondDepartemental through GraphQL: Moselle's 54th poste, and
the postes' budget in the statistics (the kits' plafonds are not part of it)."""

from __future__ import annotations

from typing import Any

from hub.models.enums import EtatPoste, ObjetEnveloppe
from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from tests.auth.world import make_enveloppe, make_plafond, make_poste, make_subvention, systeme
from tests.ecriture import Hub, gid

CONVENTIONNER = """
mutation($input: ConventionInput!) {
  conventionner(input: $input) {
    __typename
    ... on ConventionnerPayload { subvention { montant enveloppe { code objet } } }
    ... on UserError { code message champ }
  }
}
"""
DECIDER = """
mutation($input: DecisionCoselecInput!) {
  deciderCoselec(input: $input) {
    __typename
    ... on DeciderCoselecPayload { postes { id } }
    ... on UserError { code message champ }
  }
}
"""
FIXER = """
mutation($input: PlafondInput!) {
  fixerPlafondDepartemental(input: $input) {
    __typename
    ... on FixerPlafondPayload { enveloppe { code } plafond { montant departement { code } } }
    ... on UserError { code message champ }
  }
}
"""
CREER = """
mutation($input: EnveloppeInput!) {
  creerEnveloppe(input: $input) {
    __typename
    ... on EnveloppePayload { enveloppe { id code objet montant } }
    ... on UserError { code message champ }
  }
}
"""
AJUSTER = """
mutation($input: AjustementEnveloppeInput!) {
  ajusterEnveloppe(input: $input) {
    __typename
    ... on EnveloppePayload { enveloppe { montant } }
    ... on UserError { code message champ }
  }
}
"""
PLAFOND_57 = 'query { statistiques(territoire: { departement: "57" }) { financement { plafond engage } } }'
POSTES_MOSELLE = 53


def _convention(poste_id: str, enveloppe_id: Any) -> dict[str, Any]:
    return {
        "input": {
            "posteId": poste_id,
            "enveloppeId": gid("Enveloppe", enveloppe_id),
            "dateDebutConvention": "2021-04-01",
            "dateFinConvention": "2023-03-31",
        }
    }


async def test_l_anct_releve_le_plafond_de_la_moselle_et_conventionne_le_54e_poste(ecriture: Hub) -> None:
    scene = ecriture.scene
    # Given Moselle's plafond on the conseillers' line: its 53 postes, all conventionnés; and a kits
    # line with a plafond of its own in 57, which is not the postes' budget.
    async with systeme(scene.database) as session:
        conseillers = await make_enveloppe(session, code="conseillers")
        plafond = POSTES_MOSELLE * MONTANT_PAR_POSTE_CENTIMES
        await make_plafond(session, conseillers, departement="57", montant_centimes=plafond)
        for _ in range(POSTES_MOSELLE):
            poste = await make_poste(session, scene.metz, etat=EtatPoste.OCCUPE)
            await make_subvention(session, poste, conseillers)
        kits = await make_enveloppe(session, code="kits", objet=ObjetEnveloppe.KITS)
        await make_plafond(session, kits, departement="57", montant_centimes=777_000_00)
    avant = (await ecriture.demander(scene.anct, PLAFOND_57))["statistiques"]["financement"]
    # The scene's own line has a 120,000 € plafond in 57: both postes lines count, the kits' does not.
    assert avant["plafond"] == (plafond + 120_000_00) / 100

    # When the comité validates a 54th poste…
    decision = {"candidatureId": gid("Candidature", scene.candidature.id), "avis": "POSITIF"}
    decide = await ecriture.muter(
        scene.anct, "deciderCoselec", DECIDER, {"input": decision | {"nbPostes": 1, "phase": 2, "numero": 9}}
    )
    [poste] = decide["postes"]
    # …it cannot be conventionné within the plafond as it stands,
    plein = await ecriture.refus(
        scene.anct, "conventionner", CONVENTIONNER, _convention(poste["id"], conseillers.id)
    )
    assert (plein["code"], plein["champ"]) == ("BAD_USER_INPUT", "input.montant")
    assert "plafond du département 57" in plein["message"]
    # then ANCT raises the plafond by one poste, and it is.
    releve = await ecriture.muter(
        scene.anct,
        "fixerPlafondDepartemental",
        FIXER,
        {
            "input": {
                "enveloppeId": gid("Enveloppe", conseillers.id),
                "departement": "57",
                "montant": 2_700_000,
            }
        },
    )
    assert releve["plafond"] == {"montant": 2_700_000.0, "departement": {"code": "57"}}
    conventionne = await ecriture.muter(
        scene.anct, "conventionner", CONVENTIONNER, _convention(poste["id"], conseillers.id)
    )
    assert conventionne["subvention"] == {
        "montant": 50_000.0,
        "enveloppe": {"code": "conseillers", "objet": "POSTES"},
    }
    apres = (await ecriture.demander(scene.anct, PLAFOND_57))["statistiques"]["financement"]
    assert apres["plafond"] == avant["plafond"] + 50_000
    assert apres["engage"] == avant["engage"] + 50_000
    actions = [j.action for j in await scene.journal()]
    assert actions[-2:] == ["plafond_departemental.fixer", "subvention.conventionner"]


async def test_un_plafond_ne_descend_pas_sous_l_engage_et_les_autres_roles_n_y_touchent_pas(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    entree = {
        "input": {
            "enveloppeId": gid("Enveloppe", scene.enveloppe.id),
            "departement": "57",
            "montant": 49_999.99,
        }
    }
    refus = await ecriture.refus(scene.anct, "fixerPlafondDepartemental", FIXER, entree)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.montant")
    assert "engage déjà 50 000,00 €" in refus["message"]
    for principal in (scene.prefecture_57, scene.structure, None):
        interdit = await ecriture.refus(principal, "fixerPlafondDepartemental", FIXER, entree)
        assert interdit["code"] in ("FORBIDDEN", "UNAUTHENTICATED")


async def test_l_anct_cree_puis_ajuste_une_enveloppe_jamais_sous_ce_qu_elle_finance(ecriture: Hub) -> None:
    scene = ecriture.scene
    nouvelle = {"code": "aidants_connect_2027", "libelle": "Aidants Connect 2027", "objet": "AIDANTS_CONNECT"}
    creee = await ecriture.muter(scene.anct, "creerEnveloppe", CREER, {"input": nouvelle | {"montant": 1e6}})
    assert creee["enveloppe"]["objet"] == "AIDANTS_CONNECT"
    encore = await ecriture.muter(scene.anct, "creerEnveloppe", CREER, {"input": nouvelle | {"montant": 1e6}})
    assert encore["enveloppe"]["id"] == creee["enveloppe"]["id"]
    refus = await ecriture.refus(
        scene.anct,
        "ajusterEnveloppe",
        AJUSTER,
        {"input": {"enveloppeId": gid("Enveloppe", scene.enveloppe.id), "montant": 10_000}},
    )
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.montant")
    ajustee = await ecriture.muter(
        scene.anct,
        "ajusterEnveloppe",
        AJUSTER,
        {"input": {"enveloppeId": gid("Enveloppe", scene.enveloppe.id), "montant": 300_000}},
    )
    assert ajustee["enveloppe"]["montant"] == 300_000.0
    interdit = await ecriture.refus(
        scene.prefecture_57, "creerEnveloppe", CREER, {"input": nouvelle | {"montant": 1}}
    )
    assert interdit["code"] == "FORBIDDEN"
