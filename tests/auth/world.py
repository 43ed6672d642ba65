"""Factories (keyword overrides) and the authorization tests' world: every model, three départements.

A cell is one structure with everything that hangs off it: candidature, avis, décision, poste,
subvention, versement, conseiller, contrat, activité and thème, lieu, France Services site, commune,
organisation Aidants Connect, aidant, usager, mandat, autorisation, journal line. Cells "57a" and
"57b" are two structures of Moselle, "13" is in Bouches-du-Rhône, "2A" in Corse-du-Sud. Each row is
known by a label (its cell, or a name for the few extra rows) so expected results read as label sets.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import (
    Activite,
    ActiviteTheme,
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
    Role,
    StatutAvenant,
    StatutContrat,
    Theme,
    TypeActivite,
    TypeAvenant,
    TypeContrat,
    TypeSiteFranceServices,
    TypeStructure,
)
from hub.referentiel.territoires import departements_des_regions

_numeros = itertools.count(1)
JOUR = dt.date(2021, 3, 1)
INSTANT = dt.datetime(2021, 3, 1, 9, 0, tzinfo=dt.UTC)
COMMUNES = {"57": "57463", "13": "13055", "2A": "2A004", "67": "67482", "2B": "2B033", "75": "75056"}


def _n() -> int:
    return next(_numeros)


@asynccontextmanager
async def systeme(database: Database) -> AsyncIterator[AsyncSession]:
    """A committed transaction as a trusted job (row-level security lets it write anything)."""
    async with database.transaction() as session:
        await contexte_systeme(session)
        yield session


async def _ajouter(session: AsyncSession, row: Any) -> Any:
    session.add(row)
    await session.flush()
    return row


async def make_structure(session: AsyncSession, *, departement: str = "57", **champs: Any) -> Structure:
    n = _n()
    valeurs: dict[str, Any] = {
        "siret": f"{n:014d}",
        "nom": f"Structure {n}",
        "type": TypeStructure.COMMUNE,
        "departement_code": departement,
        "code_commune": COMMUNES.get(departement),
    }
    return await _ajouter(session, Structure(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_candidature(session: AsyncSession, structure: Structure, **champs: Any) -> Candidature:
    valeurs = {"nb_postes_souhaites": 2, "date_depot": JOUR}
    return await _ajouter(  # type: ignore[no-any-return]
        session,
        Candidature(
            structure_id=structure.id, departement_code=structure.departement_code, **(valeurs | champs)
        ),
    )


async def make_avenant(session: AsyncSession, structure: Structure, **champs: Any) -> Avenant:
    valeurs: dict[str, Any] = {
        "structure_id": structure.id,
        "departement_code": structure.departement_code,
        "type": TypeAvenant.AJOUT_POSTE,
        "statut": StatutAvenant.DEMANDE,
        "nb_postes": 2,
        "motif": "Ouverture d'un second lieu",
        "date_demande": JOUR,
        "commentaire_prefet": "",
    }
    return await _ajouter(session, Avenant(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_avis(session: AsyncSession, candidature: Candidature, **champs: Any) -> AvisPrefet:
    valeurs: dict[str, Any] = {
        "candidature_id": candidature.id,
        "structure_id": candidature.structure_id,
        "departement_code": candidature.departement_code,
        "avis": Avis.POSITIF,
        "date": JOUR,
        "auteur": "préfecture",
    }
    return await _ajouter(session, AvisPrefet(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_decision(session: AsyncSession, candidature: Candidature, **champs: Any) -> DecisionCoselec:
    valeurs: dict[str, Any] = {
        "candidature_id": candidature.id,
        "structure_id": candidature.structure_id,
        "departement_code": candidature.departement_code,
        "numero": _n(),
        "avis": Avis.POSITIF,
        "nb_postes": 2,
        "phase": 1,
        "date": JOUR,
        "auteur": "coselec",
    }
    return await _ajouter(session, DecisionCoselec(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_poste(session: AsyncSession, structure: Structure, **champs: Any) -> Poste:
    valeurs: dict[str, Any] = {
        "structure_id": structure.id,
        "departement_code": structure.departement_code,
        "etat": EtatPoste.OCCUPE,
        "date_attribution": JOUR,
    }
    return await _ajouter(session, Poste(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_enveloppe(session: AsyncSession, **champs: Any) -> Enveloppe:
    valeurs: dict[str, Any] = {"code": f"env-{_n()}", "libelle": "Conseillers", "montant_centimes": 10**10}
    return await _ajouter(session, Enveloppe(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_plafond(
    session: AsyncSession, enveloppe: Enveloppe, *, departement: str = "57", **champs: Any
) -> PlafondDepartemental:
    valeurs: dict[str, Any] = {
        "enveloppe_id": enveloppe.id,
        "departement_code": departement,
        "montant_centimes": 10**8,
    }
    return await _ajouter(session, PlafondDepartemental(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_subvention(
    session: AsyncSession, poste: Poste, enveloppe: Enveloppe, **champs: Any
) -> Subvention:
    valeurs: dict[str, Any] = {
        "poste_id": poste.id,
        "structure_id": poste.structure_id,
        "departement_code": poste.departement_code,
        "enveloppe_id": enveloppe.id,
        "date_debut_convention": JOUR,
        "date_fin_convention": dt.date(2023, 3, 1),
    }
    return await _ajouter(session, Subvention(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_versement(session: AsyncSession, subvention: Subvention, **champs: Any) -> Versement:
    valeurs: dict[str, Any] = {
        "subvention_id": subvention.id,
        "structure_id": subvention.structure_id,
        "departement_code": subvention.departement_code,
        "numero": 1,
        "montant_centimes": 20_000_00,
        "date": JOUR,
    }
    return await _ajouter(session, Versement(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_conseiller(session: AsyncSession, structure: Structure | None, **champs: Any) -> Conseiller:
    n = _n()
    valeurs: dict[str, Any] = {
        "nom": f"Nom{n}",
        "prenom": f"Prénom{n}",
        "email": f"conseiller{n}@example.org",
        "telephone": "0600000000",
        "departement_code": structure.departement_code if structure else "57",
        "structure_id": structure.id if structure else None,
    }
    return await _ajouter(session, Conseiller(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_contrat(session: AsyncSession, conseiller: Conseiller, poste: Poste, **champs: Any) -> Contrat:
    valeurs: dict[str, Any] = {
        "conseiller_id": conseiller.id,
        "structure_id": poste.structure_id,
        "poste_id": poste.id,
        "departement_code": poste.departement_code,
        "type": TypeContrat.CDI,
        "statut": StatutContrat.ACTIF,
        "date_debut": JOUR,
    }
    return await _ajouter(session, Contrat(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_activite(session: AsyncSession, conseiller: Conseiller, **champs: Any) -> Activite:
    valeurs: dict[str, Any] = {
        "conseiller_id": conseiller.id,
        "structure_id": conseiller.structure_id,
        "departement_code": conseiller.departement_code,
        "date": JOUR,
        "canal": Canal.RATTACHEMENT,
        "type": TypeActivite.INDIVIDUEL,
        "duree_minutes": 60,
        "nb_participants": 1,
        "age_de18a35ans": 1,
        "statut_en_emploi": 1,
        "reorientations": [],
        "code_commune": COMMUNES.get(conseiller.departement_code, "57463"),
    }
    return await _ajouter(session, Activite(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_theme(
    session: AsyncSession, activite: Activite, theme: Theme = Theme.COURRIEL
) -> ActiviteTheme:
    return await _ajouter(session, ActiviteTheme(activite_id=activite.id, theme=theme))  # type: ignore[no-any-return]


async def make_lieu(session: AsyncSession, *, departement: str = "57", **champs: Any) -> Lieu:
    n = _n()
    valeurs: dict[str, Any] = {
        "source": "test",
        "source_id": str(n),
        "nom": f"Lieu {n}",
        "departement_code": departement,
        "adresse": "1 rue de la Paix",
        "code_postal": "57000",
        "commune": "Metz",
        "date_maj": JOUR,
    }
    return await _ajouter(session, Lieu(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_site_france_services(
    session: AsyncSession, *, departement: str = "57", **champs: Any
) -> SiteFranceServices:
    n = _n()
    valeurs: dict[str, Any] = {
        "id_fs": n,
        "nom": f"France Services {n}",
        "departement_code": departement,
        "adresse": "1 place de la Mairie",
        "code_postal": "57000",
        "commune": "Metz",
        "code_insee": COMMUNES.get(departement, "57463"),
        "type": TypeSiteFranceServices.PRINCIPAL,
        "format": FormatFranceServices.FIXE,
    }
    return await _ajouter(session, SiteFranceServices(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_organisation(
    session: AsyncSession, *, departement: str = "57", **champs: Any
) -> OrganisationAidantsConnect:
    n = _n()
    valeurs: dict[str, Any] = {
        "siret": f"{n:014d}",
        "nom": f"Organisation {n}",
        "departement_code": departement,
    }
    return await _ajouter(session, OrganisationAidantsConnect(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_aidant(
    session: AsyncSession, organisation: OrganisationAidantsConnect, **champs: Any
) -> Aidant:
    n = _n()
    valeurs: dict[str, Any] = {
        "organisation_id": organisation.id,
        "departement_code": organisation.departement_code,
        "nom": f"Aidant{n}",
        "prenom": f"Prénom{n}",
        "email": f"aidant{n}@example.org",
    }
    return await _ajouter(session, Aidant(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_usager(session: AsyncSession, **champs: Any) -> Usager:
    valeurs: dict[str, Any] = {"pseudonyme": uuid.uuid4().hex * 2, "annee_naissance": 1950}
    return await _ajouter(session, Usager(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_mandat(session: AsyncSession, aidant: Aidant, usager: Usager, **champs: Any) -> Mandat:
    valeurs: dict[str, Any] = {
        "organisation_id": aidant.organisation_id,
        "usager_id": usager.id,
        "aidant_id": aidant.id,
        "departement_code": aidant.departement_code,
        "duree_jours": 365,
        "date_creation": INSTANT,
        "date_expiration": INSTANT + dt.timedelta(days=365),
    }
    return await _ajouter(session, Mandat(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_autorisation(session: AsyncSession, mandat: Mandat, **champs: Any) -> Autorisation:
    valeurs: dict[str, Any] = {
        "mandat_id": mandat.id,
        "organisation_id": mandat.organisation_id,
        "departement_code": mandat.departement_code,
        "demarche": Demarche.SOCIAL,
    }
    return await _ajouter(session, Autorisation(**(valeurs | champs)))  # type: ignore[no-any-return]


async def make_journal(session: AsyncSession, *, role: Role = Role.ANCT, **champs: Any) -> Journal:
    valeurs: dict[str, Any] = {
        "role": role,
        "sujet": f"{role.value}-test",
        "action": "test.ecrire",
        "entite": "test",
        "entite_id": str(_n()),
    }
    return await _ajouter(session, Journal(**(valeurs | champs)))  # type: ignore[no-any-return]


@dataclass
class Monde:
    """The rows of the world by model and label, and the principals the tests ask as."""

    lignes: dict[type[Any], dict[str, tuple[Any, ...]]] = field(default_factory=dict)
    objets: dict[type[Any], dict[str, Any]] = field(default_factory=dict)
    structures: dict[str, Structure] = field(default_factory=dict)
    conseillers: dict[str, Conseiller] = field(default_factory=dict)
    organisations: dict[str, OrganisationAidantsConnect] = field(default_factory=dict)

    def noter(self, label: str, row: Any) -> Any:
        self.lignes.setdefault(type(row), {})[label] = identite(row)
        self.objets.setdefault(type(row), {})[label] = row
        return row

    def objet(self, model: type[Any], label: str) -> Any:
        return self.objets[model][label]


def identite(row: Any) -> tuple[Any, ...]:
    return tuple(inspect(row).identity or ())


CELLULES = ("57a", "57b", "13", "2A")
DEPARTEMENT_DE = {"57a": "57", "57b": "57", "13": "13", "2A": "2A"}


async def construire_monde(session: AsyncSession) -> Monde:
    """Every model in four cells; plus the extra rows that make the rules' corners observable:
    - conseiller "57b" once worked at structure "57a" (contrat "57b-ancien" on poste "57a-2");
    - organisation "13" holds a mandat ("13-b") for usager "57a" (an usager belongs to no organisation);
    - journal lines "57a-conseiller" (conseiller scope, no structure), "57a-aidant" (an Aidants Connect
      line of Moselle) and "national" (no scope at all: only ANCT may see it).
    """
    m = Monde()
    enveloppe = m.noter("enveloppe", await make_enveloppe(session))
    for departement in ("57", "13", "2A"):
        m.noter(departement, await make_plafond(session, enveloppe, departement=departement))
        commune = Commune(
            code=COMMUNES[departement], nom=f"Chef-lieu {departement}", departement_code=departement
        )
        m.noter(departement, await _ajouter(session, commune))
    m.noter("metz", await _ajouter(session, Epci(code="200039865", nom="Metz Métropole", type="ME")))

    postes: dict[str, Poste] = {}
    aidants: dict[str, Aidant] = {}
    usagers: dict[str, Usager] = {}
    for cell in CELLULES:
        departement = DEPARTEMENT_DE[cell]
        structure = m.structures[cell] = m.noter(cell, await make_structure(session, departement=departement))
        candidature = m.noter(cell, await make_candidature(session, structure))
        m.noter(cell, await make_avis(session, candidature))
        m.noter(cell, await make_decision(session, candidature))
        m.noter(cell, await make_avenant(session, structure))
        poste = postes[cell] = m.noter(cell, await make_poste(session, structure))
        subvention = m.noter(cell, await make_subvention(session, poste, enveloppe))
        m.noter(cell, await make_versement(session, subvention))
        conseiller = m.conseillers[cell] = m.noter(cell, await make_conseiller(session, structure))
        m.noter(cell, await make_contrat(session, conseiller, poste))
        activite = m.noter(cell, await make_activite(session, conseiller))
        m.noter(cell, await make_theme(session, activite))
        lieu = m.noter(cell, await make_lieu(session, departement=departement, structure_id=structure.id))
        m.noter(cell, await _ajouter(session, LieuConseiller(lieu_id=lieu.id, conseiller_id=conseiller.id)))
        m.noter(cell, await make_site_france_services(session, departement=departement))
        organisation = m.organisations[cell] = m.noter(
            cell, await make_organisation(session, departement=departement, structure_id=structure.id)
        )
        aidant = aidants[cell] = m.noter(cell, await make_aidant(session, organisation))
        usager = usagers[cell] = m.noter(cell, await make_usager(session))
        mandat = m.noter(cell, await make_mandat(session, aidant, usager))
        m.noter(cell, await make_autorisation(session, mandat))
        m.noter(
            cell,
            await make_journal(
                session, role=Role.STRUCTURE, departement_code=departement, structure_id=structure.id
            ),
        )

    ancien = m.noter("57a-2", await make_poste(session, m.structures["57a"], etat=EtatPoste.VACANT))
    m.noter(
        "57b-ancien",
        await make_contrat(
            session,
            m.conseillers["57b"],
            ancien,
            type=TypeContrat.CDD,
            statut=StatutContrat.TERMINE,
            date_fin=dt.date(2021, 12, 31),
        ),
    )
    m.noter("13-b", await make_mandat(session, aidants["13"], usagers["57a"]))
    # The responsable of organisation 57a (its email is the subject of "responsable_57a").
    m.noter(
        "57a-responsable",
        await make_aidant(
            session, m.organisations["57a"], email="responsable57a@example.org", responsable=True
        ),
    )
    m.noter(
        "57a-conseiller",
        await make_journal(
            session, role=Role.CONSEILLER, departement_code="57", conseiller_id=m.conseillers["57a"].id
        ),
    )
    m.noter(
        "57a-aidant",
        await make_journal(
            session, role=Role.AIDANT, departement_code="57", organisation_id=m.organisations["57a"].id
        ),
    )
    m.noter("national", await make_journal(session, role=Role.ANCT))
    m.noter(
        "import",
        await _ajouter(session, ImportRun(kind="test", fichier="f.csv", sha256="0" * 64, auteur="t")),
    )
    m.noter("client", await _ajouter(session, ClientPartenaire(client_id="hub_test", nom="Outil", scopes=[])))
    instantane = InstantaneTerritorial(
        niveau="departement", code="57", jour=JOUR, reconstitue=False, pris_le=INSTANT, postes_valides=2
    )
    m.noter("57", await _ajouter(session, instantane))
    m.noter(
        "habilitation",
        await _ajouter(session, Habilitation(issuer="https://idp", email="a@example.org", role=Role.ANCT)),
    )
    # Who manages which habilitation: a préfecture its agents of one of its départements, a structure
    # its colleagues bound to its SIRET; everything else (several départements, other roles) is ANCT's.
    agents = {"pref-57": ["57"], "pref-13": ["13"], "pref-57-13": ["57", "13"]}
    for label, departements in agents.items():
        agent = Habilitation(
            issuer="https://idp",
            email=f"{label}@example.org",
            role=Role.PREFECTURE,
            departements=departements,
        )
        m.noter(label, await _ajouter(session, agent))
    structure = m.structures["57a"]
    for label, siret in (("structure-57a", structure.siret), ("structure-57a-sans-siret", None)):
        collegue = Habilitation(
            issuer="https://idp",
            email=f"{label}@example.org",
            role=Role.STRUCTURE,
            structure_id=structure.id,
            siret=siret,
        )
        m.noter(label, await _ajouter(session, collegue))
    conseiller = Habilitation(
        issuer="https://idp",
        email="c@example.org",
        role=Role.CONSEILLER,
        conseiller_id=m.conseillers["57a"].id,
    )
    m.noter("conseiller-57a", await _ajouter(session, conseiller))
    await _nouveaux_roles(session, m)
    return m


async def _nouveaux_roles(session: AsyncSession, m: Monde) -> None:
    """Issue 21's roles: réseau "emmaus" holds structures "57b" and "13" (two départements); hub "grand-est"
    covers région 44 (Moselle, cells 57a and 57b); conseiller "57a" coordinates "57b" (coordination
    "57b") and once coordinated "13" (coordination "13-finie", ended); a journal line "hub" of the hub's
    contact data."""
    reseau = m.noter("emmaus", await _ajouter(session, Reseau(nom="Emmaüs Connect")))
    m.noter("autre", await _ajouter(session, Reseau(nom="Croix-Rouge française")))
    for cell in ("57b", "13"):
        m.structures[cell].reseau_id = reseau.id
    await session.flush()
    hub = m.noter("grand-est", await _ajouter(session, HubTerritorial(nom="Hub Grand Est")))
    m.noter("paca", await _ajouter(session, HubTerritorial(nom="Hub Sud")))
    m.noter(
        "grand-est",
        await _ajouter(session, HubTerritorialRegion(hub_territorial_id=hub.id, region_code="44")),
    )
    coordinateur, c = m.conseillers["57a"], m.conseillers
    coordinateur.est_coordinateur = True
    for label, cell, fin in (("57b", "57b", None), ("13-finie", "13", dt.date(2021, 6, 1))):
        coordination = Coordination(
            coordinateur_id=coordinateur.id,
            conseiller_id=c[cell].id,
            departement_code=c[cell].departement_code,
            date_debut=JOUR,
            date_fin=fin,
        )
        m.noter(label, await _ajouter(session, coordination))
    m.noter(
        "hub",
        await make_journal(
            session, role=Role.HUB_TERRITORIAL, entite="hub_territorial", entite_id=str(hub.id)
        ),
    )


def principaux(m: Monde) -> dict[str, Principal]:
    """The principals of the matrix, by a readable name."""
    s, c, o = m.structures, m.conseillers, m.organisations
    return {
        "anct": Principal(Role.ANCT, subject="anct"),
        "prefecture_57": Principal(Role.PREFECTURE, subject="pref57", departements=frozenset({"57"})),
        "prefecture_57_13": Principal(
            Role.PREFECTURE, subject="pref57-13", departements=frozenset({"57", "13"})
        ),
        "structure_57a": Principal(Role.STRUCTURE, subject="s57a", structure_id=s["57a"].id),
        "conseiller_57a": Principal(Role.CONSEILLER, subject="c57a", conseiller_id=c["57a"].id),
        "conseiller_57b": Principal(Role.CONSEILLER, subject="c57b", conseiller_id=c["57b"].id),
        "aidant_57a": Principal(Role.AIDANT, subject="a57a", organisation_id=o["57a"].id),
        "aidant_13": Principal(Role.AIDANT, subject="a13", organisation_id=o["13"].id),
        # Its email, as a sign-in writes it (compared case-insensitively).
        "responsable_57a": Principal(
            Role.AIDANT, subject="Responsable57a@example.org", organisation_id=o["57a"].id
        ),
        "partenaire": Principal(Role.PARTENAIRE, subject="p", client_id="hub_p"),
        "partenaire_structures": Principal(
            Role.PARTENAIRE, subject="ps", client_id="hub_ps", scopes=frozenset({"structures:read"})
        ),
        "anonyme": Principal(Role.ANONYME),
        "coordinateur_57a": Principal(Role.COORDINATEUR, subject="co57a", conseiller_id=c["57a"].id),
        "hub_grand_est": Principal(
            Role.HUB_TERRITORIAL,
            subject="hub-ge",
            hub_territorial_id=m.objet(HubTerritorial, "grand-est").id,
            regions=frozenset({"44"}),
            departements=departements_des_regions(frozenset({"44"})),
        ),
        "grand_reseau_emmaus": Principal(
            Role.GRAND_RESEAU, subject="emmaus", reseau_id=m.objet(Reseau, "emmaus").id
        ),
        "grand_reseau_sans_id": Principal(Role.GRAND_RESEAU, subject="r?"),
        "hub_sans_region": Principal(Role.HUB_TERRITORIAL, subject="h?"),
        # Tokens that lack the identifier their role needs: they must see nothing private.
        "structure_sans_id": Principal(Role.STRUCTURE, subject="s?"),
        "prefecture_sans_departement": Principal(Role.PREFECTURE, subject="p?"),
    }
