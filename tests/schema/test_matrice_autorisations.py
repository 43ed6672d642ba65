"""Authorization matrix of the GraphQL API: every role × every root field and personal-data path.

Each cell is checked against an independent SQL count written by hand from DESIGN.md §3 (not the
policy module): the API must return exactly the rows the rule allows, and rows outside it are
absent (null or not listed), never an error.
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path
from typing import Any

import pytest
from graphql import build_schema as parse_sdl
from sqlalchemy import Integer, String, Uuid, bindparam, text

from auth.rls import contexte_systeme
from schema import build_schema
from tests.schema.conftest import Api
from tests.schema.roles import ROLES, principal

NON = "1 = 0"
TOUT = "1 = 1"
_ORG = "organisation_id = :organisation"
# Issue 21's roles (DESIGN.md §8, issue 21 §2). The hub territorial reads its régions' rows like a
# préfecture its département's (région 44, Grand Est, from the référentiel table); the grand réseau its
# members' structures, postes, contrats and current conseillers wherever they are, not their funding
# nor their activités; the coordinateur itself and the conseillers it coordinates today (a coordination
# not ended), and their activités, nothing of their employers.
_HUB = "hub territorial grand est"
_RESEAU = "grand reseau"
_COORD = "coordinateur"
_GRAND_EST = "departement_code IN (SELECT code FROM departement WHERE region_code = '44')"
_DU_RESEAU = "structure_id IN (SELECT id FROM structure WHERE reseau_id = :reseau)"
# A member's current employees: not one whose contrat with it has ended (who still points at it until
# ANCT validates their next contrat), unless they hold a current contrat there (issue 21, 4).
_EMPLOYES_DU_RESEAU = (
    f"{_DU_RESEAU} AND (id IN (SELECT k.conseiller_id FROM contrat k WHERE k.structure_id ="
    " conseiller.structure_id AND k.statut IN ('recrute', 'actif')) OR id NOT IN (SELECT k.conseiller_id"
    " FROM contrat k WHERE k.structure_id = conseiller.structure_id AND k.statut IN ('rompu', 'termine')))"
)
_COORDONNES = (
    "SELECT conseiller_id FROM coordination WHERE coordinateur_id = :conseiller AND date_fin IS NULL"
)

# Root list → (table, {role: SQL condition on that table}); roles not listed see nothing (NON).
# :structure, :conseiller, :organisation, :reseau, :hub are the principal's own ids
# (tests/schema/roles.py; a coordinateur's :conseiller is its own conseiller id).
LISTES: dict[str, tuple[str, dict[str, str]]] = {
    "structures": (
        "structure",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57'",
            "prefecture 13": "departement_code = '13'",
            "structure": "id = :structure",
            "conseiller": "id IN (SELECT structure_id FROM conseiller WHERE id = :conseiller"
            " UNION SELECT structure_id FROM contrat WHERE conseiller_id = :conseiller)",
            "partenaire structures:read": TOUT,
            _HUB: _GRAND_EST,
            _RESEAU: "reseau_id = :reseau",
        },
    ),
    "postes": (
        "poste",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57'",
            "prefecture 13": "departement_code = '13'",
            "structure": "structure_id = :structure",
            "conseiller": "id IN (SELECT poste_id FROM contrat WHERE conseiller_id = :conseiller)",
            _HUB: _GRAND_EST,
            _RESEAU: _DU_RESEAU,
        },
    ),
    "conseillers": (
        "conseiller",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57'",
            "prefecture 13": "departement_code = '13'",
            "structure": "structure_id = :structure",
            "conseiller": "id = :conseiller",
            _COORD: f"id = :conseiller OR id IN ({_COORDONNES})",
            _HUB: _GRAND_EST,
            _RESEAU: _EMPLOYES_DU_RESEAU,
        },
    ),
    "contrats": (
        "contrat",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57'",
            "prefecture 13": "departement_code = '13'",
            "structure": "structure_id = :structure",
            "conseiller": "conseiller_id = :conseiller",
            _HUB: _GRAND_EST,
            _RESEAU: _DU_RESEAU,
        },
    ),
    "subventions": (
        "subvention",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57'",
            "prefecture 13": "departement_code = '13'",
            "structure": "structure_id = :structure",
            _HUB: _GRAND_EST,
        },
    ),
    # The State's budget lines: not a hub territorial's (an association), nor anyone else's.
    "enveloppes": ("enveloppe", {"anct": TOUT, "prefecture 57": TOUT, "prefecture 13": TOUT}),
    "lieux": ("lieu", dict.fromkeys(ROLES, TOUT)),
    "sitesFranceServices": ("site_france_services", dict.fromkeys(ROLES, TOUT)),
    "activites": (
        "activite",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57'",
            "prefecture 13": "departement_code = '13'",
            "structure": "structure_id = :structure",
            "conseiller": "conseiller_id = :conseiller",
            _COORD: f"conseiller_id = :conseiller OR conseiller_id IN ({_COORDONNES})",
            _HUB: _GRAND_EST,
        },
    ),
    "mandats": ("mandat", {"aidant": _ORG}),
    "imports": ("import_run", {"anct": TOUT}),
    # A préfecture manages its agents of exactly one of its départements; a structure its colleagues.
    "habilitations": (
        "habilitation",
        {
            "anct": TOUT,
            "prefecture 57": "role = 'prefecture' AND CAST(departements AS TEXT) = '[\"57\"]'",
            "prefecture 13": "role = 'prefecture' AND CAST(departements AS TEXT) = '[\"13\"]'",
            "structure": "role = 'structure' AND structure_id = :structure",
        },
    ),
    "journal": (
        "journal",
        {
            "anct": TOUT,
            "prefecture 57": "departement_code = '57' AND organisation_id IS NULL",
            "prefecture 13": "departement_code = '13' AND organisation_id IS NULL",
            "structure": "structure_id = :structure",
            "conseiller": "conseiller_id = :conseiller",
            "aidant": _ORG,
            # Only the lines of its own contact data, not the audit of its régions' writes.
            _HUB: "entite = 'hub_territorial' AND entite_id = :hub",
        },
    ),
}

# Single-object root fields → the list whose rule they follow, and the targets asked: one row of
# Moselle and one of Bouches-du-Rhône (another département, another région).
OBJETS: dict[str, str] = {"structure": "structures", "conseiller": "conseillers", "lieu": "lieux"}
# `node(id)` is asked for one row of 13 of each of these types.
NODE: dict[str, str] = {
    "Structure": "structures",
    "Poste": "postes",
    "Conseiller": "conseillers",
    "Contrat": "contrats",
    "Subvention": "subventions",
    "Activite": "activites",
    "Lieu": "lieux",
    "Mandat": "mandats",
}
# The public référentiel: every role reads every row.
REFERENTIEL = {"regions": 18, "departements": 107, "departement": 1}  # 101 départements and 6 COM
# Root fields whose own matrix lives with their owners.
COUVERTS_AILLEURS = {
    "moi": "tests/auth",
    "statistiques": "tests/statistiques",
    # The imported communes and EPCI: public référentiel, every role reads them (its own world).
    "commune": "tests/schema/commune/test_queries.py",
    "epci": "tests/schema/commune/test_queries.py",
}


def _sql(liste: str, role: str, extra: str = "") -> tuple[Any, list[str]]:
    table, regles = LISTES[liste]
    key_type = Integer() if table == "journal" else Uuid()
    sql = f"SELECT id FROM {table} WHERE ({regles.get(role, NON)}){extra}"
    names = [n for n in _PARAMETRES if f":{n}" in sql]
    statement = text(sql).bindparams(*[bindparam(n, type_=_PARAMETRES[n]) for n in names])
    return statement.columns(id=key_type), names


# The oracle's parameters and their SQL types (`journal.entite_id` is text: the hub's id as a string).
_PARAMETRES: dict[str, Any] = {
    "structure": Uuid(),
    "conseiller": Uuid(),
    "organisation": Uuid(),
    "reseau": Uuid(),
    "hub": String(),
    "cible": Uuid(),
}


async def _ids_sql(api: Api, liste: str, role: str, cible: uuid.UUID | None = None) -> set[Any]:
    p = principal(role, api.monde)
    values = {
        "structure": p.structure_id if p else None,
        "conseiller": p.conseiller_id if p else None,
        "organisation": p.organisation_id if p else None,
        "reseau": p.reseau_id if p else None,
        "hub": str(p.hub_territorial_id) if p and p.hub_territorial_id else None,
        "cible": cible,
    }
    statement, names = _sql(liste, role, " AND id = :cible" if cible is not None else "")
    used = {name: values[name] for name in names}
    async with api.database.sessions() as session:
        await contexte_systeme(session)  # the oracle reads every row: the owner is bound by RLS too
        return set((await session.execute(statement, used)).scalars())


def _cle(global_id: str) -> str:
    raw = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode()
    return raw.split(":", 1)[1]


def _global_id(type_name: str, key: object) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode().rstrip("=")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("liste", sorted(LISTES))
async def test_chaque_role_lit_exactement_les_lignes_permises(api: Api, liste: str, role: str) -> None:
    body = await api.demander(
        principal(role, api.monde), f"{{ {liste}(first: 100) {{ totalCount nodes {{ id }} }} }}"
    )
    attendu = {str(k) for k in await _ids_sql(api, liste, role)}
    connexion = body["data"][liste]
    lus = {_cle(node["id"]) for node in connexion["nodes"]}
    assert connexion["totalCount"] == len(attendu)
    assert lus <= attendu
    if len(attendu) <= 100:
        assert lus == attendu


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("champ", sorted(OBJETS))
async def test_un_objet_hors_de_portee_est_null(api: Api, champ: str, role: str) -> None:
    liste = OBJETS[champ]
    source = {
        "structures": api.monde.structures,
        "conseillers": api.monde.conseillers,
        "lieux": api.monde.lieux,
    }
    type_name = champ.capitalize()
    for departement in ("57", "13"):
        cible = source[liste][departement][0]
        body = await api.demander(
            principal(role, api.monde), f'{{ {champ}(id: "{_global_id(type_name, cible)}") {{ id }} }}'
        )
        visible = bool(await _ids_sql(api, liste, role, cible))
        assert (body["data"][champ] is not None) == visible, (departement, body)


async def _une_ligne_du_13(api: Api, liste: str) -> uuid.UUID:
    table = LISTES[liste][0]
    async with api.database.sessions() as session:
        await contexte_systeme(session)  # an oracle reading every row (the owner is bound by RLS)
        statement = text(f"SELECT id FROM {table} WHERE departement_code = '13' ORDER BY id").columns(
            id=Uuid()
        )
        return (await session.execute(statement)).scalars().first()  # type: ignore[return-value]


@pytest.mark.parametrize("role", ROLES)
async def test_node_d_un_autre_departement_suit_la_meme_regle(api: Api, role: str) -> None:
    for type_name, liste in NODE.items():
        cible = await _une_ligne_du_13(api, liste)
        body = await api.demander(
            principal(role, api.monde),
            f'{{ node(id: "{_global_id(type_name, cible)}") {{ id __typename }} }}',
        )
        visible = bool(await _ids_sql(api, liste, role, cible))
        assert (body["data"]["node"] is not None) == visible, (type_name, body)
        if visible:
            assert body["data"]["node"]["__typename"] == type_name


@pytest.mark.parametrize("role", ROLES)
async def test_le_referentiel_est_public(api: Api, role: str) -> None:
    body = await api.demander(
        principal(role, api.monde),
        '{ regions { code } departements { code } departement(code: "57") { code } }',
    )
    assert len(body["data"]["regions"]) == REFERENTIEL["regions"]
    assert len(body["data"]["departements"]) == REFERENTIEL["departements"]
    assert body["data"]["departement"] == {"code": "57"}


# Nested paths to personal data: every object with a `nom` in the answer is a conseiller.
_PERSONNE = "{ id nom prenom email telephone }"
CHEMINS_CONSEILLERS = {
    "structures.postes.contrat.conseiller": "{ structures(first: 100) { nodes { postes(first: 5) { nodes {"
    " contrat { conseiller { id nom prenom email telephone } } } } } } }",
    "conseillers": f"{{ conseillers(first: 100) {{ nodes {_PERSONNE} }} }}",
    "contrats.conseiller": f"{{ contrats(first: 100) {{ nodes {{ conseiller {_PERSONNE} }} }} }}",
    "activites.conseiller": f"{{ activites(first: 100) {{ nodes {{ conseiller {_PERSONNE} }} }} }}",
    "lieux.conseillers": f"{{ lieux(first: 100) {{ nodes {{ conseillers {_PERSONNE} }} }} }}",
    "departement.structures.conseillers": '{ departement(code: "57") { structures(first: 100) { nodes {'
    " conseillers(first: 10) { nodes { id nom prenom email telephone } } } } } }",
}


def _personnes(valeur: Any) -> list[dict[str, Any]]:
    """Every object of the answer that carries a `nom` (a conseiller or an aidant)."""
    if isinstance(valeur, dict):
        trouvees = [valeur] if "nom" in valeur and "id" in valeur else []
        return trouvees + [p for v in valeur.values() for p in _personnes(v)]
    if isinstance(valeur, list):
        return [p for v in valeur for p in _personnes(v)]
    return []


# Roles that read conseiller rows (pseudonymous id, formation, coordination) but not the person: the
# hub territorial and the grand réseau are neither the State nor the employer (issue 21 §2). The
# coordinateur reads its coordonnés' personal data as their employer does, and no more: it reads only
# the conseillers it coordinates (their rows are checked against the list above on every path).
SANS_DONNEES_PERSONNELLES = {_HUB, _RESEAU}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("chemin", sorted(CHEMINS_CONSEILLERS))
async def test_les_donnees_personnelles_des_conseillers_selon_le_role(
    api: Api, chemin: str, role: str
) -> None:
    body = await api.demander(principal(role, api.monde), CHEMINS_CONSEILLERS[chemin])
    assert "errors" not in body, body  # a hidden field is null, never an error
    lisibles = {str(k) for k in await _ids_sql(api, "conseillers", role)}
    personnes = _personnes(body["data"])
    assert {_cle(p["id"]) for p in personnes} <= lisibles
    if role in SANS_DONNEES_PERSONNELLES:
        assert all(p["nom"] is p["prenom"] is p["email"] is p["telephone"] is None for p in personnes)
    else:
        # A conseiller the role reads is one whose personal data it may read (DESIGN.md §3): never null.
        assert all(p["nom"] and p["prenom"] and p["email"] and p["telephone"] for p in personnes)
    if role == "anct" or (chemin == "conseillers" and role in {_COORD, _HUB, _RESEAU}):
        assert personnes, "the path must reach conseillers, or the test proves nothing"


@pytest.mark.parametrize("role", ROLES)
async def test_les_donnees_personnelles_des_aidants_selon_le_role(api: Api, role: str) -> None:
    organisation = _global_id("OrganisationAidantsConnect", api.monde.organisations["57"])
    body = await api.demander(
        principal(role, api.monde),
        f'{{ node(id: "{organisation}") {{ ... on OrganisationAidantsConnect {{ aidants(first: 10) {{'
        " nodes { id nom prenom email } } } }"
        " mandats(first: 100) { nodes { aidant { id nom prenom email } } } }",
    )
    personnes = _personnes(body["data"])
    lisent_les_aidants = {"anct", "aidant"}
    if role in lisent_les_aidants:
        assert personnes
        assert all(p["nom"] and p["prenom"] and p["email"] for p in personnes)
    else:
        assert personnes == []
    # Mandats: only the aidants of the organisation read rows (ANCT and préfectures only count them).
    assert bool(body["data"]["mandats"]["nodes"]) == (role == "aidant")


async def _lit(api: Api, role: str, type_name: str, cible: uuid.UUID | None, champs: str = "id") -> Any:
    assert cible is not None
    champ = type_name.lower()
    requete = f'{{ {champ}(id: "{_global_id(type_name, cible)}") {{ {champs} }} }}'
    body = await api.demander(principal(role, api.monde), requete)
    assert "errors" not in body, body
    return body["data"][champ]


async def test_un_grand_reseau_lit_ses_membres_ou_qu_ils_soient_et_pas_leurs_voisins(api: Api) -> None:
    structures = api.monde.structures
    # Given Emmaüs Connect's members 57-001, 57-002 and 13-000 (two régions)…
    for membre in (structures["57"][1], structures["57"][2], structures["13"][0]):
        assert await _lit(api, _RESEAU, "Structure", membre) is not None
    # …when it asks for a structure of the same départements that is not a member: absent.
    for voisine in (structures["57"][0], structures["13"][1]):
        assert await _lit(api, _RESEAU, "Structure", voisine) is None
    # A conseiller a member let go still points at it: the réseau reads the broken contrat, not them.
    ancien = api.monde.ancien_du_reseau
    assert await _lit(api, _RESEAU, "Conseiller", ancien) is None
    body = await api.demander(
        principal(_RESEAU, api.monde), "{ contrats(first: 100) { nodes { statut conseiller { id } } } }"
    )
    rompus = [n for n in body["data"]["contrats"]["nodes"] if n["statut"] == "ROMPU"]
    assert rompus
    assert all(n["conseiller"] is None for n in rompus)


async def test_un_hub_territorial_lit_les_departements_de_ses_regions_seulement(api: Api) -> None:
    structures = api.monde.structures
    # Grand Est holds Moselle and Meurthe-et-Moselle, not Bouches-du-Rhône.
    assert await _lit(api, _HUB, "Structure", structures["54"][0]) is not None
    assert await _lit(api, _HUB, "Structure", structures["57"][0]) is not None
    assert await _lit(api, _HUB, "Structure", structures["13"][0]) is None


async def test_une_coordination_terminee_ne_donne_plus_acces_au_conseiller(api: Api) -> None:
    monde = api.monde
    personne = "id nom prenom email telephone"
    # Given the conseillers it coordinates today (one of 57, one of 13): read, person included.
    for coordonne in monde.coordonnes:
        lu = await _lit(api, _COORD, "Conseiller", coordonne, personne)
        assert lu is not None
        assert lu["nom"]
        assert lu["email"]
    # When the coordination has ended: the conseiller and its activités are absent.
    assert await _lit(api, _COORD, "Conseiller", monde.coordonne_autrefois) is None
    body = await api.demander(
        principal(_COORD, monde), "{ activites(first: 100) { nodes { conseiller { id } } } }"
    )
    auteurs = {_cle(n["conseiller"]["id"]) for n in body["data"]["activites"]["nodes"]}
    assert auteurs == {str(c) for c in (monde.coordinateur, *monde.coordonnes)}


def test_chaque_champ_racine_a_sa_ligne_dans_la_matrice() -> None:
    query_type = parse_sdl(build_schema().as_str()).query_type
    assert query_type is not None
    champs = set(query_type.fields)
    couverts = set(LISTES) | set(OBJETS) | set(REFERENTIEL) | {"node"} | set(COUVERTS_AILLEURS)
    assert champs - couverts == set(), "root fields without an authorization-matrix entry"
    for chemin in COUVERTS_AILLEURS.values():
        assert (Path(__file__).parents[2] / chemin).exists(), chemin
