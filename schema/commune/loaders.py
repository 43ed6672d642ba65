"""Batched loaders of communes and EPCI (one SELECT per relation and level, whatever the keys)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import strawberry
from strawberry.dataloader import DataLoader

from auth.policy import readable
from hub.models import Commune, Epci
from schema.batching import one_by, parmi
from schema.context import Context
from schema.pagination import Liste, Ordre

COMMUNES_DU_DEPARTEMENT = Liste(
    nom="Departement.communes", modele=Commune, ordres={"CODE": Ordre((Commune.code,))}
)
COMMUNES_DE_L_EPCI = Liste(nom="Epci.communes", modele=Commune, ordres={"CODE": Ordre((Commune.code,))})


def commune_by_code(info: strawberry.Info) -> DataLoader[str, Commune | None]:
    return one_by(info, Commune, Commune.code)


def epci_by_code(info: strawberry.Info) -> DataLoader[str, Epci | None]:
    return one_by(info, Epci, Epci.code)


def departements_by_epci(info: strawberry.Info) -> DataLoader[str, list[str]]:
    """The codes of the départements an EPCI's member communes belong to, by code (most EPCI have one;
    some straddle two or three)."""
    context: Context = info.context
    loader = context.loaders.get("departements_by_epci")
    if loader is None:

        async def load(codes: Sequence[str]) -> list[list[str]]:
            statement = (
                readable(Commune, context.principal)
                .where(parmi(context, Commune.epci_code, codes))
                .with_only_columns(Commune.epci_code, Commune.departement_code, maintain_column_froms=True)
                .group_by(Commune.epci_code, Commune.departement_code)
                .order_by(Commune.epci_code, Commune.departement_code)
            )
            par_epci: dict[str, list[str]] = {code: [] for code in codes}
            lignes = cast("list[tuple[str, str]]", (await context.db.execute(statement)).all())
            for epci, departement in lignes:
                par_epci[epci].append(departement)
            return [par_epci[code] for code in codes]

        loader = context.loaders["departements_by_epci"] = DataLoader(load_fn=load)
    return loader
