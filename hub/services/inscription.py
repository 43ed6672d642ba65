"""A structure the hub does not know yet applies (the call for expressions of interest).

The person signed in through ProConnect; the provider vouches for their employer's SIRET. That SIRET,
and only it, may be registered: the structure is created (statut CREEE) in the commune the
territorial référentiel names, the person receives a structure habilitation bound to it (issuer,
e-mail, SIRET: "a person signs in for that structure when their habilitation names its SIRET"), and
the candidature is then filed *as that structure*, by `deposer_candidature`, with its rules and its
journal: the existing workflow (avis of the préfet, coselec) takes it from there.

Row-level security: the structure and the habilitation are written in the narrow context
`auth.rls.contexte_candidature` (migration 0013), which reads and creates nothing but the rows of
that SIRET; the candidature and the journal under the structure's own principal.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from stdnum.fr import siret as numero_siret

from auth.principal import Principal
from auth.rls import appliquer_contexte, contexte_authentification, contexte_candidature
from auth.sessions_personnes import Identite
from hub.models import Candidature, Commune, Habilitation, Structure
from hub.models.enums import Role, StatutStructure, TypeStructure
from hub.services import journal
from hub.services.candidatures import NB_POSTES_MAX, deposer_candidature
from hub.services.ecriture import maintenant
from hub.services.erreurs import conflit, interdit, invalide

NOM_LONGUEUR = (2, 300)
ADRESSE_LONGUEUR_MAX = 500
_CODE_POSTAL = re.compile(r"[0-9]{5}")
_CODE_COMMUNE = re.compile(r"[0-9][0-9AB][0-9]{3}")


@dataclass(frozen=True)
class NouvelleStructure:
    """What the applicant says of their structure (each value checked by `inscrire`)."""

    siret: str
    nom: str
    type: TypeStructure
    adresse: str
    code_postal: str
    code_commune: str
    nb_postes_souhaites: int


@dataclass(frozen=True)
class Inscription:
    structure: Structure
    candidature: Candidature
    principal: Principal  # the structure's, for this person (the habilitation just granted)


async def inscrire(
    session: AsyncSession, identite: Identite, demande: NouvelleStructure, *, request_id: str | None = None
) -> Inscription:
    """Register the structure of `identite`'s SIRET and file its first candidature, in `session`'s
    transaction (on PostgreSQL the row-level security context changes along the way)."""
    siret = _siret(demande.siret, identite)
    if not 1 <= demande.nb_postes_souhaites <= NB_POSTES_MAX:
        raise invalide(f"De 1 à {NB_POSTES_MAX} postes.", "nb_postes_souhaites")
    nom = " ".join(demande.nom.split())
    if not NOM_LONGUEUR[0] <= len(nom) <= NOM_LONGUEUR[1]:
        raise invalide(f"Le nom compte de {NOM_LONGUEUR[0]} à {NOM_LONGUEUR[1]} caractères.", "nom")
    adresse = " ".join(demande.adresse.split())
    if not 1 <= len(adresse) <= ADRESSE_LONGUEUR_MAX:
        raise invalide(f"L'adresse est obligatoire ({ADRESSE_LONGUEUR_MAX} caractères au plus).", "adresse")
    if not _CODE_POSTAL.fullmatch(demande.code_postal):
        raise invalide("Le code postal compte 5 chiffres.", "code_postal")
    commune = None
    if _CODE_COMMUNE.fullmatch(demande.code_commune):
        commune = await session.get(Commune, demande.code_commune)
    if commune is None:
        raise invalide(
            "Commune inconnue du référentiel territorial : donnez son code INSEE (5 caractères, "
            "ex. 57463 pour Metz), pas son code postal.",
            "code_commune",
        )

    await contexte_authentification(session)  # the person's habilitations, before any principal
    deja = await session.scalar(
        select(Habilitation.structure_id).where(
            Habilitation.issuer == identite.issuer,
            func.lower(Habilitation.email) == identite.email.lower(),
            Habilitation.role == Role.STRUCTURE,
        )
    )
    if deja is not None:
        raise conflit("Vous avez déjà une habilitation de structure : connectez-vous avec elle.")
    await contexte_candidature(session, siret)
    if await session.scalar(select(Structure.id).where(Structure.siret == siret)) is not None:
        raise conflit(
            "Cette structure est déjà connue du hub : demandez une habilitation à ses responsables, "
            "à la préfecture ou à l'ANCT.",
            "siret",
        )
    structure_id = uuid.uuid4()
    instant = maintenant()
    try:
        await session.execute(
            insert(Structure).values(
                id=structure_id,
                siret=siret,
                nom=nom,
                type=demande.type,
                statut=StatutStructure.CREEE,
                departement_code=commune.departement_code,
                code_commune=commune.code,
                adresse=adresse,
                code_postal=demande.code_postal,
                external_ids={},
                created_at=instant,
            )
        )
        await session.execute(  # no RETURNING: this context may not read habilitations
            insert(Habilitation).values(
                id=uuid.uuid4(),
                issuer=identite.issuer,
                email=identite.email.lower(),
                siret=siret,
                role=Role.STRUCTURE,
                departements=[],
                structure_id=structure_id,
                actif=True,
                created_at=instant,
            )
        )
    except IntegrityError:  # the same SIRET registered at the same instant by a colleague
        raise conflit("Cette structure vient d'être inscrite par une autre personne.", "siret") from None

    principal = Principal(role=Role.STRUCTURE, subject=identite.email.lower(), structure_id=structure_id)
    await appliquer_contexte(session, principal)
    structure = await session.get_one(Structure, structure_id)
    await journal.journaliser(
        session,
        principal,
        action="structure.inscrire",
        entite="structure",
        entite_id=structure_id,
        portee=journal.Portee(structure.departement_code, structure_id),
        avant=None,
        apres=journal.resumer(structure, ("siret", "nom", "type", "statut", "code_commune")),
        request_id=request_id,
    )
    candidature = await deposer_candidature(
        session, principal, nb_postes_souhaites=demande.nb_postes_souhaites, phase=1, request_id=request_id
    )
    return Inscription(structure, candidature, principal)


def _siret(valeur: str, identite: Identite) -> str:
    siret = re.sub(r"[\s.]", "", valeur)
    if not numero_siret.is_valid(siret):
        raise invalide("SIRET invalide : 14 chiffres dont la clé de contrôle.", "siret")
    if identite.siret is None:
        raise interdit(
            "Votre identité ProConnect ne porte pas de SIRET : connectez-vous avec le compte "
            "professionnel de la structure qui candidate."
        )
    if siret != identite.siret:
        raise interdit(
            f"Votre identité ProConnect est rattachée au SIRET {identite.siret} : vous ne pouvez "
            "inscrire que cette structure."
        )
    return siret
