"""enregistrer_contrat, valider_recrutement, declarer_rupture: the contrat and poste state machines, scope."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from auth.policy import readable, voit_donnees_personnelles
from hub.models import Conseiller, Contrat, Journal, Poste
from hub.models.enums import EtatPoste, MotifRupture, StatutContrat, TypeContrat
from hub.services.contrats import declarer_rupture, enregistrer_contrat, valider_recrutement
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from tests.auth.world import make_conseiller, systeme
from tests.ecriture import JOUR, Scene

DEBUT = JOUR + dt.timedelta(days=30)


async def _refus(scene: Scene, principal: Any, travail: Any) -> EcritureRefuseeError:
    avant = await scene.photo()
    with pytest.raises(EcritureRefuseeError) as erreur:
        await scene.ecrire(principal, travail)
    assert await scene.photo() == avant
    return erreur.value


async def _salarie(scene: Scene) -> Conseiller:
    """A person metz already employs (its last contract ended): one it may name in a new contract."""
    async with systeme(scene.database) as session:
        return await make_conseiller(session, scene.metz)


async def _vue(scene: Scene, principal: Any) -> dict[Any, dict[str, Any]]:
    """Every conseiller `principal` reads (the statement behind node(id)), with what it sees of each."""

    async def lire(session: Any) -> dict[Any, dict[str, Any]]:
        lignes = (await session.scalars(readable(Conseiller, principal))).all()
        return {
            c.id: {
                "structure_id": c.structure_id,
                "personnel": voit_donnees_personnelles(principal, c),
                "nom": c.nom if voit_donnees_personnelles(principal, c) else None,
            }
            for c in lignes
        }

    return await scene.ecrire(principal, lire)


def _contrat(scene: Scene, principal: Any = None, **champs: Any) -> Any:
    valeurs: dict[str, Any] = {
        "poste_id": scene.poste_vacant.id,
        "conseiller_id": champs.pop("conseiller_id"),
        "type": TypeContrat.CDD,
        "date_debut": DEBUT,
        "date_fin": DEBUT + dt.timedelta(days=365),
    }
    qui = principal or scene.structure
    return lambda s: enregistrer_contrat(s, qui, **(valeurs | champs))


async def test_recrutement_validation_puis_rupture_changent_contrat_poste_et_conseiller(scene: Scene) -> None:
    salarie = await _salarie(scene)
    contrat = await scene.ecrire(scene.structure, _contrat(scene, conseiller_id=salarie.id))
    assert contrat.statut is StatutContrat.RECRUTE
    assert (await scene.lire(Poste, scene.poste_vacant.id)).etat is EtatPoste.OCCUPE
    await scene.ecrire(scene.anct, lambda s: valider_recrutement(s, scene.anct, contrat.id))
    assert (await scene.lire(Contrat, contrat.id)).statut is StatutContrat.ACTIF
    conseiller = await scene.lire(Conseiller, salarie.id)
    assert (conseiller.structure_id, conseiller.departement_code) == (scene.metz.id, "57")
    rompu = await scene.ecrire(
        scene.structure,
        lambda s: declarer_rupture(
            s,
            scene.structure,
            contrat.id,
            motif=MotifRupture.DEMISSION,
            date_rupture=DEBUT + dt.timedelta(days=60),
        ),
    )
    assert (rompu.statut, rompu.motif_rupture) == (StatutContrat.ROMPU, MotifRupture.DEMISSION)
    assert (await scene.lire(Poste, scene.poste_vacant.id)).etat is EtatPoste.VACANT
    lignes = await scene.journal()
    assert [ligne.action for ligne in lignes] == [
        "contrat.enregistrer",
        "poste.occuper",
        "contrat.valider",
        "conseiller.rattacher",
        "contrat.rompre",
        "poste.liberer",
    ]
    assert lignes[1].avant == {"etat": "vacant"}
    assert lignes[1].apres == {"etat": "occupe"}
    assert lignes[3].apres == {"structure_id": str(scene.metz.id), "departement_code": "57"}
    assert {ligne.conseiller_id for ligne in lignes if ligne.entite == "contrat"} == {salarie.id}
    assert salarie.nom not in str([ligne.apres for ligne in lignes])


REFUS_DE_CONTRAT: list[tuple[dict[str, Any], CodeErreur, str]] = [
    ({"type": TypeContrat.CDI}, CodeErreur.BAD_USER_INPUT, "date_fin"),  # a CDI has no end date
    ({"date_fin": None}, CodeErreur.BAD_USER_INPUT, "date_fin"),
    ({"date_fin": DEBUT}, CodeErreur.BAD_USER_INPUT, "date_fin"),
    ({"date_debut": JOUR - dt.timedelta(days=1)}, CodeErreur.BAD_USER_INPUT, "date_debut"),
    ({"conseiller_id": uuid.uuid4()}, CodeErreur.NOT_FOUND, "conseiller_id"),
    ({"poste_id": uuid.uuid4()}, CodeErreur.NOT_FOUND, "poste_id"),
]


async def test_les_regles_d_un_contrat(scene: Scene) -> None:
    salarie = await _salarie(scene)
    for champs, code, champ in REFUS_DE_CONTRAT:
        erreur = await _refus(
            scene, scene.structure, _contrat(scene, **{"conseiller_id": salarie.id, **champs})
        )
        assert (erreur.code, erreur.champ) == (code, champ)


async def test_un_poste_occupe_ou_un_conseiller_deja_sous_contrat_sont_refuses(scene: Scene) -> None:
    salarie = await _salarie(scene)
    occupe = await _refus(
        scene, scene.structure, _contrat(scene, poste_id=scene.poste_occupe.id, conseiller_id=salarie.id)
    )
    assert (occupe.code, occupe.champ) == (CodeErreur.BAD_USER_INPUT, "poste_id")
    assert "« occupe »" in occupe.message
    # Its own employee, already in post on another of its postes: the unique partial index answers.
    deja = await _refus(scene, scene.structure, _contrat(scene, conseiller_id=scene.en_poste.id))
    assert (deja.code, deja.champ) == (CodeErreur.CONFLICT, "conseiller_id")


async def test_une_structure_ne_recrute_pas_sur_le_poste_d_une_autre(scene: Scene) -> None:
    salarie = await _salarie(scene)
    erreur = await _refus(
        scene, scene.structure_13, _contrat(scene, principal=scene.structure_13, conseiller_id=salarie.id)
    )
    assert (erreur.code, erreur.champ) == (CodeErreur.NOT_FOUND, "poste_id")
    for principal in (scene.anct, scene.prefecture_57, scene.conseiller):
        role = await _refus(scene, principal, _contrat(scene, principal=principal, conseiller_id=salarie.id))
        assert role.code is CodeErreur.FORBIDDEN


async def test_les_transitions_illegales_nomment_l_etat_courant(scene: Scene) -> None:
    actif = scene.contrat.id  # statut actif already
    deja_valide = await _refus(scene, scene.anct, lambda s: valider_recrutement(s, scene.anct, actif))
    assert (deja_valide.code, deja_valide.champ) == (CodeErreur.BAD_USER_INPUT, "contrat_id")
    assert "« actif »" in deja_valide.message

    def rompre(motif: MotifRupture, jour: dt.date, qui: Any = None) -> Any:
        principal = qui or scene.structure
        return lambda s: declarer_rupture(s, principal, actif, motif=motif, date_rupture=jour)

    cdd = await _refus(scene, scene.structure, rompre(MotifRupture.NON_RECONDUCTION_CDD, JOUR))
    assert cdd.champ == "motif"  # the scene's contrat is a CDI
    avant = await _refus(scene, scene.structure, rompre(MotifRupture.DEMISSION, JOUR - dt.timedelta(days=1)))
    assert avant.champ == "date_rupture"
    ailleurs = await _refus(
        scene, scene.structure_13, rompre(MotifRupture.DEMISSION, JOUR, scene.structure_13)
    )
    assert (ailleurs.code, ailleurs.champ) == (CodeErreur.NOT_FOUND, "contrat_id")
    # The conseiller reads its own contract, but only its employer may break it.
    lecteur = await _refus(scene, scene.conseiller, rompre(MotifRupture.DEMISSION, JOUR, scene.conseiller))
    assert lecteur.code is CodeErreur.FORBIDDEN
    await scene.ecrire(scene.structure, rompre(MotifRupture.LICENCIEMENT, JOUR + dt.timedelta(days=10)))
    deux_fois = await _refus(
        scene, scene.structure, rompre(MotifRupture.DEMISSION, JOUR + dt.timedelta(days=11))
    )
    assert "« rompu »" in deux_fois.message


async def test_nommer_une_personne_invisible_est_l_erreur_d_un_identifiant_inconnu(scene: Scene) -> None:
    # libre: no employer, read by ANCT and the préfecture only; ailleurs: employed by marseille.
    async with systeme(scene.database) as session:
        ailleurs = await make_conseiller(session, scene.marseille)
    avant = await _vue(scene, scene.structure)
    assert scene.libre.id not in avant
    assert ailleurs.id not in avant
    inconnu = await _refus(scene, scene.structure, _contrat(scene, conseiller_id=uuid.uuid4()))
    for invisible in (scene.libre.id, ailleurs.id):
        erreur = await _refus(scene, scene.structure, _contrat(scene, conseiller_id=invisible))
        assert (erreur.code, erreur.message, erreur.champ) == (inconnu.code, inconnu.message, inconnu.champ)
        assert erreur.code is CodeErreur.NOT_FOUND
        assert vars(erreur) == vars(inconnu)
    # Even a person under contract elsewhere (en_poste of metz, named by marseille) is not a CONFLICT.
    sous_contrat = await _refus(
        scene,
        scene.structure_13,
        _contrat(
            scene,
            principal=scene.structure_13,
            poste_id=scene.poste_marseille.id,
            conseiller_id=scene.en_poste.id,
        ),
    )
    assert vars(sous_contrat) == vars(inconnu)
    assert await _vue(scene, scene.structure) == avant


async def test_nommer_quelqu_un_ne_donne_aucune_lecture_avant_ni_apres_la_validation(scene: Scene) -> None:
    salarie = await _salarie(scene)
    avant = await _vue(scene, scene.structure)
    avant_13 = await _vue(scene, scene.structure_13)
    assert salarie.id in avant
    assert scene.libre.id not in avant
    await _refus(scene, scene.structure, _contrat(scene, conseiller_id=scene.libre.id))
    assert await _vue(scene, scene.structure) == avant
    contrat = await scene.ecrire(scene.structure, _contrat(scene, conseiller_id=salarie.id))
    assert await _vue(scene, scene.structure) == avant
    await scene.ecrire(scene.anct, lambda s: valider_recrutement(s, scene.anct, contrat.id))
    assert await _vue(scene, scene.structure) == avant
    assert await _vue(scene, scene.structure_13) == avant_13
    async with systeme(scene.database) as session:
        contrats = list(await session.scalars(select(Contrat).where(Contrat.conseiller_id == scene.libre.id)))
        lignes = list(await session.scalars(select(Journal).where(Journal.conseiller_id == scene.libre.id)))
    assert contrats == []
    assert lignes == []
