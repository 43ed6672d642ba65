"""`contrats terminer`: an actif contrat past its end date is terminé and its poste vacant, once."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

from sqlalchemy import select

from auth.policy import readable
from hub.db import Database
from hub.models import Conseiller, Contrat, Journal, Poste
from hub.models.enums import EtatPoste, StatutContrat, TypeContrat
from hub.services.contrats import terminer_les_contrats_echus
from tests.auth.world import make_conseiller, make_contrat, make_poste, systeme
from tests.ecriture import JOUR, Scene

FIN = JOUR + dt.timedelta(days=365)


async def _cdd(scene: Scene, fin: dt.date, statut: StatutContrat = StatutContrat.ACTIF) -> Contrat:
    async with systeme(scene.database) as session:
        poste = await make_poste(session, scene.metz, etat=EtatPoste.OCCUPE)
        conseiller = await make_conseiller(session, scene.metz)
        return await make_contrat(
            session, conseiller, poste, type=TypeContrat.CDD, date_debut=JOUR, date_fin=fin, statut=statut
        )


async def _terminer(database: Database, au: dt.date) -> list[uuid.UUID]:
    async with systeme(database) as session:
        return await terminer_les_contrats_echus(session, au)


async def test_un_contrat_echu_est_termine_et_son_poste_libere_une_seule_fois(scene: Scene) -> None:
    echu = await _cdd(scene, FIN)
    en_cours = await _cdd(scene, FIN + dt.timedelta(days=10))
    recrute = await _cdd(scene, FIN, StatutContrat.RECRUTE)  # never validated: not ANCT's to end here

    termines = await _terminer(scene.database, FIN + dt.timedelta(days=1))  # the day after its end

    assert termines == [echu.id]
    assert (await scene.lire(Contrat, echu.id)).statut is StatutContrat.TERMINE
    assert (await scene.lire(Poste, echu.poste_id)).etat is EtatPoste.VACANT
    assert (await scene.lire(Contrat, en_cours.id)).statut is StatutContrat.ACTIF
    assert (await scene.lire(Contrat, recrute.id)).statut is StatutContrat.RECRUTE
    assert (await scene.lire(Contrat, scene.contrat.id)).statut is StatutContrat.ACTIF  # a CDI never ends
    lignes = [(j.action, j.entite_id) for j in await scene.journal()]
    assert ("contrat.terminer", str(echu.id)) in lignes
    assert ("poste.liberer", str(echu.poste_id)) in lignes

    avant = await scene.photo()
    journal = len(await scene.journal())
    assert await _terminer(scene.database, FIN + dt.timedelta(days=1)) == []  # idempotent
    assert await scene.photo() == avant
    assert len(await scene.journal()) == journal
    assert await _terminer(scene.database, FIN) == []  # on its last day a contrat is still in progress


async def test_l_ancien_employeur_garde_le_contrat_pas_la_personne(scene: Scene) -> None:
    echu = await _cdd(scene, FIN)
    await _terminer(scene.database, FIN + dt.timedelta(days=1))
    async with systeme(scene.database) as session:
        personnes = (await session.scalars(readable(Conseiller, scene.structure))).all()
        contrats = (await session.scalars(readable(Contrat, scene.structure))).all()
        prefecture = (await session.scalars(readable(Conseiller, scene.prefecture_57))).all()
    assert echu.conseiller_id not in {c.id for c in personnes}
    assert scene.en_poste.id in {c.id for c in personnes}  # its current employee
    assert echu.id in {c.id for c in contrats}  # its history
    assert echu.conseiller_id in {c.id for c in prefecture}


async def test_deux_instances_a_la_fois_terminent_chaque_contrat_une_fois(scene: Scene) -> None:
    echus = [await _cdd(scene, FIN) for _ in range(5)]
    au = FIN + dt.timedelta(days=1)

    premiers, seconds = await asyncio.gather(_terminer(scene.database, au), _terminer(scene.database, au))

    assert sorted(premiers + seconds) == sorted(c.id for c in echus)
    async with systeme(scene.database) as session:
        actions = (
            await session.scalars(select(Journal.entite_id).where(Journal.action == "contrat.terminer"))
        ).all()
    assert sorted(actions) == sorted(str(c.id) for c in echus)
