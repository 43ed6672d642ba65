"""Every write service is atomic: a database error after its main writes leaves no row and no journal line."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from hub.models import Aidant, Journal
from hub.models.enums import Avis, Demarche, EtatPoste, MotifRupture, StatutContrat, TypeContrat
from hub.services import journal
from hub.services.activites import corriger_activite, enregistrer_activite
from hub.services.aidants_connect import creer_mandat, revoquer_autorisation, revoquer_mandat
from hub.services.candidatures import decider_coselec, deposer_candidature, donner_avis_prefet
from hub.services.contrats import declarer_rupture, enregistrer_contrat, valider_recrutement
from hub.services.ecriture import aujourdhui
from hub.services.financement import conventionner, enregistrer_versement
from tests.auth.world import (
    make_activite,
    make_autorisation,
    make_conseiller,
    make_contrat,
    make_mandat,
    make_poste,
    make_structure,
    make_usager,
    systeme,
)
from tests.ecriture import JOUR, Scene
from tests.services.test_activites import SAISIE

Travail = Callable[[Any], Any]


async def journal_en_panne(session: Any, principal: Any, **champs: Any) -> Journal:
    """The journal write fails in the database itself (NOT NULL, or row-level security on PostgreSQL)
    after the service flushed its main rows: the whole transaction must go."""
    session.add(Journal(role=None, sujet="x", action="x", entite="x", entite_id="x"))
    await session.flush()
    raise AssertionError("unreachable: the flush above fails")


async def _ecritures(scene: Scene) -> list[tuple[str, Any, Travail]]:
    """One valid call of every write service (each would succeed with a working journal)."""
    async with systeme(scene.database) as session:
        activite = await make_activite(session, scene.en_poste, date=dt.date(2024, 5, 1))
        nouvelle = await make_structure(session, departement="57")
        poste = await make_poste(session, scene.metz, etat=EtatPoste.OCCUPE)
        recrue = await make_conseiller(session, None, departement_code="57")
        salarie = await make_conseiller(session, scene.metz)  # a person metz may name in a contrat
        recrutement = await make_contrat(
            session, recrue, poste, statut=StatutContrat.RECRUTE, date_debut=JOUR
        )
        aidant = await session.scalar(select(Aidant).where(Aidant.email == scene.aidant_email))
        mandat = await make_mandat(
            session,
            aidant,
            await make_usager(session),
            date_creation=dt.datetime.now(dt.UTC),
            date_expiration=dt.datetime.now(dt.UTC) + dt.timedelta(days=31),
            duree_jours=31,
        )
        await make_autorisation(session, mandat, demarche=Demarche.SOCIAL)
        await make_autorisation(session, mandat, demarche=Demarche.ARGENT)
    s = scene
    structure_neuve = dataclasses.replace(s.structure, structure_id=nouvelle.id)
    saisie = dataclasses.replace(SAISIE, date=aujourdhui())
    return [
        ("enregistrer_activite", s.conseiller, lambda x: enregistrer_activite(x, s.conseiller, saisie)),
        (
            "corriger_activite",
            s.conseiller,
            lambda x: corriger_activite(x, s.conseiller, activite.id, saisie, delai_jours=30),
        ),
        (
            "deposer_candidature",
            structure_neuve,
            lambda x: deposer_candidature(x, structure_neuve, nb_postes_souhaites=1),
        ),
        (
            "donner_avis_prefet",
            s.prefecture_57,
            lambda x: donner_avis_prefet(x, s.prefecture_57, s.candidature.id, avis=Avis.POSITIF),
        ),
        (
            "decider_coselec",
            s.anct,
            lambda x: decider_coselec(
                x, s.anct, s.candidature.id, avis=Avis.POSITIF, nb_postes=2, phase=2, numero=1
            ),
        ),
        (
            "enregistrer_contrat",
            s.structure,
            lambda x: enregistrer_contrat(
                x,
                s.structure,
                poste_id=s.poste_vacant.id,
                conseiller_id=salarie.id,
                type=TypeContrat.CDI,
                date_debut=JOUR,
            ),
        ),
        ("valider_recrutement", s.anct, lambda x: valider_recrutement(x, s.anct, recrutement.id)),
        (
            "declarer_rupture",
            s.structure,
            lambda x: declarer_rupture(
                x, s.structure, s.contrat.id, motif=MotifRupture.DEMISSION, date_rupture=JOUR
            ),
        ),
        (
            "conventionner",
            s.anct,
            lambda x: conventionner(
                x,
                s.anct,
                s.poste_vacant.id,
                enveloppe_id=s.enveloppe.id,
                date_debut_convention=JOUR,
                date_fin_convention=JOUR + dt.timedelta(days=700),
            ),
        ),
        (
            "enregistrer_versement",
            s.anct,
            lambda x: enregistrer_versement(
                x, s.anct, s.subvention.id, tranche=1, montant_centimes=100, date=JOUR
            ),
        ),
        (
            "creer_mandat",
            s.aidant,
            lambda x: creer_mandat(
                x,
                s.aidant,
                usager_sub="sub",
                annee_naissance=1950,
                demarches=[Demarche.SOCIAL],
                duree_jours=1,
                cle_pseudonymisation=b"k" * 32,
            ),
        ),
        (
            "revoquer_autorisation",
            s.aidant,
            lambda x: revoquer_autorisation(x, s.aidant, mandat.id, Demarche.SOCIAL),
        ),
        ("revoquer_mandat", s.aidant, lambda x: revoquer_mandat(x, s.aidant, mandat.id)),
    ]


async def test_une_panne_de_la_base_au_journal_n_ecrit_rien_quelle_que_soit_l_ecriture(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    ecritures = await _ecritures(scene)
    monkeypatch.setattr(journal, "journaliser", journal_en_panne)
    avant = await scene.photo()
    for nom, principal, travail in ecritures:
        with pytest.raises(DBAPIError):
            await scene.ecrire(principal, travail)
        assert await scene.photo() == avant, nom
    # With a working journal the same calls, in the same order, all succeed: the journal was the
    # only thing failing above, after each service's own writes.
    monkeypatch.undo()
    for _nom, principal, travail in ecritures:
        await scene.ecrire(principal, travail)
    assert len(await scene.journal()) >= len(ecritures)
