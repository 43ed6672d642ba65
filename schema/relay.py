"""Relay global identification: opaque global ids, the `Node` interface and `node(id: ID!)`.

A global id is base64url("TypeName:clé"), e.g. "Structure:6f1c…". Clients must treat it as opaque.
`node(id)` loads through the type's own policy-scoped loader, so a row outside the caller's scope
answers null exactly like a row that does not exist.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from typing import Any, ClassVar, TypeVar, cast

import strawberry

from schema.edge.entrees import probleme
from schema.errors import bad_user_input

N = TypeVar("N", bound="Node")

_NODE_TYPES: dict[str, type[Node]] = {}


_URLSAFE = bytes.maketrans(b"+/", b"-_")


def to_global_id(type_name: str, key: object) -> strawberry.ID:
    # base64.urlsafe_b64encode(raw).rstrip("="), in two C calls: hundreds of ids per list page.
    raw = f"{type_name}:{key}".encode()
    # `strawberry.ID` is a NewType: a cast, not a call (a Python-level call per id otherwise).
    return cast(
        "strawberry.ID", binascii.b2a_base64(raw, newline=False).translate(_URLSAFE).rstrip(b"=").decode()
    )


def from_global_id(value: str, champ: str = "id") -> tuple[str, str]:
    """(type name, key) of a global id; BAD_USER_INPUT naming `champ` when it is not one of ours."""
    try:
        padded = value + "=" * (-len(value) % 4)
        decoded = base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeError):
        raise bad_user_input(f"`{champ}` n'est pas un identifiant global valide.", champ) from None
    type_name, sep, key = decoded.partition(":")
    # The key reaches SQL: a NUL byte (PostgreSQL refuses it) or a huge key is not one of ours.
    if not sep or not key or type_name not in _NODE_TYPES or probleme(key, 200):
        raise bad_user_input(f"`{champ}` n'est pas un identifiant global valide.", champ)
    return type_name, key


def parse_global_id(value: str, node_type: type[N], champ: str = "id") -> Any:
    """The primary key of a global id that must name `node_type` (else BAD_USER_INPUT on `champ`)."""
    type_name, key = from_global_id(value, champ)
    if type_name != node_type.TYPE_NAME:
        raise bad_user_input(f"`{champ}` désigne un {type_name}, pas un {node_type.TYPE_NAME}.", champ)
    return node_type.parse_key(key, champ)


@strawberry.interface(name="Node", description="Objet identifiable par un identifiant global opaque.")
class Node:
    TYPE_NAME: ClassVar[str] = "Node"
    pk: strawberry.Private[Any]
    # A plain attribute set at construction, not a resolver: a list of 100 nodes with nested nodes
    # resolves hundreds of ids, and a resolver costs a strawberry call each where an attribute
    # is read by graphql-core's default resolver.
    id: strawberry.ID = strawberry.field(
        default=strawberry.ID(""), description="Identifiant global opaque (à passer tel quel à `node(id:)`)."
    )

    def __post_init__(self) -> None:
        self.id = to_global_id(self.TYPE_NAME, self.pk)

    @classmethod
    def parse_key(cls, key: str, champ: str) -> Any:
        try:
            return uuid.UUID(key)
        except ValueError:
            raise bad_user_input(f"`{champ}` n'est pas un identifiant global valide.", champ) from None

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> Node | None:
        raise NotImplementedError


def register_node(cls: type[N]) -> type[N]:
    """Class decorator (above @strawberry.type): makes the type reachable through `node(id)`."""
    definition = getattr(cls, "__strawberry_definition__", None)
    name: str = definition.name if definition is not None else cls.__name__
    cls.TYPE_NAME = name
    _NODE_TYPES[name] = cls
    return cls


def node_types() -> list[type[Node]]:
    """Every registered Node type (the schema lists them so none is left out of the SDL)."""
    return list(_NODE_TYPES.values())


@strawberry.type
class NodeQuery:
    @strawberry.field(
        description="N'importe quel objet par son identifiant global, ou null s'il est hors de portée."
    )
    async def node(self, info: strawberry.Info, id: strawberry.ID) -> Node | None:
        type_name, key = from_global_id(id)
        node_type = _NODE_TYPES[type_name]
        return await node_type.resolve_node(info, node_type.parse_key(key, "id"))
