"""Trusted documents: the manifest of operations the hub's own dashboards send, by SHA-256 hash.

The manifest uses Apollo's persisted-query manifest format (`format`, `version`, `operations` of
`{id, name, type, body}`, `id` = hex SHA-256 of `body`), built from the `.graphql` files of
schema/documents/ (one named operation each). Clients may send a listed operation by its hash alone,
in Apollo's APQ shape `extensions.persistedQuery.sha256Hash` (no registration of new hashes: only
manifest entries are known), and roles listed in HUB_GRAPHQL_TRUSTED_DOCUMENTS_ROLES may send
nothing else.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphql import OperationDefinitionNode, parse, print_ast

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"
MANIFEST = DOCUMENTS / "manifest.json"
FORMAT = "apollo-persisted-query-manifest"


def sha256_hex(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TrustedDocuments:
    bodies: dict[str, str]  # hash -> document text

    @classmethod
    def load(cls, path: Path | None = None) -> TrustedDocuments:
        manifest = json.loads((path or MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT or manifest.get("version") != 1:
            raise ValueError(f"{path or MANIFEST}: not an {FORMAT} (version 1)")
        bodies: dict[str, str] = {}
        for operation in manifest["operations"]:
            body = operation["body"]
            if sha256_hex(body) != operation["id"]:
                raise ValueError(
                    f"{path or MANIFEST}: the id of {operation.get('name')} is not its body's SHA-256"
                )
            bodies[operation["id"]] = body
        return cls(bodies)

    def body(self, sha256: str) -> str | None:
        return self.bodies.get(sha256.lower())

    def contains(self, query: str) -> bool:
        return sha256_hex(query) in self.bodies


def build_manifest(folder: Path = DOCUMENTS) -> dict[str, Any]:
    """The manifest of every `.graphql` file of `folder` (bodies normalised by graphql-core's printer)."""
    operations = []
    for source in sorted(folder.glob("*.graphql")):
        document = parse(source.read_text(encoding="utf-8"))
        definitions = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        if len(definitions) != 1 or definitions[0].name is None:
            raise ValueError(f"{source.name}: one named operation per file")
        body = print_ast(document)
        operations.append(
            {
                "id": sha256_hex(body),
                "name": definitions[0].name.value,
                "type": definitions[0].operation.value,
                "body": body,
            }
        )
    return {"format": FORMAT, "version": 1, "operations": operations}


def write_manifest(folder: Path = DOCUMENTS) -> Path:
    target = folder / "manifest.json"
    target.write_text(
        json.dumps(build_manifest(folder), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target


if __name__ == "__main__":  # python -m schema.edge.documents: rebuild schema/documents/manifest.json
    print(write_manifest())
