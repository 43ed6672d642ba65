"""creer_mandat, revoquer_autorisation, revoquer_mandat: pseudonymisation, démarches, durées, organisation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hub.models import Autorisation, Mandat, Usager
from hub.models.enums import Demarche
from hub.services.aidants_connect import creer_mandat, revoquer_autorisation, revoquer_mandat
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from hub.services.pseudonymes import ClePseudonymisationError, charger_cle
from hub.settings import Environment, Settings
from tests.auth.world import make_aidant, make_organisation, systeme
from tests.ecriture import Scene

CLE = b"k" * 32
SUB = "f0c1b3e2a9d84c55a1b2c3d4e5f60718@fc"


async def _refus(scene: Scene, principal: Any, travail: Any) -> EcritureRefuseeError:
    avant = await scene.photo()
    with pytest.raises(EcritureRefuseeError) as erreur:
        await scene.ecrire(principal, travail)
    assert await scene.photo() == avant
    return erreur.value


def _mandat(principal: Any, **champs: Any) -> Any:
    valeurs: dict[str, Any] = {
        "usager_sub": SUB,
        "annee_naissance": 1950,
        "demarches": [Demarche.SOCIAL, Demarche.ARGENT],
        "duree_jours": 182,
        "cle_pseudonymisation": CLE,
    }
    return lambda s: creer_mandat(s, principal, **(valeurs | champs))


async def test_un_mandat_ne_garde_de_l_usager_qu_un_hmac_et_son_annee_de_naissance(scene: Scene) -> None:
    mandat = await scene.ecrire(scene.aidant, _mandat(scene.aidant, request_id="req-m"))
    assert mandat.date_expiration - mandat.date_creation == dt.timedelta(days=182)
    async with systeme(scene.database) as session:
        usager = await session.get(Usager, mandat.usager_id)
        demarches = await session.scalars(
            select(Autorisation.demarche).where(Autorisation.mandat_id == mandat.id)
        )
        assert sorted(demarches) == [Demarche.ARGENT, Demarche.SOCIAL]
    assert usager is not None
    assert usager.pseudonyme == hmac.new(CLE, SUB.encode(), hashlib.sha256).hexdigest()
    assert usager.annee_naissance == 1950
    [ligne] = await scene.journal()
    assert (ligne.action, ligne.organisation_id, ligne.request_id) == (
        "mandat.creer",
        scene.organisation.id,
        "req-m",
    )
    assert SUB not in str(ligne.apres)
    assert usager.pseudonyme not in str(ligne.apres)


async def test_deux_organisations_mandatees_par_le_meme_usager_partagent_son_pseudonyme(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        autre = await make_organisation(
            session, departement="13", demarches_autorisees=[Demarche.SOCIAL.value]
        )
        aidant = await make_aidant(session, autre)
    marseille = dataclasses.replace(scene.aidant, subject=aidant.email, organisation_id=autre.id)
    premier = await scene.ecrire(scene.aidant, _mandat(scene.aidant))
    # The second organisation cannot read the usager (no mandat of its own yet): it finds it all the same.
    second = await scene.ecrire(marseille, _mandat(marseille, demarches=[Demarche.SOCIAL], duree_jours=1))
    assert second.usager_id == premier.usager_id
    assert (await scene.photo())["usager"] == 1


REFUS_DE_MANDAT = [
    ({"usager_sub": "  "}, "usager_sub"),
    ({"annee_naissance": 1899}, "annee_naissance"),
    ({"annee_naissance": 3000}, "annee_naissance"),
    ({"duree_jours": 30}, "duree_jours"),
    ({"demarches": []}, "demarches"),
    ({"demarches": [Demarche.SOCIAL, Demarche.SOCIAL]}, "demarches"),
    ({"demarches": [Demarche.JUSTICE]}, "demarches"),  # not one of the organisation's
]


async def test_les_regles_d_un_mandat(scene: Scene) -> None:
    for champs, champ in REFUS_DE_MANDAT:
        erreur = await _refus(scene, scene.aidant, _mandat(scene.aidant, **champs))
        assert (erreur.code, erreur.champ) == (CodeErreur.BAD_USER_INPUT, champ)


async def test_seul_un_aidant_habilite_de_l_organisation_cree_un_mandat(scene: Scene) -> None:
    inconnu = dataclasses.replace(scene.aidant, subject="personne@example.org")
    for principal, code in (
        (inconnu, CodeErreur.FORBIDDEN),
        (scene.anct, CodeErreur.FORBIDDEN),
        (scene.structure, CodeErreur.FORBIDDEN),
    ):
        erreur = await _refus(scene, principal, _mandat(principal))
        assert erreur.code is code


async def test_revoquer_une_demarche_puis_le_mandat(scene: Scene) -> None:
    mandat = await scene.ecrire(scene.aidant, _mandat(scene.aidant))

    def revoquer(demarche: Demarche) -> Any:
        return lambda s: revoquer_autorisation(s, scene.aidant, mandat.id, demarche)

    await scene.ecrire(scene.aidant, revoquer(Demarche.ARGENT))
    deux_fois = await _refus(scene, scene.aidant, revoquer(Demarche.ARGENT))
    assert (deux_fois.champ, "déjà révoquée" in deux_fois.message) == ("demarche", True)
    absente = await _refus(scene, scene.aidant, revoquer(Demarche.JUSTICE))
    assert (absente.code, absente.champ) == (CodeErreur.NOT_FOUND, "demarche")
    await scene.ecrire(scene.aidant, lambda s: revoquer_mandat(s, scene.aidant, mandat.id))
    async with systeme(scene.database) as session:
        revocations = await session.scalars(
            select(Autorisation.date_revocation).where(Autorisation.mandat_id == mandat.id)
        )
        assert all(date is not None for date in revocations)
    deja = await _refus(scene, scene.aidant, lambda s: revoquer_mandat(s, scene.aidant, mandat.id))
    assert deja.message == "Le mandat est déjà révoqué."
    actions = [ligne.action for ligne in await scene.journal()]
    assert actions == ["mandat.creer", "autorisation.revoquer", "mandat.revoquer"]


async def test_un_mandat_expire_ou_d_une_autre_organisation_ne_se_revoque_pas(scene: Scene) -> None:
    mandat = await scene.ecrire(scene.aidant, _mandat(scene.aidant, duree_jours=1))
    plus_tard = mandat.date_expiration + dt.timedelta(seconds=1)
    expire = await _refus(
        scene, scene.aidant, lambda s: revoquer_mandat(s, scene.aidant, mandat.id, instant=plus_tard)
    )
    assert (expire.champ, "expiré" in expire.message) == ("mandat_id", True)
    async with systeme(scene.database) as session:
        autre = await make_organisation(
            session, departement="57", demarches_autorisees=[Demarche.SOCIAL.value]
        )
    voisin = dataclasses.replace(scene.aidant, organisation_id=autre.id)
    for ident in (mandat.id, uuid.uuid4()):
        erreur = await _refus(scene, voisin, lambda s, i=ident: revoquer_mandat(s, voisin, i))
        assert (erreur.code, erreur.champ) == (CodeErreur.NOT_FOUND, "mandat_id")
        une = await _refus(
            scene, voisin, lambda s, i=ident: revoquer_autorisation(s, voisin, i, Demarche.SOCIAL)
        )
        assert (une.code, une.champ) == (CodeErreur.NOT_FOUND, "mandat_id")
    expiree = await _refus(
        scene,
        scene.aidant,
        lambda s: revoquer_autorisation(s, scene.aidant, mandat.id, Demarche.SOCIAL, instant=plus_tard),
    )
    assert (expiree.champ, "expiré" in expiree.message) == ("mandat_id", True)
    assert (await scene.lire(Mandat, mandat.id)).organisation_id == scene.organisation.id


def test_la_cle_de_pseudonymisation_est_creee_en_dev_et_exigee_en_prod(tmp_path: Path) -> None:
    chemin = tmp_path / "cle"
    dev = Settings.from_env({}, env=Environment.TEST, pseudonymisation_key_path=chemin)
    cle = charger_cle(dev)
    assert len(cle) >= 32
    assert charger_cle(dev) == cle  # created once, then read
    assert chemin.stat().st_mode & 0o077 == 0
    prod = dataclasses.replace(dev, env=Environment.PROD, pseudonymisation_key_path=tmp_path / "absente")
    with pytest.raises(ClePseudonymisationError, match="provisioned"):
        charger_cle(prod)
    courte = tmp_path / "courte"
    courte.write_text("YWJj\n")
    with pytest.raises(ClePseudonymisationError, match="32 bytes"):
        charger_cle(dataclasses.replace(dev, pseudonymisation_key_path=courte))
