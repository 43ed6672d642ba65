"""A small, deliberate world for the API tests: three départements, every entity, every scope.

Moselle (57) holds most rows (more than 100 structures, so page sizes 10 and 100 differ), Meurthe-
et-Moselle (54, same région) and Bouches-du-Rhône (13, another région) a few, so each role has rows
it must see and rows it must not. Issue 21's roles have theirs too (`_nouveaux_roles`): a grand réseau
with members in 57 and 13, a hub territorial over région Grand Est (57 and 54, not 13), and a
coordinateur of 57 who coordinates a conseiller of 57 and one of 13, and once coordinated another.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import (
    Activite,
    ActiviteTheme,
    Aidant,
    Autorisation,
    AvisPrefet,
    Base,
    Candidature,
    Conseiller,
    Contrat,
    Coordination,
    DecisionCoselec,
    Enveloppe,
    Habilitation,
    HubTerritorial,
    HubTerritorialRegion,
    ImportRun,
    Journal,
    Lieu,
    LieuConseiller,
    Mandat,
    OrganisationAidantsConnect,
    PlafondDepartemental,
    Poste,
    Reseau,
    SiteFranceServices,
    Structure,
    Subvention,
    Usager,
    Versement,
)
from hub.models.enums import (
    Avis,
    Canal,
    Demarche,
    EtatPoste,
    FormatFranceServices,
    MotifRupture,
    Role,
    StatutContrat,
    StatutStructure,
    Theme,
    TypeActivite,
    TypeContrat,
    TypeSiteFranceServices,
    TypeStructure,
)

STRUCTURES_PAR_DEPARTEMENT = {"57": 105, "54": 3, "13": 3}
POSTES_PAR_STRUCTURE = 6  # more than the 5 the nested page asks for
MAINTENANT = dt.datetime.now(dt.UTC)


@dataclass
class Monde:
    """The ids the tests need to build principals and expectations."""

    structures: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    conseillers: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    organisations: dict[str, uuid.UUID] = field(default_factory=dict)
    lieux: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    mandats_par_statut: dict[str, str] = field(default_factory=dict)  # mandat id -> ACTIF/EXPIRE/REVOQUE
    # Issue 21's roles: the grand réseau, the hub territorial (région 44) and the coordinateur.
    reseau: uuid.UUID | None = None
    hub_territorial: uuid.UUID | None = None
    coordinateur: uuid.UUID | None = None
    # The conseillers it coordinates today, and the one whose coordination ended.
    coordonnes: list[uuid.UUID] = field(default_factory=list)
    coordonne_autrefois: uuid.UUID | None = None
    # A conseiller of a member of the réseau whose contrat was broken and who still points at it.
    ancien_du_reseau: uuid.UUID | None = None


def _jour(n: int) -> dt.date:
    return dt.date(2021, 1, 1) + dt.timedelta(days=n)


async def construire(database: Database) -> Monde:
    monde = Monde()
    rows: list[Any] = []
    enveloppe = Enveloppe(
        id=uuid.uuid4(), code="CONSEILLERS", libelle="Conseillers numériques", montant_centimes=200_000_000_00
    )
    enveloppe_ac = Enveloppe(
        code="AIDANTS_CONNECT", libelle="Aidants Connect", montant_centimes=10_000_000_00
    )
    rows += [enveloppe, enveloppe_ac]
    numero = 0
    for departement, nombre in STRUCTURES_PAR_DEPARTEMENT.items():
        rows.append(
            PlafondDepartemental(
                enveloppe_id=enveloppe.id, departement_code=departement, montant_centimes=5_000_000_00
            )
        )
        monde.structures[departement] = []
        monde.conseillers[departement] = []
        for i in range(nombre):
            numero += 1
            structure = Structure(
                id=uuid.uuid4(),
                siret=f"{numero:014d}",
                nom=f"Structure {departement}-{i:03d}",
                type=list(TypeStructure)[i % len(TypeStructure)],
                statut=StatutStructure.VALIDEE,
                departement_code=departement,
                code_commune=f"{departement}001" if len(departement) == 2 else None,
            )
            monde.structures[departement].append(structure.id)
            rows.append(structure)
            rows += _programme(structure, enveloppe, monde, detaille=i < 3)
    rows += _lieux_et_sites(monde)
    rows += _nouveaux_roles(monde, [row for row in rows if isinstance(row, Structure | Conseiller | Poste)])
    rows += _aidants_connect(monde)
    rows += _journal(monde)
    rows += _habilitations(monde, [row for row in rows if isinstance(row, Structure)])
    rows.append(ImportRun(kind="france_services", fichier="sites.csv", sha256="0" * 64, auteur="test"))
    # No ORM relationships to order the inserts: insert table by table, parents first.
    ordre = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
    par_table: dict[str, list[Any]] = {}
    for row in rows:
        par_table.setdefault(row.__tablename__, []).append(row)
    async with database.transaction() as session:
        await contexte_systeme(session)  # arranged as a trusted job: the owner is bound by RLS too
        for table in sorted(par_table, key=ordre.__getitem__):
            session.add_all(par_table[table])
            await session.flush()
    return monde


def _habilitations(monde: Monde, structures: list[Structure]) -> list[Any]:
    """People who may sign in: ANCT, préfecture agents of one or two départements, and colleagues of
    the first structure of 57 (one bound to its SIRET, one without), a conseiller."""
    issuer = "https://proconnect.test"
    metz = next(s for s in structures if s.id == monde.structures["57"][0])
    autre = next(s for s in structures if s.id == monde.structures["57"][1])
    return [
        Habilitation(issuer=issuer, email="chef@anct.gouv.fr", role=Role.ANCT),
        Habilitation(issuer=issuer, email="a@moselle.gouv.fr", role=Role.PREFECTURE, departements=["57"]),
        Habilitation(issuer=issuer, email="b@moselle.gouv.fr", role=Role.PREFECTURE, departements=["57"]),
        Habilitation(issuer=issuer, email="a@bdr.gouv.fr", role=Role.PREFECTURE, departements=["13"]),
        Habilitation(issuer=issuer, email="sg@paca.gouv.fr", role=Role.PREFECTURE, departements=["57", "13"]),
        Habilitation(
            issuer=issuer, email="rh@metz.fr", role=Role.STRUCTURE, structure_id=metz.id, siret=metz.siret
        ),
        Habilitation(issuer=issuer, email="dg@metz.fr", role=Role.STRUCTURE, structure_id=metz.id),
        Habilitation(
            issuer=issuer, email="rh@autre.fr", role=Role.STRUCTURE, structure_id=autre.id, siret=autre.siret
        ),
        Habilitation(
            issuer=issuer,
            email="cnum@metz.fr",
            role=Role.CONSEILLER,
            conseiller_id=monde.conseillers["57"][0],
        ),
    ]


def _programme(structure: Structure, enveloppe: Enveloppe, monde: Monde, *, detaille: bool) -> list[Any]:
    """Postes, subventions, contrats and conseillers of a structure (and history when `detaille`)."""
    d = structure.departement_code
    rows: list[Any] = []
    if detaille:
        candidature = Candidature(
            id=uuid.uuid4(),
            structure_id=structure.id,
            departement_code=d,
            nb_postes_souhaites=6,
            date_depot=_jour(0),
        )
        rows += [
            candidature,
            AvisPrefet(
                candidature_id=candidature.id,
                structure_id=structure.id,
                departement_code=d,
                avis=Avis.POSITIF,
                date=_jour(10),
                auteur="prefecture",
            ),
            DecisionCoselec(
                candidature_id=candidature.id,
                structure_id=structure.id,
                departement_code=d,
                numero=1,
                avis=Avis.POSITIF,
                nb_postes=6,
                phase=1,
                date=_jour(20),
                auteur="coselec",
            ),
        ]
    for j in range(POSTES_PAR_STRUCTURE):
        occupe = j < 4
        poste = Poste(
            id=uuid.uuid4(),
            structure_id=structure.id,
            departement_code=d,
            etat=EtatPoste.OCCUPE if occupe else EtatPoste.VACANT,
            date_attribution=_jour(30 + j),
        )
        subvention = Subvention(
            id=uuid.uuid4(),
            poste_id=poste.id,
            structure_id=structure.id,
            departement_code=d,
            enveloppe_id=enveloppe.id,
            date_debut_convention=_jour(40),
            date_fin_convention=_jour(40 + 730),
        )
        rows += [poste, subvention]
        rows.append(
            Versement(
                subvention_id=subvention.id,
                structure_id=structure.id,
                departement_code=d,
                numero=1,
                montant_centimes=16_666_67,
                date=_jour(50),
            )
        )
        if occupe:
            rows += _conseiller_en_poste(structure, poste, monde, j, activites=detaille)
        elif j == 4:
            rows += _ancien_contrat(structure, poste, monde)
    return rows


def _conseiller(structure: Structure | None, departement: str, monde: Monde) -> Conseiller:
    n = sum(len(v) for v in monde.conseillers.values())
    conseiller = Conseiller(
        id=uuid.uuid4(),
        nom=f"Nom{n}",
        prenom=f"Prenom{n}",
        email=f"conseiller{n}@example.org",
        telephone="0102030405",
        departement_code=departement,
        structure_id=structure.id if structure is not None else None,
        certifie=n % 2 == 0,
    )
    monde.conseillers[departement].append(conseiller.id)
    return conseiller


def _conseiller_en_poste(
    structure: Structure, poste: Poste, monde: Monde, j: int, *, activites: bool
) -> list[Any]:
    d = structure.departement_code
    conseiller = _conseiller(structure, d, monde)
    rows: list[Any] = [
        conseiller,
        Contrat(
            conseiller_id=conseiller.id,
            structure_id=structure.id,
            poste_id=poste.id,
            departement_code=d,
            type=TypeContrat.CDI,
            statut=StatutContrat.ACTIF,
            date_debut=_jour(60 + j),
        ),
    ]
    if activites:
        for k in range(3):
            activite = Activite(
                id=uuid.uuid4(),
                conseiller_id=conseiller.id,
                structure_id=structure.id,
                departement_code=d,
                date=_jour(100 + k),
                canal=Canal.RATTACHEMENT,
                type=TypeActivite.INDIVIDUEL,
                duree_minutes=60,
                nb_participants=2,
                nb_participants_recurrents=1,
                age_de18a35ans=2,
                statut_en_emploi=2,
                reorientations=["CAF"],
                code_commune=f"{d}001",
            )
            rows += [activite, ActiviteTheme(activite_id=activite.id, theme=Theme.COURRIEL)]
    return rows


def _ancien_contrat(structure: Structure, poste: Poste, monde: Monde) -> list[Any]:
    """A conseiller who left: a broken contract on the poste, and no employer any more."""
    d = structure.departement_code
    conseiller = _conseiller(None, d, monde)
    return [
        conseiller,
        Contrat(
            conseiller_id=conseiller.id,
            structure_id=structure.id,
            poste_id=poste.id,
            departement_code=d,
            type=TypeContrat.CDD,
            statut=StatutContrat.ROMPU,
            date_debut=_jour(60),
            date_fin=_jour(60 + 365),
            date_rupture=_jour(200),
            motif_rupture=MotifRupture.DEMISSION,
        ),
    ]


def _lieux_et_sites(monde: Monde) -> list[Any]:
    rows: list[Any] = []
    for n, departement in enumerate(STRUCTURES_PAR_DEPARTEMENT):
        monde.lieux[departement] = []
        for k in range(2):
            lieu = Lieu(
                id=uuid.uuid4(),
                source="test",
                source_id=f"{departement}-{k}",
                nom=f"Espace numérique {departement}-{k}",
                structure_id=monde.structures[departement][0] if k == 0 else None,
                departement_code=departement,
                adresse="1 rue de la Gare",
                code_postal=f"{departement}000"[:5],
                commune="Ville",
                date_maj=_jour(300),
            )
            monde.lieux[departement].append(lieu.id)
            rows.append(lieu)
            if k == 0:
                rows += [
                    LieuConseiller(lieu_id=lieu.id, conseiller_id=c)
                    for c in monde.conseillers[departement][:2]
                ]
            rows.append(
                SiteFranceServices(
                    id_fs=1000 + 10 * n + k,
                    nom=f"France Services {departement}-{k}",
                    departement_code=departement,
                    adresse="2 place de la Mairie",
                    code_postal=f"{departement}100"[:5],
                    commune="Ville",
                    code_insee=f"{departement}001"[:5],
                    type=TypeSiteFranceServices.PRINCIPAL if k == 0 else TypeSiteFranceServices.ANTENNE,
                    format=FormatFranceServices.FIXE,
                )
            )
    return rows


def _aidants_connect(monde: Monde) -> list[Any]:
    """One organisation in 57 and one in 13; each with a mandat actif, expiré and révoqué."""
    rows: list[Any] = []
    for departement in ("57", "13"):
        organisation = OrganisationAidantsConnect(
            id=uuid.uuid4(),
            siret=f"9{len(rows):013d}",
            nom=f"Organisation {departement}",
            departement_code=departement,
        )
        monde.organisations[departement] = organisation.id
        aidants = [
            Aidant(
                id=uuid.uuid4(),
                organisation_id=organisation.id,
                departement_code=departement,
                nom=f"Aidant{k}",
                prenom="Camille",
                email=f"aidant{k}-{departement}@example.org",
            )
            for k in range(2)
        ]
        rows += [organisation, *aidants]
        for k, statut in enumerate(("ACTIF", "EXPIRE", "REVOQUE")):
            usager = Usager(id=uuid.uuid4(), pseudonyme=uuid.uuid4().hex, annee_naissance=1950 + k)
            expiration = MAINTENANT + (
                dt.timedelta(days=-2) if statut == "EXPIRE" else dt.timedelta(days=100)
            )
            mandat = Mandat(
                id=uuid.uuid4(),
                organisation_id=organisation.id,
                usager_id=usager.id,
                aidant_id=aidants[0].id,
                departement_code=departement,
                duree_jours=365,
                date_creation=expiration - dt.timedelta(days=365),
                date_expiration=expiration,
            )
            monde.mandats_par_statut[str(mandat.id)] = statut
            revocation = MAINTENANT - dt.timedelta(days=1) if statut == "REVOQUE" else None
            rows += [usager, mandat]
            rows += [
                Autorisation(
                    mandat_id=mandat.id,
                    organisation_id=organisation.id,
                    departement_code=departement,
                    demarche=demarche,
                    date_revocation=revocation,
                )
                for demarche in (Demarche.PAPIERS, Demarche.SOCIAL)
            ]
    return rows


def _journal(monde: Monde) -> list[Any]:
    rows: list[Any] = []
    for departement in STRUCTURES_PAR_DEPARTEMENT:
        structure_id = monde.structures[departement][0]
        rows += [
            Journal(
                role=Role.STRUCTURE,
                sujet="test",
                action="modifier_structure",
                entite="Structure",
                entite_id=str(structure_id),
                departement_code=departement,
                structure_id=structure_id,
            ),
            Journal(
                role=Role.CONSEILLER,
                sujet="test",
                action="enregistrer_activite",
                entite="Activite",
                entite_id=str(uuid.uuid4()),
                departement_code=departement,
                structure_id=structure_id,
                conseiller_id=monde.conseillers[departement][0],
            ),
        ]
    for departement, organisation_id in monde.organisations.items():
        rows.append(
            Journal(
                role=Role.AIDANT,
                sujet="test",
                action="creer_mandat",
                entite="Mandat",
                entite_id=str(uuid.uuid4()),
                departement_code=departement,
                organisation_id=organisation_id,
            )
        )
    return rows


def _nouveaux_roles(monde: Monde, lignes: list[Structure | Conseiller | Poste]) -> list[Any]:
    """Issue 21's roles. Réseau "Emmaüs Connect": structures 57-001, 57-002 and 13-000 (not 57-000,
    the structure principal's, so a single-object question on 57 answers null and one on 13 does
    not). Hub "Grand Est": région 44 (57 and 54, not 13), and a journal line of its contact data and
    one of another hub's. Coordinateur: the first conseiller of 57-001; it coordinates the first of
    57-002 and of 13-000 today, and coordinated the conseiller principal's (57-000's first) until
    2021: that one it no longer reads. And issue 21's rupture corner in a member: a conseiller of
    57-001 whose contrat was broken still points at it (until ANCT validates their next contrat); the
    réseau reads the ended contrat, not the person."""
    par_id = {row.id: row for row in lignes}
    reseau = Reseau(id=uuid.uuid4(), nom="Emmaüs Connect")
    autre = Reseau(id=uuid.uuid4(), nom="Croix-Rouge française")
    monde.reseau = reseau.id
    for structure_id in (*monde.structures["57"][1:3], monde.structures["13"][0]):
        structure = par_id[structure_id]
        assert isinstance(structure, Structure)
        structure.reseau_id = reseau.id
    grand_est = HubTerritorial(id=uuid.uuid4(), nom="Hub Grand Est", email="contact@hub-grand-est.fr")
    sud = HubTerritorial(id=uuid.uuid4(), nom="Hub Sud")
    monde.hub_territorial = grand_est.id
    rows: list[Any] = [
        reseau,
        autre,
        grand_est,
        sud,
        HubTerritorialRegion(hub_territorial_id=grand_est.id, region_code="44"),
        HubTerritorialRegion(hub_territorial_id=sud.id, region_code="93"),
        *(
            Journal(
                role=Role.HUB_TERRITORIAL,
                sujet="test",
                action="modifier_hub_territorial",
                entite="hub_territorial",
                entite_id=str(hub.id),
            )
            for hub in (grand_est, sud)
        ),
    ]
    par_structure = POSTES_PAR_STRUCTURE - 1  # conseillers per structure: 4 en poste, 1 ancien
    conseillers_57, conseillers_13 = monde.conseillers["57"], monde.conseillers["13"]
    coordinateur = par_id[conseillers_57[par_structure]]
    assert isinstance(coordinateur, Conseiller)
    coordinateur.est_coordinateur = True
    monde.coordinateur = coordinateur.id
    monde.coordonnes = [conseillers_57[2 * par_structure], conseillers_13[0]]
    monde.coordonne_autrefois = conseillers_57[0]
    for conseiller_id, fin in (
        *((c, None) for c in monde.coordonnes),
        (monde.coordonne_autrefois, _jour(400)),
    ):
        coordonne = par_id[conseiller_id]
        assert isinstance(coordonne, Conseiller)
        rows.append(
            Coordination(
                coordinateur_id=coordinateur.id,
                conseiller_id=conseiller_id,
                departement_code=coordonne.departement_code,
                date_debut=_jour(90),
                date_fin=fin,
            )
        )
    rows += _rupture_chez_un_membre(monde, lignes)
    return rows


def _rupture_chez_un_membre(monde: Monde, lignes: list[Structure | Conseiller | Poste]) -> list[Any]:
    membre = next(r for r in lignes if isinstance(r, Structure) and r.id == monde.structures["57"][1])
    poste = [r for r in lignes if isinstance(r, Poste) and r.structure_id == membre.id][-1]
    conseiller = _conseiller(membre, "57", monde)
    conseiller.certifie = True  # so that counting the person by mistake changes a figure
    monde.ancien_du_reseau = conseiller.id
    contrat = Contrat(
        conseiller_id=conseiller.id,
        structure_id=membre.id,
        poste_id=poste.id,
        departement_code="57",
        type=TypeContrat.CDD,
        statut=StatutContrat.ROMPU,
        date_debut=_jour(60),
        date_fin=_jour(60 + 365),
        date_rupture=_jour(300),
        motif_rupture=MotifRupture.LICENCIEMENT,
    )
    return [conseiller, contrat]
