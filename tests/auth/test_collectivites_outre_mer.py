"""The collectivités d'outre-mer: their représentant de l'État is scoped like a préfecture (issue 21)."""

from __future__ import annotations

import pytest

from auth.claims import claims_for, principal_from_claims
from auth.policy import Territoire, statistiques_predicate
from auth.principal import Principal
from hub.models import Conseiller, SiteFranceServices
from hub.models.enums import Role
from hub.referentiel.territoires import CODES_COM, CODES_DEPARTEMENTS, zone
from hub.services.statistiques import voit_statistiques


@pytest.mark.parametrize("collectivite", sorted(CODES_COM))
def test_le_representant_de_l_etat_d_une_com_voit_sa_collectivite_et_pas_les_autres(
    collectivite: str,
) -> None:
    representant = principal_from_claims(
        claims_for(
            Principal(Role.PREFECTURE, subject="haut-commissariat", departements=frozenset({collectivite}))
        )
    )
    assert representant.departements == {collectivite}  # a token for a COM is a valid token
    chez_lui = Territoire("departement", collectivite)
    assert voit_statistiques(representant, chez_lui)
    assert statistiques_predicate(Conseiller, representant, chez_lui) is not None
    assert not voit_statistiques(representant, Territoire("departement", "57"))
    moselle = Principal(Role.PREFECTURE, subject="pref-57", departements=frozenset({"57"}))
    assert not voit_statistiques(moselle, chez_lui)
    assert statistiques_predicate(SiteFranceServices, representant, chez_lui) is not None


def test_le_referentiel_a_ses_107_territoires_et_leur_zone() -> None:
    assert len(CODES_DEPARTEMENTS) == 107
    assert {zone(code) for code in CODES_COM} == {"com"}
    assert zone("974") == "drom"
    assert zone("2A") == "metropole"
    assert sum(zone(code) == "drom" for code in CODES_DEPARTEMENTS) == 5
