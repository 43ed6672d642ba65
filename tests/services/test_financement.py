"""conventionner and enregistrer_versement: the budget invariants, tranches in order, and concurrency."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from hub.models import Subvention, Versement
from hub.models.enums import EtatPoste
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from hub.services.financement import conventionner, enregistrer_versement, plus_mois
from tests.auth.world import make_enveloppe, make_plafond, make_poste, make_structure, systeme
from tests.ecriture import JOUR, Scene


async def _refus(scene: Scene, principal: Any, travail: Any) -> EcritureRefuseeError:
    avant = await scene.photo()
    with pytest.raises(EcritureRefuseeError) as erreur:
        await scene.ecrire(principal, travail)
    assert await scene.photo() == avant
    return erreur.value


def _convention(scene: Scene, principal: Any = None, poste: Any = None, **champs: Any) -> Any:
    valeurs: dict[str, Any] = {
        "enveloppe_id": scene.enveloppe.id,
        "date_debut_convention": JOUR,
        "date_fin_convention": plus_mois(JOUR, 24),
    }
    qui = principal or scene.anct
    ident = (poste or scene.poste_vacant).id
    return lambda s: conventionner(s, qui, ident, **(valeurs | champs))


def _versement(scene: Scene, tranche: int, euros: int, principal: Any = None, jour: dt.date = JOUR) -> Any:
    qui = principal or scene.anct
    return lambda s: enregistrer_versement(
        s, qui, scene.subvention.id, tranche=tranche, montant_centimes=euros * 100, date=jour
    )


def test_une_convention_dure_au_plus_36_mois_calendaires() -> None:
    assert plus_mois(dt.date(2021, 1, 31), 1) == dt.date(2021, 2, 28)
    assert plus_mois(dt.date(2021, 3, 1), 36) == dt.date(2024, 3, 1)
    assert plus_mois(dt.date(2021, 11, 15), 2) == dt.date(2022, 1, 15)


async def test_conventionner_un_poste_a_50_000_euros_par_defaut(scene: Scene) -> None:
    subvention = await scene.ecrire(scene.anct, _convention(scene))
    assert (subvention.montant_centimes, subvention.departement_code) == (50_000_00, "57")
    [ligne] = await scene.journal()
    assert (ligne.action, ligne.structure_id) == ("subvention.conventionner", scene.metz.id)
    assert ligne.apres is not None
    assert ligne.apres["montant_centimes"] == 50_000_00
    deja = await _refus(scene, scene.anct, _convention(scene))
    assert (deja.code, deja.champ) == (CodeErreur.BAD_USER_INPUT, "poste_id")


REFUS_DE_CONVENTION = [
    # Plafond 57: 120,000 €, of which 50,000 € already committed.
    ("vacant", {"montant_centimes": 80_000_00}, "montant", "plafond du département 57"),
    # Enveloppe: 200,000 €, of which 50,000 € committed; 13 has no plafond.
    ("marseille", {"montant_centimes": 160_000_00}, "montant", "150 000,00 €"),
    ("vacant", {"montant_centimes": 0}, "montant", "positif"),
    (
        "vacant",
        {"date_fin_convention": plus_mois(JOUR, 36) + dt.timedelta(days=1)},
        "date_fin_convention",
        "36",
    ),
    ("vacant", {"date_fin_convention": JOUR}, "date_fin_convention", "finit après"),
    ("vacant", {"enveloppe_id": uuid.uuid4()}, "enveloppe_id", "introuvable"),
]


async def test_les_regles_d_une_convention(scene: Scene) -> None:
    for poste, champs, champ, message in REFUS_DE_CONVENTION:
        cible = scene.poste_vacant if poste == "vacant" else scene.poste_marseille
        erreur = await _refus(scene, scene.anct, _convention(scene, poste=cible, **champs))
        assert erreur.champ == champ
        assert message in erreur.message


async def test_seule_l_anct_conventionne_et_verse(scene: Scene) -> None:
    for principal in (scene.structure, scene.prefecture_57):
        for travail in (_convention(scene, principal), _versement(scene, 1, 1000, principal)):
            erreur = await _refus(scene, principal, travail)
            assert erreur.code is CodeErreur.FORBIDDEN


async def test_les_tranches_se_versent_dans_l_ordre_sans_depasser_le_montant(scene: Scene) -> None:
    pas_la_premiere = await _refus(scene, scene.anct, _versement(scene, 2, 10_000))
    assert (pas_la_premiere.champ, "n° 1" in pas_la_premiere.message) == ("tranche", True)
    await scene.ecrire(scene.anct, _versement(scene, 1, 20_000))
    trop = await _refus(scene, scene.anct, _versement(scene, 2, 30_001))
    assert (trop.champ, "30 000,00 €" in trop.message) == ("montant", True)
    anterieure = await _refus(scene, scene.anct, _versement(scene, 2, 1, jour=JOUR - dt.timedelta(days=1)))
    assert anterieure.champ == "date"
    versement, subvention = await scene.ecrire(scene.anct, _versement(scene, 2, 20_000))
    assert (versement.numero, subvention.id) == (2, scene.subvention.id)
    await scene.ecrire(scene.anct, _versement(scene, 3, 10_000))
    quatrieme = await _refus(scene, scene.anct, _versement(scene, 3, 1))
    assert "déjà versées" in quatrieme.message
    [*_, derniere] = await scene.journal()
    assert derniere.apres is not None
    assert (derniere.action, derniere.apres["total_verse_centimes"]) == ("versement.enregistrer", 50_000_00)
    futur = await _refus(scene, scene.anct, _versement(scene, 1, 1, jour=dt.date(2999, 1, 1)))
    assert futur.champ == "date"


@pytest.mark.postgresql_only
async def test_vingt_versements_concurrents_ne_depassent_jamais_le_montant(scene: Scene) -> None:
    # 20 transactions on as many connections, each asking for the next tranche of 20,000 € on a
    # 50,000 € subvention: without the row lock several would read the same total and pass.
    async def tentative(tranche: int) -> str:
        try:
            await scene.ecrire(scene.anct, _versement(scene, tranche, 20_000))
        except EcritureRefuseeError as erreur:
            return erreur.code.value
        return "ok"

    resultats = await asyncio.gather(*(tentative(1 + k % 3) for k in range(20)))
    async with systeme(scene.database) as session:
        total = await session.scalar(
            select(func.sum(Versement.montant_centimes)).where(Versement.subvention_id == scene.subvention.id)
        )
        montant = await session.scalar(
            select(Subvention.montant_centimes).where(Subvention.id == scene.subvention.id)
        )
    assert total is not None
    assert montant is not None
    assert total <= montant
    assert resultats.count("ok") == 2  # 2 × 20,000 €; a third would make 60,000 €
    assert set(resultats) == {"ok", "BAD_USER_INPUT"}


MAJORATIONS = {"metropole": 0, "drom": 40, "com": 25}


async def test_outre_mer_la_subvention_porte_la_majoration_de_sa_zone(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        postes = {}
        for code in ("971", "978"):
            structure = await make_structure(session, departement=code)
            postes[code] = await make_poste(session, structure, etat=EtatPoste.VACANT)
        enveloppe = await make_enveloppe(session)
        await make_plafond(session, enveloppe, departement="976", montant_centimes=60_000_00)
        mayotte = await make_poste(
            session, await make_structure(session, departement="976"), etat=EtatPoste.VACANT
        )
    guadeloupe = await scene.ecrire(
        scene.anct,
        _convention(scene, poste=postes["971"], majorations=MAJORATIONS, enveloppe_id=enveloppe.id),
    )
    saint_martin = await scene.ecrire(
        scene.anct,
        _convention(scene, poste=postes["978"], majorations=MAJORATIONS, enveloppe_id=enveloppe.id),
    )
    moselle = await scene.ecrire(
        scene.anct, _convention(scene, majorations=MAJORATIONS, enveloppe_id=enveloppe.id)
    )
    montants = [(s.montant_centimes, s.taux_majoration_pourcent) for s in (guadeloupe, saint_martin, moselle)]
    assert montants == [(70_000_00, 40), (62_500_00, 25), (50_000_00, 0)]
    ligne = next(j for j in await scene.journal() if j.entite_id == str(guadeloupe.id))
    assert ligne.apres is not None
    assert (ligne.apres["montant_centimes"], ligne.apres["taux_majoration_pourcent"]) == (70_000_00, 40)
    # The plafond holds against the majorated amount: 70,000 € do not fit in Mayotte's 60,000 €.
    refus = await _refus(
        scene,
        scene.anct,
        _convention(scene, poste=mayotte, majorations=MAJORATIONS, enveloppe_id=enveloppe.id),
    )
    assert refus.champ == "montant"
    assert "plafond du département 976" in refus.message
    # The three tranches add up to the majorated amount, not beyond.
    for tranche, euros in ((1, 35_000), (2, 21_000), (3, 14_000)):
        await scene.ecrire(
            scene.anct,
            lambda s, t=tranche, e=euros: enregistrer_versement(
                s, scene.anct, guadeloupe.id, tranche=t, montant_centimes=e * 100, date=JOUR
            ),
        )
    async with systeme(scene.database) as session:
        verse = await session.scalar(
            select(func.sum(Versement.montant_centimes)).where(Versement.subvention_id == guadeloupe.id)
        )
    assert verse == 70_000_00
