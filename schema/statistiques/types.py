"""GraphQL types of `statistiques`: arguments, the blocks of figures and the Bucket of a distribution."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry

from hub.services.statistiques import (
    Bucket,
    StatistiquesActivites,
    StatistiquesAidantsConnect,
    StatistiquesConseillers,
    StatistiquesFinancement,
    StatistiquesFranceServices,
    StatistiquesPostes,
)


@strawberry.input(
    description="Le territoire des statistiques : exactement un champ (national: true, une région, un "
    "département ou une commune par son code INSEE, un EPCI par son SIREN)."
)
class TerritoireInput:
    national: bool | None = None
    region: str | None = strawberry.field(default=None, description="Code de région (« 44 »).")
    departement: str | None = strawberry.field(default=None, description="Code de département (« 57 »).")
    epci: str | None = strawberry.field(
        default=None,
        description="SIREN d'un EPCI à fiscalité propre (« 200039865 ») : ses communes membres. Seuls "
        "les blocs localisés à la commune sont comptés (voir `blocsIndisponibles`).",
    )
    commune: str | None = strawberry.field(
        default=None,
        description="Code INSEE d'une commune (« 57463 »). Seuls les blocs localisés à la commune sont "
        "comptés (voir `blocsIndisponibles`).",
    )


@strawberry.input(description="Période, bornes incluses ; chacune facultative ; du ≤ au.")
class PeriodeInput:
    du: dt.date | None = None
    au: dt.date | None = None


@strawberry.enum(description="Niveau d'un territoire de statistiques.")
class NiveauTerritoire(Enum):
    NATIONAL = "national"
    REGION = "region"
    DEPARTEMENT = "departement"
    EPCI = "epci"
    COMMUNE = "commune"


@strawberry.type(
    name="BlocIndisponible",
    description="Un bloc de statistiques qui ne peut pas être compté sur ce territoire (il vaut null), "
    "et pourquoi.",
)
class BlocIndisponibleType:
    bloc: str = strawberry.field(description="Nom du champ GraphQL du bloc (« postes »).")
    raison: str


@strawberry.type(name="TerritoireStatistiques", description="Le territoire sur lequel portent les chiffres.")
class TerritoireStatistiquesType:
    niveau: NiveauTerritoire
    code: str | None
    nom: str


@strawberry.type(
    name="PeriodeStatistiques",
    description="La période comptée (null : non bornée) ; sous masquage, `au` s'arrête au dernier mois "
    "achevé.",
)
class PeriodeStatistiquesType:
    du: dt.date | None
    au: dt.date | None


@strawberry.type(
    name="Bucket",
    description="Un groupe d'une répartition. `nombre` vaut null quand le groupe est masqué (petit "
    "effectif) ; `proportion` vaut null dès qu'un groupe de la liste est masqué, sinon les proportions "
    "somment à 1.",
)
class BucketType:
    valeur: str = strawberry.field(description="Code du groupe (nom de l'enum GraphQL, ou code).")
    libelle: str = strawberry.field(description="Libellé français.")
    nombre: int | None
    proportion: float | None = strawberry.field(description="Part du total de la liste, entre 0 et 1.")

    @classmethod
    def liste(cls, buckets: list[Bucket]) -> list[BucketType]:
        return [
            cls(valeur=b.valeur, libelle=b.libelle, nombre=b.nombre, proportion=b.proportion) for b in buckets
        ]


@strawberry.type(name="StatistiquesPostes", description="Postes attribués dans la période, par état actuel.")
class StatistiquesPostesType:
    valides: int | None = strawberry.field(description="Postes validés (attribués).")
    occupes: int | None
    vacants: int | None
    rendus: int | None
    par_phase: list[BucketType]

    @classmethod
    def de(cls, s: StatistiquesPostes) -> StatistiquesPostesType:
        return cls(
            valides=s.valides,
            occupes=s.occupes,
            vacants=s.vacants,
            rendus=s.rendus,
            par_phase=BucketType.liste(s.par_phase),
        )


@strawberry.type(
    name="StatistiquesConseillers",
    description="Conseillers entrés en formation dans la période, par état actuel ; ruptures datées de la "
    "période.",
)
class StatistiquesConseillersType:
    en_poste: int | None = strawberry.field(description="Avec un contrat actif.")
    en_formation: int | None = strawberry.field(
        description="Formation commencée, non terminée, non certifiés."
    )
    certifies: int | None
    coordinateurs: int | None
    ruptures_par_motif: list[BucketType]

    @classmethod
    def de(cls, s: StatistiquesConseillers) -> StatistiquesConseillersType:
        return cls(
            en_poste=s.en_poste,
            en_formation=s.en_formation,
            certifies=s.certifies,
            coordinateurs=s.coordinateurs,
            ruptures_par_motif=BucketType.liste(s.ruptures_par_motif),
        )


@strawberry.type(name="StatistiquesFinancement", description="Montants en euros.")
class StatistiquesFinancementType:
    engage: float | None = strawberry.field(
        description="Subventions dont la convention commence dans la période."
    )
    verse: float | None = strawberry.field(description="Versements payés dans la période.")
    verses_par_tranche: list[BucketType] = strawberry.field(description="Nombre de versements par tranche.")
    enveloppe: float | None = strawberry.field(
        description="Enveloppes nationales finançant ces subventions ; null sous le niveau national."
    )
    plafond: float | None = strawberry.field(description="Plafonds départementaux du territoire.")

    @classmethod
    def de(cls, s: StatistiquesFinancement) -> StatistiquesFinancementType:
        return cls(
            engage=s.engage,
            verse=s.verse,
            verses_par_tranche=BucketType.liste(s.verses_par_tranche),
            enveloppe=s.enveloppe,
            plafond=s.plafond,
        )


@strawberry.type(name="StatistiquesActivites", description="Comptes-rendus d'activité datés de la période.")
class StatistiquesActivitesType:
    total: int | None = strawberry.field(description="Nombre d'activités (sessions).")
    personnes_accompagnees: int | None = strawberry.field(
        description="Σ participants − Σ participants récurrents."
    )
    participants: int | None = strawberry.field(description="Σ participants (brut).")
    participants_recurrents: int | None
    par_theme: list[BucketType] = strawberry.field(
        description="Parts des couples (activité, thème) : une activité à trois thèmes compte dans chacun."
    )
    par_canal: list[BucketType]
    par_duree: list[BucketType] = strawberry.field(description="Minutes : [0,30) [30,60) [60,120) [120,∞).")
    par_tranche_age: list[BucketType] = strawberry.field(description="Σ des participants par tranche.")
    par_statut: list[BucketType] = strawberry.field(description="Σ des participants par statut.")
    par_mois: list[BucketType] = strawberry.field(description="Mois (AAAA-MM) ayant des activités.")
    par_departement: list[BucketType] = strawberry.field(description="Départements ayant des activités.")

    @classmethod
    def de(cls, s: StatistiquesActivites) -> StatistiquesActivitesType:
        return cls(
            total=s.total,
            personnes_accompagnees=s.personnes_accompagnees,
            participants=s.participants,
            participants_recurrents=s.participants_recurrents,
            par_theme=BucketType.liste(s.par_theme),
            par_canal=BucketType.liste(s.par_canal),
            par_duree=BucketType.liste(s.par_duree),
            par_tranche_age=BucketType.liste(s.par_tranche_age),
            par_statut=BucketType.liste(s.par_statut),
            par_mois=BucketType.liste(s.par_mois),
            par_departement=BucketType.liste(s.par_departement),
        )


@strawberry.type(name="StatistiquesFranceServices", description="Sites labellisés dans la période.")
class StatistiquesFranceServicesType:
    sites: int | None
    sites_portes: int | None = strawberry.field(
        description="Parmi eux, les sites portés par une structure du programme (rattachés)."
    )
    par_format: list[BucketType]
    par_type: list[BucketType]

    @classmethod
    def de(cls, s: StatistiquesFranceServices) -> StatistiquesFranceServicesType:
        return cls(
            sites=s.sites,
            sites_portes=s.sites_portes,
            par_format=BucketType.liste(s.par_format),
            par_type=BucketType.liste(s.par_type),
        )


@strawberry.type(name="StatistiquesAidantsConnect", description="Mandats créés dans la période.")
class StatistiquesAidantsConnectType:
    mandats: int | None = strawberry.field(description="Mandats créés.")
    mandats_actifs: int | None = strawberry.field(
        description="Parmi eux, non expirés avec au moins une démarche non révoquée."
    )
    organisations: int | None = strawberry.field(description="Organisations habilitées du territoire.")
    par_demarche: list[BucketType] = strawberry.field(
        description="Autorisations de ces mandats, par démarche."
    )
    par_duree: list[BucketType] = strawberry.field(description="Mandats par durée (jours).")

    @classmethod
    def de(cls, s: StatistiquesAidantsConnect) -> StatistiquesAidantsConnectType:
        return cls(
            mandats=s.mandats,
            mandats_actifs=s.mandats_actifs,
            organisations=s.organisations,
            par_demarche=BucketType.liste(s.par_demarche),
            par_duree=BucketType.liste(s.par_duree),
        )
