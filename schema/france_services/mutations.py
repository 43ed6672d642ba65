"""`rattacherSiteFranceServices` (ANCT): the structure that carries a France Services site."""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import SiteFranceServices
from hub.services.france_services import rattacher_site
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role
from schema.france_services.types import SiteFranceServicesType
from schema.structure.types import StructureType


@strawberry.input(description="Un site France Services et la structure qui le porte (null : aucune).")
class RattachementSiteInput:
    site_id: strawberry.ID
    structure_id: strawberry.ID | None = None


@strawberry.type
class RattacherSitePayload:
    site: SiteFranceServicesType


RattacherSiteResultat = Annotated[RattacherSitePayload | UserError, strawberry.union("RattacherSiteResultat")]


@strawberry.type
class FranceServicesMutation:
    @strawberry.mutation(
        description="ANCT : rattache un site France Services à la structure qui le porte, ou l'en détache."
    )
    async def rattacher_site_france_services(
        self, info: strawberry.Info, input: RattachementSiteInput
    ) -> RattacherSiteResultat:
        async def travail(session: AsyncSession, context: Context) -> SiteFranceServices:
            structure = (
                None
                if input.structure_id is None
                else identifiant(input.structure_id, StructureType, "structure_id")
            )
            return await rattacher_site(
                session,
                context.principal,
                identifiant(input.site_id, SiteFranceServicesType, "site_id"),
                structure,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda site: RattacherSitePayload(site=SiteFranceServicesType.from_row(site)),
        )
