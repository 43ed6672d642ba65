"""Policy-scoped loaders of the hubs territoriaux and of the régions they cover."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import HubTerritorial, HubTerritorialRegion
from schema.batching import many_by, one_by


def hub_territorial_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, HubTerritorial | None]:
    return one_by(info, HubTerritorial, HubTerritorial.id)


def regions_by_hub_territorial(info: strawberry.Info) -> DataLoader[uuid.UUID, list[HubTerritorialRegion]]:
    """The régions each hub covers, by code (a handful per hub: one statement for every hub asked)."""
    return many_by(
        info,
        HubTerritorialRegion,
        HubTerritorialRegion.hub_territorial_id,
        order_by=(HubTerritorialRegion.region_code,),
    )
