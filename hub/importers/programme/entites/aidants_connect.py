"""Aidants Connect: organisations habilitées, their aidants, and the mandats they hold.

Records keep Aidants Connect's own uuid as their `id_source`. A mandat names its usager by the
pseudonym Aidants Connect gives (never a name nor a birth date): the hub records the pseudonym only.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne
from hub.importers.programme.colonnes import Colonne, Type
from hub.importers.programme.entites.communes import (
    booleen,
    courriel_professionnel,
    departement,
    entier,
    enumeration,
    id_source,
    reference_id_source,
    siret,
    texte,
)
from hub.importers.programme.format import Cible, Format, Reference, Regles
from hub.models import Aidant, Autorisation, Mandat, OrganisationAidantsConnect, Usager
from hub.models.base import utcnow
from hub.models.enums import DUREES_MANDAT_JOURS, Demarche

UUID_AC = "Identifiant Aidants Connect (uuid)"
ORGANISATION = reference_id_source("organisation_id_source", "Identifiant Aidants Connect de l'organisation")
PAR_ORGANISATION = Reference(
    ("organisation_id_source",),
    "organisations-aidants-connect",
    "organisation_id",
    herite=("departement_code",),
)

ORGANISATIONS = Format(
    nom="organisations-aidants-connect",
    titre="Organisation Aidants Connect",
    description="Organisations habilitées Aidants Connect et les démarches que leurs aidants couvrent.",
    modele=OrganisationAidantsConnect,
    cle=("id_source",),
    colonnes=(
        id_source(UUID_AC),
        siret("siret", "SIRET de l'organisation"),
        texte("nom", "Nom de l'organisation", 300, requis=True),
        departement(),
        siret(
            "structure_siret",
            "SIRET de la structure du programme qui la porte, s'il y en a une",
            requis=False,
        ),
        Colonne(
            "demarches_autorisees",
            Type.LISTE,
            "Démarches couvertes, séparées par « | »",
            valeurs=tuple(Demarche),
            defaut=[],
        ),
        entier("numero_france_services", "Numéro (id_fs) du site France Services, s'il en est un", 1, 10**9),
    ),
    references=(Reference(("structure_siret",), "structures", "structure_id"),),
    expose=("departement_code",),
    uniques=("id_source",),
)

AIDANTS = Format(
    nom="aidants",
    titre="Aidant",
    description="Aidants habilités d'une organisation Aidants Connect.",
    modele=Aidant,
    cle=("id_source",),
    colonnes=(
        id_source(UUID_AC),
        ORGANISATION,
        texte("nom", "Nom", 100, requis=True),
        texte("prenom", "Prénom", 100, requis=True),
        Colonne(
            "email",
            Type.TEXTE,
            "Adresse électronique professionnelle",
            requis=True,
            longueur_max=200,
            controle=courriel_professionnel,
        ),
        booleen("peut_creer_mandats", "Habilité à créer des mandats", True),
        reference_id_source(
            "conseiller_id_source", "Identifiant source du conseiller, si l'aidant en est un", requis=False
        ),
    ),
    references=(
        PAR_ORGANISATION,
        Reference(("conseiller_id_source",), "conseillers", "conseiller_id"),
    ),
    expose=("organisation_id",),
    uniques=("id_source", "email"),
)


class RegleMandat(Regles):
    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        if valeurs["date_expiration"] <= valeurs["date_creation"]:
            ligne.rejeter(
                "date_expiration",
                valeurs["date_expiration"].isoformat(),
                "un mandat expire après sa création",
            )

    async def completer(self, session: AsyncSession, lignes: list[dict[str, Any]]) -> None:
        usagers = {ligne["usager_id"] for ligne in lignes}
        pseudonymes = dict(
            (await session.execute(select(Usager.id, Usager.pseudonyme).where(Usager.id.in_(usagers)))).all()
        )
        for ligne in lignes:
            ligne["usager_pseudonyme"] = pseudonymes[ligne["usager_id"]]

    async def avant_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        """The usagers the mandats name, created from their pseudonym when the hub does not know them."""
        pseudonymes = sorted({ligne["usager_pseudonyme"] for ligne in lot})
        insertion = (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)(
            Usager
        )
        maintenant = utcnow()
        await session.execute(
            insertion.on_conflict_do_nothing(index_elements=["pseudonyme"]),
            [{"id": uuid.uuid4(), "pseudonyme": p, "created_at": maintenant} for p in pseudonymes],
        )
        ids = dict(
            (
                await session.execute(
                    select(Usager.pseudonyme, Usager.id).where(Usager.pseudonyme.in_(pseudonymes))
                )
            ).all()
        )
        for ligne in lot:
            ligne["usager_id"] = ids[ligne["usager_pseudonyme"]]


MANDATS = Format(
    nom="mandats",
    titre="Mandat",
    description="Mandats Aidants Connect : une organisation agit pour un usager sur des démarches, "
    "pour une durée.",
    modele=Mandat,
    cle=("id_source",),
    colonnes=(
        id_source(UUID_AC),
        ORGANISATION,
        reference_id_source("aidant_id_source", "Identifiant Aidants Connect de l'aidant qui l'a créé"),
        texte(
            "usager_pseudonyme",
            "Pseudonyme de l'usager chez Aidants Connect (jamais son identité)",
            64,
            requis=True,
        ),
        Colonne("duree_jours", Type.ENTIER, "Durée en jours", requis=True, valeurs=DUREES_MANDAT_JOURS),
        Colonne("date_creation", Type.INSTANT, "Création (ISO 8601 avec fuseau)", requis=True),
        Colonne("date_expiration", Type.INSTANT, "Expiration (ISO 8601 avec fuseau)", requis=True),
        booleen("a_distance", "Signé à distance", False),
    ),
    references=(
        PAR_ORGANISATION,
        Reference(("aidant_id_source",), "aidants", "aidant_id", herite=("organisation_id",)),
    ),
    expose=("organisation_id", "departement_code"),
    uniques=("id_source",),
    regles=RegleMandat,
    extras=("usager_pseudonyme",),
)

AUTORISATIONS = Format(
    nom="autorisations",
    titre="Autorisation",
    description="Les démarches d'un mandat, une par ligne, chacune révocable seule.",
    modele=Autorisation,
    cle=("mandat_id_source", "demarche"),
    colonnes=(
        reference_id_source("mandat_id_source", "Identifiant Aidants Connect du mandat"),
        enumeration("demarche", "Démarche couverte", Demarche),
        Colonne("date_revocation", Type.INSTANT, "Révocation, s'il y en a eu une (ISO 8601 avec fuseau)"),
    ),
    references=(
        Reference(
            ("mandat_id_source",), "mandats", "mandat_id", herite=("organisation_id", "departement_code")
        ),
    ),
)
