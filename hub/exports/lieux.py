"""`export lieux`: every lieu of the hub, streamed from the database in the chosen open format."""

from __future__ import annotations

import csv
import json
from enum import StrEnum
from typing import TextIO

from sqlalchemy import select

from auth import rls
from hub.db import Database
from hub.exports.data_inclusion import structure_data_inclusion
from hub.exports.lieux_standard import COLONNES, ligne_standard
from hub.models import Lieu

LOT = 500


class FormatExport(StrEnum):
    STANDARD_CSV = "standard-csv"
    DATA_INCLUSION_JSON = "data-inclusion-json"


async def exporter_lieux(database: Database, format_export: FormatExport, sortie: TextIO) -> int:
    """Write the lieux to `sortie` (ordered by source and local id); returns how many were written.

    A lieu absent from its source (docs/imports.md, re-import) is not published again."""
    nombre = 0
    async with database.transaction() as session:
        await rls.contexte_systeme(session)  # a trusted CLI job, like the importers
        lieux = await session.stream_scalars(
            select(Lieu)
            .where(Lieu.absent_depuis.is_(None))
            .order_by(Lieu.source, Lieu.source_id)
            .execution_options(yield_per=LOT)
        )
        if format_export is FormatExport.STANDARD_CSV:
            writer = csv.DictWriter(sortie, fieldnames=COLONNES)
            writer.writeheader()
            async for lieu in lieux:
                writer.writerow(ligne_standard(lieu))
                nombre += 1
        else:
            sortie.write("[")
            async for lieu in lieux:
                sortie.write(",\n" if nombre else "\n")
                sortie.write(json.dumps(structure_data_inclusion(lieu), ensure_ascii=False))
                nombre += 1
            sortie.write("\n]\n")
    return nombre
