"""Structures accueillantes: keyed by their SIRET, which every other format uses to name them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne, ValeurInvalideError
from hub.importers.programme.colonnes import Colonne, Type
from hub.importers.programme.entites.communes import (
    MOTIF_DEPARTEMENT,
    booleen,
    code_insee,
    departement,
    enumeration,
    id_source,
    siret,
    texte,
)
from hub.importers.programme.format import Cible, Format, Regles
from hub.importers.territoire import HorsTerritoireError, departement_du_code_insee, verifier_coordonnees
from hub.models import Reseau, SiteFranceServices, Structure
from hub.models.base import utcnow
from hub.models.enums import StatutStructure, TypeStructure
from hub.models.reseau import id_du_reseau

__all__ = ["MOTIF_DEPARTEMENT", "STRUCTURES"]


IDS_FS = "ids_fs"  # the key of a structure's external_ids the France Services import links sites by


def _ids_fs(valeurs: Any) -> list[int]:
    if not all(v.isascii() and v.isdigit() and len(v) <= 9 for v in valeurs):
        raise ValeurInvalideError("identifiants France Services (id_fs) entiers attendus")
    return sorted({int(v) for v in valeurs})


class RegleStructure(Regles):
    async def avant_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        """The grand réseau a structure names (`reseau`): its row, created the first time a file names
        it (the id follows from the name), and the structure's link to it (`reseau_id`)."""
        noms = sorted({ligne["reseau"] for ligne in lot if ligne.get("reseau")})
        ids: dict[str, uuid.UUID] = {}
        if noms:
            dialecte = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            await session.execute(
                dialecte.insert(Reseau).on_conflict_do_nothing(index_elements=["nom"]),
                [{"id": id_du_reseau(nom), "nom": nom, "created_at": utcnow()} for nom in noms],
            )
            ids = dict(
                (await session.execute(select(Reseau.nom, Reseau.id).where(Reseau.nom.in_(noms)))).all()
            )
        for ligne in lot:
            ligne["reseau_id"] = ids[ligne["reseau"]] if ligne.get("reseau") else None

    async def apres_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        """The France Services sites a structure carries: kept in its external_ids (where the France
        Services import looks them up, the ANCT list having no SIRET) and linked now if already here."""
        portees = {ligne["siret"]: ligne["ids_france_services"] for ligne in lot}
        lignes = await session.execute(
            select(Structure.id, Structure.siret, Structure.external_ids).where(Structure.siret.in_(portees))
        )
        for identifiant, siret_, externes in lignes:
            ids = portees[siret_] or []
            if (externes or {}).get(IDS_FS, []) != ids:
                nouveaux = {k: v for k, v in (externes or {}).items() if k != IDS_FS}
                await session.execute(
                    update(Structure)
                    .where(Structure.id == identifiant)
                    .values(external_ids={**nouveaux, IDS_FS: ids} if ids else nouveaux)
                )
            if ids:
                await session.execute(
                    update(SiteFranceServices)
                    .where(SiteFranceServices.id_fs.in_(ids))
                    .values(structure_id=identifiant)
                )

    async def completer(self, session: AsyncSession, lignes: list[dict[str, Any]]) -> None:
        portes: dict[uuid.UUID, list[int]] = {ligne["id"]: [] for ligne in lignes}
        sites = await session.execute(
            select(SiteFranceServices.structure_id, SiteFranceServices.id_fs)
            .where(SiteFranceServices.structure_id.in_(portes))
            .order_by(SiteFranceServices.id_fs)
        )
        for structure_id, id_fs in sites:
            if structure_id is not None:
                portes[structure_id].append(id_fs)
        for ligne in lignes:
            ligne["ids_france_services"] = [str(i) for i in portes[ligne["id"]]]

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        commune = valeurs["code_commune"]
        if commune is not None and departement_du_code_insee(commune) != valeurs["departement_code"]:
            ligne.rejeter(
                "code_commune", commune, f"commune hors du département {valeurs['departement_code']}"
            )
        latitude, longitude = valeurs["latitude"], valeurs["longitude"]
        if (latitude is None) != (longitude is None):
            ligne.rejeter("latitude", str(latitude or ""), "latitude et longitude vont ensemble")
        elif latitude is not None and longitude is not None:
            try:
                verifier_coordonnees(latitude, longitude, valeurs["departement_code"])
            except HorsTerritoireError as probleme:
                ligne.rejeter("latitude,longitude", f"{latitude},{longitude}", str(probleme))


STRUCTURES = Format(
    nom="structures",
    titre="Structure",
    description="Structures accueillantes (communes, EPCI, départements, associations, entreprises…), "
    "telles que la plateforme de pilotage du programme les tient.",
    modele=Structure,
    cle=("siret",),
    colonnes=(
        id_source(),
        siret("siret", "SIRET de l'établissement (14 chiffres, clé de Luhn) : la clé de la structure"),
        texte("nom", "Raison sociale", 300, requis=True),
        enumeration("type", "Type de structure", TypeStructure),
        enumeration(
            "statut",
            "Statut de la candidature de la structure",
            StatutStructure,
            defaut=StatutStructure.CREEE,
        ),
        departement(),
        Colonne(
            "code_commune",
            Type.TEXTE,
            "Code INSEE de la commune du siège",
            controle=code_insee,
            longueur_max=5,
        ),
        texte("adresse", "Adresse postale", 500),
        Colonne("code_postal", Type.TEXTE, "Code postal", motif=r"\d{5}"),
        Colonne("latitude", Type.NOMBRE, "Latitude WGS 84", minimum=-90, maximum=90),
        Colonne("longitude", Type.NOMBRE, "Longitude WGS 84", minimum=-180, maximum=180),
        booleen("zrr", "En zone de revitalisation rurale", False),
        booleen("qpv", "En quartier prioritaire de la politique de la ville", False),
        texte("reseau", "Grand réseau auquel la structure appartient", 200),
        Colonne(
            "ids_france_services",
            Type.LISTE,
            "Identifiants (id_fs, liste ANCT) des sites France Services que la structure porte, séparés "
            "par « | »",
            defaut=[],
            controle=_ids_fs,
        ),
    ),
    expose=("departement_code",),
    uniques=("id_source",),
    regles=RegleStructure,
    extras=("ids_france_services",),
)
