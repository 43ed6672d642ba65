"""Small groups hidden for a partner at every level, on a world built for it (exact counts)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx

from auth.principal import Principal
from auth.rls import contexte_systeme
from hub.app import create_app
from hub.db import Database
from hub.models import Activite, ActiviteTheme, Conseiller, Poste, Structure
from hub.models.enums import Canal, EtatPoste, Role, Theme, TypeActivite, TypeStructure
from hub.settings import Settings
from tests.statistiques.requete import statistiques

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
PARTENAIRE = Principal(
    role=Role.PARTENAIRE, subject="outil", client_id="outil", scopes=frozenset({"stats:read"})
)

# 7 sessions on site (nobody came back) and 2 at a distance (both recurring), 3 postes: small groups.
QUERY = """query ($territoire: TerritoireInput) {
  statistiques(territoire: $territoire) {
    seuilSuppression suppressions
    ...activites
    postes @skip(if: true) { valides }
  }
}
fragment activites on Statistiques {
  activites {
    total participants personnesAccompagnees participantsRecurrents
    parCanal { valeur nombre proportion }
    parTrancheAge { valeur nombre }
  }
}"""


async def _construire(database: Database) -> None:
    structure = Structure(
        id=uuid.uuid4(),
        siret="12345678900011",
        nom="Mairie",
        type=TypeStructure.COMMUNE,
        departement_code="57",
    )
    conseiller = Conseiller(id=uuid.uuid4(), nom="Nom", prenom="Prénom", departement_code="57")
    postes = [
        Poste(
            structure_id=structure.id,
            departement_code="57",
            etat=EtatPoste.OCCUPE,
            date_attribution=dt.date(2021, 3, 1),
        )
        for _ in range(3)
    ]
    activites: list[Any] = []
    for i in range(9):
        distance = i >= 7
        activite = Activite(
            id=uuid.uuid4(),
            conseiller_id=conseiller.id,
            structure_id=structure.id,
            departement_code="57",
            date=dt.date(2023, 5, 1 + i),
            canal=Canal.DISTANCE if distance else Canal.RATTACHEMENT,
            type=TypeActivite.INDIVIDUEL,
            duree_minutes=45,
            nb_participants=1,
            nb_participants_recurrents=1 if distance else 0,
            age_plus60ans=1 if distance else 0,
            age_de35a60ans=0 if distance else 1,
            statut_retraite=1,
            code_commune="57463",
        )
        activites += [activite, ActiviteTheme(activite_id=activite.id, theme=Theme.COURRIEL)]
    async with database.transaction() as session:
        await contexte_systeme(session)
        for lignes in ([structure], [conseiller], postes, activites[::2], activites[1::2]):
            session.add_all(lignes)
            await session.flush()


def _nombres(buckets: list[dict[str, Any]]) -> dict[str, int | None]:
    return {b["valeur"]: b["nombre"] for b in buckets}


async def test_un_partenaire_voit_les_petits_groupes_masques_et_leur_nombre(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    await _construire(database)
    body = await statistiques(client, settings, PARTENAIRE, {"territoire": {"departement": "57"}}, QUERY)
    resultat = body["data"]["statistiques"]
    assert resultat["seuilSuppression"] == 5
    activites = resultat["activites"]
    assert activites["total"] == 9
    assert activites["participants"] == 9
    # 2 recurring participants is a small group; the 7 others are hidden too, or 9 − 7 would tell.
    assert activites["personnesAccompagnees"] is None
    assert activites["participantsRecurrents"] is None
    assert _nombres(activites["parCanal"]) == {
        "RATTACHEMENT": None,
        "AUTRE_LIEU": 0,
        "DISTANCE": None,
        "DOMICILE": 0,
    }
    # A share of a visible canal would give the list's total, hidden canaux included: none is given.
    assert [b["proportion"] for b in activites["parCanal"]] == [None, None, None, None]
    assert _nombres(activites["parTrancheAge"]) == {
        "moins12ans": 0,
        "de12a18ans": 0,
        "de18a35ans": 0,
        "de35a60ans": None,
        "plus60ans": None,
    }
    # Two parts of participants, two canaux, two tranches d'âge; the skipped postes block counts nothing.
    assert resultat["suppressions"] == 6


async def test_l_anct_ne_masque_rien(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    await _construire(database)
    for territoire in ({"departement": "57"}, None):
        body = await statistiques(client, settings, ANCT, {"territoire": territoire}, QUERY)
        resultat = body["data"]["statistiques"]
        assert resultat["seuilSuppression"] is None
        assert resultat["suppressions"] == 0
        activites = resultat["activites"]
        assert (activites["personnesAccompagnees"], activites["participantsRecurrents"]) == (7, 2)
        assert _nombres(activites["parCanal"]) == {
            "RATTACHEMENT": 7,
            "AUTRE_LIEU": 0,
            "DISTANCE": 2,
            "DOMICILE": 0,
        }


async def test_le_niveau_national_masque_les_memes_cellules_que_le_departement(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    # Issue 17 (5): the national answer holds the département's cells; for a partner it hides them
    # exactly as the département's own answer does (all the activités are in the 57).
    await _construire(database)
    departement = await statistiques(
        client, settings, PARTENAIRE, {"territoire": {"departement": "57"}}, QUERY
    )
    national = await statistiques(client, settings, PARTENAIRE, {"territoire": None}, QUERY)
    assert national["data"]["statistiques"]["seuilSuppression"] == 5
    assert national["data"]["statistiques"] == departement["data"]["statistiques"]


async def test_le_seuil_vient_des_reglages(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    await _construire(database)
    query = """{ statistiques(territoire: {departement: "57"}) {
      seuilSuppression suppressions postes { valides occupes vacants rendus } } }"""
    body = await statistiques(client, settings, PARTENAIRE, query=query)
    # 3 postes (< 5): the total and its only non-zero part are hidden; zeros stay.
    assert body["data"]["statistiques"] == {
        "seuilSuppression": 5,
        "suppressions": 2,
        "postes": {"valides": None, "occupes": None, "vacants": 0, "rendus": 0},
    }
    reglages = settings.with_(small_group_threshold=3)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(reglages, database)), base_url="http://hub.test"
    ) as autre:
        body = await statistiques(autre, reglages, PARTENAIRE, query=query)
    assert body["data"]["statistiques"] == {
        "seuilSuppression": 3,
        "suppressions": 0,
        "postes": {"valides": 3, "occupes": 3, "vacants": 0, "rendus": 0},
    }
