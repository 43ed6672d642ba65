"""Policy-scoped loaders, lists and the derived statut of the Aidants Connect domain.

A mandat is ACTIF while it has not expired and at least one autorisation is unrevoked; REVOQUE once
every autorisation is revoked; EXPIRE when it has an unrevoked autorisation but its date has passed.
The same rule is written twice, in Python (`statut_mandat`) and in SQL (`condition_statut`), and a
test holds them equal.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from enum import Enum

import strawberry
from sqlalchemy import ColumnElement, Exists, and_, not_
from strawberry.dataloader import DataLoader

from auth.policy import readable
from auth.principal import Principal
from hub.models import Aidant, Autorisation, Mandat, OrganisationAidantsConnect
from schema.batching import many_by, one_by
from schema.pagination import Liste, Ordre


@strawberry.enum(description="Statut dérivé d'un mandat.")
class StatutMandat(Enum):
    ACTIF = "ACTIF"
    EXPIRE = "EXPIRE"
    REVOQUE = "REVOQUE"


MANDATS = Liste(
    nom="mandats",
    modele=Mandat,
    ordres={
        "DATE_EXPIRATION": Ordre((Mandat.date_expiration, Mandat.id)),
        "DATE_EXPIRATION_DESC": Ordre((Mandat.date_expiration, Mandat.id), descendant=True),
    },
)
MANDATS_DE_ORGANISATION = Liste(
    nom="OrganisationAidantsConnect.mandats",
    modele=Mandat,
    ordres={"DATE_EXPIRATION_DESC": Ordre((Mandat.date_expiration, Mandat.id), descendant=True)},
)
AIDANTS_DE_ORGANISATION = Liste(
    nom="OrganisationAidantsConnect.aidants", modele=Aidant, ordres={"ID": Ordre((Aidant.id,))}
)


def statut_mandat(
    mandat: Mandat, autorisations: Sequence[Autorisation], maintenant: dt.datetime
) -> StatutMandat:
    if all(a.date_revocation is not None for a in autorisations):
        return StatutMandat.REVOQUE
    return StatutMandat.ACTIF if mandat.date_expiration > maintenant else StatutMandat.EXPIRE


def condition_statut(
    statut: StatutMandat, principal: Principal, maintenant: dt.datetime
) -> ColumnElement[bool]:
    non_revoquee: Exists = (
        readable(Autorisation, principal)
        .where(Autorisation.mandat_id == Mandat.id, Autorisation.date_revocation.is_(None))
        .exists()
    )
    match statut:
        case StatutMandat.ACTIF:
            return and_(non_revoquee, Mandat.date_expiration > maintenant)
        case StatutMandat.EXPIRE:
            return and_(non_revoquee, Mandat.date_expiration <= maintenant)
        case StatutMandat.REVOQUE:
            return not_(non_revoquee)


def organisation_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, OrganisationAidantsConnect | None]:
    return one_by(info, OrganisationAidantsConnect, OrganisationAidantsConnect.id)


def aidant_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Aidant | None]:
    return one_by(info, Aidant, Aidant.id)


def mandat_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Mandat | None]:
    return one_by(info, Mandat, Mandat.id)


def autorisations_by_mandat(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Autorisation]]:
    return many_by(
        info, Autorisation, Autorisation.mandat_id, order_by=(Autorisation.demarche, Autorisation.id)
    )
