"""enregistrer_activite / corriger_activite: the CRA rules, idempotency, the correction window, scope."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import insert

from auth.principal import ANONYME
from hub.models import Activite, Commune
from hub.models.enums import Canal, Theme, TypeActivite
from hub.referentiel.territoires import departement_de_commune
from hub.services.activites import corriger_activite, enregistrer_activite
from hub.services.activites_regles import SaisieActivite, colonnes, verifier
from hub.services.ecriture import aujourdhui
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from tests.auth.world import make_activite, make_theme, systeme
from tests.ecriture import Scene

AUJOURDHUI = dt.date(2024, 5, 15)
SAISIE = SaisieActivite(
    date=dt.date(2024, 5, 14),
    canal=Canal.RATTACHEMENT,
    type=TypeActivite.COLLECTIF,
    duree_minutes=90,
    nb_participants=4,
    nb_participants_recurrents=1,
    ages={"de18a35ans": 1, "de35a60ans": 2, "plus60ans": 1},
    statuts={"en_emploi": 2, "retraite": 2},
    themes=(Theme.COURRIEL, Theme.SECURITE),
    reorientations=("CAF",),
    code_commune="57463",
)


def _avec(**champs: Any) -> SaisieActivite:
    return dataclasses.replace(SAISIE, **champs)


REGLES = {
    "avant_2020": (_avec(date=dt.date(2019, 12, 31)), "date"),
    "dans_le_futur": (_avec(date=AUJOURDHUI + dt.timedelta(days=1)), "date"),
    "duree_nulle": (_avec(duree_minutes=0), "duree_minutes"),
    "duree_plus_d_un_jour": (_avec(duree_minutes=1441), "duree_minutes"),
    "aucun_participant": (
        _avec(nb_participants=0, ages={}, statuts={}, nb_participants_recurrents=0),
        "nb_participants",
    ),
    "plus_de_100_participants": (
        _avec(nb_participants=101, ages={"plus60ans": 101}, statuts={"retraite": 101}),
        "nb_participants",
    ),
    "plus_de_recurrents_que_de_participants": (
        _avec(nb_participants_recurrents=5),
        "nb_participants_recurrents",
    ),
    "recurrents_negatifs": (_avec(nb_participants_recurrents=-1), "nb_participants_recurrents"),
    "ages_qui_ne_somment_pas": (_avec(ages={"plus60ans": 3}), "ages"),
    "age_negatif": (_avec(ages={"plus60ans": 5, "moins12ans": -1}), "ages.moins12ans"),
    "tranche_d_age_inconnue": (_avec(ages={"centenaires": 4}), "ages"),
    "statuts_qui_ne_somment_pas": (_avec(statuts={"retraite": 5}), "statuts"),
    "aucun_theme": (_avec(themes=()), "themes"),
    "plus_de_20_themes": (_avec(themes=tuple(Theme)[:19] * 2), "themes"),
    "theme_repete": (_avec(themes=(Theme.COURRIEL, Theme.COURRIEL)), "themes"),
    "reorientation_vide": (_avec(reorientations=("  ",)), "reorientations"),
    "reorientation_repetee": (_avec(reorientations=("CAF", "CAF ")), "reorientations"),
    "commune_mal_formee": (_avec(code_commune="5746"), "code_commune"),
    "commune_d_un_departement_inconnu": (_avec(code_commune="96001"), "code_commune"),
}


@pytest.mark.parametrize("nom", list(REGLES))
def test_chaque_regle_du_cra_refuse_la_saisie_en_nommant_le_champ(nom: str) -> None:
    saisie, champ = REGLES[nom]
    with pytest.raises(EcritureRefuseeError) as erreur:
        verifier(saisie, AUJOURDHUI)
    assert (erreur.value.code, erreur.value.champ) == (CodeErreur.BAD_USER_INPUT, champ)


def test_une_saisie_conforme_passe_toutes_les_regles() -> None:
    verifier(SAISIE, AUJOURDHUI)
    verifier(_avec(code_commune="2A004", date=dt.date(2020, 1, 1)), AUJOURDHUI)
    verifier(_avec(code_commune="97411"), AUJOURDHUI)


async def test_un_conseiller_en_poste_enregistre_une_activite_journalisee_sans_donnee_personnelle(
    scene: Scene,
) -> None:
    saisie = _avec(date=aujourdhui() - dt.timedelta(days=1), lieu_id=scene.lieu.id)
    ecrite = await scene.ecrire(
        scene.conseiller,
        lambda s: enregistrer_activite(s, scene.conseiller, saisie, request_id="req-1"),
    )
    activite = await scene.lire(Activite, ecrite.activite.id)
    assert (activite.structure_id, activite.departement_code) == (scene.metz.id, "57")
    assert (activite.nb_participants, activite.age_de35a60ans, activite.statut_retraite) == (4, 2, 2)
    assert ecrite.themes == [Theme.COURRIEL, Theme.SECURITE]
    assert not ecrite.rejouee
    [ligne] = await scene.journal()
    assert (ligne.action, ligne.entite, ligne.entite_id) == (
        "activite.enregistrer",
        "activite",
        str(activite.id),
    )
    assert (ligne.role.value, ligne.sujet, ligne.request_id) == ("conseiller", "cnum@metz.fr", "req-1")
    assert (ligne.conseiller_id, ligne.structure_id, ligne.departement_code) == (
        scene.en_poste.id,
        scene.metz.id,
        "57",
    )
    assert ligne.avant is None
    assert ligne.apres is not None
    assert ligne.apres["themes"] == ["courriel", "securite"]
    assert ligne.apres["nb_participants"] == 4
    texte = str(ligne.apres)
    assert scene.en_poste.nom not in texte
    assert scene.en_poste.email not in texte


async def test_rejouer_la_meme_cle_rend_la_meme_activite_sans_rien_ecrire(scene: Scene) -> None:
    saisie = _avec(date=aujourdhui())

    def appel(contenu: SaisieActivite) -> Any:
        return lambda s: enregistrer_activite(s, scene.conseiller, contenu, cle_idempotence="cra-42")

    premiere = await scene.ecrire(scene.conseiller, appel(saisie))
    avant = await scene.photo()
    seconde = await scene.ecrire(scene.conseiller, appel(saisie))
    assert seconde.rejouee
    assert seconde.activite.id == premiere.activite.id
    assert await scene.photo() == avant
    with pytest.raises(EcritureRefuseeError) as erreur:
        await scene.ecrire(scene.conseiller, appel(_avec(date=saisie.date, nb_participants_recurrents=0)))
    assert (erreur.value.code, erreur.value.champ) == (CodeErreur.CONFLICT, "cle_idempotence")
    assert await scene.photo() == avant


async def test_un_conseiller_sans_contrat_actif_n_enregistre_rien(scene: Scene) -> None:
    libre = dataclasses.replace(scene.conseiller, conseiller_id=scene.libre.id)
    avant = await scene.photo()
    with pytest.raises(EcritureRefuseeError, match="Aucun contrat actif") as erreur:
        await scene.ecrire(libre, lambda s: enregistrer_activite(s, libre, _avec(date=aujourdhui())))
    assert erreur.value.code is CodeErreur.BAD_USER_INPUT
    assert await scene.photo() == avant


async def test_les_references_sont_verifiees_commune_importee_et_lieu(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        await session.execute(insert(Commune).values(code="57463", nom="Metz", departement_code="57"))
    cas = {
        "code_commune": (_avec(date=aujourdhui(), code_commune="57999"), CodeErreur.BAD_USER_INPUT),
        "lieu_id": (_avec(date=aujourdhui(), lieu_id=uuid.uuid4()), CodeErreur.NOT_FOUND),
    }
    for champ, (saisie, code) in cas.items():
        with pytest.raises(EcritureRefuseeError) as erreur:
            await scene.ecrire(
                scene.conseiller, lambda s, x=saisie: enregistrer_activite(s, scene.conseiller, x)
            )
        assert (erreur.value.code, erreur.value.champ) == (code, champ)
    # Another département's communes are not imported: the format alone is checked there.
    await scene.ecrire(
        scene.conseiller,
        lambda s: enregistrer_activite(s, scene.conseiller, _avec(date=aujourdhui(), code_commune="13055")),
    )


async def test_seul_un_conseiller_enregistre_une_activite(scene: Scene) -> None:
    for principal, code in (
        (scene.structure, CodeErreur.FORBIDDEN),
        (scene.anct, CodeErreur.FORBIDDEN),
        (ANONYME, CodeErreur.UNAUTHENTICATED),
    ):
        with pytest.raises(EcritureRefuseeError) as erreur:
            await scene.ecrire(principal, lambda s, p=principal: enregistrer_activite(s, p, SAISIE))
        assert erreur.value.code is code


async def test_corriger_dans_le_delai_garde_l_avant_et_l_apres_au_journal(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        ancienne = await make_activite(session, scene.en_poste, date=dt.date(2024, 5, 1))
        await make_theme(session, ancienne, Theme.COURRIEL)
    instant = ancienne.created_at + dt.timedelta(days=29)
    corrigee = await scene.ecrire(
        scene.conseiller,
        lambda s: corriger_activite(
            s, scene.conseiller, ancienne.id, _avec(date=dt.date(2024, 5, 2)), delai_jours=30, instant=instant
        ),
    )
    activite = await scene.lire(Activite, ancienne.id)
    assert activite.corrige_le == instant
    assert activite.nb_participants == 4
    assert corrigee.themes == [Theme.COURRIEL, Theme.SECURITE]
    [ligne] = await scene.journal()
    assert ligne.action == "activite.corriger"
    assert ligne.avant is not None
    assert ligne.apres is not None
    assert (ligne.avant["nb_participants"], ligne.apres["nb_participants"]) == (1, 4)
    assert (ligne.avant["themes"], ligne.apres["themes"]) == (["courriel"], ["courriel", "securite"])


async def test_corriger_hors_delai_ou_l_activite_d_un_autre_est_refuse(scene: Scene) -> None:
    async with systeme(scene.database) as session:
        ancienne = await make_activite(session, scene.en_poste, date=dt.date(2024, 5, 1))
        collegue = await make_activite(session, scene.libre, structure_id=scene.metz.id)
    avant = await scene.photo()
    hors_delai = ancienne.created_at + dt.timedelta(days=31)
    cas = (
        (ancienne.id, hors_delai, CodeErreur.BAD_USER_INPUT, "délai de correction"),
        (collegue.id, None, CodeErreur.NOT_FOUND, "introuvable"),
        (uuid.uuid4(), None, CodeErreur.NOT_FOUND, "introuvable"),
    )
    for ident, instant, code, message in cas:
        with pytest.raises(EcritureRefuseeError, match=message) as erreur:
            await scene.ecrire(
                scene.conseiller,
                lambda s, i=ident, t=instant: corriger_activite(
                    s, scene.conseiller, i, _avec(date=dt.date(2024, 5, 2)), delai_jours=30, instant=t
                ),
            )
        assert (erreur.value.code, erreur.value.champ) == (code, "activite_id")
    assert await scene.photo() == avant


@pytest.mark.parametrize(
    ("commune", "departement"),
    [
        ("57463", "57"),
        ("2A004", "2A"),
        ("97411", "974"),
        ("97801", "978"),
        ("98735", "987"),
        ("98818", "988"),
    ],
)
def test_une_commune_d_outre_mer_est_acceptee_et_classee_dans_sa_collectivite(
    commune: str, departement: str
) -> None:
    saisie = _avec(code_commune=commune)
    verifier(saisie, AUJOURDHUI)
    assert departement_de_commune(commune) == departement
    assert colonnes(saisie)["departement_code"] == departement
