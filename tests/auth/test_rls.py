"""Row-level security on its own: what a statement that forgot the policy gets on PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from auth.rls import (
    appliquer_contexte,
    contexte_authentification,
    contexte_candidature,
    contexte_statistiques,
    contexte_systeme,
    parametres,
)
from hub.db import Database
from hub.models import Aidant, Base, ClientPartenaire, Mandat, Poste, Structure, Usager
from hub.models.enums import Role
from tests.auth.world import construire_monde, make_mandat, make_usager, principaux, systeme

PREFECTURE_57 = Principal(Role.PREFECTURE, subject="pref57", departements=frozenset({"57"}))
PUBLIQUES = {
    "region",
    "departement",
    "epci",
    "commune",
    "lieu",
    "lieu_conseiller",
    "site_france_services",
} | {
    # The directory of grands réseaux and hubs territoriaux (migration 0021).
    "reseau",
    "hub_territorial",
    "hub_territorial_region",
}


@pytest.mark.postgresql_only
async def test_un_select_brut_sur_structure_ne_rend_que_le_departement_de_la_prefecture(
    database: Database,
) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    async with database.transaction() as session:
        await appliquer_contexte(session, PREFECTURE_57)
        lignes = (await session.execute(text("SELECT * FROM structure"))).mappings().all()
    assert sorted(ligne["departement_code"] for ligne in lignes) == ["57", "57"]


@pytest.mark.postgresql_only
async def test_sans_aucun_reglage_un_select_brut_ne_rend_aucune_ligne_privee(database: Database) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    async with database.engine.connect() as connection:
        for table in sorted(set(Base.metadata.tables) - PUBLIQUES):
            nombre = (await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
            assert nombre == 0, table
        # The open data stays open.
        assert (await connection.execute(text("SELECT count(*) FROM lieu"))).scalar_one() == 4


@pytest.mark.postgresql_only
async def test_les_reglages_disparaissent_avec_la_transaction(database: Database) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    async with database.engine.connect() as connection:
        async with connection.begin():
            await connection.execute(text("SELECT set_config('hub.role', 'anct', true)"))
            assert (await connection.execute(text("SELECT count(*) FROM structure"))).scalar_one() == 4
        async with connection.begin():
            # Same connection, next transaction: the setting is gone (a pooled connection is clean).
            assert (await connection.execute(text("SELECT count(*) FROM structure"))).scalar_one() == 0


@pytest.mark.postgresql_only
async def test_un_reglage_de_session_laisse_sur_la_connexion_est_ecrase_a_chaque_requete(
    database: Database,
) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    compter = text("SELECT count(*) FROM structure")
    async with database.engine.connect() as connection:
        # Something set a session-wide value (is_local = false): it outlives its transaction…
        await connection.execute(text("SELECT set_config('hub.role', 'anct', false)"))
        await connection.commit()
        async with connection.begin():
            assert (await connection.execute(compter)).scalar_one() == 4
        # …but a request's context writes every key, so a request never inherits it.
        async with connection.begin():
            await appliquer_contexte(AsyncSession(bind=connection), PREFECTURE_57)
            assert (await connection.execute(compter)).scalar_one() == 2


@pytest.mark.postgresql_only
async def test_le_contexte_systeme_lit_tout(database: Database) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    async with database.transaction() as session:
        await contexte_systeme(session)
        assert await session.scalar(select(func.count()).select_from(Structure)) == 4
        assert await session.scalar(select(func.count()).select_from(Usager)) == 4


@pytest.mark.postgresql_only
async def test_le_contexte_d_authentification_ne_lit_que_les_clients_et_n_ecrit_rien(
    database: Database,
) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    async with database.transaction() as session:
        await contexte_authentification(session)
        assert await session.scalar(select(func.count()).select_from(ClientPartenaire)) == 1
        assert await session.scalar(select(func.count()).select_from(Structure)) == 0
        assert await session.scalar(select(func.count()).select_from(Mandat)) == 0
        session.add(ClientPartenaire(client_id="hub_intrus", nom="Intrus", scopes=[]))
        with pytest.raises(DBAPIError, match="row-level security"):
            await session.flush()


@pytest.mark.postgresql_only
async def test_l_historique_ne_se_modifie_pas_meme_en_contexte_systeme(database: Database) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    for sql in ("UPDATE journal SET action = 'efface'", "DELETE FROM journal", "DELETE FROM avis_prefet"):
        async with database.transaction() as session:
            await contexte_systeme(session)
            with pytest.raises(DBAPIError, match="permission denied"):
                await session.execute(text(sql))


@pytest.mark.postgresql_only
async def test_un_aidant_cree_un_usager_qu_il_ne_voit_qu_une_fois_le_mandat_signe(database: Database) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
        aidant = await session.scalar(
            select(Aidant).where(Aidant.organisation_id == monde.organisations["57a"].id)
        )
    assert aidant is not None
    async with database.transaction() as session:
        await appliquer_contexte(session, principaux(monde)["aidant_57a"])
        usager = await make_usager(session)
        assert await session.scalar(select(func.count()).where(Usager.id == usager.id)) == 0
        await make_mandat(session, aidant, usager)
        assert await session.scalar(select(func.count()).where(Usager.id == usager.id)) == 1


async def test_les_statistiques_comptent_ce_que_les_lignes_cachent_et_seulement_dans_leur_bloc(
    database: Database,
) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
    anonyme, prefecture = principaux(monde)["anonyme"], principaux(monde)["prefecture_57"]
    postes = select(func.count()).select_from(Poste)
    mandats = select(func.count()).select_from(Mandat)
    async with database.transaction() as session:
        await appliquer_contexte(session, anonyme)
        hors_bloc = await session.scalar(postes)
        async with contexte_statistiques(session):
            assert await session.scalar(postes) == 5
            # Mandats are counted by ANCT and préfectures only.
            assert await session.scalar(mandats) == (0 if database.is_postgresql else 5)
        assert await session.scalar(postes) == hors_bloc
    assert hors_bloc == (0 if database.is_postgresql else 5)
    async with database.transaction() as session:
        await appliquer_contexte(session, prefecture)
        async with contexte_statistiques(session):
            assert await session.scalar(mandats) == 5
        assert await session.scalar(mandats) == (0 if database.is_postgresql else 5)


@pytest.mark.postgresql_only
async def test_une_erreur_dans_le_bloc_de_statistiques_le_referme(database: Database) -> None:
    async with systeme(database) as session:
        await construire_monde(session)
    async with database.transaction() as session:
        await appliquer_contexte(session, Principal(Role.ANONYME))
        with pytest.raises(RuntimeError):
            async with contexte_statistiques(session):
                raise RuntimeError("boom")
        assert await session.scalar(select(func.count()).select_from(Poste)) == 0


async def test_appliquer_contexte_pose_chaque_reglage_de_la_requete(database: Database) -> None:
    principal = Principal(
        Role.STRUCTURE,
        structure_id=uuid.UUID(int=7),
        departements=frozenset({"57", "13"}),
        scopes=frozenset({"b", "a"}),
    )
    async with database.transaction() as session:
        await appliquer_contexte(session, principal)
        if not database.is_postgresql:
            return  # SQLite: nothing to set, nothing sent (the policy predicates are the only layer)
        valeurs = (
            await session.execute(
                text(
                    "SELECT current_setting('hub.role'), current_setting('hub.departements'), "
                    "current_setting('hub.structure_id'), current_setting('hub.conseiller_id'), "
                    "current_setting('hub.scopes'), current_setting('hub.statistiques')"
                )
            )
        ).one()
    assert tuple(valeurs) == ("structure", "13,57", str(uuid.UUID(int=7)), "", "a,b", "")


def test_aucun_principal_ne_peut_porter_le_role_systeme() -> None:
    assert "system" not in {role.value for role in Role}
    with pytest.raises(TypeError):
        parametres(Principal("system"))  # type: ignore[arg-type]


@pytest.mark.parametrize("valeur", ["57,13", "57 ", "a'b", "", "x" * 101])
def test_une_valeur_de_liste_qui_forgerait_un_second_element_est_refusee(valeur: str) -> None:
    with pytest.raises(ValueError, match="refused"):
        parametres(Principal(Role.PREFECTURE, departements=frozenset({valeur})))


@pytest.mark.postgresql_only
async def test_le_contexte_d_inscription_n_ouvre_que_la_structure_de_son_siret(database: Database) -> None:
    """contexte_candidature (migration 0013): the rows of one SIRET, to create; nothing else."""
    async with systeme(database) as session:
        await construire_monde(session)
        connue = await session.scalar(select(Structure).limit(1))
        assert connue is not None
        siret_connu, departement = connue.siret, connue.departement_code
    nouveau = "73282932000074"

    def structure(siret: str, statut: str = "CREEE") -> str:
        return (
            "INSERT INTO structure (id, siret, nom, type, statut, departement_code, zrr, qpv, external_ids, "
            f"created_at) VALUES ('{uuid.uuid4()}', '{siret}', 'X', 'PRIVATE', '{statut}', "
            f"'{departement}', false, false, '{{}}', now())"
        )

    async with database.transaction() as session:
        await contexte_candidature(session, siret_connu)
        assert (await session.execute(text("SELECT siret FROM structure"))).scalars().all() == [siret_connu]
        assert (await session.execute(text("SELECT count(*) FROM habilitation"))).scalar_one() == 0
        assert (await session.execute(text("SELECT count(*) FROM candidature"))).scalar_one() == 0
    habilitation_d_autrui = (
        "INSERT INTO habilitation (id, issuer, email, siret, role, departements, structure_id, actif, "
        f"created_at) VALUES ('{uuid.uuid4()}', 'i', 'e@x.fr', '{siret_connu}', 'structure', '[]', "
        f"'{connue.id}', true, now())"
    )
    for refusee in (structure(siret_connu[:-1] + "9"), structure(nouveau, "VALIDEE"), habilitation_d_autrui):
        with pytest.raises(DBAPIError, match="row-level security"):
            await _en_candidature(database, nouveau, refusee)
    assert await _en_candidature(database, nouveau, structure(nouveau)) == [nouveau]


async def _en_candidature(database: Database, siret: str, instruction: str) -> list[str]:
    """Run `instruction` in the inscription context of `siret`; the structures it then reads."""
    async with database.transaction() as session:
        await contexte_candidature(session, siret)
        await session.execute(text(instruction))
        return list((await session.execute(text("SELECT siret FROM structure"))).scalars())
