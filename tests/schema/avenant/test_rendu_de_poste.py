"""Rendu de poste: ANCT gives a vacant poste back (directly, or accepting the structure's avenant);
the subvention is reduced pro rata of the 24 months, the versements paid are kept, the rest cancelled;
the figures count the poste rendu and engage less. Each refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from hub.models import Poste, Subvention
from hub.models.enums import EtatPoste
from hub.services.ecriture import aujourdhui
from hub.services.rendu_poste import mois_utilises, montant_au_prorata
from tests.auth.world import make_poste, make_subvention, make_versement, systeme
from tests.ecriture import JOUR, Hub, Scene, gid

RENDRE = """mutation($input: RenduPosteInput!) { rendrePoste(input: $input) {
  __typename
  ... on RendrePostePayload { poste { etat dateRendu } subvention { montant } }
  ... on UserError { code message champ }
} }"""
VERSER = """mutation($input: VersementInput!) { enregistrerVersement(input: $input) {
  __typename ... on UserError { code message champ } } }"""
DEMANDER = """mutation($input: RenduDePosteInput!) { demanderRenduDePoste(input: $input) {
  __typename
  ... on AvenantPayload { avenant { id type statut poste { etat } } }
  ... on UserError { code message champ }
} }"""
DECIDER = """mutation($input: DecisionAvenantInput!) { deciderAvenant(input: $input) {
  __typename
  ... on DeciderAvenantPayload { avenant { statut } postes { etat dateRendu } subventions { montant } }
  ... on UserError { code message champ }
} }"""
CHIFFRES = """{ statistiques(territoire: { departement: "57" }) {
  postes { valides vacants rendus } financement { engage verse } } }"""


async def _poste_conventionne(scene: Scene, verse: int | None = 20_000_00, debut: dt.date = JOUR) -> Poste:
    async with systeme(scene.database) as session:
        poste = await make_poste(session, scene.metz, etat=EtatPoste.VACANT)
        subvention = await make_subvention(session, poste, scene.enveloppe, date_debut_convention=debut)
        if verse is not None:
            await make_versement(session, subvention, montant_centimes=verse, date=debut)
        return poste


def _rendu(poste: Poste, jour: dt.date, motif: str = "Fin du projet de la structure") -> dict[str, Any]:
    return {"input": {"posteId": gid("Poste", poste.id), "dateRendu": jour.isoformat(), "motif": motif}}


def test_les_mois_utilises_comptent_chaque_mois_commence_jusqu_a_24() -> None:
    assert mois_utilises(JOUR, JOUR - dt.timedelta(days=1)) == 0
    assert mois_utilises(JOUR, JOUR) == 1
    assert mois_utilises(JOUR, dt.date(2022, 3, 15)) == 13
    assert mois_utilises(JOUR, dt.date(2026, 1, 1)) == 24
    assert montant_au_prorata(50_000_00, 13) == 27_083_33
    assert montant_au_prorata(50_000_00, 24) == 50_000_00


async def test_un_poste_rendu_garde_sa_subvention_au_prorata_des_mois_utilises(ecriture: Hub) -> None:
    scene = ecriture.scene
    poste = await _poste_conventionne(scene)  # 50,000 €, 20,000 € paid at signature
    avant = (await ecriture.demander(scene.anct, CHIFFRES))["statistiques"]

    rendu = await ecriture.muter(scene.anct, "rendrePoste", RENDRE, _rendu(poste, dt.date(2022, 3, 15)))

    # 13 months started of 24: 27,083.33 €; the 20,000 € paid are kept, 7,083.33 € remain payable.
    assert rendu["poste"] == {"etat": "RENDU", "dateRendu": "2022-03-15"}
    assert rendu["subvention"] == {"montant": 27083.33}
    apres = (await ecriture.demander(scene.anct, CHIFFRES))["statistiques"]
    assert apres["postes"]["rendus"] == avant["postes"]["rendus"] + 1
    assert apres["postes"]["vacants"] == avant["postes"]["vacants"] - 1
    assert apres["postes"]["valides"] == avant["postes"]["valides"]
    assert round(avant["financement"]["engage"] - apres["financement"]["engage"], 2) == 22916.67
    assert apres["financement"]["verse"] == avant["financement"]["verse"]
    lignes = [(j.action, j.apres) for j in (await scene.journal())[-2:]]
    assert lignes[0][0] == "poste.rendre"
    assert lignes[1] == (
        "subvention.reduire",
        {
            "montant_centimes": 27_083_33,
            "mois_utilises": 13,
            "verse_centimes": 20_000_00,
            "reste_a_verser_centimes": 7_083_33,
            "trop_percu_centimes": 0,
        },
    )
    # The planned tranches are cancelled: only the balance can still be paid.
    async with systeme(scene.database) as session:
        subvention_id = (
            await session.scalars(select(Subvention.id).where(Subvention.poste_id == poste.id))
        ).first()
    versement = {
        "input": {
            "subventionId": gid("Subvention", subvention_id),
            "tranche": 2,
            "montant": 20000,
            "date": "2022-04-01",
        }
    }
    refus = await ecriture.refus(scene.anct, "enregistrerVersement", VERSER, versement)
    assert "7 083,33 €" in refus["message"]


async def test_les_versements_deja_faits_sont_gardes_meme_au_dela_du_prorata(ecriture: Hub) -> None:
    scene = ecriture.scene
    poste = await _poste_conventionne(scene)

    rendu = await ecriture.muter(scene.anct, "rendrePoste", RENDRE, _rendu(poste, dt.date(2021, 9, 15)))

    # 7 months: 14,583.33 € < 20,000 € paid; the subvention keeps what was paid, the excess journaled.
    assert rendu["subvention"] == {"montant": 20000.0}
    assert (await scene.journal())[-1].apres["trop_percu_centimes"] == 5_416_67


async def test_une_subvention_dont_rien_n_a_servi_est_annulee(ecriture: Hub) -> None:
    scene = ecriture.scene
    poste = await _poste_conventionne(scene, verse=None, debut=dt.date(2021, 6, 1))

    rendu = await ecriture.muter(scene.anct, "rendrePoste", RENDRE, _rendu(poste, dt.date(2021, 4, 1)))

    assert rendu["subvention"] is None
    assert (await scene.journal())[-1].action == "subvention.annuler"
    async with systeme(scene.database) as session:
        assert (
            await session.scalars(select(Subvention.id).where(Subvention.poste_id == poste.id))
        ).first() is None


async def test_rendre_deux_fois_de_meme_n_ecrit_qu_une_fois(ecriture: Hub) -> None:
    scene = ecriture.scene
    poste = await _poste_conventionne(scene)
    await ecriture.muter(scene.anct, "rendrePoste", RENDRE, _rendu(poste, dt.date(2022, 3, 15)))
    avant, journal = await scene.photo(), len(await scene.journal())

    encore = await ecriture.muter(scene.anct, "rendrePoste", RENDRE, _rendu(poste, dt.date(2022, 3, 15)))

    assert encore["subvention"] == {"montant": 27083.33}  # not reduced a second time
    assert await scene.photo() == avant
    assert len(await scene.journal()) == journal
    autre = await ecriture.refus(scene.anct, "rendrePoste", RENDRE, _rendu(poste, dt.date(2022, 4, 1)))
    assert autre["message"] == "Le poste est déjà rendu (le 2022-03-15)."


async def test_un_poste_occupe_une_date_hors_bornes_ou_sans_motif_ne_se_rend_pas(ecriture: Hub) -> None:
    scene = ecriture.scene
    occupe = await ecriture.refus(scene.anct, "rendrePoste", RENDRE, _rendu(scene.poste_occupe, JOUR))
    assert (occupe["champ"], occupe["message"][:19]) == ("input.posteId", "Le poste est occupé")
    vacant = scene.poste_vacant
    for entree, champ in (
        (_rendu(vacant, JOUR - dt.timedelta(days=1)), "input.dateRendu"),  # before its attribution
        (_rendu(vacant, aujourdhui() + dt.timedelta(days=1)), "input.dateRendu"),
        (_rendu(vacant, JOUR, motif=" "), "input.motif"),
    ):
        refus = await ecriture.refus(scene.anct, "rendrePoste", RENDRE, entree)
        assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", champ)
    for principal, code in (
        (scene.structure, "FORBIDDEN"),
        (scene.prefecture_57, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ):
        refus = await ecriture.refus(principal, "rendrePoste", RENDRE, _rendu(vacant, JOUR))
        assert refus["code"] == code


async def test_la_structure_demande_le_rendu_et_l_anct_l_accepte(ecriture: Hub) -> None:
    scene = ecriture.scene
    poste = await _poste_conventionne(scene)
    entree = {"input": {"posteId": gid("Poste", poste.id), "motif": "La structure réduit son activité"}}

    demande = await ecriture.muter(scene.structure, "demanderRenduDePoste", DEMANDER, entree)
    assert demande["avenant"]["type"] == "RENDU_POSTE"
    assert demande["avenant"]["poste"] == {"etat": "VACANT"}
    journal = len(await scene.journal())
    encore = await ecriture.muter(scene.structure, "demanderRenduDePoste", DEMANDER, entree)
    assert encore["avenant"]["id"] == demande["avenant"]["id"]  # the pending request, not a second one
    assert len(await scene.journal()) == journal

    decide = await ecriture.muter(
        scene.anct,
        "deciderAvenant",
        DECIDER,
        {"input": {"avenantId": demande["avenant"]["id"], "avis": "POSITIF", "dateRendu": "2022-03-15"}},
    )

    assert decide["avenant"] == {"statut": "ACCEPTE"}
    assert decide["postes"] == [{"etat": "RENDU", "dateRendu": "2022-03-15"}]
    assert decide["subventions"] == [{"montant": 27083.33}]
    assert (await scene.lire(Poste, poste.id)).etat is EtatPoste.RENDU


async def test_la_structure_ne_demande_le_rendu_que_de_ses_postes_vacants(ecriture: Hub) -> None:
    scene = ecriture.scene
    occupe = {"input": {"posteId": gid("Poste", scene.poste_occupe.id), "motif": "Fin"}}
    refus = await ecriture.refus(scene.structure, "demanderRenduDePoste", DEMANDER, occupe)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.posteId")
    autre = {"input": {"posteId": gid("Poste", scene.poste_marseille.id), "motif": "Fin"}}
    assert (await ecriture.refus(scene.structure, "demanderRenduDePoste", DEMANDER, autre))[
        "code"
    ] == "NOT_FOUND"
    vacant = {"input": {"posteId": gid("Poste", scene.poste_vacant.id), "motif": "Fin"}}
    for principal in (scene.anct, scene.prefecture_57):
        assert (await ecriture.refus(principal, "demanderRenduDePoste", DEMANDER, vacant))[
            "code"
        ] == "FORBIDDEN"
