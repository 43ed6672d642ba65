"""enregistrerActivite / corrigerActivite through GraphQL: payloads, UserErrors, replay, journal, failure."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hub.models import Journal
from hub.services import journal
from hub.services.ecriture import aujourdhui
from tests.auth.world import make_activite, systeme
from tests.ecriture import Hub, gid
from tests.graphql_client import graphql
from tests.tokens import token_for

ENREGISTRER = """
mutation($input: ActiviteInput!) {
  enregistrerActivite(input: $input) {
    __typename
    ... on EnregistrerActivitePayload {
      rejouee
      activite { id date canal type nbParticipants themes ages { de35a60ans } statuts { retraite }
                 codeCommune corrigeLe structure { nom } lieu { nom } }
    }
    ... on UserError { code message champ }
  }
}
"""

CORRIGER = """
mutation($input: CorrectionActiviteInput!) {
  corrigerActivite(input: $input) {
    __typename
    ... on CorrigerActivitePayload { activite { id nbParticipants themes corrigeLe } }
    ... on UserError { code message champ }
  }
}
"""

JOURNAL = "{ journal(first: 10) { nodes { action entite entiteId role sujet requestId avant apres } } }"


def saisie(**champs: Any) -> dict[str, Any]:
    return {
        "date": aujourdhui().isoformat(),
        "canal": "RATTACHEMENT",
        "type": "COLLECTIF",
        "dureeMinutes": 90,
        "nbParticipants": 4,
        "nbParticipantsRecurrents": 1,
        "ages": {"de18a35ans": 1, "de35a60ans": 2, "plus60ans": 1},
        "statuts": {"enEmploi": 2, "retraite": 2},
        "themes": ["COURRIEL", "SECURITE"],
        "reorientations": ["CAF"],
        "codeCommune": "57463",
    } | champs


async def test_un_conseiller_enregistre_une_activite_que_son_perimetre_lit_au_journal(ecriture: Hub) -> None:
    scene = ecriture.scene
    variables = {"input": saisie(lieuId=gid("Lieu", scene.lieu.id))}
    resultat = await ecriture.muter(scene.conseiller, "enregistrerActivite", ENREGISTRER, variables)
    assert resultat["__typename"] == "EnregistrerActivitePayload"
    activite = resultat["activite"]
    assert activite["themes"] == ["COURRIEL", "SECURITE"]
    assert (activite["canal"], activite["type"], activite["nbParticipants"]) == (
        "RATTACHEMENT",
        "COLLECTIF",
        4,
    )
    assert (activite["ages"], activite["statuts"]) == ({"de35a60ans": 2}, {"retraite": 2})
    assert activite["structure"] == {"nom": scene.metz.nom}
    assert activite["lieu"] == {"nom": scene.lieu.nom}
    assert activite["corrigeLe"] is None
    # Who reads the audit line: the conseiller, its employer, ANCT and the préfecture of 57; not 13.
    for principal, lues in (
        (scene.conseiller, 1),
        (scene.structure, 1),
        (scene.anct, 1),
        (scene.prefecture_57, 1),
        (scene.prefecture_13, 0),
        (scene.structure_13, 0),
        (scene.aidant, 0),
    ):
        noeuds = (await ecriture.demander(principal, JOURNAL))["journal"]["nodes"]
        assert len(noeuds) == lues, principal
    [ligne] = (await ecriture.demander(scene.anct, JOURNAL))["journal"]["nodes"]
    assert (ligne["action"], ligne["entite"], ligne["role"]) == (
        "activite.enregistrer",
        "activite",
        "CONSEILLER",
    )
    assert gid("Activite", ligne["entiteId"]) == activite["id"]
    assert ligne["requestId"]
    assert ligne["apres"]["themes"] == ["courriel", "securite"]


REFUS = [
    ({"nbParticipants": 0}, "input.nbParticipants"),
    ({"nbParticipantsRecurrents": 5}, "input.nbParticipantsRecurrents"),
    ({"ages": {"plus60ans": 4, "moins12ans": -1, "de12a18ans": 1}}, "input.ages.moins12ans"),
    ({"statuts": {"sansEmploi": 1}}, "input.statuts"),
    ({"themes": []}, "input.themes"),
    ({"date": "2019-12-31"}, "input.date"),
    ({"dureeMinutes": 0}, "input.dureeMinutes"),
    ({"codeCommune": "5A463"}, "input.codeCommune"),
    ({"lieuId": "pas-un-id"}, "input.lieuId"),
    ({"cleIdempotence": "x" * 101}, "input.cleIdempotence"),
]


async def test_une_saisie_refusee_nomme_le_champ_comme_envoye_et_n_ecrit_rien(ecriture: Hub) -> None:
    # Every rule is tested on its own in tests/services; here, that each one reaches the client as sent.
    for champs, champ in REFUS:
        erreur = await ecriture.refus(
            ecriture.scene.conseiller, "enregistrerActivite", ENREGISTRER, {"input": saisie(**champs)}
        )
        assert (erreur["code"], erreur["champ"]) == ("BAD_USER_INPUT", champ)
        assert erreur["message"]


async def test_rejouer_la_cle_d_idempotence_rend_la_meme_activite(ecriture: Hub) -> None:
    scene = ecriture.scene
    variables = {"input": saisie(cleIdempotence="tablette-7:cra-42")}
    premiere = await ecriture.muter(scene.conseiller, "enregistrerActivite", ENREGISTRER, variables)
    avant = await scene.photo()
    seconde = await ecriture.muter(scene.conseiller, "enregistrerActivite", ENREGISTRER, variables)
    assert await scene.photo() == avant
    assert (premiere["rejouee"], seconde["rejouee"]) == (False, True)
    assert seconde["activite"] == premiere["activite"]
    autre = await ecriture.refus(
        scene.conseiller,
        "enregistrerActivite",
        ENREGISTRER,
        {"input": saisie(cleIdempotence="tablette-7:cra-42", dureeMinutes=30)},
    )
    assert (autre["code"], autre["champ"]) == ("CONFLICT", "input.cleIdempotence")


async def test_les_autres_roles_n_enregistrent_pas_d_activite(ecriture: Hub) -> None:
    scene = ecriture.scene
    for principal, code in (
        (scene.structure, "FORBIDDEN"),
        (scene.anct, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ):
        erreur = await ecriture.refus(principal, "enregistrerActivite", ENREGISTRER, {"input": saisie()})
        assert (erreur["code"], erreur["champ"]) == (code, None)


async def test_une_panne_de_la_base_pendant_l_ecriture_ne_laisse_rien(
    ecriture: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def journal_en_panne(session: Any, principal: Any, **champs: Any) -> Journal:
        session.add(Journal(role=None, sujet="x", action="x", entite="x", entite_id="x"))
        await session.flush()  # the database refuses the row: a real error, after the activité's INSERT
        raise AssertionError("unreachable")

    monkeypatch.setattr(journal, "journaliser", journal_en_panne)
    scene = ecriture.scene
    avant = await scene.photo()
    token = token_for(ecriture.settings, scene.conseiller)
    body = await graphql(ecriture.client, ENREGISTRER, {"input": saisie()}, token=token, expect_errors=True)
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["INTERNAL"]
    assert await scene.photo() == avant


async def test_corriger_son_activite_et_pas_celle_d_un_autre(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        sienne = await make_activite(session, scene.en_poste, date=dt.date(2024, 5, 1))
        autre = await make_activite(session, scene.libre, structure_id=scene.metz.id)
    variables = {"input": saisie(activiteId=gid("Activite", sienne.id), date="2024-05-02")}
    corrigee = await ecriture.muter(scene.conseiller, "corrigerActivite", CORRIGER, variables)
    assert corrigee["__typename"] == "CorrigerActivitePayload"
    assert corrigee["activite"]["nbParticipants"] == 4
    assert corrigee["activite"]["corrigeLe"] is not None
    [ligne] = (await ecriture.demander(scene.structure, JOURNAL))["journal"]["nodes"]
    assert (ligne["action"], ligne["avant"]["nb_participants"], ligne["apres"]["nb_participants"]) == (
        "activite.corriger",
        1,
        4,
    )
    for ident in (gid("Activite", autre.id), gid("Structure", scene.metz.id)):
        erreur = await ecriture.refus(
            scene.conseiller, "corrigerActivite", CORRIGER, {"input": saisie(activiteId=ident)}
        )
        assert erreur["champ"] == "input.activiteId"
        assert erreur["code"] in ("NOT_FOUND", "BAD_USER_INPUT")
    assert erreur["code"] == "BAD_USER_INPUT"  # a Structure id where an Activite is expected
    interdit = await ecriture.refus(scene.structure, "corrigerActivite", CORRIGER, variables)
    assert (interdit["code"], interdit["champ"]) == ("FORBIDDEN", None)


LUES = "{ activites(first: 10) { nodes { id departement { code } } } }"


async def test_une_activite_est_classee_dans_le_departement_ou_elle_a_eu_lieu(ecriture: Hub) -> None:
    """A Metz conseiller's session held in Marseille is the préfecture of 13's to read, not 57's."""
    scene = ecriture.scene
    enregistree = await ecriture.muter(
        scene.conseiller, "enregistrerActivite", ENREGISTRER, {"input": saisie(codeCommune="13055")}
    )
    ident = enregistree["activite"]["id"]

    async def lue_par(principal: Any) -> list[str | None]:
        noeuds = (await ecriture.demander(principal, LUES))["activites"]["nodes"]
        return [n["departement"]["code"] for n in noeuds if n["id"] == ident]

    assert await lue_par(scene.prefecture_13) == ["13"]
    assert await lue_par(scene.prefecture_57) == []
    assert await lue_par(scene.structure) == ["13"]  # its employer reads it wherever it took place
    # Corrected to a commune of Moselle, it moves there.
    corrigee = await ecriture.muter(
        scene.conseiller,
        "corrigerActivite",
        CORRIGER,
        {"input": saisie(activiteId=ident, codeCommune="57463")},
    )
    assert corrigee["__typename"] == "CorrigerActivitePayload"
    assert await lue_par(scene.prefecture_57) == ["57"]
    assert await lue_par(scene.prefecture_13) == []
