"""Policy-scoped list and loader of import runs (auth.policy: ANCT reads them, every other role none)."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import ImportRun
from schema.batching import one_by
from schema.pagination import Liste, Ordre

IMPORTS = Liste(
    nom="imports",
    modele=ImportRun,
    ordres={
        "DEBUT_DESC": Ordre((ImportRun.debut, ImportRun.id), descendant=True),
        "DEBUT": Ordre((ImportRun.debut, ImportRun.id)),
    },
)


def import_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, ImportRun | None]:
    return one_by(info, ImportRun, ImportRun.id)
