"""Coordinations: ANCT anywhere, a préfecture in its départements; idempotent, journaled (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from auth.principal import Principal
from auth.rls import appliquer_contexte
from hub.db import Database
from hub.models import Conseiller, Coordination, Journal
from hub.models.enums import Role
from hub.services.coordinations import creer_coordination, terminer_coordination
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from tests.auth.world import Monde, construire_monde, systeme

ANCT = Principal(Role.ANCT, subject="anct")
PREFECTURE_57 = Principal(Role.PREFECTURE, subject="pref57", departements=frozenset({"57"}))


async def _monde(database: Database) -> Monde:
    async with systeme(database) as session:
        return await construire_monde(session)


async def _lignes(database: Database, action: str) -> int:
    async with systeme(database) as session:
        return int(
            await session.scalar(select(func.count()).select_from(Journal).where(Journal.action == action))
            or 0
        )


async def test_l_anct_cree_une_coordination_une_seule_fois_et_la_journalise(database: Database) -> None:
    monde = await _monde(database)
    coordinateur, conseiller = monde.conseillers["57a"], monde.conseillers["13"]
    for _ in range(2):
        async with database.transaction() as session:
            await appliquer_contexte(session, ANCT)
            coordination = await creer_coordination(session, ANCT, coordinateur.id, conseiller.id)
    assert coordination.departement_code == "13"
    assert coordination.date_fin is None
    assert await _lignes(database, "coordination.creer") == 1


async def test_la_prefecture_ne_coordonne_pas_un_conseiller_d_un_autre_departement(
    database: Database,
) -> None:
    monde = await _monde(database)
    async with database.transaction() as session:
        await appliquer_contexte(session, PREFECTURE_57)
        with pytest.raises(EcritureRefuseeError) as refus:
            await creer_coordination(
                session, PREFECTURE_57, monde.conseillers["57a"].id, monde.conseillers["13"].id
            )
    assert refus.value.code is CodeErreur.NOT_FOUND
    assert await _lignes(database, "coordination.creer") == 0


async def test_la_prefecture_coordonne_dans_ses_departements_et_termine(database: Database) -> None:
    monde = await _monde(database)
    # Coordination "57b" of the world is in progress: a second creation returns it, unchanged.
    async with database.transaction() as session:
        await appliquer_contexte(session, PREFECTURE_57)
        coordination = await creer_coordination(
            session, PREFECTURE_57, monde.conseillers["57a"].id, monde.conseillers["57b"].id
        )
        assert coordination.id == monde.objet(Coordination, "57b").id
        terminee = await terminer_coordination(session, PREFECTURE_57, coordination.id)
        assert terminee.date_fin is not None
    assert await _lignes(database, "coordination.creer") == 0
    assert await _lignes(database, "coordination.terminer") == 1


async def test_un_conseiller_qui_n_est_pas_coordinateur_ne_coordonne_personne(database: Database) -> None:
    monde = await _monde(database)
    async with database.transaction() as session:
        await appliquer_contexte(session, ANCT)
        with pytest.raises(EcritureRefuseeError) as refus:
            await creer_coordination(session, ANCT, monde.conseillers["13"].id, monde.conseillers["2A"].id)
    assert refus.value.code is CodeErreur.BAD_USER_INPUT
    assert refus.value.champ == "coordinateur_id"


async def test_la_prefecture_ne_termine_pas_la_coordination_d_un_autre_departement(
    database: Database,
) -> None:
    monde = await _monde(database)
    async with database.transaction() as session:
        await appliquer_contexte(session, PREFECTURE_57)
        with pytest.raises(EcritureRefuseeError) as refus:
            await terminer_coordination(session, PREFECTURE_57, monde.objet(Coordination, "13-finie").id)
    assert refus.value.code is CodeErreur.NOT_FOUND


@pytest.mark.parametrize("role", [Role.STRUCTURE, Role.COORDINATEUR, Role.HUB_TERRITORIAL, Role.GRAND_RESEAU])
async def test_les_autres_roles_ne_creent_pas_de_coordination(database: Database, role: Role) -> None:
    monde = await _monde(database)
    principal = Principal(role, subject="x", conseiller_id=monde.conseillers["57a"].id)
    async with database.transaction() as session:
        with pytest.raises(EcritureRefuseeError) as refus:
            await creer_coordination(
                session, principal, monde.conseillers["57a"].id, monde.conseillers["13"].id
            )
    assert refus.value.code is CodeErreur.FORBIDDEN


async def test_la_date_de_fin_ne_precede_pas_le_debut(database: Database) -> None:
    monde = await _monde(database)
    async with database.transaction() as session:
        await appliquer_contexte(session, ANCT)
        with pytest.raises(EcritureRefuseeError):
            await terminer_coordination(
                session, ANCT, monde.objet(Coordination, "57b").id, date_fin=dt.date(2020, 1, 1)
            )
    async with systeme(database) as session:
        ligne = await session.get(Coordination, monde.objet(Coordination, "57b").id)
        assert ligne is not None
        assert ligne.date_fin is None
        assert await session.get(Conseiller, monde.conseillers["57b"].id) is not None
