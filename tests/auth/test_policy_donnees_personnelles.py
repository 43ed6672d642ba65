"""Personal fields: whose nom, prénom, email, téléphone each role may read (conseillers and aidants)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from auth.policy import (
    STRUCTURE_CHAMPS_PUBLICS,
    read_predicate,
    voit_donnees_personnelles,
    voit_donnees_personnelles_aidant,
    voit_structure_complete,
)
from auth.principal import Principal
from hub.db import Database
from hub.models import Aidant, Conseiller, Structure
from hub.models.enums import Role
from tests.auth.world import CELLULES, construire_monde, principaux, systeme

# principal -> the cells whose conseiller's personal data it reads.
CONSEILLERS: dict[str, set[str]] = {
    "anct": set(CELLULES),
    "prefecture_57": {"57a", "57b"},
    "prefecture_57_13": {"57a", "57b", "13"},
    "structure_57a": {"57a"},  # its employee, not the person who once worked there (57b)
    "conseiller_57a": {"57a"},
    "conseiller_57b": {"57b"},
    "aidant_57a": set(),
    "partenaire": set(),
    "partenaire_structures": set(),
    "anonyme": set(),
    "structure_sans_id": set(),
    "prefecture_sans_departement": set(),
}
# principal -> the cells whose aidant's personal data it reads.
AIDANTS: dict[str, set[str]] = {
    "anct": set(CELLULES),
    "aidant_57a": {"57a"},
    "aidant_13": {"13"},
    "prefecture_57": set(),  # counts aidants, never reads who they are
    "structure_57a": set(),
    "conseiller_57a": set(),
    "partenaire_structures": set(),
    "anonyme": set(),
}


async def test_qui_lit_les_donnees_personnelles_d_un_conseiller(database: Database) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
        lisibles = {
            nom: {
                c.id for c in await session.scalars(select(Conseiller).where(read_predicate(Conseiller, p)))
            }
            for nom, p in principaux(monde).items()
        }
    for nom, attendu in CONSEILLERS.items():
        principal = principaux(monde)[nom]
        vus = {cell for cell, c in monde.conseillers.items() if voit_donnees_personnelles(principal, c)}
        assert vus == attendu, nom
        # Never the personal data of a person whose row the principal may not even read.
        assert {monde.conseillers[cell].id for cell in vus} <= lisibles[nom], nom


async def test_qui_lit_les_donnees_personnelles_d_un_aidant(database: Database) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
    aidants: dict[str, Aidant] = monde.objets[Aidant]
    for nom, attendu in AIDANTS.items():
        principal = principaux(monde)[nom]
        vus = {cell for cell in CELLULES if voit_donnees_personnelles_aidant(principal, aidants[cell])}
        assert vus == attendu, nom


@pytest.mark.parametrize("role", list(Role))
def test_seuls_les_outils_partenaires_voient_une_structure_reduite_a_ses_champs_publics(role: Role) -> None:
    assert voit_structure_complete(Principal(role)) is (
        # A coordinateur reads no structure at all.
        role not in (Role.PARTENAIRE, Role.AIDANT, Role.ANONYME, Role.COORDINATEUR)
    )


def test_les_champs_publics_d_une_structure_sont_des_colonnes_et_excluent_le_dossier() -> None:
    colonnes = set(Structure.__table__.columns.keys())
    assert set(STRUCTURE_CHAMPS_PUBLICS) <= colonnes
    assert {"statut", "external_ids"} & set(STRUCTURE_CHAMPS_PUBLICS) == set()
