"""deposer_candidature, donner_avis_prefet, decider_coselec: the flow, its rules, roles and territories."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from hub.models import AvisPrefet, Candidature, Structure
from hub.models.enums import Avis, EtatPoste, StatutStructure
from hub.services.candidatures import decider_coselec, deposer_candidature, donner_avis_prefet
from hub.services.ecriture import aujourdhui
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from tests.auth.world import make_candidature, make_structure, systeme
from tests.ecriture import JOUR, Scene


async def _refus(scene: Scene, principal: Any, travail: Any) -> EcritureRefuseeError:
    """The refusal of `travail`, after checking it wrote nothing at all."""
    avant = await scene.photo()
    with pytest.raises(EcritureRefuseeError) as erreur:
        await scene.ecrire(principal, travail)
    assert await scene.photo() == avant
    return erreur.value


async def test_une_structure_nouvelle_depose_puis_ne_depose_pas_deux_candidatures_a_la_fois(
    scene: Scene,
) -> None:
    async with systeme(scene.database) as session:
        nouvelle = await make_structure(session, departement="57")
    principal = dataclasses.replace(scene.structure, structure_id=nouvelle.id)
    candidature = await scene.ecrire(
        principal, lambda s: deposer_candidature(s, principal, nb_postes_souhaites=2, request_id="r")
    )
    assert (candidature.structure_id, candidature.departement_code, candidature.phase) == (
        nouvelle.id,
        "57",
        1,
    )
    assert candidature.date_depot == aujourdhui()
    [ligne] = await scene.journal()
    assert (ligne.action, ligne.structure_id, ligne.departement_code) == (
        "candidature.deposer",
        nouvelle.id,
        "57",
    )
    erreur = await _refus(
        scene, principal, lambda s: deposer_candidature(s, principal, nb_postes_souhaites=1)
    )
    assert "en cours d'instruction" in erreur.message


REFUS_DE_CANDIDATURE = [
    (StatutStructure.CREEE, 0, 1, "nb_postes_souhaites"),
    (StatutStructure.CREEE, 501, 1, "nb_postes_souhaites"),
    (StatutStructure.CREEE, 1, 3, "phase"),
    (StatutStructure.CREEE, 1, 2, "phase"),  # an avenant needs a validated structure
    (StatutStructure.VALIDEE, 1, 1, "phase"),  # a validated structure asks through an avenant
    (StatutStructure.REFUSEE, 1, 1, None),
]


async def test_les_regles_d_une_candidature(scene: Scene) -> None:
    for statut, nb, phase, champ in REFUS_DE_CANDIDATURE:
        async with systeme(scene.database) as session:
            structure = await make_structure(session, departement="57", statut=statut)
        principal = dataclasses.replace(scene.structure, structure_id=structure.id)
        erreur = await _refus(
            scene,
            principal,
            lambda s, p=principal, n=nb, f=phase: deposer_candidature(s, p, nb_postes_souhaites=n, phase=f),
        )
        assert (erreur.code, erreur.champ) == (CodeErreur.BAD_USER_INPUT, champ)


async def test_le_prefet_donne_des_avis_historises_sur_ses_seuls_departements(scene: Scene) -> None:
    pref = scene.prefecture_57
    for avis, commentaire in ((Avis.NEGATIF, "Dossier incomplet"), (Avis.POSITIF, "")):
        await scene.ecrire(
            pref,
            lambda s, a=avis, c=commentaire: donner_avis_prefet(
                s, pref, scene.candidature.id, avis=a, commentaire=c
            ),
        )
    async with systeme(scene.database) as session:
        tous = await session.scalars(
            select(AvisPrefet).where(AvisPrefet.candidature_id == scene.candidature.id)
        )
        # The scene's own avis, then the two given here: none overwritten.
        assert sorted(a.avis for a in tous) == [Avis.NEGATIF, Avis.POSITIF, Avis.POSITIF]
    lignes = await scene.journal()
    assert [ligne.action for ligne in lignes] == ["avis_prefet.donner"] * 2
    assert lignes[0].apres == {**lignes[0].apres, "avis": "NEGATIF", "commentaire": True}
    assert "incomplet" not in str(lignes[0].apres)  # free text stays out of the audit summary
    hors = await _refus(
        scene,
        scene.prefecture_13,
        lambda s: donner_avis_prefet(s, scene.prefecture_13, scene.candidature.id, avis=Avis.POSITIF),
    )
    assert (hors.code, hors.champ) == (CodeErreur.NOT_FOUND, "candidature_id")
    long = await _refus(
        scene,
        pref,
        lambda s: donner_avis_prefet(
            s, pref, scene.candidature.id, avis=Avis.POSITIF, commentaire="x" * 2001
        ),
    )
    assert (long.code, long.champ) == (CodeErreur.BAD_USER_INPUT, "commentaire")
    muet = await _refus(
        scene, pref, lambda s: donner_avis_prefet(s, pref, scene.candidature.id, avis=Avis.NEGATIF)
    )
    assert (muet.code, muet.champ) == (CodeErreur.BAD_USER_INPUT, "commentaire")
    for principal in (scene.structure, scene.anct):
        role = await _refus(
            scene,
            principal,
            lambda s, p=principal: donner_avis_prefet(s, p, scene.candidature.id, avis=Avis.POSITIF),
        )
        assert role.code is CodeErreur.FORBIDDEN


async def test_le_coselec_cree_les_postes_et_valide_la_structure(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        nouvelle = await make_structure(session, departement="13")
        candidature = await make_candidature(session, nouvelle, nb_postes_souhaites=3)
    pas_d_avis = await _refus(
        scene,
        scene.anct,
        lambda s: decider_coselec(
            s, scene.anct, candidature.id, avis=Avis.POSITIF, nb_postes=2, phase=1, numero=7
        ),
    )
    assert "avis du préfet" in pas_d_avis.message
    await scene.ecrire(
        scene.prefecture_13,
        lambda s: donner_avis_prefet(s, scene.prefecture_13, candidature.id, avis=Avis.POSITIF),
    )
    ecrite = await scene.ecrire(
        scene.anct,
        lambda s: decider_coselec(
            s, scene.anct, candidature.id, avis=Avis.POSITIF, nb_postes=2, phase=1, numero=7
        ),
    )
    assert [(p.etat, p.phase, p.decision_id) for p in ecrite.postes] == [
        (EtatPoste.VACANT, 1, ecrite.decision.id)
    ] * 2
    assert (await scene.lire(Structure, nouvelle.id)).statut is StatutStructure.VALIDEE
    actions = [ligne.action for ligne in await scene.journal()]
    assert actions == [
        "avis_prefet.donner",
        "poste.creer",
        "poste.creer",
        "decision_coselec.decider",
        "structure.statut",
    ]
    deja = await _refus(
        scene,
        scene.anct,
        lambda s: decider_coselec(
            s, scene.anct, candidature.id, avis=Avis.NEGATIF, nb_postes=0, phase=1, numero=8
        ),
    )
    assert "déjà une décision" in deja.message
    apres_decision = await _refus(
        scene,
        scene.prefecture_13,
        lambda s: donner_avis_prefet(
            s, scene.prefecture_13, candidature.id, avis=Avis.NEGATIF, commentaire="x"
        ),
    )
    assert apres_decision.code is CodeErreur.BAD_USER_INPUT


REFUS_DE_DECISION = [
    (Avis.POSITIF, 0, 2, 1, "nb_postes"),
    (Avis.POSITIF, 4, 2, 1, "nb_postes"),  # 3 asked
    (Avis.NEGATIF, 1, 2, 1, "nb_postes"),
    (Avis.POSITIF, 1, 1, 1, "phase"),  # the candidature is phase 2
    (Avis.POSITIF, 1, 2, 0, "numero"),
    (Avis.POSITIF, 1, 2, 1, "date"),  # before the candidature's dépôt
]


async def test_les_regles_d_une_decision(scene: Scene) -> None:
    for avis, nb, phase, numero, champ in REFUS_DE_DECISION:
        jour = JOUR - dt.timedelta(days=1) if champ == "date" else None

        def decider(
            s: Any, a: Avis = avis, n: int = nb, f: int = phase, c: int = numero, j: Any = jour
        ) -> Any:
            return decider_coselec(
                s, scene.anct, scene.candidature.id, avis=a, nb_postes=n, phase=f, numero=c, date=j
            )

        erreur = await _refus(scene, scene.anct, decider)
        assert (erreur.code, erreur.champ) == (CodeErreur.BAD_USER_INPUT, champ)


async def test_un_refus_du_coselec_suit_la_machine_a_etats_de_la_structure(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        creee = await make_structure(session, departement="57")
        abandon = await make_structure(session, departement="57", statut=StatutStructure.ABANDON)
        candidatures = [await make_candidature(session, s) for s in (creee, abandon)]
    for candidature in candidatures:
        await scene.ecrire(
            scene.prefecture_57,
            lambda s, c=candidature: donner_avis_prefet(
                s, scene.prefecture_57, c.id, avis=Avis.NEGATIF, commentaire="x"
            ),
        )

    def refuser(candidature: Candidature) -> Any:
        return lambda s: decider_coselec(
            s, scene.anct, candidature.id, avis=Avis.NEGATIF, nb_postes=0, phase=1, numero=3
        )

    await scene.ecrire(scene.anct, refuser(candidatures[0]))
    assert (await scene.lire(Structure, creee.id)).statut is StatutStructure.REFUSEE
    erreur = await _refus(scene, scene.anct, refuser(candidatures[1]))
    assert erreur.code is CodeErreur.BAD_USER_INPUT
    assert "« ABANDON »" in erreur.message


async def test_seule_l_anct_decide_et_une_candidature_inconnue_est_introuvable(scene: Scene) -> None:
    for principal in (scene.structure, scene.prefecture_57, scene.conseiller):
        erreur = await _refus(
            scene,
            principal,
            lambda s, p=principal: decider_coselec(
                s, p, scene.candidature.id, avis=Avis.POSITIF, nb_postes=1, phase=2, numero=1
            ),
        )
        assert erreur.code is CodeErreur.FORBIDDEN
    inconnue = await _refus(
        scene,
        scene.anct,
        lambda s: decider_coselec(
            s, scene.anct, uuid.uuid4(), avis=Avis.POSITIF, nb_postes=1, phase=2, numero=1
        ),
    )
    assert (inconnue.code, inconnue.champ) == (CodeErreur.NOT_FOUND, "candidature_id")
