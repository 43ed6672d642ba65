"""Policy-scoped loaders and lists of the contrat domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Contrat
from hub.models.enums import CONTRAT_EN_COURS
from schema.batching import many_by, one_by
from schema.pagination import Liste, Ordre

CONTRATS = Liste(
    nom="contrats",
    modele=Contrat,
    ordres={
        "DEPARTEMENT": Ordre((Contrat.departement_code, Contrat.id)),
        "STATUT": Ordre((Contrat.statut, Contrat.id)),
    },
)


def contrat_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Contrat | None]:
    return one_by(info, Contrat, Contrat.id)


def contrat_en_cours_by_poste(info: strawberry.Info) -> DataLoader[uuid.UUID, Contrat | None]:
    """At most one per poste (unique partial index uq_contrat_en_cours_poste)."""
    return one_by(
        info,
        Contrat,
        Contrat.poste_id,
        name="en_cours",
        condition=lambda: Contrat.statut.in_(CONTRAT_EN_COURS),
        unique=True,
    )


def contrat_en_cours_by_conseiller(info: strawberry.Info) -> DataLoader[uuid.UUID, Contrat | None]:
    """At most one per conseiller (unique partial index uq_contrat_en_cours_conseiller)."""
    return one_by(
        info,
        Contrat,
        Contrat.conseiller_id,
        name="en_cours",
        condition=lambda: Contrat.statut.in_(CONTRAT_EN_COURS),
        unique=True,
    )


def contrats_by_poste(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Contrat]]:
    return many_by(info, Contrat, Contrat.poste_id, order_by=(Contrat.date_debut, Contrat.id))


def contrats_by_conseiller(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Contrat]]:
    return many_by(info, Contrat, Contrat.conseiller_id, order_by=(Contrat.date_debut, Contrat.id))
