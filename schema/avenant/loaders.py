"""Policy-scoped loaders of the avenant domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Avenant
from schema.batching import one_by


def avenant_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Avenant | None]:
    return one_by(info, Avenant, Avenant.id)
