"""Policy-scoped loaders and lists of France Services sites."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import SiteFranceServices
from schema.batching import many_by, one_by
from schema.pagination import Liste, Ordre

SITES_FRANCE_SERVICES = Liste(
    nom="sitesFranceServices",
    modele=SiteFranceServices,
    ordres={
        "NOM": Ordre((SiteFranceServices.nom, SiteFranceServices.id)),
        "DEPARTEMENT": Ordre((SiteFranceServices.departement_code, SiteFranceServices.id)),
    },
)


def site_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, SiteFranceServices | None]:
    return one_by(info, SiteFranceServices, SiteFranceServices.id)


def sites_by_structure(info: strawberry.Info) -> DataLoader[uuid.UUID | None, list[SiteFranceServices]]:
    """The sites each structure carries, by name (one statement for a page of structures); a site
    absent from the latest ANCT list is no longer carried, like in the figures."""
    return many_by(
        info,
        SiteFranceServices,
        SiteFranceServices.structure_id,
        order_by=(SiteFranceServices.nom, SiteFranceServices.id),
        name="actuels",
        condition=lambda: SiteFranceServices.absent_depuis.is_(None),
    )
