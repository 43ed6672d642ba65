"""Seed an empty, migrated database with deterministic synthetic data, in one transaction."""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Structure
from hub.seed import activites, conseillers, financement, france_services, lieux
from hub.seed.aidants_connect import AidantsConnect, habiliter
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Territoire, territoire
from hub.seed.conseillers import Recrutements, recruter
from hub.seed.plan import ConseillerPlan, StructurePlan
from hub.seed.scales import Scale, ScalePlan, SeedError, plan_for
from hub.seed.siret import SiretFactory
from hub.seed.structures import Instruction, instruire
from hub.services.agregats import reconstruire, suspendre

__all__ = ["Scale", "SeedError", "SeedReport", "is_seeded", "seed"]


@dataclass(frozen=True)
class SeedReport:
    """What a run wrote: rows per table (in insertion order) and the seconds it took."""

    scale: Scale
    departements: tuple[str, ...]
    random_seed: int
    rows: dict[str, int]
    seconds: float

    def summary(self) -> str:
        width = max(len(table) for table in self.rows) if self.rows else 0
        lines = [
            f"Seeded scale {self.scale.value} ({len(self.departements)} département(s): "
            f"{', '.join(self.departements[:8])}{'…' if len(self.departements) > 8 else ''}), "
            f"random seed {self.random_seed}: {sum(self.rows.values()):,} rows in {self.seconds:.1f} s"
        ]
        lines += [f"  {table:<{width}}  {count:>10,}" for table, count in self.rows.items()]
        return "\n".join(lines)


async def is_seeded(database: Database) -> bool:
    async with database.engine.begin() as connection:
        await _en_systeme(connection)
        return await _nombre_de_structures(connection) > 0


async def seed(
    database: Database,
    scale: Scale | str,
    *,
    departement: str = "57",
    random_seed: int = 2021,
    activites: int | None = None,
) -> SeedReport:
    """Fill an empty database; refuse (SeedError) a non-empty one. A failure writes nothing.

    `activites` replaces the scale's number of activités (benchmarks: the national seed at 100,000).
    """
    started = time.perf_counter()
    try:
        scale = Scale(scale)
    except ValueError:
        choices = ", ".join(s.value for s in Scale)
        raise SeedError(f"unknown scale {scale!r}: choose one of {choices}") from None
    plan = plan_for(scale, departement)
    if activites is not None:
        if activites < 0:
            raise SeedError(f"--activites must be 0 or more (got {activites})")
        plan = replace(plan, activites=activites)
    territoires = {code: territoire(code, random_seed) for code in plan.departements}
    async with database.engine.begin() as connection:
        await _en_systeme(connection)  # also opens the transaction that COPY joins
        existing = await _nombre_de_structures(connection)
        if existing:
            raise SeedError(
                f"the database already holds {existing} structures: seed fills only an empty database"
            )
        if connection.dialect.name == "postgresql":
            # The run's big COPYs must not hit the API's per-statement timeout.
            await connection.execute(text("SET LOCAL statement_timeout = 0"))
        writer = await BulkWriter.open(connection)
        async with AsyncSession(bind=connection) as session:  # joins the seed's transaction
            async with suspendre(session):  # the activité aggregates are computed once, below
                await _generate(writer, plan, territoires, random_seed)
            agregats = await reconstruire(session)
        writer.counts["activite_agregat"] = agregats.groupes
        writer.counts["activite_theme_agregat"] = agregats.groupes_themes
    return SeedReport(
        scale, plan.departements, random_seed, dict(writer.counts), round(time.perf_counter() - started, 2)
    )


async def _en_systeme(connection: AsyncConnection) -> None:
    """The seed is a trusted job: row-level security (PostgreSQL) lets this transaction through."""
    async with AsyncSession(bind=connection) as session:  # joins the connection's transaction
        await contexte_systeme(session)


async def _nombre_de_structures(connection: AsyncConnection) -> int:
    return int(await connection.scalar(select(func.count()).select_from(Structure)) or 0)


async def _generate(
    writer: BulkWriter, plan: ScalePlan, territoires: dict[str, Territoire], random_seed: int
) -> None:
    """Every step in foreign-key order; later steps read the plans (structures, contracts) of earlier ones."""
    sirets = SiretFactory()
    enveloppe_id = await financement.write_enveloppes(writer, plan, random_seed)

    instruction = Instruction()
    for code in plan.departements:
        instruire(territoires[code], plan.postes[code], random_seed, sirets, instruction, territoires)
    await instruction.write(writer)
    par_departement: dict[str, list[StructurePlan]] = defaultdict(list)
    for structure in instruction.structures:
        par_departement[structure.departement_code].append(structure)

    recrutements = Recrutements()
    for code in plan.departements:
        recruter(par_departement[code], code, random_seed, recrutements)
    await conseillers.write(writer, instruction.structures, recrutements, random_seed)
    await financement.write_subventions(writer, instruction.structures, enveloppe_id, random_seed)

    ids_fs = await _lieux_et_sites(
        writer, plan, territoires, par_departement, recrutements, sirets, random_seed
    )
    contrats = recrutements.contrats
    quotas = activites.quotas(contrats, plan.activites, random_seed)
    await activites.write(writer, contrats, quotas, territoires, random_seed)
    await _aidants_connect(
        writer, plan, territoires, par_departement, recrutements, ids_fs, sirets, random_seed
    )


async def _lieux_et_sites(
    writer: BulkWriter,
    plan: ScalePlan,
    territoires: dict[str, Territoire],
    par_departement: dict[str, list[StructurePlan]],
    recrutements: Recrutements,
    sirets: SiretFactory,
    random_seed: int,
) -> dict[str, list[int]]:
    """Lieux (and who works there) and France Services sites; returns each département's id_fs."""
    lieu_rows: list[Row] = []
    for code in plan.departements:
        lieux.implanter(territoires[code], par_departement[code], random_seed, sirets, lieu_rows)
    await lieux.write(writer, lieu_rows, lieux.affectations(recrutements, random_seed))

    site_rows: list[Row] = []
    ids_fs: dict[str, list[int]] = {}
    for code in plan.departements:
        before = len(site_rows)
        sites = plan.sites_france_services[code]
        france_services.labelliser(territoires[code], sites, par_departement[code], random_seed, site_rows)
        ids_fs[code] = [row[1] for row in site_rows[before:]]
    await france_services.write(writer, site_rows)
    return ids_fs


async def _aidants_connect(
    writer: BulkWriter,
    plan: ScalePlan,
    territoires: dict[str, Territoire],
    par_departement: dict[str, list[StructurePlan]],
    recrutements: Recrutements,
    ids_fs: dict[str, list[int]],
    sirets: SiretFactory,
    random_seed: int,
) -> None:
    en_poste: dict[uuid.UUID, list[ConseillerPlan]] = defaultdict(list)
    for conseiller in recrutements.conseillers:
        if (contrat := conseiller.contrat_en_cours) is not None:
            en_poste[contrat.structure.id].append(conseiller)
    ac = AidantsConnect(random_seed)
    for code in plan.departements:
        nb_organisations, nb_mandats = plan.organisations_ac[code], plan.mandats[code]
        structures = par_departement[code]
        habiliter(
            territoires[code], nb_organisations, nb_mandats, structures, en_poste, ids_fs[code], sirets, ac
        )
    await ac.write(writer)
