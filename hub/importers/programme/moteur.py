"""The importer of one programme format: reads CSV or JSON Lines, checks, resolves references, upserts.

Per row, in this order (every problem found is reported, the row is rejected if any):
1. each column is read and checked (type, required, list of values, pattern, bounds, length);
2. each reference is resolved by the referenced format's natural key among the records already in
   the hub (an unknown one rejects the row: never a silent null), and the referenced record's
   département or structure is inherited;
3. the key is unique in the file, and the unique values (id_source, e-mail) belong to no other record;
4. the format's business rules (hub.importers.programme.entites) check the row against the hub's
   rows and the rows already accepted from the file.
Accepted rows are upserted on their key by batches (hub.importers.ecriture). In *snapshot* mode, the
records an earlier import wrote that the file no longer holds are then marked `absent_depuis`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, text, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import AJOUT_SEULEMENT
from hub.importers.controles import Doublons, Ligne, ValeurInvalideError
from hub.importers.ecriture import Compte, upsert
from hub.importers.fichier import Fichier, FichierInvalideError, lire_csv, lire_jsonl
from hub.importers.lecture import Lecture, Referentiel
from hub.importers.programme.format import Cible, Format
from hub.importers.programme.registre import REFERENCABLES
from hub.importers.rejets import Rejet

# Two programme imports in one database run one after the other (PostgreSQL advisory lock).
VERROU = "inclusion-hub:import-programme"
TRANCHE_ABSENTS = 1000
EXTENSIONS_CSV = (".csv",)
EXTENSIONS_JSONL = (".jsonl", ".ndjson")


class Mode(StrEnum):
    DELTA = "delta"  # the rows changed since the last run: nothing else is touched
    SNAPSHOT = "snapshot"  # the whole set: the rows it no longer holds are marked absent


class ImporteurProgramme:
    """An Importeur (hub.importers.lecture) for one format of hub.importers.programme.registre."""

    def __init__(self, format_: Format, mode: Mode = Mode.DELTA) -> None:
        self.format = format_
        self.kind = format_.nom
        self.mode = mode
        self.regles = format_.regles()
        self._cibles: dict[str, dict[tuple[Any, ...], Cible]] = {}
        self._uniques: dict[str, dict[Any, tuple[Any, ...]]] = {}
        self._vus: set[tuple[Any, ...]] = set()
        self._index_par_id: dict[str, dict[Any, Cible]] = {}
        self._table = cast(Table, format_.modele.__table__)
        # Avis and décisions are history (auth.policy.AJOUT_SEULEMENT): a recorded one is never
        # rewritten, by the API or by an import; the application role may not even UPDATE them.
        self.historique = format_.modele in AJOUT_SEULEMENT
        self._enregistres: dict[tuple[Any, ...], Mapping[str, Any]] = {}

    async def preparer(self, session: AsyncSession) -> None:
        if session.get_bind().dialect.name == "postgresql":
            await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:v))"), {"v": VERROU})
            # A trusted job like the seed: a national file must not hit the API's statement timeout.
            await session.execute(text("SET LOCAL statement_timeout = 0"))
            # The batches' statements are prepared once and repeated: after five runs PostgreSQL may
            # keep a generic plan made when the table looked empty (a sequential scan per batch, so
            # a national file slowed down quadratically: 222 activités/s at 100,000). Plan each run.
            await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        for reference in self.format.references:
            self._cibles[reference.attribut] = await charger_cibles(session, REFERENCABLES[reference.format])
        cle = [self._table.c[c] for c in self.format.cle_modele]
        if self.historique:
            for ligne in (await session.execute(select(self._table))).mappings():
                self._enregistres[tuple(ligne[c] for c in self.format.cle_modele)] = dict(ligne)
        for attribut in self.format.uniques:
            colonne = self._table.c[attribut]
            lignes = await session.execute(select(colonne, *cle).where(colonne.is_not(None)))
            self._uniques[attribut] = {ligne[0]: tuple(ligne[1:]) for ligne in lignes}
        await self.regles.charger(session)

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]:
        doublons = Doublons()
        gardees = set(self._table.c.keys()) | set(self.format.extras)
        for numero, brut, probleme in self._enregistrements(fichier):
            if brut is None:
                yield Lecture(numero, None, [Rejet(numero, "", "", probleme or "ligne mal formée")])
                continue
            ligne = Ligne(numero)
            valeurs = self._valeurs(ligne, brut, referentiel)
            if valeurs is None:
                self._garder_present(brut)
                yield Lecture(numero, None, ligne.rejets)
                continue
            cle = tuple(valeurs[c] for c in self.format.cle_modele)
            self._vus.add(cle)
            if not doublons.premier(ligne, ",".join(self.format.cle), _affiche(cle), cle):
                yield Lecture(numero, None, ligne.rejets)
                continue
            self._verifier_uniques(ligne, valeurs, cle)
            if ligne.valide and self.historique:
                self._verifier_historique(ligne, valeurs, cle)
            if ligne.valide:
                self.regles.verifier(ligne, valeurs, self._cibles_de(valeurs))
            if not ligne.valide:
                yield Lecture(numero, None, ligne.rejets)
                continue
            self.regles.retenir(valeurs)
            for attribut in self.format.uniques:
                if valeurs.get(attribut) is not None:
                    self._uniques[attribut][valeurs[attribut]] = cle
            yield Lecture(numero, {k: v for k, v in valeurs.items() if k in gardees})

    def _verifier_historique(self, ligne: Ligne, valeurs: dict[str, Any], cle: tuple[Any, ...]) -> None:
        enregistre = self._enregistres.get(cle)
        if enregistre is None:
            return
        changees = sorted(
            nom
            for nom, valeur in valeurs.items()
            if nom in self._table.c and nom not in self.format.cle_modele and enregistre[nom] != valeur
        )
        if changees:
            ligne.rejeter(
                ",".join(changees),
                _affiche(cle),
                f"{self.format.titre.lower()} déjà enregistré(e), qui ne se modifie pas (historique) : un "
                "nouvel avis ou une nouvelle décision prend son propre id_source",
            )

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte:
        await self.regles.avant_ecriture(session, lot)
        lignes = [{k: v for k, v in ligne.items() if k not in self.format.extras} for ligne in lot]
        deja = Compte()
        if self.format.cle_modele == ("id_source",):
            lignes, deja.inchanges = await self._adopter(session, lignes)
        compte = deja
        compte += await upsert(
            session,
            self.format.modele,
            self.format.cle_modele,
            lignes,
            provenance,
            ajout_seulement=self.historique,
        )
        await self.regles.apres_ecriture(session, lot)
        return compte

    async def _adopter(
        self, session: AsyncSession, lignes: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], int]:
        """The hub's own records (no id_source: made by a mutation) come back from its export named by
        their hub id: they take that id as id_source, so that the import updates them, not a copy. A
        history row (avis, décision) is already recorded: it is left out (and counted unchanged)."""
        par_id: dict[uuid.UUID, str] = {}
        for ligne in lignes:
            with suppress(ValueError, TypeError, AttributeError):
                par_id[uuid.UUID(ligne["id_source"])] = ligne["id_source"]
        if not par_id:
            return lignes, 0
        ids = self._table.c.id
        sans_source = set(
            await session.scalars(select(ids).where(ids.in_(list(par_id)), self._table.c.id_source.is_(None)))
        )
        if not sans_source:
            return lignes, 0
        if self.historique:
            retenues = [
                ligne for ligne in lignes if ligne["id_source"] not in {par_id[i] for i in sans_source}
            ]
            return retenues, len(lignes) - len(retenues)
        await session.execute(
            update(self._table)
            .where(ids == bindparam("b_id"), self._table.c.id_source.is_(None))
            .values(id_source=bindparam("b_source")),
            [{"b_id": i, "b_source": par_id[i]} for i in sans_source],
        )
        return lignes, 0

    async def conclure(self, session: AsyncSession, fichier: Fichier) -> None:
        """The rules' last step; in snapshot mode, mark absent what the file no longer holds."""
        await self.regles.conclure(session)
        if self.mode is not Mode.SNAPSHOT or self.historique:  # history stays, in the source or not
            return
        colonnes = [self._table.c[c] for c in self.format.cle_modele]
        if "absent_depuis" not in self._table.c:  # a link table: the links the source no longer has go
            lignes = await session.execute(select(*colonnes))
            absents = [tuple(ligne) for ligne in lignes if tuple(ligne) not in self._vus]
            for debut in range(0, len(absents), TRANCHE_ABSENTS):
                await session.execute(
                    self._table.delete().where(
                        tuple_(*colonnes).in_(absents[debut : debut + TRANCHE_ABSENTS])
                    )
                )
            return
        presents = await session.execute(
            select(*colonnes).where(
                self._table.c.import_run_id.is_not(None), self._table.c.absent_depuis.is_(None)
            )
        )
        absents = [tuple(ligne) for ligne in presents if tuple(ligne) not in self._vus]
        for debut in range(0, len(absents), TRANCHE_ABSENTS):
            await session.execute(
                update(self._table)
                .where(tuple_(*colonnes).in_(absents[debut : debut + TRANCHE_ABSENTS]))
                .values(absent_depuis=fichier.date)
            )

    def _enregistrements(
        self, fichier: Fichier
    ) -> Iterator[tuple[int, Mapping[str, Any] | None, str | None]]:
        suffixe = fichier.chemin.suffix.lower()
        if suffixe in EXTENSIONS_CSV:
            requises = tuple(c.nom for c in self.format.colonnes if c.requis)
            for brute in lire_csv(fichier, requises, self.format.noms):
                yield brute.ligne, brute.valeurs, brute.probleme
            return
        if suffixe in EXTENSIONS_JSONL:
            for numero, enregistrement, probleme in lire_jsonl(fichier):
                inconnues = sorted(set(enregistrement or {}) - set(self.format.noms))
                if enregistrement is not None and inconnues:
                    yield (
                        numero,
                        None,
                        f"champ(s) inconnu(s) du format {self.format.nom} : {', '.join(inconnues)}",
                    )
                    continue
                yield numero, enregistrement, probleme
            return
        raise FichierInvalideError(f"{fichier.chemin}: expected a .csv or .jsonl file (JSON Lines)")

    def _valeurs(
        self, ligne: Ligne, brut: Mapping[str, Any], referentiel: Referentiel
    ) -> dict[str, Any] | None:
        valeurs: dict[str, Any] = {}
        for colonne in self.format.colonnes:
            cellule = brut.get(colonne.nom)
            try:
                valeurs[colonne.cible or colonne.nom] = colonne.lire(cellule)
            except ValeurInvalideError as probleme:
                ligne.rejeter(colonne.nom, _affiche(cellule), str(probleme))
        if not ligne.valide:
            return None
        departement = valeurs.get("departement_code")
        if departement is not None and departement not in referentiel.departements:
            ligne.rejeter("departement", departement, f"département {departement} absent du référentiel")
        for reference in self.format.references:
            cle = tuple(valeurs.get(c) for c in reference.colonnes)
            if all(v is None for v in cle):
                valeurs[reference.attribut] = None
                for attribut in reference.herite:
                    valeurs.setdefault(attribut, None)
                continue
            cible = self._cibles[reference.attribut].get(cle)
            if cible is None:
                ligne.rejeter(
                    ",".join(reference.colonnes),
                    _affiche(cle),
                    f"{REFERENCABLES[reference.format].titre.lower()} inconnu(e) du hub : importez d'abord "
                    f"« {reference.format} »",
                )
                continue
            valeurs[reference.attribut] = cible["id"]
            for attribut in reference.herite:
                if valeurs.get(attribut) is not None and valeurs[attribut] != cible[attribut]:
                    ligne.rejeter(
                        ",".join(reference.colonnes),
                        _affiche(cle),
                        f"{attribut} {valeurs[attribut]} différent de celui de la référence "
                        f"({cible[attribut]})",
                    )
                valeurs[attribut] = cible[attribut]
        if "absent_depuis" in self._table.c:
            valeurs["absent_depuis"] = None
        if ligne.valide:
            self.regles.deriver(ligne, valeurs)
        return valeurs if ligne.valide else None

    def _garder_present(self, brut: Mapping[str, Any]) -> None:
        """A rejected row is still in the source: a snapshot must not mark its record absent."""
        colonnes = [self.format.colonne(nom) for nom in self.format.cle]
        if any(r for r in self.format.references if set(r.colonnes) & set(self.format.cle)):
            return  # a key made of references: the referenced records may not even be known
        try:
            self._vus.add(tuple(c.lire(brut.get(c.nom)) for c in colonnes if c is not None))
        except ValeurInvalideError:
            return

    def _verifier_uniques(self, ligne: Ligne, valeurs: dict[str, Any], cle: tuple[Any, ...]) -> None:
        for attribut in self.format.uniques:
            valeur = valeurs.get(attribut)
            titulaire = self._uniques[attribut].get(valeur) if valeur is not None else None
            if titulaire is not None and titulaire != cle:
                ligne.rejeter(
                    attribut,
                    str(valeur),
                    f"{attribut} déjà porté par un autre enregistrement ({_affiche(titulaire)})",
                )

    def _cibles_de(self, valeurs: dict[str, Any]) -> dict[str, Cible]:
        cibles: dict[str, Cible] = {}
        for reference in self.format.references:
            identifiant = valeurs.get(reference.attribut)
            if identifiant is not None:
                cibles[reference.attribut] = self._par_id(reference.attribut)[identifiant]
        return cibles

    def _par_id(self, attribut: str) -> dict[Any, Cible]:
        index = self._index_par_id.get(attribut)
        if index is None:
            index = {cible["id"]: cible for cible in self._cibles[attribut].values()}
            self._index_par_id[attribut] = index
        return index


async def charger_cibles(session: AsyncSession, format_: Format) -> dict[tuple[Any, ...], Cible]:
    """The records of `format_` a reference may name, by their key in the file's terms."""
    table = cast(Table, format_.modele.__table__)
    cle = format_.cle_modele
    attributs = ("id", *cle, *(a for a in format_.expose if a not in cle and a != "id"))
    lignes = await session.execute(select(*(table.c[a] for a in attributs)))
    cibles: dict[tuple[Any, ...], Cible] = {}
    for ligne in lignes:
        cible = dict(zip(attributs, ligne, strict=True))
        if cle == ("id_source",) and cible["id_source"] is None:
            # A record the hub made itself (a mutation): its export names it by its hub id.
            cibles[(str(cible["id"]),)] = cible
        else:
            cibles[tuple(cible[c] for c in cle)] = cible
    return cibles


def _affiche(valeur: Any) -> str:
    if isinstance(valeur, tuple):
        return ",".join("" if v is None else str(v) for v in valeur)
    return "" if valeur is None else str(valeur)[:200]


def extension_connue(chemin: Path) -> bool:
    return chemin.suffix.lower() in (*EXTENSIONS_CSV, *EXTENSIONS_JSONL)
