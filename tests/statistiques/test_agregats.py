"""A période that cuts months: whole months from the aggregates, its ends from the activités, same figures."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from auth.policy import Territoire
from hub.db import Database
from hub.services.statistiques.activites_sources import Agregats, Brutes, Mixte, source
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee
from hub.settings import Settings
from tests.statistiques import attendu
from tests.statistiques.requete import comparer_bloc, statistiques
from tests.statistiques.test_totaux import ANCT

DU, AU = dt.date(2023, 1, 15), dt.date(2023, 11, 10)


def test_chaque_periode_est_lue_a_la_source_la_moins_chere() -> None:
    def lue(du: dt.date | None, au: dt.date | None) -> type:
        return type(source(Portee(ANCT, Territoire("national"), Periode(du, au))))

    assert lue(None, None) is Agregats
    assert lue(dt.date(2023, 1, 1), dt.date(2023, 2, 28)) is Agregats
    assert lue(DU, AU) is Mixte
    assert lue(dt.date(2023, 1, 15), dt.date(2023, 1, 31)) is Brutes  # no whole month inside


@pytest.mark.parametrize(
    ("territoire", "filtre"),
    [(None, attendu.Filtre(du=DU, au=AU)), ({"departement": "57"}, attendu.departement("57", du=DU, au=AU))],
    ids=["national", "departement"],
)
async def test_une_periode_qui_coupe_des_mois_donne_les_chiffres_des_activites(
    seeded_client: httpx.AsyncClient,
    seeded_settings: Settings,
    seeded_database: Database,
    territoire: dict[str, str] | None,
    filtre: attendu.Filtre,
) -> None:
    async with attendu.en_systeme(seeded_database) as session:
        attendus = await attendu.activites(session, filtre)
    assert attendus["total"] > 0, "the demo data has activités in 2023: the test would prove nothing"
    periode = {"du": DU.isoformat(), "au": AU.isoformat()}
    body = await statistiques(
        seeded_client, seeded_settings, ANCT, {"territoire": territoire, "periode": periode}
    )
    activites = body["data"]["statistiques"]["activites"]
    comparer_bloc("activites", activites, attendus)
    mois = [b["valeur"] for b in activites["parMois"]]
    assert (mois[0], mois[-1]) == ("2023-01", "2023-11")
