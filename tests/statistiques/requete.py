"""The `statistiques` query with every block, and the comparison of its answer with the expectation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from auth.principal import Principal
from hub.settings import Settings
from tests.graphql_client import graphql
from tests.tokens import token_for

BUCKET = "{ valeur libelle nombre proportion }"
TOUT = f"""query ($territoire: TerritoireInput, $periode: PeriodeInput) {{
  statistiques(territoire: $territoire, periode: $periode) {{
    territoire {{ niveau code nom }} periode {{ du au }} seuilSuppression suppressions
    postes {{ valides occupes vacants rendus parPhase {BUCKET} }}
    conseillers {{ enPoste enFormation certifies coordinateurs rupturesParMotif {BUCKET} }}
    financement {{ engage verse versesParTranche {BUCKET} enveloppe plafond }}
    activites {{ total personnesAccompagnees participants participantsRecurrents
      parTheme {BUCKET} parCanal {BUCKET} parDuree {BUCKET} parTrancheAge {BUCKET}
      parStatut {BUCKET} parMois {BUCKET} parDepartement {BUCKET} }}
    franceServices {{ sites sitesPortes parFormat {BUCKET} parType {BUCKET} }}
    aidantsConnect {{ mandats mandatsActifs organisations parDemarche {BUCKET} parDuree {BUCKET} }}
  }}
}}"""


async def statistiques(
    client: httpx.AsyncClient,
    settings: Settings,
    principal: Principal | None,
    variables: dict[str, Any] | None = None,
    query: str = TOUT,
    *,
    expect_errors: bool = False,
) -> dict[str, Any]:
    """The whole GraphQL body (data and errors) for `principal` (None: anonymous, no token)."""
    token = token_for(settings, principal) if principal is not None else None
    return await graphql(client, query, variables, token=token, expect_errors=expect_errors)


def comparer_bloc(nom: str, obtenu: dict[str, Any], attendu: dict[str, Any]) -> None:
    """Every figure equal; every bucket list equal as (valeur, nombre), proportions shares summing to 1."""
    assert obtenu is not None, f"{nom}: null"
    for champ, valeur in attendu.items():
        if isinstance(valeur, list):
            buckets = obtenu[champ]
            assert [(b["valeur"], b["nombre"]) for b in buckets] == valeur, f"{nom}.{champ}"
            assert all(b["libelle"] for b in buckets), f"{nom}.{champ}: libellé vide"
            verifier_proportions(f"{nom}.{champ}", buckets)
        else:
            assert obtenu[champ] == valeur, f"{nom}.{champ}: {obtenu[champ]} != {valeur}"


def verifier_proportions(nom: str, buckets: list[dict[str, Any]]) -> None:
    total = sum(b["nombre"] for b in buckets)
    if total == 0:
        assert all(b["proportion"] is None for b in buckets), nom
        return
    for b in buckets:
        assert b["proportion"] == pytest.approx(b["nombre"] / total), f"{nom} {b['valeur']}"
    assert sum(b["proportion"] for b in buckets) == pytest.approx(1, abs=0.001), nom
