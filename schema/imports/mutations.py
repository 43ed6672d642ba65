"""Mutation `importerProgramme` (ANCT): programme files uploaded as a GraphQL multipart request.

For operators without a shell, the same import as `inclusion-hub import ENTITY FILE` or
`import programme DIR` (one file, or a ZIP of a folder's files): one transaction, the programme's
rules, provenance and journal. A file refused as a whole is a UserError and changes nothing; rows
refused one by one are listed in the answer (the first 200) and counted in its ImportRuns.
"""

from __future__ import annotations

import asyncio
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated

import strawberry
from starlette.datastructures import UploadFile
from strawberry.file_uploads import Upload

from hub.importers.fichier import FichierInvalideError
from hub.importers.programme.moteur import Mode
from hub.importers.televersement import REJETS_RENDUS, copier, importer_televersement
from hub.services.ecriture import exiger_role
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from schema.context import Context
from schema.ecriture import UserError
from schema.enums import Role
from schema.imports.loaders import import_by_id
from schema.imports.types import ImportRunType


@strawberry.enum(description="Comment un import traite ce que le fichier ne contient pas.")
class ModeImport(Enum):
    DELTA = "delta"
    SNAPSHOT = "snapshot"


@strawberry.type(description="Une ligne rejetée d'un fichier importé, avec sa raison.")
class RejetImport:
    fichier: str
    ligne: int = strawberry.field(description="Ligne du fichier (la première ligne de données est 2 en CSV).")
    colonne: str
    valeur: str
    raison: str


@strawberry.type
class ImporterProgrammePayload:
    imports: list[ImportRunType] = strawberry.field(description="Une exécution par fichier, dans l'ordre.")
    rejets: list[RejetImport] = strawberry.field(
        description=f"Les {REJETS_RENDUS} premiers problèmes des lignes rejetées (le compte complet est "
        "dans `imports { rejetes }`)."
    )


ImporterProgrammeResultat = Annotated[
    ImporterProgrammePayload | UserError, strawberry.union("ImporterProgrammeResultat")
]


@strawberry.type
class ImportMutation:
    @strawberry.mutation(
        description="ANCT : importe des fichiers du programme (un fichier <format>.csv ou .jsonl, ou une "
        "archive .zip de ces fichiers), envoyés en multipart (GraphQL multipart request). Mêmes "
        "contrôles et règles que `inclusion-hub import` ; un fichier refusé ne change rien."
    )
    async def importer_programme(
        self, info: strawberry.Info, fichier: Upload, mode: ModeImport = ModeImport.DELTA
    ) -> ImporterProgrammeResultat:
        context: Context = info.context
        try:
            exiger_role(context.principal, Role.ANCT)
            if not isinstance(fichier, UploadFile):
                raise EcritureRefuseeError(
                    CodeErreur.BAD_USER_INPUT,
                    "`fichier` doit être un fichier envoyé en multipart/form-data "
                    "(GraphQL multipart request).",
                    "fichier",
                )
            with tempfile.TemporaryDirectory(prefix="hub-televersement-") as dossier:
                chemin = Path(dossier) / "televerse"
                await asyncio.to_thread(copier, fichier.file, chemin)
                try:
                    resultat = await importer_televersement(
                        context.db.base,
                        chemin,
                        fichier.filename or "",
                        mode=Mode(mode.value),
                        auteur=context.principal.subject[:200],
                        max_decompresses=context.settings.import_upload_max_unpacked_bytes,
                    )
                except FichierInvalideError as erreur:
                    message = str(erreur).replace(f"{dossier}/programme/", "").replace(f"{dossier}/", "")
                    return UserError(
                        code=CodeErreur.BAD_USER_INPUT, message=f"Fichier refusé : {message}", champ="fichier"
                    )
        except EcritureRefuseeError as erreur:
            return UserError(code=erreur.code, message=erreur.message, champ=erreur.champ)
        finally:
            context.loaders.clear()
        runs = await import_by_id(info).load_many([bilan.import_run_id for bilan in resultat.bilans])
        return ImporterProgrammePayload(
            imports=[ImportRunType.from_row(run) for run in runs if run is not None],
            rejets=[
                RejetImport(
                    fichier=r.fichier, ligne=r.ligne, colonne=r.colonne, valeur=r.valeur, raison=r.raison
                )
                for r in resultat.rejets
            ],
        )
