"""ANCT creates grands réseaux and links a structure to its réseau (or unlinks it).

A réseau's id follows from its name (`hub.models.reseau.id_du_reseau`), like the seed and the
programme import: creating the same name again answers the same row and writes nothing. Linking a
structure sets both its `reseau_id` (what the grand réseau's read rule follows) and its `reseau` text
(the name the programme files carry), so that an export and a re-import of the files keep the link.
Linking it again to the same réseau changes nothing and journals nothing.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Reseau, Structure
from hub.models.enums import Role
from hub.models.reseau import id_du_reseau
from hub.services import journal
from hub.services.coordonnees import texte
from hub.services.ecriture import charger, charger_modifiable, exiger_role, inserer, modifier
from hub.services.erreurs import conflit

NOM_MAX = 200
_RATTACHEMENT = ("reseau_id", "reseau")


async def creer_reseau(
    session: AsyncSession, principal: Principal, nom: str, *, request_id: str | None = None
) -> Reseau:
    exiger_role(principal, Role.ANCT)
    nom = " ".join(texte(nom, "nom", NOM_MAX).split())
    # By name (unique), not by id: a row made before ids followed from names still is this réseau.
    existant = await session.scalar(readable(Reseau, principal).where(Reseau.nom == nom))
    if existant is not None:
        return existant  # already so: nothing written, nothing journaled
    try:
        reseau = await inserer(session, principal, Reseau(id=id_du_reseau(nom), nom=nom))
    except IntegrityError:  # the same name created by a concurrent request
        raise conflit("Ce réseau vient d'être créé par une autre requête : réessayez.", "nom") from None
    await journal.journaliser(
        session,
        principal,
        action="reseau.creer",
        entite="reseau",
        entite_id=reseau.id,
        portee=journal.Portee(),
        avant=None,
        apres=journal.resumer(reseau, ("nom",)),
        request_id=request_id,
    )
    return reseau


async def rattacher_structure_reseau(
    session: AsyncSession,
    principal: Principal,
    structure_id: uuid.UUID,
    reseau_id: uuid.UUID | None,
    *,
    request_id: str | None = None,
) -> Structure:
    exiger_role(principal, Role.ANCT)
    structure = await charger_modifiable(
        session, principal, Structure, structure_id, champ="structure", quoi="Structure", verrou=True
    )
    reseau = (
        None
        if reseau_id is None
        else await charger(session, principal, Reseau, reseau_id, champ="reseau", quoi="Réseau")
    )
    nom = None if reseau is None else reseau.nom
    if structure.reseau_id == reseau_id and structure.reseau == nom:
        return structure  # already so: nothing written, nothing journaled
    avant = journal.resumer(structure, _RATTACHEMENT)
    await modifier(session, principal, structure, reseau_id=reseau_id, reseau=nom)
    await journal.journaliser(
        session,
        principal,
        action="structure.rattacher_reseau",
        entite="structure",
        entite_id=structure.id,
        portee=journal.Portee(structure.departement_code, structure.id),
        avant=avant,
        apres=journal.resumer(structure, _RATTACHEMENT),
        request_id=request_id,
    )
    return structure
