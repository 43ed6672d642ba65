"""The roles of issue 21 from token to principal: claims, habilitations and the RLS settings."""

from __future__ import annotations

import uuid

import pytest

from auth.claims import InvalidClaimsError, claims_for, principal_from_claims
from auth.principal import Principal
from auth.rls import DEPARTEMENTS as REGLAGE_DEPARTEMENTS
from auth.rls import HUB_TERRITORIAL_ID, RESEAU_ID, parametres
from hub.db import Database
from hub.models import HubTerritorial, HubTerritorialRegion, Reseau
from hub.models.enums import Role
from tests.auth.test_habilitations import habiliter, identite
from tests.auth.world import systeme

HUB = uuid.UUID("0c0c0c0c-0000-4000-8000-000000000044")
RESEAU = uuid.UUID("0e0e0e0e-0000-4000-8000-000000000001")
GRAND_EST = frozenset({"08", "10", "51", "52", "54", "55", "57", "67", "68", "88"})


def test_un_jeton_de_hub_territorial_porte_ses_regions_et_ses_departements_en_derivent() -> None:
    principal = principal_from_claims(
        {"sub": "hub", "role": "hub_territorial", "hub_territorial_id": str(HUB), "regions": ["44"]}
    )
    assert principal.regions == frozenset({"44"})
    assert principal.departements == GRAND_EST
    # Written back as régions, never as départements (a hub cannot claim a département).
    assert "departements" not in claims_for(principal)
    assert principal_from_claims(claims_for(principal)) == principal


def test_un_jeton_de_hub_territorial_qui_revendique_des_departements_est_refuse() -> None:
    with pytest.raises(InvalidClaimsError, match="inattendues"):
        principal_from_claims(
            {
                "sub": "hub",
                "role": "hub_territorial",
                "hub_territorial_id": str(HUB),
                "regions": ["44"],
                "departements": ["13"],
            }
        )


def test_un_jeton_de_hub_territorial_sans_region_ou_avec_une_region_inconnue_est_refuse() -> None:
    for regions in ([], ["99"]):
        with pytest.raises(InvalidClaimsError):
            principal_from_claims(
                {"sub": "h", "role": "hub_territorial", "hub_territorial_id": str(HUB), "regions": regions}
            )


def test_un_coordinateur_porte_son_identifiant_de_conseiller_et_un_grand_reseau_son_reseau() -> None:
    coordinateur = principal_from_claims({"sub": "k", "role": "coordinateur", "conseiller_id": str(HUB)})
    assert coordinateur.conseiller_id == HUB
    reseau = principal_from_claims({"sub": "r", "role": "grand_reseau", "reseau_id": str(RESEAU)})
    assert reseau.reseau_id == RESEAU
    with pytest.raises(InvalidClaimsError):
        principal_from_claims({"sub": "r", "role": "grand_reseau", "structure_id": str(RESEAU)})


def test_les_reglages_de_securite_des_lignes_portent_le_hub_et_le_reseau() -> None:
    hub = parametres(
        Principal(
            Role.HUB_TERRITORIAL, hub_territorial_id=HUB, regions=frozenset({"44"}), departements=GRAND_EST
        )
    )
    assert hub[HUB_TERRITORIAL_ID] == str(HUB)
    assert hub[REGLAGE_DEPARTEMENTS] == ",".join(sorted(GRAND_EST))
    assert parametres(Principal(Role.GRAND_RESEAU, reseau_id=RESEAU))[RESEAU_ID] == str(RESEAU)


async def test_une_habilitation_de_hub_territorial_donne_les_regions_du_hub(database: Database) -> None:
    async with systeme(database) as session:
        session.add(HubTerritorial(id=HUB, nom="Hub Grand Est"))
        await session.flush()
        session.add(HubTerritorialRegion(hub_territorial_id=HUB, region_code="44"))
    await habiliter(database, role=Role.HUB_TERRITORIAL, hub_territorial_id=HUB)
    principal = await identite(database)
    assert principal == Principal(
        role=Role.HUB_TERRITORIAL,
        subject="agent@moselle.gouv.fr",
        hub_territorial_id=HUB,
        regions=frozenset({"44"}),
        departements=GRAND_EST,
    )


async def test_une_habilitation_de_grand_reseau_et_de_coordinateur(database: Database) -> None:
    async with systeme(database) as session:
        session.add(Reseau(id=RESEAU, nom="Emmaüs Connect"))
    await habiliter(database, role=Role.GRAND_RESEAU, reseau_id=RESEAU)
    assert await identite(database) == Principal(
        role=Role.GRAND_RESEAU, subject="agent@moselle.gouv.fr", reseau_id=RESEAU
    )
    conseiller = uuid.uuid4()
    await habiliter(database, role=Role.COORDINATEUR, conseiller_id=conseiller, email="k@example.org")
    assert await identite(database, email="k@example.org") == Principal(
        role=Role.COORDINATEUR, subject="k@example.org", conseiller_id=conseiller
    )
