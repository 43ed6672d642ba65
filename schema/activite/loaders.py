"""Policy-scoped loaders and lists of the activité domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Activite, ActiviteTheme
from schema.batching import many_by, one_by
from schema.pagination import Liste, Ordre

_PAR_DATE = Ordre((Activite.date, Activite.id))
_PAR_DATE_DESC = Ordre((Activite.date, Activite.id), descendant=True)

ACTIVITES = Liste(nom="activites", modele=Activite, ordres={"DATE": _PAR_DATE, "DATE_DESC": _PAR_DATE_DESC})
# Served by ix_activite_conseiller_date.
ACTIVITES_DU_CONSEILLER = Liste(
    nom="Conseiller.activites", modele=Activite, ordres={"DATE_DESC": _PAR_DATE_DESC}
)


def activite_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Activite | None]:
    return one_by(info, Activite, Activite.id)


def themes_by_activite(info: strawberry.Info) -> DataLoader[uuid.UUID, list[ActiviteTheme]]:
    return many_by(info, ActiviteTheme, ActiviteTheme.activite_id, order_by=(ActiviteTheme.theme,))
