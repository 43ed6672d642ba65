"""The mutation matrix's world: the API tests' world (tests/schema/monde.py) plus the targets a valid
call of every mutation needs, built once per backend and copied for each mutation (its cells write).

Targets are in Moselle (57): the préfecture of 57 is competent, the préfecture of 13 is not. The line
"structure" of tests/schema/roles.py is the first structure of 57 (S0), "conseiller" its first
conseiller (C0, contrat actif on S0's first poste), "aidant" an aidant of the organisation of 57.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.app import create_app
from hub.db import Database, create_engine
from hub.models import (
    Aidant,
    Conseiller,
    Contrat,
    Coordination,
    Enveloppe,
    Habilitation,
    OrganisationAidantsConnect,
    PlafondDepartemental,
    Poste,
    SiteFranceServices,
    Structure,
    Subvention,
)
from hub.models.enums import Avis, Demarche, EtatPoste, Role, StatutStructure, TypeAvenant
from hub.settings import Settings
from tests.auth.world import (
    make_activite,
    make_aidant,
    make_autorisation,
    make_avenant,
    make_avis,
    make_candidature,
    make_conseiller,
    make_mandat,
    make_poste,
    make_structure,
    make_usager,
    systeme,
)
from tests.conftest import make_settings
from tests.databases import Backend, app_role_url, unique_name
from tests.schema.monde import Monde, construire

# The aidant the matrix line "aidant" signs as (tests/schema/roles.py: subject "aidant"): an aidant
# habilitated to create mandats, not its organisation's responsable.
SUJET_AIDANT = "aidant"
SUJET_RESPONSABLE = "responsable@organisation57.example.org"
_DEBUT = dt.date(2022, 1, 3)


@dataclass(frozen=True)
class Cibles:
    """The ids a mutation's valid input names (all in 57 unless said)."""

    monde: Monde
    structure: uuid.UUID  # S0, the line "structure"
    structure_voisine: uuid.UUID  # S1, validated, with an avenant d'ajout awaiting the préfet
    structure_creee: uuid.UUID  # CREEE, a candidature with an avis, no decision yet
    candidature: uuid.UUID  # of structure_creee
    postes: tuple[uuid.UUID, ...]  # S0's six postes, in order: 0-3 occupés, 4-5 vacants
    poste_sans_subvention: uuid.UUID  # S0's, vacant, never conventionné
    contrat: uuid.UUID  # C0's contrat actif (S0, poste 0)
    contrat_renouvelable: uuid.UUID  # S0's contrat on poste 1 (a CDD once the case arranges it)
    contrat_recrute: uuid.UUID  # not in the world: the id a case gives the contrat it arranges
    subvention: uuid.UUID  # of poste 0, one tranche paid
    avenant_ajout: uuid.UUID  # of structure_voisine, DEMANDE, no avis
    avenant_rendu: uuid.UUID  # of S0 on poste 5, DEMANDE
    enveloppe: uuid.UUID  # CONSEILLERS (funds postes)
    site: uuid.UUID  # a France Services site of 57
    conseiller_libre: uuid.UUID  # attached to S0 without a contract yet: the one S0 may recruit
    coordinateur: uuid.UUID  # a conseiller of 57 est_coordinateur
    coordonne: uuid.UUID  # a conseiller of 57 the coordinateur does not coordinate yet
    coordonne_en_cours: uuid.UUID  # a conseiller of 57 it coordinates today
    activite: uuid.UUID  # C0's, recorded just now (within the correction window)
    organisation: uuid.UUID  # Aidants Connect, 57
    aidant_non_habilite: uuid.UUID
    aidant_actif: uuid.UUID
    aidant_responsable: uuid.UUID  # the organisation's responsable (the line "aidant responsable")
    mandats: tuple[uuid.UUID, uuid.UUID]  # two mandats actifs of 57 (papiers, social)
    habilitations: dict[str, uuid.UUID]  # email -> id (tests/schema/monde.py habilitations)


def principal_local(role: str, cibles: Cibles) -> Principal | None:
    """Lines of the mutation matrix that tests/schema/roles.py does not hold (its read matrix needs none)."""
    if role == "aidant responsable":
        return Principal(role=Role.AIDANT, subject=SUJET_RESPONSABLE, organisation_id=cibles.organisation)
    raise ValueError(role)


async def preparer(database: Database, monde: Monde) -> Cibles:
    """Add the targets to the populated world (as the system: a trusted arrangement, outside RLS)."""
    s0, c57, organisation = monde.structures["57"][0], monde.conseillers["57"], monde.organisations["57"]
    async with systeme(database) as session:
        postes = tuple(
            await session.scalars(
                select(Poste.id).where(Poste.structure_id == s0).order_by(Poste.date_attribution)
            )
        )
        await _ouvrir_les_limites(session, organisation)
        creee = await make_structure(
            session, departement="57", statut=StatutStructure.CREEE, siret="57000000000999"
        )
        candidature = await make_candidature(session, creee, nb_postes_souhaites=2)
        await make_avis(session, candidature, avis=Avis.POSITIF)
        structure_s0 = await session.get_one(Structure, s0)
        poste_nu = await make_poste(session, structure_s0, etat=EtatPoste.VACANT)
        voisine = await session.get_one(Structure, monde.structures["57"][1])
        avenant_ajout = await make_avenant(session, voisine, nb_postes=1)
        avenant_rendu = await make_avenant(
            session, structure_s0, type=TypeAvenant.RENDU_POSTE, nb_postes=1, poste_id=postes[5]
        )
        libre = await make_conseiller(
            session, structure_s0, departement_code="57", email="libre@conseiller-numerique.example.org"
        )
        (await session.get_one(Conseiller, c57[1])).est_coordinateur = True
        session.add(
            Coordination(
                coordinateur_id=c57[1], conseiller_id=c57[3], departement_code="57", date_debut=_DEBUT
            )
        )
        activite = await make_activite(session, await session.get_one(Conseiller, c57[0]))
        aidants = await _aidants(session, organisation)
        cibles = Cibles(
            monde=monde,
            structure=s0,
            structure_voisine=voisine.id,
            structure_creee=creee.id,
            candidature=candidature.id,
            postes=postes,
            poste_sans_subvention=poste_nu.id,
            contrat=await _un(session, select(Contrat.id).where(Contrat.conseiller_id == c57[0])),
            contrat_renouvelable=await _un(session, select(Contrat.id).where(Contrat.poste_id == postes[1])),
            contrat_recrute=uuid.uuid4(),
            subvention=await _un(session, select(Subvention.id).where(Subvention.poste_id == postes[0])),
            avenant_ajout=avenant_ajout.id,
            avenant_rendu=avenant_rendu.id,
            enveloppe=await _un(session, select(Enveloppe.id).where(Enveloppe.code == "CONSEILLERS")),
            site=await _un(session, select(SiteFranceServices.id).where(SiteFranceServices.id_fs == 1000)),
            conseiller_libre=libre.id,
            coordinateur=c57[1],
            coordonne=c57[2],
            coordonne_en_cours=c57[3],
            activite=activite.id,
            organisation=organisation,
            aidant_non_habilite=aidants[1].id,
            aidant_actif=aidants[2].id,
            aidant_responsable=aidants[3].id,
            mandats=(await _mandat(session, aidants[0]), await _mandat(session, aidants[0])),
            habilitations={
                h.email: h.id for h in await session.scalars(select(Habilitation).where(Habilitation.actif))
            },
        )
    return cibles


async def _un(session: AsyncSession, requete: Select[Any]) -> uuid.UUID:
    valeur: uuid.UUID = (await session.scalars(requete)).one()
    return valeur


async def _ouvrir_les_limites(session: AsyncSession, organisation: uuid.UUID) -> None:
    # The world's 57 engages more than its plafond: room for a conventionnement and a reconventionnement.
    await session.execute(
        update(PlafondDepartemental)
        .where(PlafondDepartemental.departement_code == "57")
        .values(montant_centimes=100_000_000_00)
    )
    # Démarches the organisation is habilitated for (a mandat names some of them).
    await session.execute(
        update(OrganisationAidantsConnect)
        .where(OrganisationAidantsConnect.id == organisation)
        .values(demarches_autorisees=[Demarche.PAPIERS.value, Demarche.SOCIAL.value])
    )


async def _aidants(
    session: AsyncSession, organisation_id: uuid.UUID
) -> tuple[Aidant, Aidant, Aidant, Aidant]:
    """The line "aidant" (habilitated), one not yet habilitated, one active; and the responsable."""
    organisation = await session.get_one(OrganisationAidantsConnect, organisation_id)
    responsable = await make_aidant(session, organisation, email=SUJET_RESPONSABLE, responsable=True)
    return (
        await make_aidant(session, organisation, email=SUJET_AIDANT),
        await make_aidant(session, organisation, peut_creer_mandats=False),
        await make_aidant(session, organisation),
        responsable,
    )


async def _mandat(session: AsyncSession, aidant: Aidant) -> uuid.UUID:
    """A mandat in force (papiers and social, unrevoked) signed by `aidant`."""
    maintenant = dt.datetime.now(dt.UTC)
    mandat = await make_mandat(
        session,
        aidant,
        await make_usager(session),
        date_creation=maintenant - dt.timedelta(days=1),
        date_expiration=maintenant + dt.timedelta(days=364),
    )
    for demarche in (Demarche.PAPIERS, Demarche.SOCIAL):
        await make_autorisation(session, mandat, demarche=demarche)
    return mandat.id


@dataclass
class Copie:
    """A fresh copy of the world behind the app: the owner arranges and fingerprints, the app serves."""

    client: httpx.AsyncClient
    settings: Settings
    database: Database  # the owner (arrangements, fingerprints), in the system context of auth.rls
    cibles: Cibles


@dataclass
class Modele:
    """The world with its targets in a template database, copied for each mutation."""

    backend: Backend
    nom: str
    cibles: Cibles
    dossier: Path

    @asynccontextmanager
    async def copie(self) -> AsyncIterator[Copie]:
        nom = unique_name("mutation")
        url = await self.backend.create(nom, template=self.nom)
        settings = make_settings(url, self.dossier)
        database = Database(create_engine(settings))
        app_url = app_role_url(url) if self.backend.name == "postgresql" else None
        app_database = Database(create_engine(settings, url=app_url))
        try:
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=create_app(settings, app_database)),
                base_url="http://hub.test",
            ) as client:
                yield Copie(client=client, settings=settings, database=database, cibles=self.cibles)
        finally:
            await app_database.dispose()
            await database.dispose()
            await self.backend.drop(nom)


async def construire_modele(backend: Backend, migrated_template: str, dossier: Path) -> Modele:
    nom = unique_name("monde_mutations")
    url = await backend.create(nom, template=migrated_template)
    database = Database(create_engine(make_settings(url, dossier)))
    try:
        cibles = await preparer(database, await construire(database))
    finally:
        await database.dispose()  # PostgreSQL copies a template only while nobody is connected to it
    return Modele(backend=backend, nom=nom, cibles=cibles, dossier=dossier)
