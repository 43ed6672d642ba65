"""Policy-scoped loaders and lists of the journal."""

from __future__ import annotations

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Journal
from schema.batching import one_by
from schema.pagination import Liste, Ordre

JOURNAL = Liste(
    nom="journal",
    modele=Journal,
    ordres={
        "HORODATAGE": Ordre((Journal.horodatage, Journal.id)),
        "HORODATAGE_DESC": Ordre((Journal.horodatage, Journal.id), descendant=True),
    },
)


def entree_by_id(info: strawberry.Info) -> DataLoader[int, Journal | None]:
    return one_by(info, Journal, Journal.id)
