"""Habilitations: an external identity gets a hub role only through an active habilitation."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest

from auth.habilitations import HabilitationsMultiplesError, principal_for_identity
from auth.principal import Principal
from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Habilitation
from hub.models.base import utcnow
from hub.models.enums import Role

PROCONNECT = "https://auth.agentconnect.gouv.fr/api/v2"
SIRET_PREFECTURE = "17570001400019"
STRUCTURE = uuid.UUID("6f1c2d3e-0000-4000-8000-000000000057")


async def habiliter(database: Database, **champs: Any) -> None:
    valeurs: dict[str, Any] = {"issuer": PROCONNECT, "email": "agent@moselle.gouv.fr", **champs}
    async with database.transaction() as session:
        await contexte_systeme(session)  # test set-up is a trusted job
        session.add(Habilitation(**valeurs))


async def identite(
    database: Database, email: str = "agent@moselle.gouv.fr", **options: Any
) -> Principal | None:
    siret = options.pop("siret", SIRET_PREFECTURE)
    issuer = options.pop("issuer", PROCONNECT)
    async with database.transaction() as session:
        return await principal_for_identity(session, issuer, email, siret, **options)


async def test_une_habilitation_prefecture_donne_ses_departements(database: Database) -> None:
    await habiliter(database, role=Role.PREFECTURE, departements=["57", "54"], siret=SIRET_PREFECTURE)
    principal = await identite(database, email="Agent@Moselle.gouv.fr ")
    assert principal == Principal(
        role=Role.PREFECTURE, subject="agent@moselle.gouv.fr", departements=frozenset({"54", "57"})
    )


async def test_sans_habilitation_pas_de_role(database: Database) -> None:
    await habiliter(database, role=Role.ANCT)
    assert await identite(database, email="inconnu@moselle.gouv.fr") is None


async def test_un_autre_fournisseur_d_identite_ne_beneficie_pas_de_l_habilitation(database: Database) -> None:
    await habiliter(database, role=Role.ANCT)
    assert await identite(database, issuer="https://faux-idp.example") is None


async def test_une_habilitation_inactive_ou_expiree_ne_donne_rien(database: Database) -> None:
    await habiliter(database, role=Role.ANCT, actif=False)
    await habiliter(
        database, email="b@anct.gouv.fr", role=Role.ANCT, valide_au=utcnow() - timedelta(minutes=1)
    )
    await habiliter(database, email="c@anct.gouv.fr", role=Role.ANCT, valide_au=utcnow() + timedelta(days=1))
    assert await identite(database) is None
    assert await identite(database, email="b@anct.gouv.fr") is None
    principal = await identite(database, email="c@anct.gouv.fr")
    assert principal is not None
    assert principal.role is Role.ANCT


async def test_une_habilitation_liee_a_un_siret_exige_ce_siret(database: Database) -> None:
    await habiliter(database, role=Role.STRUCTURE, structure_id=STRUCTURE, siret="21570463000015")
    assert await identite(database, siret="21570463000016") is None
    assert await identite(database, siret=None) is None
    principal = await identite(database, siret="21570463000015")
    assert principal is not None
    assert principal.structure_id == STRUCTURE


async def test_plusieurs_habilitations_demandent_de_choisir_un_role(database: Database) -> None:
    await habiliter(database, role=Role.ANCT)
    await habiliter(database, role=Role.PREFECTURE, departements=["57"])
    with pytest.raises(HabilitationsMultiplesError) as error:
        await identite(database)
    assert set(error.value.roles) == {Role.ANCT, Role.PREFECTURE}
    principal = await identite(database, role=Role.PREFECTURE)
    assert principal is not None
    assert principal.departements == {"57"}


@pytest.mark.parametrize(
    "champs",
    [
        {"role": Role.PREFECTURE, "departements": []},
        {"role": Role.PREFECTURE, "departements": ["99"]},
        {"role": Role.STRUCTURE},
        {"role": Role.PARTENAIRE},
    ],
    ids=["prefecture_sans_departement", "departement_inconnu", "structure_sans_id", "role_partenaire"],
)
async def test_une_habilitation_incomplete_ne_donne_aucun_role(
    database: Database, champs: dict[str, Any]
) -> None:
    await habiliter(database, **champs)
    assert await identite(database) is None


async def test_seuls_les_identifiants_du_role_sont_repris(database: Database) -> None:
    # A structure_id left on a conseiller habilitation must not widen the conseiller's token.
    conseiller = uuid.uuid4()
    await habiliter(database, role=Role.CONSEILLER, conseiller_id=conseiller, structure_id=STRUCTURE)
    principal = await identite(database)
    assert principal == Principal(
        role=Role.CONSEILLER, subject="agent@moselle.gouv.fr", conseiller_id=conseiller
    )
