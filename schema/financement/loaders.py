"""Policy-scoped loaders and lists of the financement domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Enveloppe, PlafondDepartemental, Subvention, Versement
from schema.batching import many_by, one_by
from schema.pagination import Liste, Ordre

SUBVENTIONS = Liste(
    nom="subventions",
    modele=Subvention,
    ordres={"DEPARTEMENT": Ordre((Subvention.departement_code, Subvention.id))},
)
ENVELOPPES = Liste(nom="enveloppes", modele=Enveloppe, ordres={"CODE": Ordre((Enveloppe.code, Enveloppe.id))})


def subvention_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Subvention | None]:
    return one_by(info, Subvention, Subvention.id)


def subvention_by_poste(info: strawberry.Info) -> DataLoader[uuid.UUID, Subvention | None]:
    """The poste's open convention: at most one (unique partial index uq_subvention_ouverte_poste)."""
    return one_by(
        info,
        Subvention,
        Subvention.poste_id,
        name="ouverte",
        condition=lambda: Subvention.date_cloture.is_(None),
        unique=True,
    )


def versements_by_subvention(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Versement]]:
    return many_by(info, Versement, Versement.subvention_id, order_by=(Versement.numero, Versement.id))


def versement_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Versement | None]:
    return one_by(info, Versement, Versement.id)


def enveloppe_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Enveloppe | None]:
    return one_by(info, Enveloppe, Enveloppe.id)


def plafonds_by_enveloppe(info: strawberry.Info) -> DataLoader[uuid.UUID, list[PlafondDepartemental]]:
    return many_by(
        info,
        PlafondDepartemental,
        PlafondDepartemental.enveloppe_id,
        order_by=(PlafondDepartemental.departement_code, PlafondDepartemental.id),
    )
