"""Issue 17 (1, 4): a document whose fragments fan out is refused in linear time, the event loop keeps
answering meanwhile, and a document of several operations needs an operationName."""

from __future__ import annotations

import asyncio
import time

import httpx
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    parse,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from schema.edge.document import PLAFOND, Mesure, mesurer
from tests.securite.conftest import Hub, code, poster, repond_normalement


def eventail(niveaux: int) -> str:
    """F<i> spreads F<i-1> twice, once directly and once under a nested selection: 2^niveaux fields
    once expanded, in a document of about 70 bytes a level."""
    fragments = ["fragment F0 on Departement { code }"]
    for i in range(1, niveaux + 1):
        fragments.append(
            f"fragment F{i} on Departement {{ ...F{i - 1} region {{ departements {{ ...F{i - 1} }} }} }}"
        )
    return f"{{ departements {{ ...F{niveaux} }} }} " + " ".join(fragments)


def eventail_en_ligne(niveaux: int) -> str:
    """The same fan-out with a fragment spread twice inside inline fragments."""
    fragments = ["fragment G0 on Query { __typename }"]
    for i in range(1, niveaux + 1):
        fragments.append(f"fragment G{i} on Query {{ ... on Query {{ ...G{i - 1} }} ... {{ ...G{i - 1} }} }}")
    return f"{{ ...G{niveaux} }} " + " ".join(fragments)


async def test_un_eventail_de_30_niveaux_est_refuse_en_moins_de_100_ms(hub: Hub) -> None:
    requete = eventail(30)
    assert len(requete.encode()) < 2_500
    async with hub() as client:
        debut = time.perf_counter()
        response = await poster(client, requete)
        duree = time.perf_counter() - debut
        assert response.status_code == 200
        (erreur,) = response.json()["errors"]
        assert erreur["extensions"]["code"] == "COST_LIMIT_EXCEEDED"
        assert erreur["extensions"]["limite"] in {"profondeur", "champs"}
        assert duree < 0.1, f"{duree * 1000:.0f} ms"
        await repond_normalement(client)


async def test_un_eventail_peu_profond_est_refuse_par_le_nombre_de_champs(hub: Hub) -> None:
    # Inline fragments add no depth: only the count of expanded fields stops this one.
    requete = eventail_en_ligne(30)
    async with hub() as client:
        debut = time.perf_counter()
        response = await poster(client, requete)
        duree = time.perf_counter() - debut
        (erreur,) = response.json()["errors"]
        assert erreur["extensions"] == {
            "code": "COST_LIMIT_EXCEEDED",
            "limite": "champs",
            "maximum": 10_000,
            "valeur": PLAFOND,
        }
        assert duree < 0.1, f"{duree * 1000:.0f} ms"


async def test_une_requete_ordinaire_est_servie_pendant_les_eventails(hub: Hub) -> None:
    async with hub() as client:

        async def typename() -> float:
            debut = time.perf_counter()
            response = await poster(client, "{ __typename }")
            assert response.json() == {"data": {"__typename": "Query"}} | {
                k: v for k, v in response.json().items() if k == "extensions"
            }
            return time.perf_counter() - debut

        # Each fan-out differs by one alias, so that no cache answers for the next one.
        eventails = [
            poster(client, eventail(30).replace("{ departements", f"{{ d{i}: departements")) for i in range(8)
        ]
        resultats = await asyncio.gather(*eventails, *(typename() for _ in range(8)))
        for response in resultats[:8]:
            assert isinstance(response, httpx.Response)
            assert response.json()["errors"][0]["extensions"]["code"] == "COST_LIMIT_EXCEEDED"
        assert max(d for d in resultats[8:] if isinstance(d, float)) < 0.5


async def test_la_validation_d_un_document_nouveau_ne_tient_pas_la_boucle(hub: Hub) -> None:
    # 1 500 copies of one field with a selection: graphql-core's overlapping-fields rule compares them
    # (≈ 2 s of CPU), and one unknown field makes the document fail validation, so that the heavy
    # request is answered as soon as its validation ends. Validation runs in a worker thread, so the
    # ordinary query is answered first; on the loop, it would wait for the heavy validation to end.
    # The order of the answers is the property, not a duration (the thread and the loop share the GIL).
    # The token and cost limits (which bound validation to ≈ 1 s) are lifted here so that the heavy
    # validation lasts long enough for the order to be clear on a slow machine.
    lourde = "{ " + "regions { code } " * 1500 + "inconnu }"
    async with hub(graphql_max_tokens=10_000, graphql_max_cost=1_000_000, rate_limit_points=0) as client:
        lourde_tache = asyncio.create_task(poster(client, lourde))
        await asyncio.sleep(0.05)
        await repond_normalement(client)
        encore_en_cours = not lourde_tache.done()
        response = await lourde_tache
        assert code(response) == "GRAPHQL_VALIDATION_FAILED"
        assert encore_en_cours, "the ordinary query waited for the heavy validation to end"


# -- the memoised measure equals a naive expansion ------------------------------------------------


def _naive(document: DocumentNode) -> Mesure:
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    def walk(selection_set: SelectionSetNode | None, visited: frozenset[str]) -> tuple[int, int, int]:
        profondeur = alias = champs = 0
        for node in selection_set.selections if selection_set else ():
            if isinstance(node, FieldNode):
                p, a, c = walk(node.selection_set, visited)
                profondeur = max(profondeur, 1 + p if node.selection_set is not None else 0)
                alias, champs = alias + a + (1 if node.alias else 0), champs + c + 1
            elif isinstance(node, InlineFragmentNode):
                p, a, c = walk(node.selection_set, visited)
                profondeur, alias, champs = max(profondeur, p), alias + a, champs + c
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                if name in fragments and name not in visited:
                    p, a, c = walk(fragments[name].selection_set, visited | {name})
                    profondeur, alias, champs = max(profondeur, p), alias + a, champs + c
        return profondeur, alias, champs

    mesures = [
        walk(d.selection_set, frozenset())
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    ]
    return Mesure(
        max((m[0] for m in mesures), default=0), sum(m[1] for m in mesures), sum(m[2] for m in mesures)
    )


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Small documents: fields (some aliased, some nested), inline fragments and spreads of earlier
    fragments only (so no cycle: cycles are refused by validation and measured as empty)."""
    nombre = draw(st.integers(0, 5))

    def selection(profondeur: int, connus: int) -> str:
        elements = []
        for i in range(draw(st.integers(1, 3))):
            genre = draw(st.sampled_from(["champ", "alias", "objet", "en_ligne", "etale"]))
            if genre == "etale" and connus:
                elements.append(f"...F{draw(st.integers(0, connus - 1))}")
            elif genre == "en_ligne" and profondeur < 3:
                elements.append(f"... {{ {selection(profondeur + 1, connus)} }}")
            elif genre == "objet" and profondeur < 3:
                elements.append(f"o{i} {{ {selection(profondeur + 1, connus)} }}")
            elif genre == "alias":
                elements.append(f"a{i}: c")
            else:
                elements.append("c")
        return " ".join(elements)

    fragments = [f"fragment F{i} on T {{ {selection(0, i)} }}" for i in range(nombre)]
    operations = [f"query Q{j} {{ {selection(0, nombre)} }}" for j in range(draw(st.integers(1, 2)))]
    return " ".join(operations + fragments)


@settings(max_examples=300, deadline=None)
@given(documents())
def test_la_mesure_memorisee_egale_le_developpement_naif(source: str) -> None:
    document = parse(source)
    assert mesurer(document) == _naive(document)


def test_la_mesure_est_lineaire_dans_la_taille_du_document() -> None:
    debut = time.perf_counter()
    mesure = mesurer(parse(eventail(400), max_tokens=100_000))
    assert time.perf_counter() - debut < 0.1
    assert mesure.champs == PLAFOND


# -- operationName --------------------------------------------------------------------------------

DEUX_OPERATIONS = "query A { a: __typename } query B { b: __typename }"


async def test_plusieurs_operations_sans_operation_name_sont_une_erreur_en_post(hub: Hub) -> None:
    async with hub() as client:
        response = await poster(client, DEUX_OPERATIONS)
        assert "data" not in response.json()
        assert code(response) == "BAD_USER_INPUT"
        assert "operationName" in response.json()["errors"][0]["message"]
        choisie = await poster(client, DEUX_OPERATIONS, operationName="B")
        assert choisie.json()["data"] == {"b": "Query"}
        inconnue = await poster(client, DEUX_OPERATIONS, operationName="C")
        assert code(inconnue) == "BAD_USER_INPUT"
        assert "data" not in inconnue.json()


async def test_plusieurs_operations_sans_operation_name_sont_une_erreur_en_get(hub: Hub) -> None:
    async with hub() as client:
        response = await client.get("/graphql", params={"query": DEUX_OPERATIONS})
        assert code(response) == "BAD_USER_INPUT"
        assert "data" not in response.json()
        choisie = await client.get("/graphql", params={"query": DEUX_OPERATIONS, "operationName": "A"})
        assert choisie.json()["data"] == {"a": "Query"}
        seule = await client.get(
            "/graphql", params={"query": "query A { a: __typename }", "operationName": "B"}
        )
        assert code(seule) == "BAD_USER_INPUT"
