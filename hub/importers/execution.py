"""One import run: read and check the file, write valid rows in batches, report rejects, keep provenance.

The whole run is one transaction, opened as a trusted system job (auth.rls.contexte_systeme): valid
rows are written batch by batch, and a problem with the file as a whole (found at any point of the
reading) rolls everything back, so the previous data stay as they were. Such a failed run is then
recorded on its own (ImportRun `echec` and its journal line). Rejected rows never stop the run.
An open data list (hub.importers.instantane) then marks absent, in the same transaction, the rows of
its sources that it no longer holds.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.ext.asyncio import AsyncSession

from auth import rls
from hub.db import Database
from hub.importers.ecriture import Compte
from hub.importers.fichier import Fichier, FichierInvalideError, date_du_fichier, inspecter
from hub.importers.instantane import AvecInstantane
from hub.importers.lecture import DateDesDonnees, Importeur, Lecture, Referentiel
from hub.importers.programme.format import Format
from hub.importers.programme.moteur import ImporteurProgramme, Mode, extension_connue
from hub.importers.programme.registre import FORMATS, ORDRE
from hub.importers.progression import Progression
from hub.importers.rejets import RapportRejets, chemin_par_defaut
from hub.models import ImportRun, Journal
from hub.models.base import utcnow
from hub.models.enums import Role

AUTEUR_CLI = "cli"
TAILLE_LOT = 500
TERMINE = "termine"
TERMINE_AVEC_REJETS = "termine_avec_rejets"
ECHEC = "echec"


@dataclass
class Bilan:
    """What a run did: its counts, duration and reject report."""

    kind: str
    import_run_id: uuid.UUID
    compte: Compte = field(default_factory=Compte)
    rejetes: int = 0
    absents: int = 0  # rows of the file's sources it no longer holds, marked absent
    avertissements: int = 0  # problems of rows that were kept (a dropped value)
    secondes: float = 0.0
    rapport: Path | None = None

    @property
    def lignes(self) -> int:
        return self.compte.total + self.rejetes

    @property
    def lignes_par_seconde(self) -> float:
        return self.lignes / self.secondes if self.secondes > 0 else 0.0

    def resume(self) -> str:
        lignes = [
            f"import {self.kind}: {self.compte.inseres} inserted, {self.compte.mis_a_jour} updated, "
            f"{self.compte.inchanges} unchanged, {self.rejetes} rejected "
            f"({self.lignes} rows in {self.secondes:.2f} s, {self.lignes_par_seconde:,.0f} rows/s)",
            f"import run {self.import_run_id}",
        ]
        if self.absents or self.compte.revenus or self.compte.plus_recents or self.avertissements:
            lignes.insert(
                1,
                f"re-import: {self.absents} marked absent, {self.compte.revenus} back, "
                f"{self.compte.plus_recents} kept from a newer file; {self.avertissements} warnings",
            )
        if self.rapport is not None:
            lignes.append(f"reject report: {self.rapport}")
        return "\n".join(lignes)


async def importer(
    database: Database,
    importeur: Importeur,
    chemin: Path,
    *,
    rapport: Path | None = None,
    date_fichier: date | None = None,
    auteur: str = AUTEUR_CLI,
    progression: TextIO | None = None,
) -> Bilan:
    """Import `chemin` with `importeur`; raises FichierInvalideError (after recording the failed run)."""
    debut = time.perf_counter()
    try:
        fichier = inspecter(chemin, date_fichier)
        with RapportRejets(rapport or chemin_par_defaut(chemin)) as rejets:
            async with database.transaction() as session:
                bilan = await _executer(session, importeur, fichier, rejets, auteur, progression)
    except FichierInvalideError as erreur:
        if await asyncio.to_thread(chemin.is_file):
            await _enregistrer_echec(database, importeur.kind, chemin, str(erreur), auteur, date_fichier)
        raise
    bilan.secondes = time.perf_counter() - debut
    bilan.rapport = rejets.chemin
    return bilan


async def _executer(
    session: AsyncSession,
    importeur: Importeur,
    fichier: Fichier,
    rejets: RapportRejets,
    auteur: str,
    flux: TextIO | None,
) -> Bilan:
    await rls.contexte_systeme(session)
    if not fichier.date_propre and isinstance(importeur, DateDesDonnees):
        # No date given nor in the name: the file's own date column beats the day it was copied.
        date_des_donnees = await asyncio.to_thread(importeur.date_des_donnees, fichier)
        if date_des_donnees is not None:
            fichier = replace(fichier, date=date_des_donnees, date_propre=True)
    run = _nouveau_run(importeur.kind, fichier.chemin, fichier.sha256, fichier.date, auteur)
    session.add(run)
    await session.flush()
    bilan = Bilan(importeur.kind, run.id)
    deja_rejetees = rejets.lignes_rejetees  # a programme run reports several files in one report
    deja_averties = rejets.avertissements
    provenance: dict[str, Any] = {"import_run_id": run.id, "date_source": fichier.date}
    referentiel = await Referentiel.charger(session)
    await importeur.preparer(session)
    progression = Progression(f"import {importeur.kind}", fichier.lignes, flux)
    lot: list[Any] = []
    for lecture in importeur.lire(fichier, referentiel):
        _trier(lecture, lot, rejets)
        if len(lot) >= TAILLE_LOT:
            bilan.compte += await importeur.ecrire(session, lot, provenance)
            lot = []
        progression.avancer(lecture.ligne)
    if lot:
        bilan.compte += await importeur.ecrire(session, lot, provenance)
    await importeur.conclure(session, fichier)
    if isinstance(importeur, AvecInstantane):
        bilan.absents = await importeur.instantane.marquer_absents(session, fichier.date, run.id)
    progression.terminer()
    bilan.rejetes = rejets.lignes_rejetees - deja_rejetees
    bilan.avertissements = rejets.avertissements - deja_averties
    _terminer(run, bilan)
    session.add(_journal(run))
    return bilan


async def importer_programme(
    database: Database,
    dossier: Path,
    *,
    mode: Mode = Mode.DELTA,
    rapport: Path,
    date_fichier: date | None = None,
    auteur: str = AUTEUR_CLI,
    progression: TextIO | None = None,
) -> list[Bilan]:
    """Import every format file of `dossier` in dependency order, in one transaction, one report.

    A file that cannot be imported at all rolls back the whole run (the hub keeps its previous
    programme records) and raises FichierInvalideError, after the failed run is recorded.
    """
    fichiers = await asyncio.to_thread(fichiers_du_dossier, dossier)
    bilans: list[Bilan] = []
    en_cours: tuple[str, Path] | None = None
    try:
        inspectes = []
        for format_, chemin in fichiers:  # every file checked (UTF-8, hashed) before anything is written
            en_cours = (format_.nom, chemin)
            inspectes.append((format_, inspecter(chemin, date_fichier)))
        with RapportRejets(rapport, plusieurs_fichiers=True) as rejets:
            async with database.transaction() as session:
                for format_, fichier in inspectes:
                    en_cours = (format_.nom, fichier.chemin)
                    rejets.fichier_en_cours = fichier.chemin.name
                    debut = time.perf_counter()
                    importeur = ImporteurProgramme(format_, mode)
                    bilan = await _executer(session, importeur, fichier, rejets, auteur, progression)
                    bilan.secondes = time.perf_counter() - debut
                    bilan.rapport = rejets.chemin
                    bilans.append(bilan)
    except FichierInvalideError as erreur:
        if en_cours is not None and await asyncio.to_thread(en_cours[1].is_file):
            await _enregistrer_echec(database, en_cours[0], en_cours[1], str(erreur), auteur, date_fichier)
        raise
    return bilans


def fichiers_du_dossier(dossier: Path) -> list[tuple[Format, Path]]:
    """`<format>.csv` or `<format>.jsonl` files of `dossier`, in dependency order; anything else refused."""
    if not dossier.is_dir():
        raise FichierInvalideError(f"{dossier}: no such directory")
    par_format: dict[str, Path] = {}
    for chemin in sorted(dossier.iterdir()):
        if chemin.name.startswith(".") or chemin.name.endswith(".rejets.csv") or not chemin.is_file():
            continue
        if not extension_connue(chemin) or chemin.stem not in FORMATS:
            raise FichierInvalideError(
                f"{chemin}: not a programme format file (expected <format>.csv or <format>.jsonl, "
                f"format among {', '.join(FORMATS)})"
            )
        if chemin.stem in par_format:
            raise FichierInvalideError(
                f"{dossier}: two files for {chemin.stem} ({par_format[chemin.stem].name}, {chemin.name})"
            )
        par_format[chemin.stem] = chemin
    if not par_format:
        raise FichierInvalideError(f"{dossier}: no programme file (<format>.csv or <format>.jsonl)")
    return [(f, par_format[f.nom]) for f in ORDRE if f.nom in par_format]


def _trier(lecture: Lecture, lot: list[Any], rejets: RapportRejets) -> None:
    if lecture.rejets:
        rejets.ajouter(lecture.rejets, lecture.nombre_rejetes)
    if lecture.avertissements:
        rejets.avertir(lecture.avertissements)
    if lecture.enregistrement is not None:
        lot.append(lecture.enregistrement)


def _nouveau_run(kind: str, chemin: Path, sha256: str, date_fichier: date | None, auteur: str) -> ImportRun:
    return ImportRun(
        id=uuid.uuid4(),
        kind=kind,
        fichier=str(chemin)[-500:],
        sha256=sha256,
        date_fichier=date_fichier,
        debut=utcnow(),
        statut="en_cours",
        inseres=0,
        mis_a_jour=0,
        inchanges=0,
        rejetes=0,
        absents=0,
        revenus=0,
        plus_recents=0,
        avertissements=0,
        auteur=auteur,
    )


def _terminer(run: ImportRun, bilan: Bilan) -> None:
    run.inseres = bilan.compte.inseres
    run.mis_a_jour = bilan.compte.mis_a_jour
    run.inchanges = bilan.compte.inchanges
    run.rejetes = bilan.rejetes
    run.absents = bilan.absents
    run.revenus = bilan.compte.revenus
    run.plus_recents = bilan.compte.plus_recents
    run.avertissements = bilan.avertissements
    run.statut = TERMINE_AVEC_REJETS if bilan.rejetes else TERMINE
    run.fin = utcnow()


def _journal(run: ImportRun, erreur: str | None = None) -> Journal:
    apres: dict[str, Any] = {
        "statut": run.statut,
        "fichier": Path(run.fichier).name,
        "sha256": run.sha256,
        "inseres": run.inseres,
        "mis_a_jour": run.mis_a_jour,
        "inchanges": run.inchanges,
        "rejetes": run.rejetes,
    }
    for compte in ("absents", "revenus", "plus_recents", "avertissements"):
        if getattr(run, compte):  # the re-import counts, when there are any
            apres[compte] = getattr(run, compte)
    if erreur is not None:
        apres["erreur"] = erreur[:500]
    return Journal(
        role=Role.ANCT,
        sujet=run.auteur,
        action=f"import.{run.kind}",
        entite="import_run",
        entite_id=str(run.id),
        avant=None,
        apres=apres,
    )


async def _enregistrer_echec(
    database: Database, kind: str, chemin: Path, erreur: str, auteur: str, date_fichier: date | None
) -> None:
    """The failed run, in its own transaction (the import's own was rolled back, data untouched)."""
    sha256 = _sha256(chemin)
    async with database.transaction() as session:
        await rls.contexte_systeme(session)
        run = _nouveau_run(kind, chemin, sha256, date_fichier or date_du_fichier(chemin), auteur)
        run.statut = ECHEC
        run.fin = utcnow()
        session.add(run)
        await session.flush()
        session.add(_journal(run, erreur))


def _sha256(chemin: Path) -> str:
    empreinte = hashlib.sha256()
    with chemin.open("rb") as flux:
        for bloc in iter(lambda: flux.read(1 << 20), b""):
            empreinte.update(bloc)
    return empreinte.hexdigest()
