"""Policy-scoped loaders and lists of the poste domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Poste
from schema.batching import one_by
from schema.pagination import Liste, Ordre

POSTES = Liste(
    nom="postes",
    modele=Poste,
    ordres={
        "DEPARTEMENT": Ordre((Poste.departement_code, Poste.id)),
        "ETAT": Ordre((Poste.etat, Poste.id)),
    },
)
POSTES_DE_STRUCTURE = Liste(
    nom="Structure.postes",
    modele=Poste,
    ordres={"DATE_ATTRIBUTION": Ordre((Poste.date_attribution, Poste.id))},
)


def poste_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Poste | None]:
    return one_by(info, Poste, Poste.id)
