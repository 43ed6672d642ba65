"""Posting GraphQL documents to the app under test."""

from __future__ import annotations

from typing import Any

import httpx


async def graphql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    expect_errors: bool = False,
) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )
    body: dict[str, Any] = response.json()
    if not expect_errors:
        assert response.status_code == 200, body
        assert "errors" not in body, body["errors"]
    return body
