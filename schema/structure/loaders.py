"""Policy-scoped loaders and lists of the structure domain."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import AvisPrefet, Candidature, DecisionCoselec, Structure
from hub.services.statistiques.structures import ActiviteDeStructure, activite_des_structures
from schema.batching import many_by, one_by
from schema.context import Context
from schema.pagination import Liste, Ordre

STRUCTURES = Liste(
    nom="structures",
    modele=Structure,
    ordres={
        "NOM": Ordre((Structure.nom, Structure.id)),
        "DEPARTEMENT": Ordre((Structure.departement_code, Structure.id)),
    },
)
STRUCTURES_DU_DEPARTEMENT = Liste(
    nom="Departement.structures", modele=Structure, ordres={"NOM": Ordre((Structure.nom, Structure.id))}
)


def structure_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Structure | None]:
    return one_by(info, Structure, Structure.id)


def candidatures_by_structure(info: strawberry.Info) -> DataLoader[uuid.UUID, list[Candidature]]:
    return many_by(
        info, Candidature, Candidature.structure_id, order_by=(Candidature.date_depot, Candidature.id)
    )


def candidature_by_id(info: strawberry.Info) -> DataLoader[uuid.UUID, Candidature | None]:
    return one_by(info, Candidature, Candidature.id)


def avis_by_structure(info: strawberry.Info) -> DataLoader[uuid.UUID, list[AvisPrefet]]:
    return many_by(info, AvisPrefet, AvisPrefet.structure_id, order_by=(AvisPrefet.date, AvisPrefet.id))


def avis_by_candidature(info: strawberry.Info) -> DataLoader[uuid.UUID, list[AvisPrefet]]:
    return many_by(info, AvisPrefet, AvisPrefet.candidature_id, order_by=(AvisPrefet.date, AvisPrefet.id))


def decisions_by_structure(info: strawberry.Info) -> DataLoader[uuid.UUID, list[DecisionCoselec]]:
    return many_by(
        info,
        DecisionCoselec,
        DecisionCoselec.structure_id,
        order_by=(DecisionCoselec.date, DecisionCoselec.numero, DecisionCoselec.id),
    )


def decisions_by_candidature(info: strawberry.Info) -> DataLoader[uuid.UUID, list[DecisionCoselec]]:
    return many_by(
        info,
        DecisionCoselec,
        DecisionCoselec.candidature_id,
        order_by=(DecisionCoselec.date, DecisionCoselec.numero, DecisionCoselec.id),
    )


def activite_by_structure(info: strawberry.Info) -> DataLoader[uuid.UUID, ActiviteDeStructure | None]:
    """Each structure's activités by month and thème: two statements for a whole page of structures."""
    context: Context = info.context
    loader = context.loaders.get("activite_by_structure")
    if loader is None:

        async def load(ids: list[uuid.UUID]) -> list[ActiviteDeStructure | None]:
            return await context.db.run(
                lambda session: activite_des_structures(session, context.principal, ids)
            )

        loader = context.loaders["activite_by_structure"] = DataLoader(load_fn=load)
    return loader
