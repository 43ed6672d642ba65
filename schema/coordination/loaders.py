"""Policy-scoped loaders of the coordinations (short lists per conseiller: a few coordinations each)."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Coordination
from schema.batching import many_by, one_by

_ORDRE = (Coordination.date_debut, Coordination.id)


def coordination_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Coordination | None]:
    return one_by(info, Coordination, Coordination.id)


def coordinations_by_conseiller(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Coordination]]:
    """The coordinations of each coordinated conseiller, by start date."""
    return many_by(info, Coordination, Coordination.conseiller_id, order_by=_ORDRE)


def coordinations_by_coordinateur(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Coordination]]:
    """The coordinations each coordinateur leads, by start date."""
    return many_by(info, Coordination, Coordination.coordinateur_id, order_by=_ORDRE)
