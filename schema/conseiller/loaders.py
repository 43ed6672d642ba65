"""Policy-scoped loaders and lists of the conseiller domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Conseiller
from schema.batching import one_by
from schema.pagination import Liste, Ordre

CONSEILLERS = Liste(
    nom="conseillers",
    modele=Conseiller,
    ordres={
        "ID": Ordre((Conseiller.id,)),
        "DEPARTEMENT": Ordre((Conseiller.departement_code, Conseiller.id)),
    },
)
CONSEILLERS_DE_STRUCTURE = Liste(
    nom="Structure.conseillers", modele=Conseiller, ordres={"ID": Ordre((Conseiller.id,))}
)


def conseiller_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Conseiller | None]:
    return one_by(info, Conseiller, Conseiller.id)
