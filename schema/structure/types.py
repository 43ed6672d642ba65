"""GraphQL types of the structure domain: Structure, Candidature, AvisPrefet, DecisionCoselec."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from hub.models import Avenant, AvisPrefet, Candidature, Conseiller, DecisionCoselec, Poste, Structure
from hub.services.statistiques.structures import ActiviteDeStructure
from schema.commune.loaders import commune_by_code
from schema.commune.types import CommuneType, commune_de
from schema.donnees_personnelles import champ_administratif
from schema.enums import Avis, StatutStructure, TypeStructure
from schema.execution import contexte_seul
from schema.pagination import After, Before, Connection, First, Last, child_connection, page
from schema.prechargement import lien, relation
from schema.relay import Node, register_node
from schema.reseau.loaders import reseau_by_id
from schema.statistiques.types import BucketType
from schema.structure import loaders
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.avenant.types import AvenantType
    from schema.conseiller.types import ConseillerType
    from schema.france_services.types import SiteFranceServicesType
    from schema.poste.types import PosteType
    from schema.reseau.types import ReseauType
    from schema.territoire.types import DepartementType

DepartementRef = Annotated["DepartementType", strawberry.lazy("schema.territoire.types")]


async def departement_of(info: strawberry.Info, code: str) -> DepartementType | None:
    """The Departement type of a row's `departement_code` (shared by every scoped type)."""
    from schema.territoire.types import DepartementType

    row = await departement_by_code(info).load(code)
    return DepartementType.from_row(row) if row is not None else None


def departement_de(info: strawberry.Info, code: str) -> DepartementType | None:
    """`departement_of` without a coroutine when the request already loaded it (schema.prechargement)."""
    return relation(departement_by_code(info), code, _departement_type)


def _departement_type(row: Any) -> DepartementType:
    from schema.territoire.types import DepartementType

    return DepartementType.from_row(row)


def structure_de(info: strawberry.Info, structure_id: uuid.UUID | None) -> StructureType | None:
    """`structure_of` without a coroutine when the request already loaded it (schema.prechargement)."""
    return relation(loaders.structure_by_id(info), structure_id, StructureType.from_row)


async def structure_of(info: strawberry.Info, structure_id: uuid.UUID | None) -> StructureType | None:
    """The Structure of a row, or null when absent or outside the caller's scope."""
    if structure_id is None:
        return None
    row = await loaders.structure_by_id(info).load(structure_id)
    return StructureType.from_row(row) if row is not None else None


@strawberry.type(
    name="ActiviteDeStructure",
    description="Les comptes-rendus d'activité d'une structure, au total, par mois et par thème (une "
    "activité à plusieurs thèmes compte dans chacun).",
)
class ActiviteDeStructureType:
    total: int
    par_mois: list[BucketType] = strawberry.field(
        description="Mois « AAAA-MM » ayant des activités, dans l'ordre."
    )
    par_theme: list[BucketType] = strawberry.field(
        description="Thèmes abordés, du plus fréquent au moins fréquent."
    )

    @classmethod
    def de(cls, activite: ActiviteDeStructure) -> ActiviteDeStructureType:
        return cls(
            total=activite.total,
            par_mois=BucketType.liste(activite.par_mois),
            par_theme=BucketType.liste(activite.par_theme),
        )


@register_node
@strawberry.type(name="Structure", description="Structure accueillante (SIRET) de conseillers numériques.")
class StructureType(Node):
    siret: str
    nom: str
    type: TypeStructure
    statut: StatutStructure | None = champ_administratif("Avancement de la candidature de la structure")
    departement_code: strawberry.Private[str]
    code_commune: str | None = strawberry.field(description="Code INSEE de la commune.")
    adresse: str | None
    code_postal: str | None
    latitude: float | None
    longitude: float | None
    zrr: bool = strawberry.field(description="En zone de revitalisation rurale.")
    qpv: bool = strawberry.field(description="En quartier prioritaire de la politique de la ville.")
    reseau: str | None = strawberry.field(
        description="Le nom du réseau tel que les fichiers du programme le portent (voir `grandReseau`)."
    )
    reseau_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_row(cls, row: Structure) -> StructureType:
        return cls(
            pk=row.id,
            siret=row.siret,
            nom=row.nom,
            type=row.type,
            statut=row.statut,
            departement_code=row.departement_code,
            code_commune=row.code_commune,
            adresse=row.adresse,
            code_postal=row.code_postal,
            latitude=row.latitude,
            longitude=row.longitude,
            zrr=row.zrr,
            qpv=row.qpv,
            reseau=row.reseau,
            reseau_id=row.reseau_id,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> StructureType | None:
        return await structure_of(info, key)

    @strawberry.field(description="Le département de la structure.")
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.departement_code)

    @strawberry.field(description="Le grand réseau dont la structure est membre, ou null.")
    @contexte_seul
    def grand_reseau(
        self, info: strawberry.Info
    ) -> Annotated[ReseauType, strawberry.lazy("schema.reseau.types")] | None:
        from schema.reseau.types import reseau_de

        return reseau_de(info, self.reseau_id)

    @strawberry.field(
        description="La commune de `codeCommune` dans le référentiel importé (avec son EPCI), ou null."
    )
    @contexte_seul
    def commune_referentiel(self, info: strawberry.Info) -> CommuneType | None:
        return commune_de(info, self.code_commune)

    @strawberry.field(description="Les postes de la structure, par date d'attribution.")
    async def postes(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Annotated[PosteType, strawberry.lazy("schema.poste.types")]]:
        from schema.poste.loaders import POSTES_DE_STRUCTURE
        from schema.poste.types import PosteType

        demandee = page(info, POSTES_DE_STRUCTURE, first, after, "DATE_ATTRIBUTION", last, before)
        return await child_connection(info, demandee, Poste.structure_id, self.pk, PosteType.from_row)

    @strawberry.field(description="Les conseillers employés par la structure.")
    async def conseillers(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Annotated[ConseillerType, strawberry.lazy("schema.conseiller.types")]]:
        from schema.conseiller.loaders import CONSEILLERS_DE_STRUCTURE
        from schema.conseiller.types import ConseillerType

        demandee = page(info, CONSEILLERS_DE_STRUCTURE, first, after, "ID", last, before)
        return await child_connection(
            info, demandee, Conseiller.structure_id, self.pk, ConseillerType.from_row
        )

    @strawberry.field(
        description="Les avenants à la convention de la structure (ajouts de postes, rendus de poste), "
        "du plus récemment demandé au plus ancien : ANCT, la préfecture du département, la structure "
        "elle-même et le hub territorial de sa région."
    )
    async def avenants(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Annotated[AvenantType, strawberry.lazy("schema.avenant.types")]]:
        from schema.avenant.loaders import AVENANTS_DE_STRUCTURE
        from schema.avenant.types import AvenantType

        demandee = page(info, AVENANTS_DE_STRUCTURE, first, after, "DATE_DEMANDE", last, before)
        return await child_connection(info, demandee, Avenant.structure_id, self.pk, AvenantType.from_row)

    @strawberry.field(
        description="L'activité de la structure : ses comptes-rendus d'activité par mois et par thème, "
        "comptés parmi ceux que l'appelant peut lire (null pour qui n'en lit aucun : outils "
        "partenaires, anonymes)."
    )
    async def activite(self, info: strawberry.Info) -> ActiviteDeStructureType | None:
        activite = await loaders.activite_by_structure(info).load(self.pk)
        return None if activite is None else ActiviteDeStructureType.de(activite)

    @strawberry.field(description="Les sites France Services que la structure porte, par nom.")
    async def sites_france_services(
        self, info: strawberry.Info
    ) -> list[Annotated[SiteFranceServicesType, strawberry.lazy("schema.france_services.types")]]:
        from schema.france_services.loaders import sites_by_structure
        from schema.france_services.types import SiteFranceServicesType

        return [SiteFranceServicesType.from_row(row) for row in await sites_by_structure(info).load(self.pk)]

    @strawberry.field(description="Les candidatures déposées par la structure.")
    async def candidatures(self, info: strawberry.Info) -> list[CandidatureType]:
        rows = await loaders.candidatures_by_structure(info).load(self.pk)
        return [CandidatureType.from_row(row) for row in rows]

    @strawberry.field(description="Les avis du préfet sur les candidatures de la structure (historique).")
    async def avis(self, info: strawberry.Info) -> list[AvisPrefetType]:
        return [AvisPrefetType.from_row(row) for row in await loaders.avis_by_structure(info).load(self.pk)]

    @strawberry.field(description="Les décisions du comité de sélection pour la structure (historique).")
    async def decisions(self, info: strawberry.Info) -> list[DecisionCoselecType]:
        rows = await loaders.decisions_by_structure(info).load(self.pk)
        return [DecisionCoselecType.from_row(row) for row in rows]


lien(Structure, "departement", departement_by_code, Structure.departement_code)
lien(Structure, "communeReferentiel", commune_by_code, Structure.code_commune)
lien(Structure, "grandReseau", reseau_by_id, Structure.reseau_id)


@register_node
@strawberry.type(name="Candidature", description="Demande de n postes par une structure (phase 1 ou 2).")
class CandidatureType(Node):
    structure_id: strawberry.Private[uuid.UUID]
    nb_postes_souhaites: int
    phase: int
    date_depot: dt.date

    @classmethod
    def from_row(cls, row: Candidature) -> CandidatureType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            nb_postes_souhaites=row.nb_postes_souhaites,
            phase=row.phase,
            date_depot=row.date_depot,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> CandidatureType | None:
        row = await loaders.candidature_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field
    async def structure(self, info: strawberry.Info) -> StructureType | None:
        return await structure_of(info, self.structure_id)

    @strawberry.field(description="Les avis du préfet sur cette candidature.")
    async def avis(self, info: strawberry.Info) -> list[AvisPrefetType]:
        return [AvisPrefetType.from_row(r) for r in await loaders.avis_by_candidature(info).load(self.pk)]

    @strawberry.field(description="Les décisions du comité de sélection sur cette candidature.")
    async def decisions(self, info: strawberry.Info) -> list[DecisionCoselecType]:
        rows = await loaders.decisions_by_candidature(info).load(self.pk)
        return [DecisionCoselecType.from_row(row) for row in rows]


@strawberry.type(name="AvisPrefet", description="Avis du préfet sur une candidature (jamais réécrit).")
class AvisPrefetType:
    avis: Avis
    commentaire: str
    date: dt.date
    auteur: str

    @classmethod
    def from_row(cls, row: AvisPrefet) -> AvisPrefetType:
        return cls(avis=row.avis, commentaire=row.commentaire, date=row.date, auteur=row.auteur)


@strawberry.type(name="DecisionCoselec", description="Décision du comité de sélection national (coselec).")
class DecisionCoselecType:
    numero: int
    avis: Avis
    nb_postes: int
    phase: int
    date: dt.date

    @classmethod
    def from_row(cls, row: DecisionCoselec) -> DecisionCoselecType:
        return cls(numero=row.numero, avis=row.avis, nb_postes=row.nb_postes, phase=row.phase, date=row.date)
