"""Policy-scoped loaders of the avenant domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Avenant
from schema.batching import one_by
from schema.pagination import Liste, Ordre

# A structure's avenants, newest request first (the one under instruction is usually the latest); a
# structure has a handful, read through the index on `structure_id`.
AVENANTS_DE_STRUCTURE = Liste(
    nom="Structure.avenants",
    modele=Avenant,
    ordres={"DATE_DEMANDE": Ordre((Avenant.date_demande, Avenant.id), descendant=True)},
)


def avenant_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Avenant | None]:
    return one_by(info, Avenant, Avenant.id)
