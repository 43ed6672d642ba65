"""schema/edge/par_document.py: once per document object, never shared between two documents."""

from __future__ import annotations

from graphql import parse

from schema.edge.par_document import cle_des_variables, par_document


def test_un_calcul_par_document_et_par_cle() -> None:
    a, b = parse("{ a }"), parse("{ a }")  # equal, not the same object
    appels: list[str] = []

    def calcul(nom: str) -> str:
        appels.append(nom)
        return nom

    assert par_document(a, "k", lambda: calcul("a")) == "a"
    assert par_document(a, "k", lambda: calcul("encore")) == "a"
    assert par_document(b, "k", lambda: calcul("b")) == "b"
    assert par_document(a, "autre", lambda: calcul("a2")) == "a2"
    assert appels == ["a", "b", "a2"]


def test_la_cle_des_variables_distingue_les_types() -> None:
    assert cle_des_variables(None) == ()
    assert cle_des_variables({"first": 1}) != cle_des_variables({"first": True})
    assert cle_des_variables({"first": 1}) != cle_des_variables({"first": 1.0})
    assert cle_des_variables({"b": 2, "a": 1}) == cle_des_variables({"a": 1, "b": 2})
    assert cle_des_variables({"filtre": {"departement": "57"}}) is None  # not hashable: no cache
