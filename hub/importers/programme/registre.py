"""Every programme format, in dependency order: a format references only formats before it."""

from __future__ import annotations

from types import MappingProxyType

from hub.importers.programme.entites.activites import ACTIVITES
from hub.importers.programme.entites.aidants_connect import AIDANTS, AUTORISATIONS, MANDATS, ORGANISATIONS
from hub.importers.programme.entites.conseillers import CONSEILLERS, CONTRATS, LIEUX_ACTIVITE
from hub.importers.programme.entites.financement import CONVENTIONS, ENVELOPPES, PLAFONDS, VERSEMENTS
from hub.importers.programme.entites.instruction import AVIS_PREFET, CANDIDATURES, DECISIONS_COSELEC, POSTES
from hub.importers.programme.entites.structures import STRUCTURES
from hub.importers.programme.format import Format
from hub.models import Lieu

ORDRE: tuple[Format, ...] = (
    STRUCTURES,
    CANDIDATURES,
    AVIS_PREFET,
    DECISIONS_COSELEC,
    POSTES,
    ENVELOPPES,
    PLAFONDS,
    CONVENTIONS,
    VERSEMENTS,
    CONSEILLERS,
    CONTRATS,
    LIEUX_ACTIVITE,
    ORGANISATIONS,
    AIDANTS,
    MANDATS,
    AUTORISATIONS,
    ACTIVITES,
)
FORMATS = MappingProxyType({f.nom: f for f in ORDRE})

# Lieux come from open data (`inclusion-hub import lieux`): named by their source and id there.
LIEUX = Format(
    nom="lieux",
    titre="Lieu",
    description="Lieux de médiation numérique (standard national, importés par `import lieux`).",
    modele=Lieu,
    cle=("source", "source_id"),
    colonnes=(),
)
REFERENCABLES = MappingProxyType({**FORMATS, "lieux": LIEUX})
