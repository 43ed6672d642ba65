"""Policy-scoped loaders and lists of the grands réseaux."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Reseau, Structure
from schema.batching import one_by
from schema.pagination import Liste, Ordre

# A réseau's members among the structures the caller reads (`Structure.reseau_id` is indexed).
STRUCTURES_DU_RESEAU = Liste(
    nom="Reseau.structures", modele=Structure, ordres={"NOM": Ordre((Structure.nom, Structure.id))}
)


def reseau_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Reseau | None]:
    return one_by(info, Reseau, Reseau.id)
