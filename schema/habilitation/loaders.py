"""Policy-scoped list and loader of habilitations (auth.policy: ANCT all, a préfecture its agents,
a structure its colleagues, every other role none)."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Habilitation
from schema.batching import one_by
from schema.pagination import Liste, Ordre

HABILITATIONS = Liste(
    nom="habilitations",
    modele=Habilitation,
    ordres={
        "EMAIL": Ordre((Habilitation.email, Habilitation.id)),
        "EMAIL_DESC": Ordre((Habilitation.email, Habilitation.id), descendant=True),
    },
)


def habilitation_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Habilitation | None]:
    return one_by(info, Habilitation, Habilitation.id)
