"""A structure's activity: its activités (CRA) by month and by thème, as the caller may read them.

Not a statistics of a territory: the counts are over the activités rows the caller may READ (the
policy's read rule, enforced again by row-level security), so they show nothing the caller could not
list one by one: ANCT, the préfecture of the structure's département and the structure count all of
them; a conseiller counts its own; partner tools and anonymous callers, who read no activité, get
None (not a misleading 0). No small-group suppression applies: the caller may read every row counted.
Batched: two statements for any number of structures.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import False_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import read_predicate
from auth.principal import Principal
from hub.models import Activite, ActiviteTheme
from hub.models.enums import Theme
from hub.services.statistiques.activites import libelle_mois
from hub.services.statistiques.masque import Bucket, Grille
from hub.services.statistiques.mois import mois


@dataclass(frozen=True, slots=True)
class ActiviteDeStructure:
    total: int
    par_mois: list[Bucket]
    par_theme: list[Bucket]


async def activite_des_structures(
    session: AsyncSession, principal: Principal, structures: Sequence[uuid.UUID]
) -> list[ActiviteDeStructure | None]:
    """The activity of each of `structures`, in their order; None for all when the caller reads no
    activité at all."""
    lisibles = read_predicate(Activite, principal)
    if isinstance(lisibles, False_):
        return [None for _ in structures]
    condition = lisibles & Activite.structure_id.in_(structures)
    mois_de = mois(Activite.date)
    par_mois: dict[uuid.UUID, list[tuple[str, int]]] = defaultdict(list)
    lignes = await session.execute(
        select(Activite.structure_id, mois_de, func.count())
        .where(condition)
        .group_by(Activite.structure_id, mois_de)
        .order_by(Activite.structure_id, mois_de)
    )
    for structure, mois_, nombre in lignes:
        par_mois[structure].append((mois_, int(nombre)))
    par_theme: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    lignes = await session.execute(
        select(Activite.structure_id, ActiviteTheme.theme, func.count())
        .join(Activite, Activite.id == ActiviteTheme.activite_id)
        .where(condition)
        .group_by(Activite.structure_id, ActiviteTheme.theme)
    )
    for structure, theme, nombre in lignes:
        par_theme[structure][Theme(theme).name] = int(nombre)
    grille = Grille(None)  # nothing hidden: every row counted is readable by the caller
    return [
        ActiviteDeStructure(
            total=sum(n for _, n in par_mois[s]),
            par_mois=grille.liste([(m, libelle_mois(m), n) for m, n in par_mois[s]]),
            par_theme=grille.liste(
                sorted(
                    ((t.name, t.libelle, par_theme[s][t.name]) for t in Theme if t.name in par_theme[s]),
                    key=lambda bucket: -bucket[2],
                )
            ),
        )
        for s in structures
    ]
