"""Policy-scoped loaders and lists of the lieu domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Conseiller, Lieu, LieuConseiller
from schema.batching import many_through, one_by
from schema.pagination import Liste, Ordre

LIEUX = Liste(
    nom="lieux",
    modele=Lieu,
    ordres={
        "NOM": Ordre((Lieu.nom, Lieu.id)),
        "DEPARTEMENT": Ordre((Lieu.departement_code, Lieu.id)),
    },
)


def lieu_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Lieu | None]:
    return one_by(info, Lieu, Lieu.id)


def lieux_by_conseiller(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Lieu]]:
    return many_through(
        info,
        Lieu,
        LieuConseiller,
        LieuConseiller.lieu_id,
        LieuConseiller.conseiller_id,
        order_by=(Lieu.nom, Lieu.id),
    )


def conseillers_by_lieu(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Conseiller]]:
    return many_through(
        info,
        Conseiller,
        LieuConseiller,
        LieuConseiller.conseiller_id,
        LieuConseiller.lieu_id,
        order_by=(Conseiller.id,),
    )
