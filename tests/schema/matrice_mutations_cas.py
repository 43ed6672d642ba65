"""A valid call of every mutation in the mutation matrix's world: its input, per caller, and what it writes.

`entree(cibles, role)` is the input `role` sends when the matrix lets it call the mutation (most
mutations take the same input from every caller; `accorderHabilitation` takes the habilitation each
caller may grant). A refused role is sent every input an allowed role sends, so it is refused on the
very call another role makes. `ecrit` names the tables the mutation writes (besides `journal`): their
rows are the fingerprint a refusal must leave unchanged. `arranger` adds, on the mutation's own copy of
the world, the state only this mutation needs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Contrat, Poste, Structure
from hub.models.enums import EtatPoste, StatutContrat, StatutStructure, TypeContrat
from tests.ecriture import gid
from tests.schema.matrice_mutations_monde import Cibles

Entree = Callable[[Cibles, str], dict[str, Any]]
Arrangement = Callable[[AsyncSession, Cibles], Awaitable[None]]

PASSE = "2024-06-03"  # a programme day in the past, after every start date of the world
SIRET_NOUVEAU = "73282932000074"  # valid (Luhn), unknown to the world
ACTIVITE: dict[str, Any] = {
    "date": PASSE,
    "canal": "RATTACHEMENT",
    "type": "INDIVIDUEL",
    "dureeMinutes": 45,
    "nbParticipants": 1,
    "ages": {"de35a60ans": 1},
    "statuts": {"enEmploi": 1},
    "themes": ["COURRIEL"],
    "codeCommune": "57001",
}


@dataclass(frozen=True)
class Cas:
    entree: Entree
    ecrit: tuple[str, ...]
    arranger: Arrangement | None = None


def _dans(jours: int) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(days=jours)).date().isoformat()


def _present(identifiant: uuid.UUID | None) -> uuid.UUID:
    assert identifiant is not None, "tests/schema/monde.py builds the réseau and the hub territorial"
    return identifiant


def _poste(c: Cibles, n: int) -> str:
    return gid("Poste", c.postes[n])


async def _s0_en_instruction(session: AsyncSession, c: Cibles) -> None:
    # The line "structure" abandons its own candidature: S0 is still under instruction here.
    await session.execute(
        update(Structure).where(Structure.id == c.structure).values(statut=StatutStructure.CREEE)
    )


async def _un_recrutement(session: AsyncSession, c: Cibles) -> None:
    # A contrat recruté (awaiting ANCT) of the conseiller attached to S0, on S0's fifth poste.
    await session.execute(update(Poste).where(Poste.id == c.postes[4]).values(etat=EtatPoste.OCCUPE))
    session.add(
        Contrat(
            id=c.contrat_recrute,
            conseiller_id=c.conseiller_libre,
            structure_id=c.structure,
            poste_id=c.postes[4],
            departement_code="57",
            type=TypeContrat.CDD,
            statut=StatutContrat.RECRUTE,
            date_debut=dt.date(2024, 1, 8),
            date_fin=dt.date(2026, 1, 7),
        )
    )


async def _un_cdd(session: AsyncSession, c: Cibles) -> None:
    # A CDD in progress that ends in the future (the world's contrats en cours are CDI).
    fin = (dt.datetime.now(dt.UTC) + dt.timedelta(days=100)).date()
    await session.execute(
        update(Contrat).where(Contrat.id == c.contrat_renouvelable).values(type=TypeContrat.CDD, date_fin=fin)
    )


def _habilitation(c: Cibles, role: str) -> dict[str, Any]:
    if role == "structure":
        return {
            "email": "nouvelle@metz.example.org",
            "role": "STRUCTURE",
            "structureId": gid("Structure", c.structure),
        }
    return {"email": "nouvel.agent@moselle.gouv.fr", "role": "PREFECTURE", "departements": ["57"]}


def _retrait(c: Cibles, role: str) -> dict[str, Any]:
    email = {"structure": "rh@metz.fr", "prefecture 57": "b@moselle.gouv.fr"}.get(role, "a@moselle.gouv.fr")
    return {"habilitationId": gid("Habilitation", c.habilitations[email])}


def _mandat(c: Cibles, role: str) -> str:
    return gid("Mandat", c.mandats[1 if role == "aidant responsable" else 0])


CAS: dict[str, Cas] = {
    "enregistrerActivite": Cas(
        lambda c, r: ACTIVITE | {"cleIdempotence": "matrice"}, ("activite", "activite_theme")
    ),
    "corrigerActivite": Cas(
        lambda c, r: ACTIVITE | {"activiteId": gid("Activite", c.activite), "dureeMinutes": 50},
        ("activite", "activite_theme"),
    ),
    "demanderAjoutDePostes": Cas(lambda c, r: {"nbPostes": 1, "motif": "Un second lieu"}, ("avenant",)),
    "demanderRenduDePoste": Cas(
        lambda c, r: {"posteId": _poste(c, 4), "motif": "Pas de candidat"}, ("avenant",)
    ),
    "donnerAvisAvenant": Cas(
        lambda c, r: {"avenantId": gid("Avenant", c.avenant_ajout), "avis": "POSITIF"}, ("avenant",)
    ),
    "deciderAvenant": Cas(
        lambda c, r: {"avenantId": gid("Avenant", c.avenant_rendu), "avis": "POSITIF", "dateRendu": PASSE},
        ("avenant", "poste", "subvention", "versement"),
    ),
    "rendrePoste": Cas(
        lambda c, r: {"posteId": _poste(c, 4), "dateRendu": PASSE, "motif": "Pas de candidat"},
        ("poste", "subvention", "versement"),
    ),
    "deposerCandidature": Cas(lambda c, r: {"nbPostesSouhaites": 2, "phase": 2}, ("candidature",)),
    "inscrireStructure": Cas(
        lambda c, r: {
            "siret": SIRET_NOUVEAU,
            "nom": "Nouvelle structure",
            "type": "COMMUNE",
            "adresse": "1 rue de la Gare",
            "codePostal": "57000",
            "codeCommune": "57001",
            "nbPostesSouhaites": 1,
        },
        ("structure", "candidature", "habilitation"),
    ),
    "donnerAvisPrefet": Cas(
        lambda c, r: {"candidatureId": gid("Candidature", c.candidature), "avis": "POSITIF"}, ("avis_prefet",)
    ),
    "deciderCoselec": Cas(
        lambda c, r: {
            "candidatureId": gid("Candidature", c.candidature),
            "avis": "POSITIF",
            "nbPostes": 1,
            "phase": 1,
            "numero": 7,
        },
        ("decision_coselec", "poste", "structure"),
    ),
    "demanderExamenComplementaire": Cas(
        lambda c, r: {"structureId": gid("Structure", c.structure_creee), "motif": "Budget à préciser"},
        ("structure",),
    ),
    "abandonnerCandidature": Cas(
        lambda c, r: {
            "structureId": gid("Structure", c.structure if r == "structure" else c.structure_creee),
            "motif": "Projet suspendu",
        },
        ("structure",),
        _s0_en_instruction,
    ),
    "enregistrerContrat": Cas(
        lambda c, r: {
            "posteId": _poste(c, 4),
            "conseillerId": gid("Conseiller", c.conseiller_libre),
            "type": "CDI",
            "dateDebut": PASSE,
        },
        ("contrat", "poste"),
    ),
    "declarerRupture": Cas(
        lambda c, r: {"contratId": gid("Contrat", c.contrat), "motif": "DEMISSION", "dateRupture": PASSE},
        ("contrat", "poste"),
    ),
    "validerRecrutement": Cas(
        lambda c, r: {"contratId": gid("Contrat", c.contrat_recrute)},
        ("contrat", "conseiller"),
        _un_recrutement,
    ),
    "creerCoordination": Cas(
        lambda c, r: {
            "coordinateurId": gid("Conseiller", c.coordinateur),
            "conseillerId": gid("Conseiller", c.coordonne),
        },
        ("coordination",),
    ),
    "terminerCoordination": Cas(
        lambda c, r: {
            "coordinateurId": gid("Conseiller", c.coordinateur),
            "conseillerId": gid("Conseiller", c.coordonne_en_cours),
        },
        ("coordination",),
    ),
    "creerEnveloppe": Cas(
        lambda c, r: {"code": "kits_2026", "libelle": "Kits 2026", "objet": "KITS", "montant": 1000000.0},
        ("enveloppe",),
    ),
    "ajusterEnveloppe": Cas(
        lambda c, r: {"enveloppeId": gid("Enveloppe", c.enveloppe), "montant": 210000000.0}, ("enveloppe",)
    ),
    "fixerPlafondDepartemental": Cas(
        lambda c, r: {
            "enveloppeId": gid("Enveloppe", c.enveloppe),
            "departement": "57",
            "montant": 90000000.0,
        },
        ("plafond_departemental",),
    ),
    "conventionner": Cas(
        lambda c, r: {
            "posteId": gid("Poste", c.poste_sans_subvention),
            "enveloppeId": gid("Enveloppe", c.enveloppe),
            "dateDebutConvention": PASSE,
            "dateFinConvention": "2026-06-02",
        },
        ("subvention",),
    ),
    "enregistrerVersement": Cas(
        lambda c, r: {
            "subventionId": gid("Subvention", c.subvention),
            "tranche": 2,
            "montant": 16666.67,
            "date": PASSE,
        },
        ("versement",),
    ),
    "rattacherSiteFranceServices": Cas(
        lambda c, r: {
            "siteId": gid("SiteFranceServices", c.site),
            "structureId": gid("Structure", c.structure),
        },
        ("site_france_services",),
    ),
    "creerReseau": Cas(lambda c, r: {"nom": "Groupe SOS"}, ("reseau",)),
    "rattacherStructureReseau": Cas(
        lambda c, r: {
            "structure": gid("Structure", c.structure),
            "reseau": gid("Reseau", _present(c.monde.reseau)),
        },
        ("structure",),
    ),
    "modifierContactHubTerritorial": Cas(
        lambda c, r: {
            "hubTerritorial": gid("HubTerritorial", _present(c.monde.hub_territorial)),
            "email": "accueil@hub-grand-est.fr",
        },
        ("hub_territorial",),
    ),
    "creerOrganisationAidantsConnect": Cas(
        lambda c, r: {
            "siret": SIRET_NOUVEAU,
            "nom": "Nouvelle organisation",
            "departement": "57",
            "demarches": ["SOCIAL"],
        },
        ("organisation_aidants_connect",),
    ),
    "desactiverOrganisationAidantsConnect": Cas(
        lambda c, r: {"organisationId": gid("OrganisationAidantsConnect", c.organisation)},
        ("organisation_aidants_connect",),
    ),
    "creerAidant": Cas(
        lambda c, r: {
            "organisationId": gid("OrganisationAidantsConnect", c.organisation),
            "nom": "Martin",
            "prenom": "Lou",
            "email": "lou.martin@organisation57.example.org",
        },
        ("aidant",),
    ),
    "habiliterAidant": Cas(lambda c, r: {"aidantId": gid("Aidant", c.aidant_non_habilite)}, ("aidant",)),
    "desactiverAidant": Cas(lambda c, r: {"aidantId": gid("Aidant", c.aidant_actif)}, ("aidant",)),
    "retirerResponsable": Cas(lambda c, r: {"aidantId": gid("Aidant", c.aidant_responsable)}, ("aidant",)),
    "accorderHabilitation": Cas(_habilitation, ("habilitation",)),
    "retirerHabilitation": Cas(_retrait, ("habilitation",)),
    "importerProgramme": Cas(lambda c, r: {}, ("structure", "import_run")),
    "creerMandat": Cas(
        lambda c, r: {
            "usagerSub": f"sub-{r}",
            "anneeNaissance": 1961,
            "demarches": ["SOCIAL"],
            "dureeJours": 31,
        },
        ("mandat", "autorisation", "usager"),
    ),
    "revoquerAutorisation": Cas(
        lambda c, r: {"mandatId": _mandat(c, r), "demarche": "PAPIERS"}, ("mandat", "autorisation")
    ),
    "revoquerMandat": Cas(lambda c, r: {"mandatId": _mandat(c, r)}, ("mandat", "autorisation")),
    "reconventionner": Cas(
        lambda c, r: {
            "structureId": gid("Structure", c.structure),
            "enveloppeId": gid("Enveloppe", c.enveloppe),
            "dateDebutConvention": PASSE,
            "dateFinConvention": "2026-06-02",
        },
        ("subvention", "poste", "structure"),
    ),
    "renouvelerContrat": Cas(
        lambda c, r: {"contratId": gid("Contrat", c.contrat_renouvelable), "dateFin": _dans(400)},
        ("contrat",),
        _un_cdd,
    ),
}
