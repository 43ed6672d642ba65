"""Daily snapshots (issue 22): idempotent, safe under concurrency, and a back-fill rebuilds the same day."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError

from hub.db import Database
from hub.models import Departement, InstantaneTerritorial, Journal, Region
from hub.models.enums import EtatPoste, MotifRupture, StatutContrat
from hub.services.instantanes import DateFutureError, completer_depuis, prendre_instantane
from hub.services.instantanes.calendrier import calendrier
from hub.services.instantanes.chiffres import FIGURES
from tests.auth.world import (
    make_activite,
    make_aidant,
    make_autorisation,
    make_conseiller,
    make_contrat,
    make_enveloppe,
    make_mandat,
    make_organisation,
    make_poste,
    make_site_france_services,
    make_structure,
    make_subvention,
    make_usager,
    make_versement,
    systeme,
)

D0, D1, D2, D3 = dt.date(2024, 3, 1), dt.date(2024, 3, 10), dt.date(2024, 3, 15), dt.date(2024, 3, 20)


def midi(jour: dt.date) -> dt.datetime:
    return dt.datetime.combine(jour, dt.time(11, 0), tzinfo=dt.UTC)


async def _lignes(database: Database, jour: dt.date | None = None) -> dict[tuple[str, str, dt.date], Any]:
    async with systeme(database) as session:
        statement = select(InstantaneTerritorial)
        if jour is not None:
            statement = statement.where(InstantaneTerritorial.jour == jour)
        rows = (await session.scalars(statement)).all()
        return {(r.niveau, r.code, r.jour): {f: getattr(r, f) for f in FIGURES} for r in rows}


async def _nombre_de_territoires(database: Database) -> int:
    async with systeme(database) as session:
        departements = await session.scalar(select(func.count()).select_from(Departement))
        regions = await session.scalar(select(func.count()).select_from(Region))
    return 1 + (regions or 0) + (departements or 0)


async def _scene_au_jour_d1(database: Database) -> dict[str, Any]:
    """Moselle on D1: two postes attributed on D0, one occupied by an actif contrat since D0, a
    convention and a versement, an activité of D1, a France Services site, a mandat of two démarches."""
    async with systeme(database) as session:
        enveloppe = await make_enveloppe(session)
        structure = await make_structure(session, departement="57")
        occupe = await make_poste(session, structure, date_attribution=D0, etat=EtatPoste.OCCUPE)
        libre = await make_poste(session, structure, date_attribution=D0, etat=EtatPoste.VACANT)
        subvention = await make_subvention(
            session, occupe, enveloppe, date_debut_convention=D0, date_fin_convention=dt.date(2026, 3, 1)
        )
        await make_versement(session, subvention, date=D0)
        conseiller = await make_conseiller(session, structure)
        contrat = await make_contrat(session, conseiller, occupe, date_debut=D0)
        await make_activite(
            session,
            conseiller,
            date=D1,
            nb_participants=3,
            nb_participants_recurrents=1,
            age_de18a35ans=3,
            statut_en_emploi=3,
        )
        await make_site_france_services(session, departement="57", date_labellisation=D0)
        organisation = await make_organisation(session, departement="57")
        aidant = await make_aidant(session, organisation)
        mandat = await make_mandat(
            session,
            aidant,
            await make_usager(session),
            date_creation=midi(D0),
            date_expiration=midi(D0) + dt.timedelta(days=365),
        )
        revoquee = await make_autorisation(session, mandat)
        return {
            "structure": structure,
            "enveloppe": enveloppe,
            "contrat": contrat.id,
            "occupe": occupe.id,
            "libre": libre,
            "subvention": subvention,
            "mandat": mandat,
            "revoquee": revoquee.id,
        }


async def _la_suite(database: Database, scene: dict[str, Any]) -> None:
    """After D1: the contrat broken on D2 (its poste vacant), the free poste given back on D3, a new
    poste on D2, a second versement on D2, the mandat's only démarche revoked on D2."""
    from hub.models import Autorisation, Contrat, Poste

    async with systeme(database) as session:
        contrat = await session.get(Contrat, scene["contrat"])
        assert contrat is not None
        contrat.statut, contrat.date_rupture = StatutContrat.ROMPU, D2
        contrat.motif_rupture = MotifRupture.DEMISSION
        occupe = await session.get(Poste, scene["occupe"])
        libre = await session.get(Poste, scene["libre"].id)
        assert occupe is not None
        assert libre is not None
        occupe.etat = EtatPoste.VACANT
        libre.etat, libre.date_rendu = EtatPoste.RENDU, D3
        await make_poste(session, scene["structure"], date_attribution=D2, etat=EtatPoste.VACANT)
        await make_versement(session, scene["subvention"], numero=2, date=D2)
        autorisation = await session.get(Autorisation, scene["revoquee"])
        assert autorisation is not None
        autorisation.date_revocation = midi(D2)


async def test_reprendre_l_instantane_d_un_jour_remplace_ses_lignes_sans_en_ajouter(
    database: Database,
) -> None:
    # Given Moselle's programme on D1, and its snapshot taken that day
    await _scene_au_jour_d1(database)
    async with systeme(database) as session:
        premier = await prendre_instantane(session, maintenant=midi(D1))
    avant = await _lignes(database)
    # When the same day is taken again
    async with systeme(database) as session:
        second = await prendre_instantane(session, maintenant=midi(D1) + dt.timedelta(hours=2))
    # Then one row per territory, with the same figures, and each run is journaled
    apres = await _lignes(database)
    assert len(apres) == await _nombre_de_territoires(database) == premier.lignes == second.lignes
    assert apres == avant
    moselle = apres[("departement", "57", D1)]
    assert moselle["postes_valides"] == 2
    assert moselle["postes_occupes"] == 1
    assert moselle["postes_vacants"] == 1
    assert moselle["conseillers_en_poste"] == 1
    assert moselle["activites"] == 1
    assert moselle["personnes_accompagnees"] == 2
    assert moselle["mandats_actifs"] == 1
    assert apres[("national", "", D1)] == moselle
    assert apres[("region", "44", D1)] == moselle
    assert apres[("departement", "13", D1)] == dict.fromkeys(FIGURES, 0)
    async with systeme(database) as session:
        lignes = (await session.scalars(select(Journal).where(Journal.action == "instantanes.prendre"))).all()
    assert [ligne.apres["lignes"] for ligne in lignes if ligne.apres] == [premier.lignes, second.lignes]


async def test_le_rattrapage_d_un_jour_passe_egale_l_instantane_pris_ce_jour_la(database: Database) -> None:
    # Given the snapshot taken on D1, then what happened until D3 (rupture, rendu, révocation, …)
    scene = await _scene_au_jour_d1(database)
    async with systeme(database) as session:
        await prendre_instantane(session, maintenant=midi(D1))
    pris_le_jour_meme = await _lignes(database, D1)
    await _la_suite(database, scene)
    async with systeme(database) as session:
        await prendre_instantane(session, maintenant=midi(D3))
    pris_d3 = await _lignes(database, D3)
    # When the table is emptied and every day from D0 to D3 is rebuilt from the history
    async with systeme(database) as session:
        await session.execute(delete(InstantaneTerritorial))
    async with systeme(database) as session:
        bilan = await completer_depuis(session, D0, maintenant=midi(D3))
    # Then D1 rebuilt equals D1 taken that day, D3 (today) equals D3 taken, and the days between moved
    assert len(bilan.jours) == (D3 - D0).days + 1
    assert bilan.reconstitues == len(bilan.jours) - 1
    assert await _lignes(database, D1) == pris_le_jour_meme
    assert await _lignes(database, D3) == pris_d3
    rattrape = await _lignes(database)
    moselle = {jour: rattrape[("departement", "57", jour)] for jour in (D0, D2, D3)}
    assert moselle[D0]["postes_occupes"] == 1
    assert moselle[D0]["activites"] == 0
    assert (
        moselle[D2]["postes_valides"],
        moselle[D2]["postes_occupes"],
        moselle[D2]["conseillers_en_poste"],
    ) == (
        3,
        0,
        0,
    )
    assert moselle[D2]["mandats_actifs"] == 0
    assert moselle[D2]["verse_centimes"] == 2 * 20_000_00
    assert (moselle[D3]["postes_rendus"], moselle[D3]["postes_vacants"]) == (1, 2)


async def test_un_rattrapage_ne_refait_pas_les_jours_deja_pris(database: Database) -> None:
    # Given a snapshot of D1 taken that day
    await _scene_au_jour_d1(database)
    async with systeme(database) as session:
        await prendre_instantane(session, maintenant=midi(D1))
    # When the back-fill runs from D0, twice
    async with systeme(database) as session:
        premier = await completer_depuis(session, D0, maintenant=midi(D3))
    async with systeme(database) as session:
        second = await completer_depuis(session, D0, maintenant=midi(D3))
    # Then the first writes every day but D1, the second nothing
    assert D1 not in premier.jours
    assert len(premier.jours) == (D3 - D0).days
    assert second.jours == ()
    assert second.lignes == 0
    lignes = await _lignes(database)
    assert len(lignes) == ((D3 - D0).days + 1) * await _nombre_de_territoires(database)


async def test_un_jour_a_venir_est_refuse(database: Database) -> None:
    async with systeme(database) as session:
        with pytest.raises(DateFutureError, match="pas encore venu"):
            await prendre_instantane(session, D2, maintenant=midi(D1))
    assert await _lignes(database) == {}


@pytest.mark.postgresql_only
async def test_deux_instances_en_meme_temps_n_ecrivent_chaque_jour_qu_une_fois(database: Database) -> None:
    # Given Moselle's programme
    await _scene_au_jour_d1(database)

    async def prendre() -> int:
        async with systeme(database) as session:
            return (await prendre_instantane(session, maintenant=midi(D1))).lignes

    async def completer() -> int:
        async with systeme(database) as session:
            return len((await completer_depuis(session, D0, maintenant=midi(D3))).jours)

    # When two takes run at once, then two back-fills at once
    pris = await asyncio.gather(prendre(), prendre())
    rattrapes = await asyncio.gather(completer(), completer())
    # Then both takes wrote the day (one after the other, the advisory lock), and one back-fill did
    # every missing day while the other, behind the lock, found none left
    territoires = await _nombre_de_territoires(database)
    assert pris == [territoires, territoires]
    assert sorted(rattrapes) == [0, (D3 - D0).days]
    assert len(await _lignes(database)) == ((D3 - D0).days + 1) * territoires


async def test_une_erreur_pendant_le_calcul_remonte_telle_quelle_et_le_calendrier_disparait(
    database: Database,
) -> None:
    # Given a statement that fails inside the block (the transaction is aborted on PostgreSQL)
    with pytest.raises(DBAPIError) as erreur:
        async with systeme(database) as session, calendrier(session, [D0, D1], D1, midi(D1)):
            await session.execute(text("SELECT * FROM table_absente"))
    # Then the caller hears that error, not a failed clean-up of the temporary table
    assert "table_absente" in str(erreur.value)
    assert "current transaction is aborted" not in str(erreur.value)
    # And the same days can be computed again (the rollback took the calendar's rows with it)
    for _ in range(2):
        async with systeme(database) as session, calendrier(session, [D0, D1], D1, midi(D1)) as table:
            assert await session.scalar(select(func.count()).select_from(table)) == 2
