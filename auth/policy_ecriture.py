"""Write rules: for every table, which rows each role may insert, update or delete.

A write rule is a predicate on the row itself, checked on the row as it is before a change and as it
would be after it (PostgreSQL: `USING` and `WITH CHECK`). Services apply it to updates and deletes
(`update(M).where(write_predicate(M, p), …)`) and to inserts by flushing the new row and selecting it
back through the predicate in the same transaction; on PostgreSQL row-level security checks both again.

Who writes what, in the programme's own words:
- ANCT takes the programme decisions: coselec décisions, avenants, postes (added, rendus),
  subventions, versements, enveloppes and plafonds, the structure's statut, the validation of a
  recrutement (contrat and conseiller), the habilitation of Aidants Connect organisations and aidants,
  partner clients and habilitations.
- A préfecture gives its avis on the candidatures and avenants of its départements, and grants and
  withdraws the habilitations of its own agents (a préfecture habilitation of one of its départements).
- A structure writes its own candidatures, avenant requests and contrats (recrutement, rupture,
  renouvellement), the état of its own postes that a recrutement or a rupture changes, and the
  habilitations of colleagues it invites (bound to its own SIRET), and its own statut while its
  candidature is under instruction (it abandons it).
- A conseiller writes its own activités (and their thèmes).
- An aidant writes its organisation's mandats, autorisations and the usagers they cover; the
  organisation's responsable also creates, habilitates and deactivates its other aidants.
- ANCT and a préfecture (in its départements) create and end coordinations.
- A hub territorial writes its own contact data (and the journal lines of it), nothing else; ANCT
  its régions and the réseaux and a structure's membership. A coordinateur and a grand réseau read only.
- Partner tools and anonymous callers write nothing. Référentiel, lieux, France Services sites and
  import runs are written by importers, seed and migrations only (the system context of `auth.rls`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, exists, false, func, select, true
from sqlalchemy.orm import aliased

from auth.policy_lecture import (
    LECTURE,
    Regle,
    dans_departements,
    departement_de_organisation,
    departement_de_structure,
    habilitation_d_un_departement,
)
from auth.principal import Principal
from hub.models import (
    Activite,
    ActiviteAgregat,
    ActiviteTheme,
    ActiviteThemeAgregat,
    Aidant,
    Autorisation,
    Avenant,
    AvisPrefet,
    Candidature,
    ClientPartenaire,
    Commune,
    Conseiller,
    Contrat,
    Coordination,
    DecisionCoselec,
    Departement,
    Enveloppe,
    Epci,
    Habilitation,
    HubTerritorial,
    HubTerritorialRegion,
    ImportRun,
    InstantaneTerritorial,
    Journal,
    Lieu,
    LieuConseiller,
    Mandat,
    OrganisationAidantsConnect,
    PlafondDepartemental,
    Poste,
    Region,
    Reseau,
    SiteFranceServices,
    Structure,
    Subvention,
    Usager,
    Versement,
)
from hub.models.enums import Role, StatutAvenant, StatutStructure

# History rows, never overwritten: INSERT is the only write (write_predicate governs the insert; no
# principal updates or deletes them, and on PostgreSQL the app role is not even granted it).
AJOUT_SEULEMENT: frozenset[type[Any]] = frozenset({Journal, AvisPrefet, DecisionCoselec})


def _personne(p: Principal) -> ColumnElement[bool]:
    # Written by trusted jobs only (importers, seed, migrations), never through a principal.
    return false()


def _anct(p: Principal) -> ColumnElement[bool]:
    return true() if p.role is Role.ANCT else false()


def _ecrire_candidature(p: Principal) -> ColumnElement[bool]:
    if p.role is Role.STRUCTURE and p.structure_id is not None:
        # Its own, in its own département: the département decides which préfecture reads it.
        return (Candidature.structure_id == p.structure_id) & (
            Candidature.departement_code == departement_de_structure(p)
        )
    return false()


def _ecrire_avis(p: Principal) -> ColumnElement[bool]:
    if p.role is not Role.PREFECTURE:
        return false()
    # An avis of its départements, on a candidature that really is of that structure and
    # département: otherwise a préfecture could comment on a neighbour's candidature by writing its
    # own département code on the avis.
    return dans_departements(AvisPrefet.departement_code, p) & exists().where(
        Candidature.id == AvisPrefet.candidature_id,
        Candidature.structure_id == AvisPrefet.structure_id,
        Candidature.departement_code == AvisPrefet.departement_code,
    )


# A structure's own statut: from these only (créée, examen complémentaire, and the abandon it moves
# to). A validated, refused or abandoned structure's row is ANCT's alone.
_EN_INSTRUCTION = (StatutStructure.CREEE, StatutStructure.EXAMEN_COMPLEMENTAIRE, StatutStructure.ABANDON)


def _ecrire_structure(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.STRUCTURE if p.structure_id is not None:
            # Its own row, to abandon its candidature. A row rule cannot name columns: the service
            # changes `statut` only, and on PostgreSQL a trigger (migration 0022) refuses any other
            # column a structure would change, so it cannot move its département or its SIRET.
            return (Structure.id == p.structure_id) & Structure.statut.in_(_EN_INSTRUCTION)
        case _:
            return false()


def responsable_de_son_organisation(p: Principal) -> ColumnElement[bool]:
    """The aidant the token names is its organisation's responsable, both active: the aidant row of
    the organisation whose email is the token's subject (as habilitations issue it)."""
    if p.role is not Role.AIDANT or p.organisation_id is None:
        return false()
    # Aliases: the subquery reads the responsable's own row, never correlates with the row under
    # the rule (an aidant, or the organisation).
    lui, organisation = aliased(Aidant), aliased(OrganisationAidantsConnect)
    return (
        select(lui.id)
        .join(organisation, organisation.id == lui.organisation_id)
        .where(
            lui.organisation_id == p.organisation_id,
            func.lower(lui.email) == p.subject.lower(),
            lui.responsable.is_(True),
            lui.date_desactivation.is_(None),
            organisation.date_desactivation.is_(None),
        )
        .exists()
    )


def _ecrire_aidant(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.AIDANT if p.organisation_id is not None:
            # The responsable manages the other aidants of its organisation, in its département; a
            # responsable's row (its own included) is ANCT's, so it can neither name another
            # responsable nor keep itself in place once ANCT withdraws it.
            return (
                (Aidant.organisation_id == p.organisation_id)
                & Aidant.responsable.is_(False)
                & (Aidant.departement_code == departement_de_organisation(p))
                & responsable_de_son_organisation(p)
            )
        case _:
            return false()


def _ecrire_avenant(p: Principal) -> ColumnElement[bool]:
    demande = Avenant.statut == StatutAvenant.DEMANDE
    match p.role:
        case Role.ANCT:
            return true()  # the decision: accepted (postes added, a poste rendu) or refused
        case Role.PREFECTURE:
            # Its avis on a request of its départements, still awaiting the decision: it can neither
            # decide one nor move one to another département (both checked on the row as written).
            return dans_departements(Avenant.departement_code, p) & demande
        case Role.STRUCTURE if p.structure_id is not None:
            # Its own requests, in its own département, before any avis or decision (so it cannot
            # write one), and a poste given back is one of its own postes.
            return (
                (Avenant.structure_id == p.structure_id)
                & (Avenant.departement_code == departement_de_structure(p))
                & demande
                & Avenant.avis_prefet.is_(None)
                & (
                    Avenant.poste_id.is_(None)
                    | Avenant.poste_id.in_(select(Poste.id).where(Poste.structure_id == p.structure_id))
                )
            )
        case _:
            return false()


def _ecrire_contrat(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            # Validation of a recrutement (recrute → actif) is a programme decision.
            return true()
        case Role.STRUCTURE if p.structure_id is not None:
            # Recrutement and rupture of its own contrats, on one of its own postes. Which statut
            # changes are allowed is a business rule of the services, not a row rule.
            return (
                (Contrat.structure_id == p.structure_id)
                & (Contrat.departement_code == departement_de_structure(p))
                & Contrat.poste_id.in_(select(Poste.id).where(Poste.structure_id == p.structure_id))
            )
        case _:
            return false()


def _ecrire_poste(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            # Postes are created by the coselec decisions, given back, conventionned.
            return true()
        case Role.STRUCTURE if p.structure_id is not None:
            # Its own postes, for their état only: occupied when it signs a contract, vacant again
            # after a rupture (hub.services.contrats). It never creates or deletes one: the services
            # have no such verb, and PostgreSQL grants it UPDATE alone (migration 0004).
            return (Poste.structure_id == p.structure_id) & (
                Poste.departement_code == departement_de_structure(p)
            )
        case _:
            return false()


def _ecrire_conseiller(p: Principal) -> ColumnElement[bool]:
    # ANCT only. In particular a structure may not set `Conseiller.structure_id` to itself: that
    # column makes it the employer, which reads the person's personal data. It is updated when ANCT
    # validates the recrutement.
    return _anct(p)


def _ecrire_activite(p: Principal) -> ColumnElement[bool]:
    if p.role is not Role.CONSEILLER or p.conseiller_id is None:
        return false()
    # Its own reports, filed under its current employer and the département of the commune where the
    # session took place: those two columns decide which structure and which préfecture read and count
    # the activité. The département is the commune's, never chosen apart from it (migration 0024).
    return (
        (Activite.conseiller_id == p.conseiller_id)
        & Activite.structure_id.in_(select(Conseiller.structure_id).where(Conseiller.id == p.conseiller_id))
        & (Activite.departement_code == _departement_de_la_commune())
    )


def _departement_de_la_commune() -> ColumnElement[str]:
    """`hub.referentiel.territoires.departement_de_commune` in SQL: 3 characters overseas (97…, 98…)."""
    deux = func.substr(Activite.code_commune, 1, 2)
    return case((deux.in_(("97", "98")), func.substr(Activite.code_commune, 1, 3)), else_=deux)


def _ecrire_activite_theme(p: Principal) -> ColumnElement[bool]:
    if p.role is not Role.CONSEILLER or p.conseiller_id is None:
        return false()
    return ActiviteTheme.activite_id.in_(select(Activite.id).where(Activite.conseiller_id == p.conseiller_id))


def _ecrire_usager(p: Principal) -> ColumnElement[bool]:
    # Existing usagers: those its organisation holds a mandat for. A new usager has no mandat yet:
    # the service inserts it with its first mandat in one transaction and checks both after the
    # flush (PostgreSQL lets an aidant insert an usager row, which it cannot read back until the
    # mandat exists).
    if p.role is Role.AIDANT and p.organisation_id is not None:
        return Usager.id.in_(select(Mandat.usager_id).where(Mandat.organisation_id == p.organisation_id))
    return false()


def _ecrire_mandat(p: Principal) -> ColumnElement[bool]:
    if p.role is not Role.AIDANT or p.organisation_id is None:
        return false()
    # For its organisation, in the organisation's département, signed by one of its own aidants.
    return (
        (Mandat.organisation_id == p.organisation_id)
        & (Mandat.departement_code == departement_de_organisation(p))
        & Mandat.aidant_id.in_(select(Aidant.id).where(Aidant.organisation_id == p.organisation_id))
    )


def _ecrire_autorisation(p: Principal) -> ColumnElement[bool]:
    if p.role is not Role.AIDANT or p.organisation_id is None:
        return false()
    return (
        (Autorisation.organisation_id == p.organisation_id)
        & (Autorisation.departement_code == departement_de_organisation(p))
        & Autorisation.mandat_id.in_(select(Mandat.id).where(Mandat.organisation_id == p.organisation_id))
    )


def _ecrire_habilitation(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE:
            # Its own agents: a préfecture habilitation of one of its départements, nothing wider.
            return habilitation_d_un_departement(p)
        case Role.STRUCTURE if p.structure_id is not None:
            # Its colleagues: a structure habilitation for itself, bound to its own SIRET, so that only
            # an identity from that employer (the provider's `siret` claim) can use it.
            siret = select(Structure.siret).where(Structure.id == p.structure_id).scalar_subquery()
            return (
                (Habilitation.role == Role.STRUCTURE)
                & (Habilitation.structure_id == p.structure_id)
                & (Habilitation.siret == siret)
            )
        case _:
            return false()


def _ecrire_coordination(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE:
            # Of its départements, and the row's département really is the coordinated conseiller's:
            # otherwise a préfecture could write a neighbour's conseiller under its own code.
            return dans_departements(Coordination.departement_code, p) & exists().where(
                Conseiller.id == Coordination.conseiller_id,
                Conseiller.departement_code == Coordination.departement_code,
            )
        case _:
            return false()


def _ecrire_hub_territorial(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.HUB_TERRITORIAL if p.hub_territorial_id is not None:
            # Its own row, whose columns are its name and contact data: its régions (its scope) are
            # another table, which only ANCT writes.
            return HubTerritorial.id == p.hub_territorial_id
        case _:
            return false()


def _ecrire_journal(p: Principal) -> ColumnElement[bool]:
    # Append-only. A principal journals under its own role, and only lines it will be able to read
    # (its own scope): it can neither sign as another role nor plant a line in someone else's audit.
    if p.role in (Role.PARTENAIRE, Role.ANONYME):
        return false()
    return (Journal.role == p.role) & LECTURE[Journal](p)


ECRITURE: dict[type[Any], Regle] = {
    Region: _personne,
    Departement: _personne,
    Epci: _personne,
    Commune: _personne,
    Lieu: _personne,
    LieuConseiller: _personne,
    SiteFranceServices: _anct,  # its structure porteuse (the open data itself comes from imports)
    ImportRun: _personne,
    Reseau: _anct,
    HubTerritorial: _ecrire_hub_territorial,
    HubTerritorialRegion: _anct,
    Coordination: _ecrire_coordination,
    Structure: _ecrire_structure,  # statut after the coselec and réseau (ANCT), its abandon (the structure)
    Candidature: _ecrire_candidature,
    AvisPrefet: _ecrire_avis,
    Avenant: _ecrire_avenant,
    DecisionCoselec: _anct,
    Poste: _ecrire_poste,
    Subvention: _anct,
    Versement: _anct,
    Enveloppe: _anct,
    PlafondDepartemental: _anct,
    Conseiller: _ecrire_conseiller,
    Contrat: _ecrire_contrat,
    Activite: _ecrire_activite,
    ActiviteTheme: _ecrire_activite_theme,
    # Maintained by the database's own triggers (migration 0005) and rebuilt by trusted jobs.
    ActiviteAgregat: _personne,
    ActiviteThemeAgregat: _personne,
    InstantaneTerritorial: _personne,  # the snapshot job, as the system (hub.services.instantanes)
    OrganisationAidantsConnect: _anct,
    Aidant: _ecrire_aidant,  # creation, habilitation, deactivation: ANCT and the responsable
    Usager: _ecrire_usager,
    Mandat: _ecrire_mandat,
    Autorisation: _ecrire_autorisation,
    Journal: _ecrire_journal,
    ClientPartenaire: _anct,
    Habilitation: _ecrire_habilitation,
}
