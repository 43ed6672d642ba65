"""The root Query, composed from one mixin per domain package."""

from __future__ import annotations

import strawberry

from schema.territoire.queries import TerritoireQuery


@strawberry.type(description="Point d'entrée des lectures de l'Inclusion Hub.")
class Query(TerritoireQuery):
    pass
