"""ANCT's budget lines: creation, adjustments never below what is engaged, each line funding its purpose,
and the limits held under concurrent writes (PostgreSQL, one connection per transaction)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, select, update

from hub.models import PlafondDepartemental, Subvention
from hub.models.enums import ObjetEnveloppe
from hub.services.enveloppes import ajuster_enveloppe, creer_enveloppe, fixer_plafond
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from hub.services.financement import conventionner, plus_mois
from tests.auth.world import make_poste, systeme
from tests.ecriture import JOUR, Scene


async def _refus(scene: Scene, principal: Any, travail: Any) -> EcritureRefuseeError:
    avant = await scene.photo()
    with pytest.raises(EcritureRefuseeError) as erreur:
        await scene.ecrire(principal, travail)
    assert await scene.photo() == avant
    return erreur.value


def _convention(scene: Scene, poste_id: Any, enveloppe_id: Any = None) -> Any:
    return lambda s: conventionner(
        s,
        scene.anct,
        poste_id,
        enveloppe_id=enveloppe_id or scene.enveloppe.id,
        date_debut_convention=JOUR,
        date_fin_convention=plus_mois(JOUR, 24),
    )


def _plafond(scene: Scene, euros: int, departement: str = "57", principal: Any = None) -> Any:
    qui = principal or scene.anct
    return lambda s: fixer_plafond(s, qui, scene.enveloppe.id, departement, montant_centimes=euros * 100)


def _kits(principal: Any) -> Any:
    return lambda s: creer_enveloppe(
        s,
        principal,
        code="kits_2027",
        libelle="Kits 2027",
        objet=ObjetEnveloppe.KITS,
        montant_centimes=1_000_000_00,
    )


async def test_l_anct_cree_une_enveloppe_et_la_meme_demande_ne_cree_rien_de_plus(scene: Scene) -> None:
    creee = await scene.ecrire(scene.anct, _kits(scene.anct))
    encore = await scene.ecrire(scene.anct, _kits(scene.anct))
    assert (encore.id, encore.objet) == (creee.id, ObjetEnveloppe.KITS)
    assert [j.action for j in await scene.journal()] == ["enveloppe.creer"]
    autre = await _refus(
        scene,
        scene.anct,
        lambda s: creer_enveloppe(
            s, scene.anct, code="kits_2027", libelle="Autre", objet=ObjetEnveloppe.KITS, montant_centimes=1
        ),
    )
    assert (autre.code, autre.champ, "existe déjà" in autre.message) == (
        CodeErreur.BAD_USER_INPUT,
        "code",
        True,
    )


async def test_une_enveloppe_ne_descend_pas_sous_ce_qu_elle_finance_deja(scene: Scene) -> None:
    # The scene's enveloppe (200,000 €) funds one 50,000 € subvention.
    refus = await _refus(
        scene,
        scene.anct,
        lambda s: ajuster_enveloppe(s, scene.anct, scene.enveloppe.id, montant_centimes=40_000_00),
    )
    assert (refus.champ, "50 000,00 €" in refus.message) == ("montant", True)
    ajustee = await scene.ecrire(
        scene.anct, lambda s: ajuster_enveloppe(s, scene.anct, scene.enveloppe.id, montant_centimes=50_000_00)
    )
    assert ajustee.montant_centimes == 50_000_00
    await scene.ecrire(
        scene.anct, lambda s: ajuster_enveloppe(s, scene.anct, scene.enveloppe.id, montant_centimes=50_000_00)
    )
    [ligne] = await scene.journal()
    assert (ligne.action, ligne.avant, ligne.apres["montant_centimes"]) == (
        "enveloppe.ajuster",
        {"montant_centimes": 200_000_00},
        50_000_00,
    )


async def test_un_plafond_ne_descend_pas_sous_ce_que_le_departement_engage(scene: Scene) -> None:
    refus = await _refus(scene, scene.anct, _plafond(scene, 40_000))
    assert (refus.code, refus.champ, "57" in refus.message) == (CodeErreur.BAD_USER_INPUT, "montant", True)
    _, plafond = await scene.ecrire(scene.anct, _plafond(scene, 50_000))
    assert plafond.montant_centimes == 50_000_00
    # Now full: the vacant poste of 57 no longer fits.
    plein = await _refus(scene, scene.anct, _convention(scene, scene.poste_vacant.id))
    assert "plafond du département 57" in plein.message


async def test_un_plafond_cree_a_zero_ferme_le_departement(scene: Scene) -> None:
    _, plafond = await scene.ecrire(scene.anct, _plafond(scene, 0, departement="13"))
    assert (plafond.departement_code, plafond.montant_centimes) == ("13", 0)
    refus = await _refus(scene, scene.anct, _convention(scene, scene.poste_marseille.id))
    assert "plafond du département 13" in refus.message
    inconnu = await _refus(scene, scene.anct, _plafond(scene, 10, departement="00"))
    assert (inconnu.code, inconnu.champ) == (CodeErreur.NOT_FOUND, "departement")


async def test_un_poste_ne_se_conventionne_pas_sur_l_enveloppe_des_kits(scene: Scene) -> None:
    kits = await scene.ecrire(scene.anct, _kits(scene.anct))
    refus = await _refus(scene, scene.anct, _convention(scene, scene.poste_vacant.id, kits.id))
    assert (refus.code, refus.champ) == (CodeErreur.BAD_USER_INPUT, "enveloppe_id")
    assert "pas les postes" in refus.message


async def test_seule_l_anct_gere_les_enveloppes_et_les_plafonds(scene: Scene) -> None:
    for principal in (scene.prefecture_57, scene.structure, scene.aidant):
        for travail in (_kits(principal), _plafond(scene, 500_000, principal=principal)):
            erreur = await _refus(scene, principal, travail)
            assert erreur.code is CodeErreur.FORBIDDEN


async def _issue(scene: Scene, travail: Any) -> str:
    try:
        await scene.ecrire(scene.anct, travail)
    except EcritureRefuseeError as erreur:
        return erreur.code.value
    return "ok"


async def _engage_57(scene: Scene) -> tuple[int, int]:
    async with systeme(scene.database) as session:
        engage = await session.scalar(
            select(func.sum(Subvention.montant_centimes)).where(
                Subvention.enveloppe_id == scene.enveloppe.id, Subvention.departement_code == "57"
            )
        )
        plafond = await session.scalar(
            select(PlafondDepartemental.montant_centimes).where(
                PlafondDepartemental.enveloppe_id == scene.enveloppe.id,
                PlafondDepartemental.departement_code == "57",
            )
        )
    return int(engage or 0), int(plafond or 0)


@pytest.mark.postgresql_only
async def test_deux_conventionnements_concurrents_pour_la_derniere_place_du_plafond(scene: Scene) -> None:
    # Plafond 57: 100,000 €, 50,000 € engaged: room for one poste, two asked at once.
    await scene.ecrire(scene.anct, _plafond(scene, 100_000))
    async with systeme(scene.database) as session:
        autre = await make_poste(session, scene.metz)
    resultats = await asyncio.gather(
        _issue(scene, _convention(scene, scene.poste_vacant.id)), _issue(scene, _convention(scene, autre.id))
    )
    assert sorted(resultats) == ["BAD_USER_INPUT", "ok"]
    engage, plafond = await _engage_57(scene)
    assert engage == plafond == 100_000_00


@pytest.mark.postgresql_only
async def test_un_conventionnement_et_une_baisse_du_plafond_concurrents_un_seul_passe(scene: Scene) -> None:
    # Each round: room for exactly one poste; a conventionnement and a reduction to what is engaged
    # race. Exactly one wins, and the plafond never ends below what is engaged.
    for _ in range(5):
        engage, _ = await _engage_57(scene)
        async with systeme(scene.database) as session:
            poste = await make_poste(session, scene.metz)
            await session.execute(
                update(PlafondDepartemental)
                .where(PlafondDepartemental.enveloppe_id == scene.enveloppe.id)
                .where(PlafondDepartemental.departement_code == "57")
                .values(montant_centimes=engage + 50_000_00)
            )
        await scene.ecrire(
            scene.anct,
            lambda s: ajuster_enveloppe(s, scene.anct, scene.enveloppe.id, montant_centimes=10_000_000_00),
        )
        resultats = await asyncio.gather(
            _issue(scene, _convention(scene, poste.id)), _issue(scene, _plafond(scene, engage // 100))
        )
        assert sorted(resultats) == ["BAD_USER_INPUT", "ok"], resultats
        apres, plafond = await _engage_57(scene)
        assert apres <= plafond
        assert (apres == engage + 50_000_00) == (resultats[0] == "ok")
