"""Read rules: for every table, which rows each role may read (write rules: `auth.policy_ecriture`).

`auth.policy` is the entry point; this module holds the table `LECTURE` (model → rule) and the
helpers both rule modules share. A rule takes the principal and returns a SQL predicate on the
model's own columns, so every statement of the API (lists, nested relations, aggregates, mutations)
filters in SQL.

A hub territorial reads "like a préfecture does for its département": the same territorial rule on
`departement_code`, over the départements of its régions (`Principal.departements`, derived from its
régions when its token is read). Each rule names it explicitly (`case Role.PREFECTURE |
Role.HUB_TERRITORIAL`), so a role never inherits a rule by accident.

Three habits keep these rules safe; break one and a role sees what it must not:
- Match on `principal.role` and end with `case _: return false()`: a role nobody thought of sees
  nothing, and so does a principal whose role lacks the identifier it needs (`est` below).
- Never compare a nullable column with a possibly-missing identifier: `Journal.structure_id == None`
  renders `IS NULL` and would hand every row *without* a structure to a structure principal whose
  token lacks `structure_id`. `est` answers false() instead.
- Write rules pin the denormalised scope columns (`departement_code`, `structure_id`, …) to the
  principal's own: those columns decide who reads the row later, so a writer who could choose them
  could publish a row into another département or read it back from there.

PostgreSQL row-level security (migration 0003) repeats these rules in SQL, independently: keep both
in step (tests/auth/test_policy_matrice.py checks the two layers row by row on the same world).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, exists, false, func, select, true
from sqlalchemy.orm import InstrumentedAttribute

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
from hub.models.enums import Role, StatutContrat

Regle = Callable[[Principal], ColumnElement[bool]]
CONTRATS_EN_COURS = (StatutContrat.RECRUTE, StatutContrat.ACTIF)
CONTRATS_FINIS = (StatutContrat.ROMPU, StatutContrat.TERMINE)

# A partner tool with this scope lists structures (the API shows it their public fields only).
SCOPE_STRUCTURES = "structures:read"
# The journal's `entite` of a hub territorial's contact data (its own lines: auth rule and RLS 0021).
ENTITE_HUB_TERRITORIAL = "hub_territorial"


def est(column: InstrumentedAttribute[Any], value: uuid.UUID | None) -> ColumnElement[bool]:
    """`column = value`, or false() when the principal lacks the identifier (never `IS NULL`)."""
    return false() if value is None else column == value


def dans_departements(column: InstrumentedAttribute[Any], p: Principal) -> ColumnElement[bool]:
    # An empty set renders as an always-false IN: a préfecture without départements sees nothing.
    return column.in_(sorted(p.departements))


def structures_du_reseau(p: Principal) -> Select[Any]:
    """The structures of a grand réseau (empty when the principal names no réseau)."""
    if p.reseau_id is None:
        return select(Structure.id).where(false())
    return select(Structure.id).where(Structure.reseau_id == p.reseau_id)


def coordonnes(p: Principal) -> Select[Any]:
    """The conseillers a coordinateur coordinates today (a coordination not ended)."""
    return select(Coordination.conseiller_id).where(
        Coordination.coordinateur_id == p.conseiller_id, Coordination.date_fin.is_(None)
    )


def departement_de_structure(p: Principal) -> ScalarSelect[Any]:
    return select(Structure.departement_code).where(Structure.id == p.structure_id).scalar_subquery()


def departement_du_conseiller(p: Principal) -> ScalarSelect[Any]:
    return select(Conseiller.departement_code).where(Conseiller.id == p.conseiller_id).scalar_subquery()


def departement_de_organisation(p: Principal) -> ScalarSelect[Any]:
    return (
        select(OrganisationAidantsConnect.departement_code)
        .where(OrganisationAidantsConnect.id == p.organisation_id)
        .scalar_subquery()
    )


# --- Read --------------------------------------------------------------------------------------------


def _public(p: Principal) -> ColumnElement[bool]:
    # Référentiel, lieux de médiation numérique and France Services sites are open data: everyone,
    # anonymous callers included, reads every row.
    return true()


def _anct_seulement(p: Principal) -> ColumnElement[bool]:
    # Programme administration (partner clients, import runs): ANCT operates the hub.
    return true() if p.role is Role.ANCT else false()


def habilitation_d_un_departement(p: Principal) -> ColumnElement[bool]:
    """A préfecture's agents: préfecture habilitations of exactly one of its départements (one covering
    several départements is managed by ANCT, which alone sees the whole of it)."""
    return and_(
        Habilitation.role == Role.PREFECTURE,
        func.json_array_length(Habilitation.departements) == 1,
        Habilitation.departements[0].as_string().in_(sorted(p.departements)),
    )


def _lire_habilitation(p: Principal) -> ColumnElement[bool]:
    # ANCT manages every habilitation; a préfecture, its own agents; a structure, its own colleagues.
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE:
            return habilitation_d_un_departement(p)
        case Role.STRUCTURE:
            return (Habilitation.role == Role.STRUCTURE) & est(Habilitation.structure_id, p.structure_id)
    return false()


def _lire_structure(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            return dans_departements(Structure.departement_code, p)
        case Role.STRUCTURE:
            return est(Structure.id, p.structure_id)
        case Role.GRAND_RESEAU:
            # Its member structures, wherever they are.
            return est(Structure.reseau_id, p.reseau_id)
        case Role.CONSEILLER if p.conseiller_id is not None:
            # Its employer, and the structure of each of its own contracts (a past employer too: the
            # conseiller reads its own contract history, and a contract without its structure would
            # be an orphan).
            return Structure.id.in_(
                select(Conseiller.structure_id).where(Conseiller.id == p.conseiller_id)
            ) | Structure.id.in_(select(Contrat.structure_id).where(Contrat.conseiller_id == p.conseiller_id))
        case Role.PARTENAIRE:
            # Rows yes, but the API shows partners the public fields only (`policy.STRUCTURE_CHAMPS_PUBLICS`).
            return true() if SCOPE_STRUCTURES in p.scopes else false()
        case _:
            return false()


def _programme(model: Any) -> Regle:
    """Candidatures, avis, décisions, subventions, versements: ANCT, the département's préfecture and
    the structure concerned, and the hub territorial of the région; nobody else (a conseiller does not
    read its employer's funding, nor a grand réseau its members')."""

    def regle(p: Principal) -> ColumnElement[bool]:
        match p.role:
            case Role.ANCT:
                return true()
            case Role.PREFECTURE | Role.HUB_TERRITORIAL:
                return dans_departements(model.departement_code, p)
            case Role.STRUCTURE:
                return est(model.structure_id, p.structure_id)
            case _:
                return false()

    return regle


def _lire_poste(p: Principal) -> ColumnElement[bool]:
    if p.role is Role.CONSEILLER:
        # Only the postes it holds or held through its own contracts.
        if p.conseiller_id is None:
            return false()
        return Poste.id.in_(select(Contrat.poste_id).where(Contrat.conseiller_id == p.conseiller_id))
    if p.role is Role.GRAND_RESEAU:
        return Poste.structure_id.in_(structures_du_reseau(p))
    return _programme(Poste)(p)


def _lire_contrat(p: Principal) -> ColumnElement[bool]:
    if p.role is Role.CONSEILLER:
        return est(Contrat.conseiller_id, p.conseiller_id)
    if p.role is Role.GRAND_RESEAU:
        # The contrats of its members' postes: how a poste names its conseiller.
        return Contrat.structure_id.in_(structures_du_reseau(p))
    return _programme(Contrat)(p)


def _lire_enveloppe(p: Principal) -> ColumnElement[bool]:
    # National budget lines: ANCT, and préfectures, which manage their ceilings on them.
    return true() if p.role in (Role.ANCT, Role.PREFECTURE) else false()


def _lire_plafond(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            return dans_departements(PlafondDepartemental.departement_code, p)
        case _:
            return false()


def _lire_conseiller(p: Principal) -> ColumnElement[bool]:
    # The row carries personal data (nom, prénom, email, téléphone): `policy.voit_donnees_personnelles`
    # says field by field who among the readers below reads them (not the hub territorial nor the
    # grand réseau, which read the row: pseudonymous id, formation, coordination).
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            return dans_departements(Conseiller.departement_code, p)
        case Role.GRAND_RESEAU:
            # The current employees of its members, with the employer's own rule (not a former one).
            return Conseiller.structure_id.in_(structures_du_reseau(p)) & _pas_un_ancien_employe()
        case Role.COORDINATEUR if p.conseiller_id is not None:
            # Itself, and the conseillers it coordinates today (a coordination ANCT or the préfecture
            # set and did not end).
            return (Conseiller.id == p.conseiller_id) | Conseiller.id.in_(coordonnes(p))
        case Role.STRUCTURE:
            # Its current employees only, not people it employed once: the denormalised employer, and
            # not a former employee. After a rupture or the contrat's end the conseiller keeps pointing
            # at the former employer until ANCT validates their next contrat; the former employer then
            # reads the ended contrat in its history, not the person. A person attached to it with no
            # contrat yet (by ANCT or an import, to be recruited) stays readable: it may name them.
            if p.structure_id is None:
                return false()

            def contrats(*statuts: StatutContrat) -> Select[Any]:
                return select(Contrat.conseiller_id).where(
                    Contrat.structure_id == p.structure_id, Contrat.statut.in_(statuts)
                )

            return (Conseiller.structure_id == p.structure_id) & (
                Conseiller.id.in_(contrats(*CONTRATS_EN_COURS))
                | Conseiller.id.not_in(contrats(*CONTRATS_FINIS))
            )
        case Role.CONSEILLER:
            return est(Conseiller.id, p.conseiller_id)
        case _:
            return false()


def _pas_un_ancien_employe() -> ColumnElement[bool]:
    """The structure rule above, for the conseiller's own current employer (correlated)."""

    def contrats(*statuts: StatutContrat) -> ColumnElement[bool]:
        return exists().where(
            Contrat.conseiller_id == Conseiller.id,
            Contrat.structure_id == Conseiller.structure_id,
            Contrat.statut.in_(statuts),
        )

    return contrats(*CONTRATS_EN_COURS) | ~contrats(*CONTRATS_FINIS)


def _lire_activite(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            return dans_departements(Activite.departement_code, p)
        case Role.COORDINATEUR if p.conseiller_id is not None:
            return (Activite.conseiller_id == p.conseiller_id) | Activite.conseiller_id.in_(coordonnes(p))
        case Role.STRUCTURE:
            return est(Activite.structure_id, p.structure_id)
        case Role.CONSEILLER:
            return est(Activite.conseiller_id, p.conseiller_id)
        case _:
            return false()


def _lire_activite_theme(p: Principal) -> ColumnElement[bool]:
    # A thème is readable exactly when its activité is: one rule, no second copy to drift.
    return ActiviteTheme.activite_id.in_(select(Activite.id).where(_lire_activite(p)))


def _lire_organisation(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            return dans_departements(OrganisationAidantsConnect.departement_code, p)
        case Role.AIDANT:
            return est(OrganisationAidantsConnect.id, p.organisation_id)
        case _:
            return false()


def _lire_aidant(p: Principal) -> ColumnElement[bool]:
    # ANCT habilitates aidants, so it reads them (names included); a préfecture only counts them.
    match p.role:
        case Role.ANCT:
            return true()
        case Role.AIDANT:
            return est(Aidant.organisation_id, p.organisation_id)
        case _:
            return false()


def _de_l_organisation(model: Any) -> Regle:
    """Mandats and autorisations: the aidants of the organisation only. ANCT and préfectures COUNT
    them through `statistiques_predicate` but never read a row: a mandat says who helps whom, on
    which démarches (justice, étranger, argent…), which is sensitive even pseudonymised."""

    def regle(p: Principal) -> ColumnElement[bool]:
        if p.role is Role.AIDANT:
            return est(model.organisation_id, p.organisation_id)
        return false()

    return regle


def _lire_usager(p: Principal) -> ColumnElement[bool]:
    # An usager belongs to no organisation; an aidant reads the usagers its organisation holds a
    # mandat for. The pseudonyme (a keyed hash) is nobody else's business, ANCT's included.
    if p.role is Role.AIDANT and p.organisation_id is not None:
        return Usager.id.in_(select(Mandat.usager_id).where(Mandat.organisation_id == p.organisation_id))
    return false()


def _lire_journal(p: Principal) -> ColumnElement[bool]:
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE:
            # Not the Aidants Connect lines of its départements: a préfecture only counts mandats,
            # and a journal line about one (entity id, démarches in its summary) would be a row.
            return dans_departements(Journal.departement_code, p) & Journal.organisation_id.is_(None)
        case Role.STRUCTURE:
            return est(Journal.structure_id, p.structure_id)
        case Role.CONSEILLER:
            return est(Journal.conseiller_id, p.conseiller_id)
        case Role.AIDANT:
            return est(Journal.organisation_id, p.organisation_id)
        case Role.HUB_TERRITORIAL if p.hub_territorial_id is not None:
            # The lines of its own contact data only (not the audit of its régions' writes).
            return (Journal.entite == ENTITE_HUB_TERRITORIAL) & (
                Journal.entite_id == str(p.hub_territorial_id)
            )
        case _:
            return false()


def _lire_coordination(p: Principal) -> ColumnElement[bool]:
    # ANCT and the préfecture manage the relation; the hub territorial reads its régions' like the
    # rest of their rows; each of the two conseillers reads its own.
    match p.role:
        case Role.ANCT:
            return true()
        case Role.PREFECTURE | Role.HUB_TERRITORIAL:
            return dans_departements(Coordination.departement_code, p)
        case Role.COORDINATEUR:
            return est(Coordination.coordinateur_id, p.conseiller_id)
        case Role.CONSEILLER:
            return est(Coordination.conseiller_id, p.conseiller_id)
        case _:
            return false()


LECTURE: dict[type[Any], Regle] = {
    Region: _public,
    Departement: _public,
    Epci: _public,
    Commune: _public,
    Lieu: _public,
    LieuConseiller: _public,
    SiteFranceServices: _public,
    # The directory of grands réseaux and hubs territoriaux (names, régions, contact data): public.
    Reseau: _public,
    HubTerritorial: _public,
    HubTerritorialRegion: _public,
    Coordination: _lire_coordination,
    Structure: _lire_structure,
    Candidature: _programme(Candidature),
    Avenant: _programme(Avenant),
    AvisPrefet: _programme(AvisPrefet),
    DecisionCoselec: _programme(DecisionCoselec),
    Poste: _lire_poste,
    Subvention: _programme(Subvention),
    Versement: _programme(Versement),
    Enveloppe: _lire_enveloppe,
    PlafondDepartemental: _lire_plafond,
    Conseiller: _lire_conseiller,
    Contrat: _lire_contrat,
    Activite: _lire_activite,
    ActiviteTheme: _lire_activite_theme,
    # Pre-aggregated activités (département × month): statistics COUNT them (statistiques_predicate:
    # ANCT, préfectures, partner tools with stats:read, anonymous national totals); as rows, ANCT only.
    ActiviteAgregat: _anct_seulement,
    ActiviteThemeAgregat: _anct_seulement,
    OrganisationAidantsConnect: _lire_organisation,
    Aidant: _lire_aidant,
    Usager: _lire_usager,
    Mandat: _de_l_organisation(Mandat),
    Autorisation: _de_l_organisation(Autorisation),
    Journal: _lire_journal,
    ImportRun: _anct_seulement,
    # Daily snapshots (issue 22): every territory's figures without suppression; as rows, ANCT only.
    InstantaneTerritorial: _anct_seulement,
    ClientPartenaire: _anct_seulement,
    Habilitation: _lire_habilitation,
}
