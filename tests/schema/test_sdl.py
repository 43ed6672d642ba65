"""schema/schema.graphql is the printed SDL of the live schema: it must never drift."""

from __future__ import annotations

from pathlib import Path

from schema import build_schema

SDL = Path(__file__).parents[2] / "schema" / "schema.graphql"


def test_le_sdl_committe_est_celui_du_schema_vivant() -> None:
    live = build_schema().as_str() + "\n"
    assert SDL.read_text(encoding="utf-8") == live, (
        "schema/schema.graphql is stale: run `inclusion-hub export-schema --output schema/schema.graphql`"
    )
