"""GraphQL type ImportRun: one run of an importer over one file, with its counts."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from typing import Any

import strawberry

from hub.models import ImportRun
from schema.imports.loaders import import_by_id
from schema.relay import Node, register_node


@register_node
@strawberry.type(
    name="ImportRun",
    description="Une exécution d'import d'un fichier de données ouvertes (provenance des lignes importées).",
)
class ImportRunType(Node):
    kind: str = strawberry.field(description="Ce qui a été importé : france-services, lieux, epci.")
    fichier: str = strawberry.field(description="Nom du fichier importé.")
    sha256: str = strawberry.field(description="Empreinte SHA-256 du fichier.")
    date_fichier: dt.date | None = strawberry.field(description="Date des données du fichier.")
    debut: dt.datetime
    fin: dt.datetime | None
    statut: str = strawberry.field(description="en_cours, termine, termine_avec_rejets ou echec.")
    inseres: int
    mis_a_jour: int
    inchanges: int
    rejetes: int = strawberry.field(description="Lignes rejetées (détail dans le rapport de rejets).")
    absents: int = strawberry.field(
        description="Lignes des sources du fichier qu'il ne contient plus, marquées absentes "
        "(données ouvertes)."
    )
    revenus: int = strawberry.field(
        description="Lignes absentes de leur source que ce fichier contient de nouveau "
        "(comptées mises à jour)."
    )
    plus_recents: int = strawberry.field(
        description="Lignes laissées telles quelles : le hub les tient d'un fichier plus récent de la source "
        "(comptées inchangées)."
    )
    avertissements: int = strawberry.field(
        description="Problèmes de lignes importées quand même (un pivot mal formé : lieu gardé sans pivot)."
    )
    auteur: str

    @classmethod
    def from_row(cls, row: ImportRun) -> ImportRunType:
        return cls(
            pk=row.id,
            kind=row.kind,
            fichier=PurePath(row.fichier).name,
            sha256=row.sha256,
            date_fichier=row.date_fichier,
            debut=row.debut,
            fin=row.fin,
            statut=row.statut,
            inseres=row.inseres,
            mis_a_jour=row.mis_a_jour,
            inchanges=row.inchanges,
            rejetes=row.rejetes,
            absents=row.absents,
            revenus=row.revenus,
            plus_recents=row.plus_recents,
            avertissements=row.avertissements,
            auteur=row.auteur,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> ImportRunType | None:
        row = await import_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None
