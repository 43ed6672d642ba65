"""A contrat past its end date is not counted en poste, even before `contrats terminer` has run."""

from __future__ import annotations

import datetime as dt

from hub.models.enums import EtatPoste, TypeContrat
from hub.services.ecriture import aujourdhui
from tests.auth.world import make_conseiller, make_contrat, make_poste, systeme
from tests.ecriture import Hub

EN_POSTE = '{ statistiques(territoire: { departement: "57" }) { conseillers { enPoste } } }'


async def _en_poste(ecriture: Hub) -> int:
    donnees = await ecriture.demander(ecriture.scene.anct, EN_POSTE)
    return int(donnees["statistiques"]["conseillers"]["enPoste"])


async def test_un_contrat_echu_ne_compte_plus_en_poste(ecriture: Hub) -> None:
    scene = ecriture.scene
    avant = await _en_poste(ecriture)
    hier, demain = aujourdhui() - dt.timedelta(days=1), aujourdhui() + dt.timedelta(days=1)
    async with systeme(scene.database) as session:
        for fin in (hier, demain, aujourdhui()):
            poste = await make_poste(session, scene.metz, etat=EtatPoste.OCCUPE)
            conseiller = await make_conseiller(session, scene.metz, date_debut_formation=dt.date(2021, 1, 4))
            await make_contrat(
                session, conseiller, poste, type=TypeContrat.CDD, date_debut=dt.date(2021, 2, 1), date_fin=fin
            )
    assert await _en_poste(ecriture) == avant + 2  # ending today or tomorrow: still en poste
