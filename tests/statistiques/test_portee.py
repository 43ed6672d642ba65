"""Who sees which statistics: the policy's territories and rows, on the demo data."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest

from auth.principal import Principal
from hub.db import Database
from hub.models.enums import Role
from hub.services.statistiques.periode import PARIS
from hub.settings import Settings
from tests.statistiques import attendu
from tests.statistiques.requete import comparer_bloc, statistiques

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
PREFECTURE_57 = Principal(role=Role.PREFECTURE, subject="pref-57", departements=frozenset({"57"}))
PARTENAIRE = Principal(
    role=Role.PARTENAIRE, subject="outil", client_id="outil", scopes=frozenset({"stats:read"})
)
PARTENAIRE_SANS_STATS = Principal(
    role=Role.PARTENAIRE, subject="outil-2", client_id="outil-2", scopes=frozenset({"structures:read"})
)


def _jour_et_instant() -> tuple[dt.date, dt.datetime]:
    instant = dt.datetime.now(dt.UTC)
    return instant.astimezone(PARIS).date(), instant


async def _tout(database: Database, filtre: attendu.Filtre, *, national: bool) -> dict[str, Any]:
    jour, instant = _jour_et_instant()
    return await attendu.tout(database, filtre, national=national, aujourdhui=jour, maintenant=instant)


async def _demander(
    client: httpx.AsyncClient,
    settings: Settings,
    principal: Principal | None,
    territoire: dict[str, str] | None,
) -> Any:
    body = await statistiques(client, settings, principal, {"territoire": territoire})
    return body["data"]["statistiques"]


async def test_la_prefecture_voit_son_departement_et_les_totaux_nationaux(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    departement = await _demander(seeded_client, seeded_settings, PREFECTURE_57, {"departement": "57"})
    for bloc, valeurs in (await _tout(seeded_database, attendu.departement("57"), national=False)).items():
        comparer_bloc(bloc, departement[bloc], valeurs)
    national = await _demander(seeded_client, seeded_settings, PREFECTURE_57, None)
    attendus = await _tout(seeded_database, attendu.NATIONAL, national=True)
    # The national breakdown by département follows the rule of asking each département directly:
    # the préfecture's own, with the figure it gets there; the others it may not ask are left out.
    assert national["activites"]["parDepartement"] == departement["activites"]["parDepartement"]
    assert [b["valeur"] for b in national["activites"]["parDepartement"]] == ["57"]
    attendus["activites"] = {k: v for k, v in attendus["activites"].items() if k != "parDepartement"}
    national["activites"] = {k: v for k, v in national["activites"].items() if k != "parDepartement"}
    for bloc, valeurs in attendus.items():
        comparer_bloc(bloc, national[bloc], valeurs)
    assert departement["seuilSuppression"] is None
    assert national["seuilSuppression"] is None


@pytest.mark.parametrize(
    "territoire", [{"departement": "62"}, {"region": "44"}], ids=["autre-departement", "region"]
)
async def test_la_prefecture_ne_voit_pas_les_statistiques_des_autres_territoires(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, territoire: dict[str, str]
) -> None:
    # Région 44 (Grand Est) has other départements than the préfecture's 57: its totals minus 57
    # would give away the neighbours' figures.
    assert await _demander(seeded_client, seeded_settings, PREFECTURE_57, territoire) is None


async def _structure_la_plus_active(database: Database) -> uuid.UUID:
    async with attendu.en_systeme(database) as session:
        ((identifiant,),) = await attendu.lignes(
            session,
            "SELECT t.structure_id FROM activite t WHERE t.departement_code = '57' "
            "GROUP BY t.structure_id ORDER BY count(*) DESC, t.structure_id LIMIT 1",
        )
    return identifiant if isinstance(identifiant, uuid.UUID) else uuid.UUID(str(identifiant))


async def test_une_structure_ne_compte_que_ses_propres_lignes(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database, backend: Any
) -> None:
    structure_id = await _structure_la_plus_active(seeded_database)
    structure = Principal(role=Role.STRUCTURE, subject="structure", structure_id=structure_id)
    filtre = attendu.de_la_structure(structure_id, postgresql=backend.name == "postgresql")
    jour, _ = _jour_et_instant()
    async with attendu.en_systeme(seeded_database) as session:
        attendus = {
            "postes": await attendu.postes(session, filtre),
            "conseillers": await attendu.conseillers(session, filtre, filtre, jour),
            "financement": await attendu.financement(session, filtre, national=True, plafonds=False),
            "activites": await attendu.activites(session, filtre),
        }
    assert attendus["activites"]["total"] > 0
    national = await _demander(seeded_client, seeded_settings, structure, None)
    for bloc, valeurs in attendus.items():
        comparer_bloc(bloc, national[bloc], valeurs)
    # Mandats belong to Aidants Connect organisations: a structure counts none of them.
    assert national["aidantsConnect"] is None
    # Whatever territory it asks, only its own rows, so another département counts nothing.
    ailleurs = await _demander(seeded_client, seeded_settings, structure, {"departement": "62"})
    assert ailleurs["postes"]["valides"] == 0
    assert ailleurs["activites"]["total"] == 0


async def test_un_anonyme_ne_voit_que_les_totaux_nationaux(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    national = await _demander(seeded_client, seeded_settings, None, None)
    complet = await _demander(seeded_client, seeded_settings, ANCT, None)
    # Under suppression at the national level too (issue 17, 5): every figure given is true, the
    # small ones (a month with a handful of postes nationally) are hidden, and the breakdown by
    # département is empty (an anonymous caller may ask no département).
    assert national["seuilSuppression"] == seeded_settings.small_group_threshold
    _sont_vraies_ou_masquees(national, complet)
    assert national["activites"]["total"] is not None
    assert national["activites"]["parDepartement"] == []
    assert national["aidantsConnect"] is None  # mandats: ANCT and préfectures only
    assert await _demander(seeded_client, seeded_settings, None, {"departement": "57"}) is None
    assert await _demander(seeded_client, seeded_settings, None, {"region": "44"}) is None


async def test_un_partenaire_sans_stats_read_n_a_pas_de_statistiques_locales(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    assert (
        await _demander(seeded_client, seeded_settings, PARTENAIRE_SANS_STATS, {"departement": "57"}) is None
    )
    national = await _demander(seeded_client, seeded_settings, PARTENAIRE_SANS_STATS, None)
    anonyme = await _demander(seeded_client, seeded_settings, None, None)
    assert national["seuilSuppression"] == seeded_settings.small_group_threshold
    assert _cellules(national) == _cellules(anonyme)


def _sont_vraies_ou_masquees(vues: dict[str, Any], vraies_: dict[str, Any]) -> None:
    vues_, vraies = _cellules(vues), _cellules(vraies_)
    for cle, valeur in vues_.items():
        assert valeur is None or valeur == vraies[cle], (cle, valeur, vraies[cle])


def _cellules(resultat: dict[str, Any]) -> dict[str, Any]:
    """Every figure of every block: totals and amounts, then each bucket's nombre."""
    cellules: dict[str, Any] = {}
    for bloc in ("postes", "conseillers", "financement", "activites", "franceServices"):
        for champ, valeur in resultat[bloc].items():
            if isinstance(valeur, list):
                cellules.update({f"{bloc}.{champ}.{b['valeur']}": b["nombre"] for b in valeur})
            else:
                cellules[f"{bloc}.{champ}"] = valeur
    return cellules


async def test_un_partenaire_stats_read_voit_un_departement_sans_ses_petits_groupes(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    # Guadeloupe, the smallest département of the demo: some groups are small there.
    territoire = {"departement": "971"}
    partenaire = await _demander(seeded_client, seeded_settings, PARTENAIRE, territoire)
    complet = await _demander(seeded_client, seeded_settings, ANCT, territoire)
    assert partenaire["seuilSuppression"] == 5
    assert partenaire["aidantsConnect"] is None  # mandats: ANCT and préfectures only
    vues, vraies = _cellules(partenaire), _cellules(complet)
    petites = [cle for cle, n in vraies.items() if isinstance(n, int) and 0 < n < 5]
    assert petites, "no small group in 971: the test would prove nothing"
    assert all(vues[cle] is None for cle in petites)
    masquees = [cle for cle, n in vues.items() if n is None and vraies[cle] is not None]
    assert all(vues[cle] == vraies[cle] for cle in vues if cle not in masquees)
    assert len(masquees) >= len(petites)
    assert partenaire["suppressions"] == len(masquees)
    assert complet["suppressions"] == 0
