"""The synthetic seed loaded the way real records arrive: through the importers.

The generator writes its rows into a scratch SQLite database (hub.seed.api.seed, in a private
temporary folder); the hub's exporters write them out in the programme formats, the lieux standard
and the ANCT France Services list; and `import lieux`, `import france-services` and
`import programme` load those files into the target, with every check, rule and provenance of a real
import. What the demo shows has thus passed the importers: a generator and importers that drifted
apart would make the demo fail, not a later import. The ids of the target are its own (the
scratch ids are kept as `id_source`, as a source system's would be).

Three import runs, each one transaction: a failure in the second or third leaves the first ones
written (rerun on an emptied database), unlike the one-transaction bulk seed used by tests and
benchmarks.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from hub.db import Database, create_engine
from hub.exports.france_services import exporter_france_services
from hub.exports.lieux import FormatExport, exporter_lieux
from hub.exports.programme import FormatFichier, exporter_programme
from hub.importers.execution import Bilan, importer, importer_programme
from hub.importers.france_services import ImporteurFranceServices
from hub.importers.lieux_standard import SOURCE_PAR_DEFAUT, ImporteurLieuxStandard
from hub.migrate import upgrade
from hub.seed.api import SeedReport, is_seeded, seed
from hub.seed.scales import Scale, SeedError
from hub.settings import Settings

AUTEUR = "seed"


async def seed_par_les_importeurs(
    database: Database,
    scale: Scale | str,
    *,
    departement: str = "57",
    random_seed: int = 2021,
    activites: int | None = None,
    fichiers: Path | None = None,
) -> SeedReport:
    """Fill an empty database with the seed of `scale`, through files and the importers.

    `fichiers`: an empty folder where the files are written and kept (`programme/`, `lieux.csv`,
    `liste-fs-seed.csv`); by default a temporary one, removed afterwards."""
    debut = time.perf_counter()
    if await is_seeded(database):
        raise SeedError("the database already holds structures: seed fills only an empty database")
    with tempfile.TemporaryDirectory(prefix="hub-seed-") as nom:
        dossier = fichiers or Path(nom)
        url = f"sqlite+aiosqlite:///{Path(nom) / 'brouillon.db'}"
        await asyncio.to_thread(upgrade, url)
        brouillon = Database(create_engine(Settings(database_url=url), url=url))
        try:
            genere = await seed(
                brouillon, scale, departement=departement, random_seed=random_seed, activites=activites
            )
            await exporter_programme(brouillon, dossier / "programme", FormatFichier.CSV)
            lieux, sites = dossier / "lieux.csv", dossier / "liste-fs-seed.csv"
            with lieux.open("w", encoding="utf-8", newline="") as sortie:
                await exporter_lieux(brouillon, FormatExport.STANDARD_CSV, sortie)
            with sites.open("w", encoding="utf-8", newline="") as sortie:
                await exporter_france_services(brouillon, sortie)
        finally:
            await brouillon.dispose()
        rapport = Path(nom) / "rejets.csv"
        bilans = [
            await importer(
                database, ImporteurLieuxStandard(SOURCE_PAR_DEFAUT), lieux, rapport=rapport, auteur=AUTEUR
            ),
            await importer(database, ImporteurFranceServices(), sites, rapport=rapport, auteur=AUTEUR),
            *await importer_programme(database, dossier / "programme", rapport=rapport, auteur=AUTEUR),
        ]
        _sans_rejet(bilans, rapport)
    lignes = {bilan.kind: bilan.compte.inseres for bilan in bilans}
    return SeedReport(
        genere.scale, genere.departements, random_seed, lignes, round(time.perf_counter() - debut, 2)
    )


def _sans_rejet(bilans: list[Bilan], rapport: Path) -> None:
    rejetes = {bilan.kind: bilan.rejetes for bilan in bilans if bilan.rejetes}
    if rejetes:  # the generator made a row the importers refuse: the two have drifted apart
        detail = ", ".join(f"{kind}: {nombre}" for kind, nombre in rejetes.items())
        premiers = rapport.read_text(encoding="utf-8").splitlines()[1:6]
        raise SeedError(
            f"the importers rejected rows of the seed ({detail}): generator and formats disagree; "
            f"first rejects: {' / '.join(premiers)}"
        )


__all__ = ["seed_par_les_importeurs"]
