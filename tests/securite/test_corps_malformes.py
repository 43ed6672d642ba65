"""Issue 17 (2): every malformed body is a GraphQL-shaped 400 BAD_USER_INPUT, never a 5xx.

The named cases (`null`, `"x"`, invalid UTF-8, 30,000 levels of nesting) on POST and GET under both
media types, then Hypothesis: arbitrary bytes, arbitrary JSON values and deep nesting, drawn first
(deterministic, `EXEMPLES` each) and sent through the app in the test's event loop.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from hub.corps_json import PROFONDEUR_MAX, CorpsIllisibleError, decoder, profondeur
from tests.securite.conftest import Hub, repond_normalement

EXEMPLES = 300
MEDIAS = ["application/json", "application/graphql-response+json"]


def _refus_400(response: httpx.Response) -> str:
    """The message of a GraphQL-shaped 400 BAD_USER_INPUT answer in the negotiated media type."""
    assert response.status_code == 400, response.text
    body = response.json()
    assert "data" not in body
    (erreur,) = body["errors"]
    assert erreur["extensions"]["code"] == "BAD_USER_INPUT"
    return str(erreur["message"])


def _sans_trace(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    assert "Traceback" not in response.text
    assert 'File "' not in response.text
    assert "errors" in response.json() or "data" in response.json()


async def _poster_brut(client: httpx.AsyncClient, corps: bytes, accept: str) -> httpx.Response:
    headers = {"content-type": "application/json", "accept": accept}
    return await client.post("/graphql", content=corps, headers=headers)


PROFOND_TABLEAUX = b"[" * 30_000 + b"]" * 30_000
PROFOND_OBJETS = b'{"a":' * 16_000 + b"1" + b"}" * 16_000  # under the 100 kB body limit


@pytest.mark.parametrize("accept", MEDIAS)
@pytest.mark.parametrize(
    ("corps", "attendu"),
    [
        (b"null", "doit être un objet JSON"),
        (b'"x"', "doit être un objet JSON"),
        (b"5", "doit être un objet JSON"),
        (b'{"query": "{ __typename \xff\xfe }"}', "UTF-8"),
        (b"\xef\xbb\xbf{}", "JSON valide"),  # a BOM is not JSON
        (b'{"query": "{ __typename }", "variables": ' + PROFOND_TABLEAUX + b"}", "imbriqué"),
        (b'{"query": "{ __typename }", "variables": ' + PROFOND_OBJETS + b"}", "imbriqué"),
        (PROFOND_TABLEAUX, "imbriqué"),
        (b'{"query": "\\ud800"}', "demi-caractère"),
        (b'{"query": "{ __typename }", "variables": "x"}', "`variables` doit être un objet"),
        (b'{"query": 5}', "`query` doit être une chaîne"),
        (b'{"query": "{ __typename }", "extensions": []}', "`extensions` doit être un objet"),
        (b'{"query": "{ __typename }", "operationName": {}}', "`operationName` doit être"),
        (b'{"query": "{ __typename }"', "JSON valide"),
    ],
)
async def test_chaque_corps_mal_forme_est_un_400_graphql(
    hub: Hub, corps: bytes, attendu: str, accept: str
) -> None:
    async with hub() as client:
        response = await _poster_brut(client, corps, accept)
        assert attendu in _refus_400(response)
        assert response.headers["content-type"].startswith(accept)
        await repond_normalement(client)


@pytest.mark.parametrize("accept", MEDIAS)
@pytest.mark.parametrize(
    ("parametres", "attendu"),
    [
        ({"query": "{ __typename }", "variables": "[" * 15_000}, "imbriqué"),
        ({"query": "{ __typename }", "variables": '{"a":' * 3_000}, "imbriqué"),
        ({"query": "{ __typename }", "variables": '"x"'}, "`variables` doit être un objet"),
        ({"query": "{ __typename }", "variables": "{"}, "JSON valide"),
        ({"query": "{ __typename }", "extensions": "[1]"}, "`extensions` doit être un objet"),
        ({"query": "{ __typename }", "variables": '{"a": "\\udc00"}'}, "demi-caractère"),
    ],
)
async def test_chaque_get_mal_forme_est_un_400_graphql(
    hub: Hub, parametres: dict[str, str], attendu: str, accept: str
) -> None:
    async with hub() as client:
        response = await client.get("/graphql", params=parametres, headers={"accept": accept})
        assert attendu in _refus_400(response)


async def test_des_variables_nulles_et_une_paire_de_substitution_restent_permises(hub: Hub) -> None:
    async with hub() as client:
        for corps in (
            b'{"query": "{ __typename }", "variables": null, "extensions": null, "operationName": null}',
            b'{"query": "query Q($n: String!) { __type(name: $n) { name } __typename }", '
            b'"variables": {"n": "\\ud83d\\ude00"}}',
        ):
            response = await _poster_brut(client, corps, "application/json")
            assert response.status_code == 200, response.text
            assert response.json()["data"]["__typename"] == "Query"


# -- generated bodies -----------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda enfants: st.lists(enfants, max_size=4) | st.dictionaries(st.text(max_size=8), enfants, max_size=4),
    max_leaves=20,
)
_MEMBRES = st.fixed_dictionaries(
    {},
    optional={
        "query": st.one_of(st.text(max_size=40), st.just("{ __typename }"), _JSON),
        "variables": _JSON,
        "operationName": _JSON,
        "extensions": _JSON,
    },
)


def _profond(profondeur_: int, ouvrant: str) -> bytes:
    fermant = {"[": "]", '{"a":': "}"}[ouvrant]
    return (ouvrant * profondeur_ + ("1" if ouvrant != "[" else "") + fermant * profondeur_).encode()


_CORPS = st.one_of(
    st.binary(max_size=200),
    _JSON.map(lambda v: json.dumps(v).encode()),
    _MEMBRES.map(lambda v: json.dumps(v).encode()),
    _MEMBRES.map(lambda v: json.dumps(v).encode()).flatmap(
        lambda b: st.integers(0, max(0, len(b) - 1)).map(lambda i: b[:i] + b"\xff" + b[i:])
    ),
    st.tuples(st.integers(PROFONDEUR_MAX - 2, 40_000), st.sampled_from(["[", '{"a":'])).map(
        lambda t: b'{"query": "{ __typename }", "variables": ' + _profond(*t) + b"}"
    ),
)


def _tirer(strategie: st.SearchStrategy[Any]) -> list[Any]:
    tires: list[Any] = []

    @settings(
        max_examples=EXEMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategie)
    def tirer(valeur: Any) -> None:
        tires.append(valeur)

    tirer()
    return tires


async def test_aucun_corps_genere_ne_fait_echouer_le_hub(hub: Hub) -> None:
    corps = _tirer(_CORPS)
    assert len(corps) >= EXEMPLES * 0.9
    async with hub() as client:
        for i, corps_ in enumerate(corps):
            response = await _poster_brut(client, corps_, MEDIAS[i % 2])
            _sans_trace(response)
        await repond_normalement(client)


async def test_aucune_requete_get_generee_ne_fait_echouer_le_hub(hub: Hub) -> None:
    valeurs = _tirer(st.tuples(_MEMBRES, st.text(max_size=30)))
    async with hub() as client:
        for membres, bruit in valeurs:
            parametres = {
                k: v if isinstance(v, str) else json.dumps(v) for k, v in membres.items() if v is not None
            }
            parametres.setdefault("variables", bruit)
            response = await client.get("/graphql", params=parametres, headers={"accept": "application/json"})
            _sans_trace(response)


# -- the decoder on its own -----------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(_JSON)
def test_la_profondeur_mesuree_est_celle_de_la_valeur(valeur: Any) -> None:
    def attendue(v: Any) -> int:
        if isinstance(v, list):
            return 1 + max((attendue(x) for x in v), default=0)
        if isinstance(v, dict):
            return 1 + max((attendue(x) for x in v.values()), default=0)
        return 0

    texte = json.dumps(valeur)
    assert profondeur(texte) == attendue(valeur)
    assert decoder(texte.encode()) == valeur


@settings(max_examples=200, deadline=None)
@given(st.integers(PROFONDEUR_MAX + 1, 50_000))
def test_une_imbrication_au_dela_de_la_borne_est_refusee_sans_recursion(niveaux: int) -> None:
    with pytest.raises(CorpsIllisibleError, match="imbriqué"):
        decoder(b"[" * niveaux + b"]" * niveaux)
