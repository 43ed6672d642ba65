"""The lieux standard's schema.json as a JSON Schema for one CSV row, to validate exports with jsonschema.

Why not frictionless: it validates Table Schemas natively but pulls some twenty packages; the
standard only uses `required`, `pattern`, `maxLength`, `unique` and the types string, number and date,
which map one to one onto JSON Schema. Frictionless semantics kept here: patterns match the whole value
(XML Schema regexes are anchored), and an empty cell is a missing value, checked only by `required`.
"""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator

from tests.open_data import SCHEMA_LIEUX, donnee

NOMBRE = r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$"
DATE = r"^\d{4}-\d{2}-\d{2}$"


def table_schema() -> dict[str, Any]:
    return json.loads(donnee(SCHEMA_LIEUX).read_text(encoding="utf-8"))


def validateur_de_ligne() -> Draft202012Validator:
    proprietes: dict[str, Any] = {}
    requis: list[str] = []
    for champ in table_schema()["fields"]:
        contraintes = champ.get("constraints", {})
        regles: dict[str, Any] = {"type": "string"}
        motifs = []
        if "pattern" in contraintes:
            motifs.append(f"^(?:{contraintes['pattern']})$")
        if champ["type"] == "number":
            motifs.append(NOMBRE)
        if champ["type"] == "date":
            motifs.append(DATE)
            regles["format"] = "date"
        if motifs:
            regles["allOf"] = [{"pattern": motif} for motif in motifs]
        if "maxLength" in contraintes:
            regles["maxLength"] = contraintes["maxLength"]
        if contraintes.get("required"):
            requis.append(champ["name"])
            proprietes[champ["name"]] = {**regles, "minLength": 1}
        else:
            proprietes[champ["name"]] = {"anyOf": [{"const": ""}, regles]}
    schema = {
        "type": "object",
        "properties": proprietes,
        "required": list(proprietes),
        "additionalProperties": False,
    }
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
