"""renouvelerContrat (structure): the contrat gets a later end, the poste stays occupé, the natural end
leaves it alone; each refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hub.models import Contrat, Poste
from hub.models.enums import EtatPoste, StatutContrat, TypeContrat
from hub.services.contrats import terminer_les_contrats_echus
from hub.services.ecriture import aujourdhui
from tests.auth.world import make_conseiller, make_contrat, make_poste, systeme
from tests.ecriture import JOUR, Hub, Scene, gid

RENOUVELER = """
mutation($input: RenouvellementContratInput!) {
  renouvelerContrat(input: $input) {
    __typename
    ... on ContratPayload { contrat { id statut type dateFin poste { etat } } }
    ... on UserError { code message champ }
  }
}
"""
FIN = aujourdhui() + dt.timedelta(days=60)


async def _cdd(scene: Scene, fin: dt.date = FIN, statut: StatutContrat = StatutContrat.ACTIF) -> Contrat:
    async with systeme(scene.database) as session:
        poste = await make_poste(session, scene.metz, etat=EtatPoste.OCCUPE)
        conseiller = await make_conseiller(session, scene.metz)
        return await make_contrat(
            session, conseiller, poste, type=TypeContrat.CDD, date_debut=JOUR, date_fin=fin, statut=statut
        )


def _entree(contrat: Contrat, **champs: Any) -> dict[str, Any]:
    return {"input": {"contratId": gid("Contrat", contrat.id)} | champs}


async def test_la_structure_renouvelle_un_cdd_le_poste_reste_occupe_et_la_fin_naturelle_l_epargne(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    contrat = await _cdd(scene)
    nouvelle_fin = FIN + dt.timedelta(days=365)

    renouvele = await ecriture.muter(
        scene.structure, "renouvelerContrat", RENOUVELER, _entree(contrat, dateFin=nouvelle_fin.isoformat())
    )

    assert renouvele["contrat"] == {
        "id": gid("Contrat", contrat.id),
        "statut": "ACTIF",
        "type": "CDD",
        "dateFin": nouvelle_fin.isoformat(),
        "poste": {"etat": "OCCUPE"},
    }
    lignes = [j for j in await scene.journal() if j.entite_id == str(contrat.id)]
    assert [(j.action, j.avant, j.apres) for j in lignes] == [
        (
            "contrat.renouveler",
            {"type": "CDD", "date_fin": FIN.isoformat()},
            {"type": "CDD", "date_fin": nouvelle_fin.isoformat()},
        )
    ]
    # The day after the former end, the daily job finds nothing to end.
    async with systeme(scene.database) as session:
        assert await terminer_les_contrats_echus(session, FIN + dt.timedelta(days=1)) == []
    assert (await scene.lire(Contrat, contrat.id)).statut is StatutContrat.ACTIF
    assert (await scene.lire(Poste, contrat.poste_id)).etat is EtatPoste.OCCUPE


async def test_renouveler_deux_fois_de_meme_n_ecrit_qu_une_fois(ecriture: Hub) -> None:
    scene = ecriture.scene
    contrat = await _cdd(scene)
    entree = _entree(contrat, dateFin=(FIN + dt.timedelta(days=30)).isoformat())
    await ecriture.muter(scene.structure, "renouvelerContrat", RENOUVELER, entree)
    avant, journal = await scene.photo(), len(await scene.journal())

    encore = await ecriture.muter(scene.structure, "renouvelerContrat", RENOUVELER, entree)

    assert encore["__typename"] == "ContratPayload"
    assert await scene.photo() == avant
    assert len(await scene.journal()) == journal


async def test_un_cdd_renouvele_en_cdi_n_a_plus_de_fin(ecriture: Hub) -> None:
    scene = ecriture.scene
    contrat = await _cdd(scene)

    cdi = await ecriture.muter(scene.structure, "renouvelerContrat", RENOUVELER, _entree(contrat, type="CDI"))

    assert (cdi["contrat"]["type"], cdi["contrat"]["dateFin"]) == ("CDI", None)


async def test_un_renouvellement_qui_ne_prolonge_pas_le_contrat_est_refuse(ecriture: Hub) -> None:
    scene = ecriture.scene
    contrat = await _cdd(scene)
    for fin in (FIN - dt.timedelta(days=1), None):
        refus = await ecriture.refus(
            scene.structure,
            "renouvelerContrat",
            RENOUVELER,
            _entree(contrat, dateFin=fin.isoformat() if fin else None),
        )
        assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.dateFin")
    refus = await ecriture.refus(
        scene.structure,
        "renouvelerContrat",
        RENOUVELER,
        _entree(contrat, type="CDI", dateFin=(FIN + dt.timedelta(days=9)).isoformat()),
    )
    assert refus["message"] == "Un CDI n'a pas de date de fin."


async def test_un_contrat_fini_ou_echu_ou_un_cdi_ne_se_renouvelle_pas(ecriture: Hub) -> None:
    scene = ecriture.scene
    rompu = await _cdd(scene, statut=StatutContrat.TERMINE)
    echu = await _cdd(scene, fin=aujourdhui() - dt.timedelta(days=1))  # the daily job has not run yet
    plus_tard = (FIN + dt.timedelta(days=400)).isoformat()
    messages = []
    for contrat in (rompu, echu, scene.contrat):  # scene.contrat is a CDI
        refus = await ecriture.refus(
            scene.structure, "renouvelerContrat", RENOUVELER, _entree(contrat, dateFin=plus_tard)
        )
        assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.contratId")
        messages.append(refus["message"])
    assert "un nouveau contrat s'enregistre" in messages[0]
    assert messages[1].startswith("Le contrat a pris fin le")
    assert messages[2] == "Un CDI n'a pas de fin : il ne se renouvelle pas."


async def test_seule_la_structure_employeuse_renouvelle_le_contrat(ecriture: Hub) -> None:
    scene = ecriture.scene
    contrat = await _cdd(scene)
    entree = _entree(contrat, dateFin=(FIN + dt.timedelta(days=30)).isoformat())
    for principal, code in (
        (scene.anct, "FORBIDDEN"),
        (scene.prefecture_57, "FORBIDDEN"),
        (scene.conseiller, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
        (scene.structure_13, "NOT_FOUND"),  # another structure's contrat looks absent
    ):
        refus = await ecriture.refus(principal, "renouvelerContrat", RENOUVELER, entree)
        assert refus["code"] == code, principal
