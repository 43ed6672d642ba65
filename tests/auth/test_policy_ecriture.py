"""Writes that would move a row out of the writer's scope: refused by the policy and by PostgreSQL.

Each case is a pair of new rows a principal tries to insert: one it may write, one that differs only
by the column that decides who reads it later (département, structure, organisation, role…).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from auth.policy import write_predicate
from auth.rls import appliquer_contexte, contexte_systeme
from hub.db import Database
from hub.models import (
    Activite,
    Aidant,
    Autorisation,
    AvisPrefet,
    Candidature,
    Conseiller,
    Contrat,
    Journal,
    Mandat,
    Poste,
    Structure,
    Usager,
)
from hub.models.enums import (
    Avis,
    Canal,
    Demarche,
    Role,
    StatutContrat,
    StatutStructure,
    TypeActivite,
    TypeContrat,
)
from tests.auth.world import INSTANT, JOUR, Monde, construire_monde, identite, principaux, systeme

Ligne = Callable[[Monde, str], Any]  # (world, variant "permis" | "interdit") -> a new, unsaved row


def _candidature(m: Monde, v: str) -> Candidature:
    return Candidature(
        structure_id=m.structures["57a"].id,
        departement_code="57" if v == "permis" else "13",
        nb_postes_souhaites=1,
        date_depot=JOUR,
    )


def _candidature_d_une_autre_structure(m: Monde, v: str) -> Candidature:
    return Candidature(
        structure_id=m.structures["57a" if v == "permis" else "57b"].id,
        departement_code="57",
        nb_postes_souhaites=1,
        date_depot=JOUR,
    )


def _avis(m: Monde, v: str) -> AvisPrefet:
    # The forbidden one claims Moselle for a candidature of Bouches-du-Rhône.
    candidature: Candidature = m.objet(Candidature, "57a" if v == "permis" else "13")
    return AvisPrefet(
        candidature_id=candidature.id,
        structure_id=candidature.structure_id,
        departement_code="57",
        avis=Avis.NEGATIF,
        date=JOUR,
        auteur="préfecture",
    )


def _contrat(m: Monde, v: str) -> Contrat:
    poste: Poste = m.objet(Poste, "57a-2" if v == "permis" else "57b")
    return Contrat(
        conseiller_id=m.conseillers["13"].id,
        structure_id=m.structures["57a"].id,
        poste_id=poste.id,
        departement_code="57",
        type=TypeContrat.CDD,
        statut=StatutContrat.TERMINE,
        date_debut=JOUR,
        date_fin=dt.date(2021, 6, 30),
    )


def _activite(m: Monde, v: str, **ecart: Any) -> Activite:
    conseiller: Conseiller = m.conseillers["57a"]
    valeurs: dict[str, Any] = {
        "conseiller_id": conseiller.id,
        "structure_id": conseiller.structure_id,
        "departement_code": conseiller.departement_code,
        "date": JOUR,
        "canal": Canal.DISTANCE,
        "type": TypeActivite.PONCTUEL,
        "duree_minutes": 30,
        "nb_participants": 1,
        "age_plus60ans": 1,
        "statut_retraite": 1,
        "reorientations": [],
        "code_commune": "57463",
    }
    return Activite(**(valeurs | (ecart if v == "interdit" else {})))


def _mandat(m: Monde, v: str) -> Mandat:
    aidant: Aidant = m.objet(Aidant, "57a" if v == "permis" else "13")
    return Mandat(
        organisation_id=m.organisations["57a"].id,
        usager_id=m.objet(Usager, "57a").id,
        aidant_id=aidant.id,
        departement_code="57",
        duree_jours=31,
        date_creation=INSTANT,
        date_expiration=INSTANT + dt.timedelta(days=31),
    )


def _autorisation(m: Monde, v: str) -> Autorisation:
    return Autorisation(
        mandat_id=m.objet(Mandat, "57a" if v == "permis" else "13").id,
        organisation_id=m.organisations["57a"].id,
        departement_code="57",
        demarche=Demarche.ARGENT,
    )


def _journal_signe(m: Monde, v: str) -> Journal:
    # The forbidden line signs as ANCT.
    role = Role.CONSEILLER if v == "permis" else Role.ANCT
    conseiller_id = m.conseillers["57a"].id
    return Journal(
        role=role, sujet="c57a", action="t", entite="t", entite_id="1", conseiller_id=conseiller_id
    )


def _journal_d_un_autre(m: Monde, v: str) -> Journal:
    # The forbidden line lands in another conseiller's audit.
    conseiller_id = m.conseillers["57a" if v == "permis" else "57b"].id
    return Journal(
        role=Role.CONSEILLER, sujet="c57a", action="t", entite="t", entite_id="1", conseiller_id=conseiller_id
    )


@dataclasses.dataclass(frozen=True)
class Cas:
    principal: str
    ligne: Ligne


CAS = {
    "candidature_dans_un_autre_departement": Cas("structure_57a", _candidature),
    "candidature_pour_une_autre_structure": Cas("structure_57a", _candidature_d_une_autre_structure),
    "avis_sur_la_candidature_d_un_voisin": Cas("prefecture_57", _avis),
    "contrat_sur_le_poste_d_une_autre_structure": Cas("structure_57a", _contrat),
    "activite_pour_une_autre_structure": Cas(
        "conseiller_57a", lambda m, v: _activite(m, v, structure_id=m.structures["57b"].id)
    ),
    "activite_dans_un_autre_departement": Cas(
        "conseiller_57a", lambda m, v: _activite(m, v, departement_code="13")
    ),
    "activite_d_un_autre_conseiller": Cas(
        "conseiller_57a", lambda m, v: _activite(m, v, conseiller_id=m.conseillers["57b"].id)
    ),
    "mandat_signe_par_l_aidant_d_une_autre_organisation": Cas("aidant_57a", _mandat),
    "autorisation_sur_le_mandat_d_une_autre_organisation": Cas("aidant_57a", _autorisation),
    "journal_signe_d_un_autre_role": Cas("conseiller_57a", _journal_signe),
    "journal_dans_l_audit_d_un_autre": Cas("conseiller_57a", _journal_d_un_autre),
}


async def _permise_par_la_politique(database: Database, monde: Monde, cas: Cas, variante: str) -> bool:
    """Insert the row as the system, then ask the Python write rule about it (rolled back)."""
    principal = principaux(monde)[cas.principal]
    async with database.sessions() as session:
        await contexte_systeme(session)
        ligne = cas.ligne(monde, variante)
        session.add(ligne)
        await session.flush()
        model = type(ligne)
        cles = [c == v for c, v in zip(model.__table__.primary_key.columns, identite(ligne), strict=True)]
        nombre = await session.scalar(
            select(func.count()).select_from(model).where(*cles, write_predicate(model, principal))
        )
        await session.rollback()
    return nombre == 1


@pytest.mark.parametrize("nom", list(CAS))
async def test_la_politique_refuse_une_ligne_ecrite_hors_du_perimetre(database: Database, nom: str) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
    assert await _permise_par_la_politique(database, monde, CAS[nom], "permis")
    assert not await _permise_par_la_politique(database, monde, CAS[nom], "interdit")


@pytest.mark.postgresql_only
@pytest.mark.parametrize("nom", list(CAS))
async def test_la_base_refuse_une_ligne_ecrite_hors_du_perimetre(database: Database, nom: str) -> None:
    async with systeme(database) as session:
        monde = await construire_monde(session)
    cas = CAS[nom]
    principal = principaux(monde)[cas.principal]
    for variante in ("permis", "interdit"):
        async with database.sessions() as session:
            await appliquer_contexte(session, principal)
            session.add(cas.ligne(monde, variante))
            if variante == "permis":
                await session.flush()
            else:
                with pytest.raises(DBAPIError, match="row-level security"):
                    await session.flush()
            await session.rollback()


@pytest.mark.postgresql_only
async def test_une_structure_ne_change_de_sa_ligne_que_son_statut_vers_l_abandon(database: Database) -> None:
    # Its own row while under instruction (57a is créée), for its abandon only (migration 0022's
    # trigger); once validated, no UPDATE policy covers it: the statut follows the coselec (ANCT).
    async with systeme(database) as session:
        monde = await construire_monde(session)
    ligne = Structure.__table__.update().where(Structure.id == monde.structures["57a"].id)
    async with database.transaction() as session:
        await appliquer_contexte(session, principaux(monde)["structure_57a"])
        with pytest.raises(DBAPIError, match="ne change que son statut"):
            await session.execute(ligne.values(nom="Pirate"))
    async with systeme(database) as session:
        await session.execute(ligne.values(statut=StatutStructure.VALIDEE))
    async with database.transaction() as session:
        await appliquer_contexte(session, principaux(monde)["structure_57a"])
        resultat = await session.execute(ligne.values(statut=StatutStructure.ABANDON))
        assert resultat.rowcount == 0  # type: ignore[attr-defined]
