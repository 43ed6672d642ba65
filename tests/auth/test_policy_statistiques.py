"""Statistics rules: who may count what on which territory, and what the counts are on the world."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from auth.policy import Territoire, seuil_petits_groupes, statistiques_predicate
from auth.principal import Principal
from auth.rls import appliquer_contexte, contexte_statistiques
from hub.db import Database
from hub.models import (
    Activite,
    ActiviteAgregat,
    ActiviteTheme,
    ActiviteThemeAgregat,
    Aidant,
    ClientPartenaire,
    Conseiller,
    Contrat,
    Departement,
    Enveloppe,
    Habilitation,
    ImportRun,
    Journal,
    Lieu,
    LieuConseiller,
    Mandat,
    PlafondDepartemental,
    Poste,
    Region,
    Structure,
    Subvention,
    Usager,
)
from hub.models.enums import Role
from hub.referentiel.territoires import departements_des_regions
from hub.settings import Settings
from tests.auth.world import construire_monde, principaux, systeme

NATIONAL = Territoire("national")
GRAND_EST = Territoire("region", "44")
CORSE = Territoire("region", "94")
MOSELLE = Territoire("departement", "57")
BOUCHES_DU_RHONE = Territoire("departement", "13")

CORSE_ENTIERE = Principal(Role.PREFECTURE, subject="corse", departements=frozenset({"2A", "2B"}))
PARTENAIRE_STATS = Principal(Role.PARTENAIRE, subject="ps", scopes=frozenset({"stats:read"}))
# Issue 21's roles, outside any world: a hub over Grand Est (its départements derived from the région,
# as auth.claims does), a grand réseau and a coordinateur.
HUB_44 = Principal(
    Role.HUB_TERRITORIAL,
    subject="hub",
    hub_territorial_id=uuid.uuid4(),
    regions=frozenset({"44"}),
    departements=departements_des_regions(frozenset({"44"})),
)
RESEAU = Principal(Role.GRAND_RESEAU, subject="reseau", reseau_id=uuid.uuid4())
COORDINATEUR = Principal(Role.COORDINATEUR, subject="coordinateur", conseiller_id=uuid.uuid4())


def test_un_territoire_national_n_a_pas_de_code_et_les_autres_en_ont_un() -> None:
    for niveau, code in (("national", "57"), ("departement", None), ("region", None), ("canton", "1")):
        with pytest.raises(ValueError, match="territor"):
            Territoire(niveau, code)  # type: ignore[arg-type]


# (principal, territory) -> may it see statistics on postes there?
TERRITOIRES_PERMIS: list[tuple[str, Territoire, bool]] = [
    ("anct", BOUCHES_DU_RHONE, True),
    ("anct", GRAND_EST, True),
    ("prefecture_57", NATIONAL, True),
    ("prefecture_57", MOSELLE, True),
    ("prefecture_57", BOUCHES_DU_RHONE, False),
    # Grand Est minus Moselle would give its neighbours' numbers away.
    ("prefecture_57", GRAND_EST, False),
    ("corse_entiere", CORSE, True),
    ("structure_57a", BOUCHES_DU_RHONE, True),
    ("partenaire", NATIONAL, True),
    ("partenaire", MOSELLE, False),
    ("partenaire_stats", MOSELLE, True),
    ("anonyme", NATIONAL, True),
    ("anonyme", MOSELLE, False),
    ("anonyme", GRAND_EST, False),
    # A hub territorial: like a préfecture of every département of its régions.
    ("hub_44", NATIONAL, True),
    ("hub_44", GRAND_EST, True),
    ("hub_44", MOSELLE, True),
    ("hub_44", BOUCHES_DU_RHONE, False),
    ("hub_44", CORSE, False),
    # A grand réseau: its members' postes, whatever the territory (like a structure). A coordinateur
    # reads no poste at all: no statistics on postes anywhere (its activités: COMPTES below).
    ("reseau", BOUCHES_DU_RHONE, True),
    ("coordinateur", NATIONAL, False),
]


def _principal(nom: str, monde: Any = None) -> Principal:
    speciaux = {
        "corse_entiere": CORSE_ENTIERE,
        "partenaire_stats": PARTENAIRE_STATS,
        "hub_44": HUB_44,
        "reseau": RESEAU,
        "coordinateur": COORDINATEUR,
    }
    if nom in speciaux:
        return speciaux[nom]
    if monde is None:
        ids = {"structure_id": uuid.uuid4(), "conseiller_id": uuid.uuid4(), "organisation_id": uuid.uuid4()}
        return Principal(Role(nom.split("_")[0]), departements=frozenset({"57"}), **ids)
    return principaux(monde)[nom]


@pytest.mark.parametrize(("nom", "territoire", "permis"), TERRITOIRES_PERMIS)
def test_qui_voit_des_statistiques_sur_quel_territoire(
    nom: str, territoire: Territoire, permis: bool
) -> None:
    assert (statistiques_predicate(Poste, _principal(nom), territoire) is not None) is permis


def test_les_mandats_se_comptent_par_l_anct_les_prefectures_et_l_organisation_seulement() -> None:
    aidant = Principal(Role.AIDANT, organisation_id=uuid.uuid4())
    structure = Principal(Role.STRUCTURE, structure_id=uuid.uuid4())
    prefecture = Principal(Role.PREFECTURE, departements=frozenset({"57"}))
    for model in (Mandat, Aidant):
        assert statistiques_predicate(model, Principal(Role.ANCT), MOSELLE) is not None
        assert statistiques_predicate(model, prefecture, MOSELLE) is not None
        assert statistiques_predicate(model, PARTENAIRE_STATS, NATIONAL) is None
        assert statistiques_predicate(model, Principal(Role.ANONYME), NATIONAL) is None
        # A structure reads no mandat: no statistics (null), rather than a misleading zero.
        assert statistiques_predicate(model, structure, NATIONAL) is None
    assert statistiques_predicate(Mandat, aidant, NATIONAL) is not None
    for model in (Usager, Journal, ImportRun, ClientPartenaire, Habilitation):
        assert statistiques_predicate(model, Principal(Role.ANCT), NATIONAL) is None


# (principal, model, territory) -> how many rows of the world it counts.
COMPTES: list[tuple[str, type[Any], Territoire, int]] = [
    ("anct", Poste, NATIONAL, 5),
    ("anct", Poste, GRAND_EST, 3),
    ("anct", Poste, BOUCHES_DU_RHONE, 1),
    ("anct", Poste, CORSE, 1),
    ("anct", Enveloppe, NATIONAL, 1),
    ("anct", Enveloppe, MOSELLE, 0),  # a national budget line has no département
    ("anct", Departement, GRAND_EST, 10),
    ("anct", Region, MOSELLE, 1),
    ("anct", LieuConseiller, BOUCHES_DU_RHONE, 1),
    ("prefecture_57", Poste, NATIONAL, 5),
    ("prefecture_57", Poste, MOSELLE, 3),
    ("prefecture_57", Mandat, MOSELLE, 2),
    ("prefecture_57", Mandat, NATIONAL, 5),
    ("prefecture_57", PlafondDepartemental, MOSELLE, 1),
    ("structure_57a", Poste, NATIONAL, 2),
    ("structure_57a", Poste, BOUCHES_DU_RHONE, 0),
    ("conseiller_57b", Poste, NATIONAL, 2),
    ("conseiller_57b", Activite, NATIONAL, 1),
    ("aidant_13", Mandat, NATIONAL, 2),
    ("aidant_13", Mandat, MOSELLE, 0),
    ("partenaire_stats", Activite, CORSE, 1),
    ("partenaire_stats", ActiviteTheme, MOSELLE, 2),
    ("anonyme", Structure, NATIONAL, 4),
    ("anonyme", Lieu, NATIONAL, 4),
    # The hub territorial counts its régions' rows like a préfecture, national totals included, and
    # the activité aggregates (one row: Moselle × March 2021), which RLS let it count since 0025.
    ("hub_grand_est", Poste, GRAND_EST, 3),
    ("hub_grand_est", Poste, MOSELLE, 3),
    ("hub_grand_est", Poste, NATIONAL, 5),
    ("hub_grand_est", Mandat, GRAND_EST, 2),
    ("hub_grand_est", Activite, GRAND_EST, 2),
    ("hub_grand_est", ActiviteAgregat, GRAND_EST, 1),
    ("hub_grand_est", ActiviteThemeAgregat, GRAND_EST, 1),
    ("prefecture_57", ActiviteAgregat, MOSELLE, 1),
    # The grand réseau: its members "57b" and "13", wherever they are.
    ("grand_reseau_emmaus", Poste, NATIONAL, 2),
    ("grand_reseau_emmaus", Poste, BOUCHES_DU_RHONE, 1),
    ("grand_reseau_emmaus", Conseiller, NATIONAL, 2),
    ("grand_reseau_emmaus", Structure, GRAND_EST, 1),
    # The coordinateur: its own activité and its coordonné's ("57b"), not the ended coordination's.
    ("coordinateur_57a", Activite, NATIONAL, 2),
    ("coordinateur_57a", Activite, BOUCHES_DU_RHONE, 0),
    ("coordinateur_57a", Conseiller, NATIONAL, 2),
]


async def test_les_comptes_du_monde_pour_chaque_role_et_territoire(database: Database) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
    for nom, model, territoire, attendu in COMPTES:
        predicat = statistiques_predicate(model, _principal(nom, monde), territoire)
        assert predicat is not None, (nom, model.__name__, territoire)
        compte = select(func.count()).select_from(model).where(predicat)
        # The Python rule alone (as the system, row-level security lets everything through)…
        async with systeme(database) as session:
            assert await session.scalar(compte) == attendu, (nom, model.__name__, territoire)
        # …and as the request runs it: the principal's context, counting inside contexte_statistiques
        # (on PostgreSQL, row-level security would otherwise hide what it may count but not read).
        async with database.transaction() as session:
            await appliquer_contexte(session, _principal(nom, monde))
            async with contexte_statistiques(session):
                assert await session.scalar(compte) == attendu, (nom, model.__name__, territoire, "RLS")


def test_les_nouveaux_roles_n_ont_pas_de_statistiques_de_ce_qu_ils_ne_lisent_pas() -> None:
    # No figure rather than a misleading 0: the grand réseau reads no funding, activité nor mandat of
    # its members; the coordinateur reads no poste, contrat nor subvention; the hub counts mandats
    # like a préfecture, but never the aggregates' rows elsewhere than on its territory.
    for model in (Subvention, Activite, ActiviteAgregat, Mandat):
        assert statistiques_predicate(model, RESEAU, NATIONAL) is None, model.__name__
    for model in (Poste, Contrat, Subvention, ActiviteAgregat, Mandat):
        assert statistiques_predicate(model, COORDINATEUR, NATIONAL) is None, model.__name__
    assert statistiques_predicate(Mandat, HUB_44, GRAND_EST) is not None
    assert statistiques_predicate(ActiviteAgregat, HUB_44, BOUCHES_DU_RHONE) is None
    for model in (Usager, Journal, Habilitation):
        assert statistiques_predicate(model, HUB_44, GRAND_EST) is None, model.__name__


@pytest.mark.parametrize(
    ("role", "territoire", "seuil"),
    [
        (Role.PARTENAIRE, MOSELLE, 7),
        (Role.PARTENAIRE, GRAND_EST, 7),
        (Role.PARTENAIRE, NATIONAL, 7),
        (Role.ANONYME, MOSELLE, 7),
        (Role.ANONYME, NATIONAL, 7),
        (Role.ANCT, MOSELLE, None),
        (Role.PREFECTURE, MOSELLE, None),
        (Role.STRUCTURE, MOSELLE, None),
        (Role.HUB_TERRITORIAL, GRAND_EST, None),
        (Role.GRAND_RESEAU, NATIONAL, None),
        (Role.COORDINATEUR, NATIONAL, None),
    ],
)
def test_les_petits_groupes_sont_masques_pour_partenaires_et_anonymes_a_tout_niveau(
    role: Role, territoire: Territoire, seuil: int | None
) -> None:
    settings = Settings.from_env({}, small_group_threshold=7)
    assert seuil_petits_groupes(Principal(role), territoire, settings) == seuil
