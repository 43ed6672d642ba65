"""Property test: random worlds over random départements, random principals; no row outside the scope.

The expected rows come from an oracle written here in plain Python over the loaded rows, independently
of the SQL predicates. On PostgreSQL the same property is checked for row-level security alone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from auth.rls import appliquer_contexte, contexte_systeme
from hub.db import Database
from hub.models import Activite, Conseiller, Contrat, Journal, Mandat, Poste, Structure, Usager
from hub.models.enums import Role, StatutContrat, TypeContrat
from tests.auth.world import (
    identite,
    make_activite,
    make_aidant,
    make_conseiller,
    make_contrat,
    make_journal,
    make_mandat,
    make_organisation,
    make_poste,
    make_structure,
    make_usager,
)

DEPARTEMENTS = ("57", "54", "13", "2A", "2B", "971")
MODELES = (Structure, Poste, Contrat, Conseiller, Activite, Mandat, Usager, Journal)
Choix = int | str | None  # an index into the world's rows, "inconnu" (a random id) or None (no id)


@dataclass(frozen=True)
class Plan:
    structures: list[str]
    conseillers: list[tuple[int, int | None]]  # (employer, former employer or None)
    organisations: list[str]
    mandats: list[tuple[int, int]]  # (organisation, usager)
    journal: list[tuple[Role, str | None, Choix, Choix, Choix]]


@dataclass(frozen=True)
class Demande:
    role: Role
    departements: frozenset[str]
    structure: Choix
    conseiller: Choix
    organisation: Choix
    scopes: frozenset[str]


choix = st.one_of(st.none(), st.just("inconnu"), st.integers(0, 20))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    structures = draw(st.lists(st.sampled_from(DEPARTEMENTS), min_size=1, max_size=4))
    index = st.integers(0, len(structures) - 1)
    organisations = draw(st.lists(st.sampled_from(DEPARTEMENTS), min_size=1, max_size=3))
    return Plan(
        structures=structures,
        conseillers=draw(st.lists(st.tuples(index, st.one_of(st.none(), index)), max_size=5)),
        organisations=organisations,
        mandats=draw(
            st.lists(st.tuples(st.integers(0, len(organisations) - 1), st.integers(0, 3)), max_size=5)
        ),
        journal=draw(
            st.lists(
                st.tuples(
                    st.sampled_from(list(Role)),
                    st.one_of(st.none(), st.sampled_from(DEPARTEMENTS)),
                    choix,
                    choix,
                    choix,
                ),
                max_size=5,
            )
        ),
    )


demandes = st.builds(
    Demande,
    role=st.sampled_from(list(Role)),
    departements=st.frozensets(st.sampled_from(DEPARTEMENTS), max_size=3),
    structure=choix,
    conseiller=choix,
    organisation=choix,
    scopes=st.frozensets(st.sampled_from(["structures:read", "stats:read"])),
)


def _resoudre(valeur: Choix, ids: list[uuid.UUID]) -> uuid.UUID | None:
    if valeur is None:
        return None
    if valeur == "inconnu" or not ids:
        return uuid.uuid4()
    return ids[int(valeur) % len(ids)]


async def _construire(session: AsyncSession, plan: Plan) -> dict[str, list[uuid.UUID]]:
    structures = [await make_structure(session, departement=d) for d in plan.structures]
    conseillers = []
    for employeur, ancien in plan.conseillers:
        conseiller = await make_conseiller(session, structures[employeur])
        await make_contrat(session, conseiller, await make_poste(session, structures[employeur]))
        await make_activite(session, conseiller)
        if ancien is not None and ancien != employeur:
            poste = await make_poste(session, structures[ancien])
            fin = dt.date(2021, 12, 31)
            await make_contrat(
                session, conseiller, poste, type=TypeContrat.CDD, statut=StatutContrat.TERMINE, date_fin=fin
            )
        conseillers.append(conseiller)
    organisations = [await make_organisation(session, departement=d) for d in plan.organisations]
    aidants = [await make_aidant(session, o) for o in organisations]
    usagers = [await make_usager(session) for _ in range(4)]
    for organisation, usager in plan.mandats:
        await make_mandat(session, aidants[organisation], usagers[usager])
    ids = {
        "structure": [s.id for s in structures],
        "conseiller": [c.id for c in conseillers],
        "organisation": [o.id for o in organisations],
    }
    for role, departement, structure, conseiller, organisation in plan.journal:
        await make_journal(
            session,
            role=role,
            departement_code=departement,
            structure_id=_resoudre(structure, ids["structure"]),
            conseiller_id=_resoudre(conseiller, ids["conseiller"]),
            organisation_id=_resoudre(organisation, ids["organisation"]),
        )
    return ids


def _egal(valeur: Any, identifiant: uuid.UUID | None) -> bool:
    return identifiant is not None and valeur == identifiant


def _dans_le_perimetre(model: type[Any], row: Any, p: Principal, tout: dict[type[Any], list[Any]]) -> bool:
    """The rules of DESIGN.md §3, restated over Python objects."""
    d, s, c, o = p.departements, p.structure_id, p.conseiller_id, p.organisation_id
    contrats = [k for k in tout[Contrat] if _egal(k.conseiller_id, c)]
    match p.role, model:
        case Role.ANCT, _:
            return model not in (Mandat, Usager)
        case Role.PREFECTURE, _ if model in (Mandat, Usager):
            return False
        case Role.PREFECTURE, _:
            return row.departement_code in d and (model is not Journal or row.organisation_id is None)
        case Role.STRUCTURE, _ if model is Structure:
            return _egal(row.id, s)
        case Role.STRUCTURE, _:
            return model not in (Mandat, Usager) and _egal(row.structure_id, s)
        case Role.CONSEILLER, _ if model is Structure:
            employeur = {x.structure_id for x in tout[Conseiller] if _egal(x.id, c)}
            return row.id in employeur | {k.structure_id for k in contrats}
        case Role.CONSEILLER, _ if model is Poste:
            return row.id in {k.poste_id for k in contrats}
        case Role.CONSEILLER, _ if model is Conseiller:
            return _egal(row.id, c)
        case Role.CONSEILLER, _ if model in (Contrat, Activite, Journal):
            return _egal(row.conseiller_id, c)
        case Role.AIDANT, _ if model in (Mandat, Journal):
            return _egal(row.organisation_id, o)
        case Role.AIDANT, _ if model is Usager:
            return row.id in {m.usager_id for m in tout[Mandat] if _egal(m.organisation_id, o)}
        case Role.PARTENAIRE, _ if model is Structure:
            return "structures:read" in p.scopes
        # This world has no coordination, réseau nor hub row (tests/auth/test_policy_matrice.py has):
        # a coordinateur reads itself and its activités, a hub territorial its départements' rows
        # like a préfecture (no mandat, usager, and no journal without its hub id), a grand réseau
        # without a réseau nothing.
        case Role.COORDINATEUR, _ if model is Conseiller:
            return _egal(row.id, c)
        case Role.COORDINATEUR, _ if model is Activite:
            return _egal(row.conseiller_id, c)
        case Role.HUB_TERRITORIAL, _ if model in (Structure, Poste, Contrat, Conseiller, Activite):
            return row.departement_code in d
        case _:
            return False


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans(), liste=st.lists(demandes, min_size=1, max_size=4))
async def test_aucune_ligne_hors_du_perimetre_n_est_jamais_rendue(
    database: Database, plan: Plan, liste: list[Demande]
) -> None:
    async with database.sessions() as session:
        await contexte_systeme(session)
        ids = await _construire(session, plan)
        tout = {model: list((await session.scalars(select(model))).all()) for model in MODELES}
        for demande in liste:
            principal = Principal(
                demande.role,
                departements=demande.departements,
                structure_id=_resoudre(demande.structure, ids["structure"]),
                conseiller_id=_resoudre(demande.conseiller, ids["conseiller"]),
                organisation_id=_resoudre(demande.organisation, ids["organisation"]),
                scopes=demande.scopes,
            )
            for model in MODELES:
                attendu = {identite(r) for r in tout[model] if _dans_le_perimetre(model, r, principal, tout)}
                rendues = {identite(r) for r in (await session.scalars(readable(model, principal))).all()}
                assert rendues == attendu, (model.__name__, principal)
                if database.is_postgresql:
                    # Row-level security alone: a bare SELECT under the principal's settings.
                    await appliquer_contexte(session, principal)
                    brutes = {identite(r) for r in (await session.scalars(select(model))).all()}
                    await contexte_systeme(session)
                    assert brutes == attendu, (model.__name__, principal, "RLS")
        await session.rollback()
