"""Bad `territoire` / `periode` arguments: BAD_USER_INPUT naming the argument, and no statistics."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from auth.principal import Principal
from hub.models.enums import Role
from hub.services.statistiques.periode import PARIS
from hub.settings import Settings
from tests.statistiques.requete import statistiques

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
QUERY = """query ($territoire: TerritoireInput, $periode: PeriodeInput) {
  statistiques(territoire: $territoire, periode: $periode) {
    territoire { niveau code nom } postes { valides }
  }
}"""


@pytest.mark.parametrize(
    ("variables", "champ"),
    [
        ({"territoire": {}}, "territoire"),
        ({"territoire": {"national": True, "departement": "57"}}, "territoire"),
        ({"territoire": {"region": "44", "departement": "57"}}, "territoire"),
        ({"territoire": {"national": False}}, "territoire"),
        ({"territoire": {"departement": "  "}}, "territoire"),
        ({"territoire": {"departement": "00"}}, "territoire"),
        ({"territoire": {"region": "99"}}, "territoire"),
        ({"periode": {"du": "2024-01-02", "au": "2024-01-01"}}, "periode"),
    ],
    ids=[
        "aucun-champ",
        "national-et-departement",
        "region-et-departement",
        "national-faux",
        "code-vide",
        "departement-inconnu",
        "region-inconnue",
        "du-apres-au",
    ],
)
async def test_un_argument_invalide_est_refuse_en_nommant_l_argument(
    client: httpx.AsyncClient, settings: Settings, variables: dict[str, Any], champ: str
) -> None:
    body = await statistiques(client, settings, ANCT, variables, QUERY, expect_errors=True)
    assert body["data"] == {"statistiques": None}
    (erreur,) = body["errors"]
    assert erreur["extensions"]["code"] == "BAD_USER_INPUT"
    assert erreur["extensions"]["champ"] == champ
    assert erreur["message"].startswith(f"{champ} : ")
    assert erreur["path"] == ["statistiques"]


async def test_un_code_est_normalise_et_le_territoire_renvoye(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    body = await statistiques(client, settings, ANCT, {"territoire": {"departement": " 2a "}}, QUERY)
    assert body["data"]["statistiques"] == {
        "territoire": {"niveau": "DEPARTEMENT", "code": "2A", "nom": "Corse-du-Sud"},
        "postes": {"valides": 0},
    }


async def test_sans_argument_le_territoire_est_national_et_la_periode_entiere(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    query = "{ statistiques { territoire { niveau code nom } periode { du au } seuilSuppression } }"
    body = await statistiques(client, settings, ANCT, query=query)
    assert body["data"]["statistiques"] == {
        "territoire": {"niveau": "NATIONAL", "code": None, "nom": "France"},
        "periode": {"du": None, "au": None},
        "seuilSuppression": None,
    }


async def test_sans_argument_un_anonyme_a_les_mois_acheves_sous_le_seuil(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    # Under suppression the période ends with the last finished month (Paris time), at every level.
    query = "{ statistiques { territoire { niveau } periode { du au } seuilSuppression } }"
    body = await statistiques(client, settings, None, query=query)
    dernier_jour = dt.datetime.now(PARIS).date().replace(day=1) - dt.timedelta(days=1)
    assert body["data"]["statistiques"] == {
        "territoire": {"niveau": "NATIONAL"},
        "periode": {"du": None, "au": dernier_jour.isoformat()},
        "seuilSuppression": settings.small_group_threshold,
    }
