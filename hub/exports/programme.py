"""`export programme DIR`: the hub's programme records in the import formats, one file per format.

Each record is written with its source id (`id_source`, or the hub's own id for a record that never
came from a source) and names the records it references by their keys (a SIRET, a source id, an
enveloppe code), so that `import programme DIR` into another hub rebuilds the same programme; the
seed's round trip is tested that way (tests/importers/test_programme_aller_retour.py).
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO, cast

from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth import rls
from hub.db import Database
from hub.importers.programme.format import Format
from hub.importers.programme.registre import ORDRE, REFERENCABLES

PARTITION = 5000
Cle = tuple[Any, ...]


class FormatFichier(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


async def exporter_programme(database: Database, dossier: Path, genre: FormatFichier) -> dict[str, int]:
    """Write `<format>.<genre>` for every format into `dossier`; the records written per format."""
    await asyncio.to_thread(dossier.mkdir, parents=True, exist_ok=True)
    nombres: dict[str, int] = {}
    async with database.transaction() as session:
        await rls.contexte_systeme(session)  # a trusted CLI job, like the importers
        for format_ in ORDRE:
            chemin = dossier / f"{format_.nom}.{genre.value}"
            temporaire = chemin.with_name(f".{chemin.name}.en-cours")
            try:
                with temporaire.open("w", encoding="utf-8", newline="") as sortie:
                    nombres[format_.nom] = await exporter_format(session, format_, sortie, genre)
                os.replace(temporaire, chemin)
            finally:
                temporaire.unlink(missing_ok=True)
    return nombres


async def exporter_format(
    session: AsyncSession, format_: Format, sortie: TextIO, genre: FormatFichier
) -> int:
    table = cast(Table, format_.modele.__table__)
    cles = {r.attribut: await _cles_par_id(session, REFERENCABLES[r.format]) for r in format_.references}
    ecrivain = csv.writer(sortie, lineterminator="\n") if genre is FormatFichier.CSV else None
    if ecrivain is not None:
        ecrivain.writerow(format_.noms)
    ordre = [table.c[c] for c in format_.cle_modele]
    resultat = await session.stream(select(table).order_by(*ordre).execution_options(yield_per=PARTITION))
    regles = format_.regles()
    nombre = 0
    async for partition in resultat.mappings().partitions(PARTITION):
        lignes = [dict(ligne) for ligne in partition]
        await regles.completer(session, lignes)
        for ligne in lignes:
            valeurs = _valeurs(format_, ligne, cles)
            if ecrivain is not None:
                ecrivain.writerow([c.ecrire(valeurs[c.nom]) for c in format_.colonnes])
            else:
                record = {c.nom: c.en_json(valeurs[c.nom]) for c in format_.colonnes}
                sortie.write(json.dumps(record, ensure_ascii=False) + "\n")
            nombre += 1
    return nombre


def _valeurs(
    format_: Format, ligne: Mapping[str, Any], cles: Mapping[str, Mapping[Any, Cle]]
) -> dict[str, Any]:
    valeurs: dict[str, Any] = {}
    for reference in format_.references:
        cle = cles[reference.attribut].get(ligne[reference.attribut]) if ligne[reference.attribut] else None
        for position, nom in enumerate(reference.colonnes):
            valeurs[nom] = None if cle is None else cle[position]
    for colonne in format_.colonnes:
        if colonne.nom in valeurs:
            continue
        if colonne.nom == "id_source":
            valeurs[colonne.nom] = ligne["id_source"] or str(ligne["id"])
        else:
            valeurs[colonne.nom] = ligne[colonne.cible or colonne.nom]
    return valeurs


async def _cles_par_id(session: AsyncSession, format_: Format) -> dict[Any, Cle]:
    """The key (in the file's terms) of every record of `format_`, by hub id."""
    table = cast(Table, format_.modele.__table__)
    colonnes = [table.c[c] for c in format_.cle_modele]
    cles: dict[Any, Cle] = {}
    for identifiant, *cle in await session.execute(select(table.c.id, *colonnes)):
        if format_.cle_modele == ("id_source",):
            cle = [cle[0] or str(identifiant)]
        cles[identifiant] = tuple(cle)
    return cles
