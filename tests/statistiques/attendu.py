"""What `statistiques` must answer, computed with independent raw SQL on the same database.

Each table is aliased `t` and filtered by a `Filtre` (a territory, or a principal's own rows); the
expected result has the shape of the GraphQL answer, buckets as (valeur, nombre) pairs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models.enums import (
    Canal,
    Demarche,
    FormatFranceServices,
    MotifRupture,
    Theme,
    TypeSiteFranceServices,
)

Buckets = list[tuple[str, int]]


@dataclass(frozen=True)
class Filtre:
    """A WHERE fragment on the table aliased `t`, with its parameters, and a date période."""

    sql: str = "1 = 1"
    params: dict[str, Any] = field(default_factory=dict)
    du: dt.date | None = None
    au: dt.date | None = None

    def et_date(self, colonne: str) -> str:
        """The fragment, and `colonne` (a DATE of `t`) in the période."""
        conditions = [self.sql]
        if self.du is not None:
            conditions.append(f"t.{colonne} >= :du")
        if self.au is not None:
            conditions.append(f"t.{colonne} <= :au")
        return " AND ".join(conditions)

    def parametres(self) -> dict[str, Any]:
        return {**self.params, **({"du": self.du} if self.du else {}), **({"au": self.au} if self.au else {})}


NATIONAL = Filtre()


def departement(code: str, **periode: dt.date) -> Filtre:
    return Filtre("t.departement_code = :code", {"code": code}, **periode)


def region(code: str) -> Filtre:
    return Filtre(
        "t.departement_code IN (SELECT d.code FROM departement d WHERE d.region_code = :code)", {"code": code}
    )


def commune(colonne: str, code: str, **periode: dt.date) -> Filtre:
    """Rows whose code INSEE (`colonne` of `t`: code_commune, code_insee) is `code`."""
    return Filtre(f"t.{colonne} = :code", {"code": code}, **periode)


def epci(colonne: str, siren: str, **periode: dt.date) -> Filtre:
    """Rows whose code INSEE is a member commune of EPCI `siren`, as the référentiel says."""
    return Filtre(
        f"t.{colonne} IN (SELECT c.code FROM commune c WHERE c.epci_code = :code)", {"code": siren}, **periode
    )


def de_la_structure(structure_id: uuid.UUID, postgresql: bool) -> Filtre:
    # SQLite stores UUIDs as 32 hex digits; PostgreSQL has a uuid type.
    return Filtre("t.structure_id = :sid", {"sid": structure_id if postgresql else structure_id.hex})


@asynccontextmanager
async def en_systeme(database: Database) -> AsyncIterator[AsyncSession]:
    """Read everything (row-level security lets the system context see all rows)."""
    async with database.transaction() as session:
        await contexte_systeme(session)
        yield session


async def lignes(session: AsyncSession, sql: str, **params: Any) -> list[Any]:
    statement = text(sql)
    if "maintenant" in params:
        statement = statement.bindparams(bindparam("maintenant", type_=DateTime(timezone=True)))
    return list((await session.execute(statement, params)).all())


def _enum(kind: Any, compte: Counter[str]) -> Buckets:
    """Every member (zeros included), valeur = the GraphQL member name, from stored values."""
    return [(membre.name, compte.get(membre.value, 0)) for membre in kind]


async def postes(s: AsyncSession, f: Filtre) -> dict[str, Any]:
    rows = await lignes(
        s,
        f"SELECT t.etat, t.phase, count(*) FROM poste t WHERE {f.et_date('date_attribution')} "
        "GROUP BY t.etat, t.phase",
        **f.parametres(),
    )
    etat: Counter[str] = Counter()
    phase: Counter[str] = Counter()
    for e, p, n in rows:
        etat[e] += n
        phase[str(p)] += n
    return {
        "valides": sum(etat.values()),
        "occupes": etat["occupe"],
        "vacants": etat["vacant"],
        "rendus": etat["rendu"],
        "parPhase": [("1", phase["1"]), ("2", phase["2"])],
    }


async def conseillers(s: AsyncSession, f: Filtre, contrats: Filtre, aujourdhui: dt.date) -> dict[str, Any]:
    (row,) = await lignes(
        s,
        "SELECT "
        " sum(CASE WHEN EXISTS (SELECT 1 FROM contrat k WHERE k.conseiller_id = t.id AND k.statut = 'actif'"
        "     AND (k.date_fin IS NULL OR k.date_fin >= :jour)) THEN 1 ELSE 0 END),"
        " sum(CASE WHEN t.date_debut_formation <= :jour AND NOT t.certifie"
        "     AND (t.date_fin_formation IS NULL OR t.date_fin_formation >= :jour) THEN 1 ELSE 0 END),"
        " sum(CASE WHEN t.certifie THEN 1 ELSE 0 END),"
        " sum(CASE WHEN t.est_coordinateur THEN 1 ELSE 0 END)"
        f" FROM conseiller t WHERE {f.et_date('date_debut_formation')}",
        jour=aujourdhui,
        **f.parametres(),
    )
    ruptures = await lignes(
        s,
        f"SELECT t.motif_rupture, count(*) FROM contrat t WHERE t.statut = 'rompu' AND "
        f"{contrats.et_date('date_rupture')} GROUP BY t.motif_rupture",
        **contrats.parametres(),
    )
    en_poste, en_formation, certifies, coordinateurs = (int(v or 0) for v in row)
    return {
        "enPoste": en_poste,
        "enFormation": en_formation,
        "certifies": certifies,
        "coordinateurs": coordinateurs,
        "rupturesParMotif": _enum(MotifRupture, Counter(dict(ruptures))),
    }


async def financement(s: AsyncSession, f: Filtre, *, national: bool, plafonds: bool = True) -> dict[str, Any]:
    ((engage,),) = await lignes(
        s,
        f"SELECT coalesce(sum(t.montant_centimes), 0) FROM subvention t "
        f"WHERE {f.et_date('date_debut_convention')}",
        **f.parametres(),
    )
    tranches = await lignes(
        s,
        f"SELECT t.numero, count(*), sum(t.montant_centimes) FROM versement t WHERE {f.et_date('date')} "
        "GROUP BY t.numero",
        **f.parametres(),
    )
    par_tranche = {numero: (n, c) for numero, n, c in tranches}
    resultat: dict[str, Any] = {
        "engage": int(engage) / 100,
        "verse": sum(int(c) for _, c in par_tranche.values()) / 100,
        "versesParTranche": [(str(t), par_tranche.get(t, (0, 0))[0]) for t in (1, 2, 3)],
        "enveloppe": None,
        "plafond": None,
    }
    if plafonds:
        ((plafond,),) = await lignes(
            s,
            # The postes' budget only: the plafonds of the lines that fund postes.
            f"SELECT coalesce(sum(t.montant_centimes), 0) FROM plafond_departemental t WHERE {f.sql} "
            "AND t.enveloppe_id IN (SELECT e.id FROM enveloppe e WHERE e.objet = 'postes')",
            **f.params,
        )
        resultat["plafond"] = int(plafond) / 100
    if national and plafonds:
        ((enveloppe,),) = await lignes(
            s,
            "SELECT coalesce(sum(e.montant_centimes), 0) FROM enveloppe e "
            "WHERE e.id IN (SELECT t.enveloppe_id FROM subvention t)",
        )
        resultat["enveloppe"] = int(enveloppe) / 100
    return resultat


async def activites(s: AsyncSession, f: Filtre) -> dict[str, Any]:
    ages = ("moins12ans", "de12a18ans", "de18a35ans", "de35a60ans", "plus60ans")
    statuts = ("etudiant", "sans_emploi", "en_emploi", "retraite", "heterogene")
    colonnes = ", ".join(
        ["count(*)", "sum(t.nb_participants)", "sum(t.nb_participants_recurrents)"]
        + [f"sum(t.age_{a})" for a in ages]
        + [f"sum(t.statut_{c})" for c in statuts]
    )
    where = f.et_date("date")
    (row,) = await lignes(s, f"SELECT {colonnes} FROM activite t WHERE {where}", **f.parametres())
    total, participants, recurrents, *reste = (int(v or 0) for v in row)
    durees = await lignes(
        s,
        "SELECT CASE WHEN t.duree_minutes < 30 THEN '0-30' WHEN t.duree_minutes < 60 THEN '30-60' "
        "WHEN t.duree_minutes < 120 THEN '60-120' ELSE '120+' END AS tranche, count(*) "
        f"FROM activite t WHERE {where} GROUP BY 1",
        **f.parametres(),
    )
    canaux = await lignes(
        s, f"SELECT t.canal, count(*) FROM activite t WHERE {where} GROUP BY t.canal", **f.parametres()
    )
    themes = await lignes(
        s,
        f"SELECT th.theme, count(*) FROM activite_theme th JOIN activite t ON t.id = th.activite_id "
        f"WHERE {where} GROUP BY th.theme",
        **f.parametres(),
    )
    mois = await lignes(
        s,
        f"SELECT substr(CAST(t.date AS TEXT), 1, 7), count(*) FROM activite t WHERE {where} "
        "GROUP BY 1 ORDER BY 1",
        **f.parametres(),
    )
    departements = await lignes(
        s,
        f"SELECT t.departement_code, count(*) FROM activite t WHERE {where} GROUP BY 1 ORDER BY 1",
        **f.parametres(),
    )
    par_duree = Counter(dict(durees))
    return {
        "total": total,
        "personnesAccompagnees": participants - recurrents,
        "participants": participants,
        "participantsRecurrents": recurrents,
        "parTheme": _enum(Theme, Counter(dict(themes))),
        "parCanal": _enum(Canal, Counter(dict(canaux))),
        "parDuree": [(d, par_duree.get(d, 0)) for d in ("0-30", "30-60", "60-120", "120+")],
        "parTrancheAge": list(zip(ages, reste[:5], strict=True)),
        "parStatut": list(zip(statuts, reste[5:], strict=True)),
        "parMois": [(m, int(n)) for m, n in mois],
        "parDepartement": [(d, int(n)) for d, n in departements],
    }


async def france_services(s: AsyncSession, f: Filtre) -> dict[str, Any]:
    rows = await lignes(
        s,
        # A site absent from the latest ANCT list (re-import) is not counted.
        "SELECT t.format, t.type, t.structure_id IS NOT NULL, count(*) FROM site_france_services t "
        f"WHERE {f.sql} AND t.absent_depuis IS NULL GROUP BY 1, 2, 3",
        **f.params,
    )
    formats: Counter[str] = Counter()
    types: Counter[str] = Counter()
    portes = 0
    for format_, type_, porte, n in rows:
        formats[format_] += n
        types[type_] += n
        portes += n if porte else 0
    return {
        "sites": sum(types.values()),
        "sitesPortes": portes,
        "parFormat": _enum(FormatFranceServices, formats),
        "parType": _enum(TypeSiteFranceServices, types),
    }


async def aidants_connect(s: AsyncSession, f: Filtre, maintenant: dt.datetime) -> dict[str, Any]:
    durees = await lignes(
        s, f"SELECT t.duree_jours, count(*) FROM mandat t WHERE {f.sql} GROUP BY 1", **f.params
    )
    ((actifs,),) = await lignes(
        s,
        f"SELECT count(*) FROM mandat t WHERE {f.sql} AND t.date_expiration > :maintenant AND EXISTS "
        "(SELECT 1 FROM autorisation a WHERE a.mandat_id = t.id AND a.date_revocation IS NULL)",
        maintenant=maintenant,
        **f.params,
    )
    demarches = await lignes(
        s,
        f"SELECT a.demarche, count(*) FROM autorisation a JOIN mandat t ON t.id = a.mandat_id "
        f"WHERE {f.sql} GROUP BY 1",
        **f.params,
    )
    ((organisations,),) = await lignes(
        s, f"SELECT count(*) FROM organisation_aidants_connect t WHERE {f.sql}", **f.params
    )
    par_duree = dict(durees)
    return {
        "mandats": sum(par_duree.values()),
        "mandatsActifs": int(actifs),
        "organisations": int(organisations),
        "parDemarche": _enum(Demarche, Counter(dict(demarches))),
        "parDuree": [(str(d), par_duree.get(d, 0)) for d in (1, 31, 182, 365)],
    }


async def tout(
    database: Database, f: Filtre, *, national: bool, aujourdhui: dt.date, maintenant: dt.datetime
) -> dict[str, Any]:
    """Every block, as ANCT sees it on the territory of `f`."""
    async with en_systeme(database) as s:
        return {
            "postes": await postes(s, f),
            "conseillers": await conseillers(s, f, f, aujourdhui),
            "financement": await financement(s, f, national=national),
            "activites": await activites(s, f),
            "franceServices": await france_services(s, f),
            "aidantsConnect": await aidants_connect(s, f, maintenant),
        }
