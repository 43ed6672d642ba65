"""One organisation Aidants Connect per SIRET among those the hub creates, even when two
`creerOrganisationAidantsConnect` race (unique partial index, migration 0028): the second hears CONFLICT.
Imported organisations (Aidants Connect's own uuid) may share a SIRET, as they do in Aidants Connect."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Journal, OrganisationAidantsConnect
from hub.models.enums import Demarche
from hub.services.aidants_gestion import creer_organisation
from tests.auth.world import make_organisation, systeme
from tests.ecriture import Hub
from tests.graphql_client import graphql
from tests.schema.aidants_connect.test_gestion import CREER_ORGANISATION, SIRET, _organisation
from tests.tokens import token_for


async def _organisations_de_siret(hub: Hub) -> int:
    async with systeme(hub.scene.database) as session:
        compte = await session.scalar(select(func.count()).where(OrganisationAidantsConnect.siret == SIRET))
    return int(compte or 0)


async def test_la_base_refuse_deux_organisations_du_hub_de_meme_siret_mais_pas_deux_importees(
    ecriture: Hub,
) -> None:
    database = ecriture.scene.database
    async with systeme(database) as session:
        await make_organisation(session, siret=SIRET, id_source="ac-1")
        await make_organisation(session, siret=SIRET, id_source="ac-2")  # Aidants Connect's own: free
        await make_organisation(session, siret=SIRET)  # the first created in the hub

    with pytest.raises(IntegrityError):
        async with systeme(database) as session:
            await make_organisation(session, siret=SIRET)

    assert await _organisations_de_siret(ecriture) == 3


async def _attendre_un_verrou(hub: Hub) -> bool:
    """Whether a connection of the test database waits on a lock (the second insert, on the index)."""
    for _ in range(100):
        async with systeme(hub.scene.database) as session:
            en_attente = await session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        if en_attente:
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.mark.postgresql_only
async def test_deux_creations_simultanees_du_meme_siret_n_en_creent_qu_une(ecriture: Hub) -> None:
    scene = ecriture.scene
    insere, relache = asyncio.Event(), asyncio.Event()

    async def premiere(session: AsyncSession) -> OrganisationAidantsConnect:
        # The first request has inserted but not committed when the second one checks the SIRET.
        organisation = await creer_organisation(
            session,
            scene.anct,
            siret=SIRET,
            nom="Médiathèque de Metz",
            departement_code="57",
            demarches=[Demarche.SOCIAL, Demarche.ARGENT],
        )
        insere.set()
        await relache.wait()
        return organisation

    tache_premiere = asyncio.create_task(scene.ecrire(scene.anct, premiere))
    await insere.wait()
    token = token_for(ecriture.settings, scene.anct)
    tache_seconde = asyncio.create_task(
        graphql(ecriture.client, CREER_ORGANISATION, _organisation(), token=token)
    )
    # The second transaction found no organisation and now waits on the index entry of the first.
    assert await _attendre_un_verrou(ecriture)
    assert not tache_seconde.done()
    relache.set()
    creee = await tache_premiere
    seconde = (await tache_seconde)["data"]["creerOrganisationAidantsConnect"]

    assert seconde == {
        "__typename": "UserError",
        "code": "CONFLICT",
        "message": f"Une organisation Aidants Connect de SIRET {SIRET} existe déjà.",
        "champ": "input.siret",
    }
    assert await _organisations_de_siret(ecriture) == 1
    async with systeme(scene.database) as session:
        lignes = list(
            await session.scalars(
                select(Journal).where(Journal.action == "organisation_aidants_connect.creer")
            )
        )
    assert [ligne.entite_id for ligne in lignes] == [str(creee.id)]


@pytest.mark.postgresql_only
async def test_dix_demandes_en_parallele_creent_une_organisation_sans_erreur(ecriture: Hub) -> None:
    token = token_for(ecriture.settings, ecriture.scene.anct)

    async def appel() -> str:
        body = await graphql(ecriture.client, CREER_ORGANISATION, _organisation(), token=token)
        resultat = body["data"]["creerOrganisationAidantsConnect"]
        return "ok" if resultat["__typename"] == "OrganisationAidantsConnectPayload" else resultat["code"]

    # Each request has its own session and connection: ten transactions in flight at once.
    resultats = await asyncio.gather(*(appel() for _ in range(10)))

    assert await _organisations_de_siret(ecriture) == 1
    # The retried request that sees the first one gets it back; one that raced it hears CONFLICT.
    assert "ok" in resultats
    assert set(resultats) <= {"ok", "CONFLICT"}
