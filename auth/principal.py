"""Principal: the frozen identity of one request, built once at the edge from a verified token."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from hub.models.enums import Role


@dataclass(frozen=True, slots=True)
class Principal:
    role: Role
    subject: str = "anonyme"
    departements: frozenset[str] = field(default_factory=frozenset)
    structure_id: uuid.UUID | None = None
    conseiller_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    # Hub territorial: its organisation and its régions (`departements` then holds their départements,
    # so every rule and policy written for a territory reads the same set). Grand réseau: its réseau.
    # A coordinateur is a conseiller: `conseiller_id`.
    hub_territorial_id: uuid.UUID | None = None
    regions: frozenset[str] = field(default_factory=frozenset)
    reseau_id: uuid.UUID | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    client_id: str | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.role is Role.ANONYME


ANONYME = Principal(role=Role.ANONYME)
