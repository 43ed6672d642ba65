"""Aidant writes: create a mandat for a pseudonymised usager, revoke one autorisation or the whole mandat.

Only within the aidant's organisation (the write rule of mandats and autorisations), signed by the
aidant the token names (its subject is the aidant's email, as habilitations issue it), for démarches
the organisation is habilitated for, for 1, 31, 182 or 365 days. The usager is stored as an HMAC of
its FranceConnect `sub` and its birth year, nothing else; an usager another organisation already
registered is found through its derived id (hub.services.pseudonymes), never read.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Aidant, Autorisation, Mandat, OrganisationAidantsConnect, Usager
from hub.models.enums import DUREES_MANDAT_JOURS, Demarche, Role
from hub.services import journal
from hub.services.ecriture import (
    charger_modifiable,
    exiger_role,
    inserer,
    inserer_tous,
    maintenant,
    modifier,
    verifier_ecriture,
)
from hub.services.erreurs import conflit, interdit, introuvable, invalide
from hub.services.pseudonymes import pseudonyme, usager_id

SUB_LONGUEUR_MAX = 255
ANNEE_MIN = 1900


async def creer_mandat(
    session: AsyncSession,
    principal: Principal,
    *,
    usager_sub: str,
    annee_naissance: int,
    demarches: Sequence[Demarche],
    duree_jours: int,
    cle_pseudonymisation: bytes,
    a_distance: bool = False,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Mandat:
    exiger_role(principal, Role.AIDANT)
    instant = instant or maintenant()
    if not 1 <= len(usager_sub.strip()) <= SUB_LONGUEUR_MAX:
        raise invalide("L'identifiant FranceConnect (sub) de l'usager est requis.", "usager_sub")
    if not ANNEE_MIN <= annee_naissance <= instant.year:
        raise invalide(f"Année de naissance entre {ANNEE_MIN} et {instant.year}.", "annee_naissance")
    if duree_jours not in DUREES_MANDAT_JOURS:
        raise invalide("Un mandat dure 1, 31, 182 ou 365 jours.", "duree_jours")
    if not demarches:
        raise invalide("Un mandat couvre au moins une démarche.", "demarches")
    if len(set(demarches)) != len(demarches):
        raise invalide("Une démarche est répétée.", "demarches")
    organisation = await session.scalar(
        readable(OrganisationAidantsConnect, principal).where(
            OrganisationAidantsConnect.id == principal.organisation_id
        )
    )
    if organisation is None:
        raise interdit("Ce jeton ne désigne aucune organisation Aidants Connect du hub.")
    if organisation.date_desactivation is not None:
        raise interdit("L'organisation Aidants Connect est désactivée : elle ne crée plus de mandats.")
    hors = sorted(d.value for d in demarches if d.value not in organisation.demarches_autorisees)
    if hors:
        raise invalide(f"L'organisation n'est pas habilitée pour : {', '.join(hors)}.", "demarches")
    aidant = await _aidant(session, principal, organisation.id)
    ident = await _usager(session, pseudonyme(cle_pseudonymisation, usager_sub.strip()), annee_naissance)
    mandat = Mandat(
        organisation_id=organisation.id,
        usager_id=ident,
        aidant_id=aidant.id,
        departement_code=organisation.departement_code,
        duree_jours=duree_jours,
        date_creation=instant,
        date_expiration=instant + dt.timedelta(days=duree_jours),
        a_distance=a_distance,
    )
    try:
        await inserer(session, principal, mandat)
    except IntegrityError:
        # The pseudonym belongs to an usager whose id was not derived from it (rows older than the
        # API): it cannot be attached without reading it, which the aidant may not.
        raise conflit("Cet usager ne peut pas être rattaché à un nouveau mandat.", "usager_sub") from None
    autorisations = [
        Autorisation(
            mandat_id=mandat.id,
            organisation_id=organisation.id,
            departement_code=organisation.departement_code,
            demarche=demarche,
        )
        for demarche in demarches
    ]
    await inserer_tous(session, principal, Autorisation, autorisations, Autorisation.mandat_id == mandat.id)
    # The usager is covered by the aidant's write rule now that its organisation holds a mandat for it.
    await verifier_ecriture(session, principal, Usager, Usager.id == ident, 1)
    await journal.journaliser(
        session,
        principal,
        action="mandat.creer",
        entite="mandat",
        entite_id=mandat.id,
        portee=_portee(mandat),
        avant=None,
        apres=journal.resumer(mandat, ("aidant_id", "duree_jours", "date_expiration", "a_distance"))
        | {"demarches": sorted(d.value for d in demarches)},
        request_id=request_id,
    )
    return mandat


async def revoquer_autorisation(
    session: AsyncSession,
    principal: Principal,
    mandat_id: uuid.UUID,
    demarche: Demarche,
    *,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Mandat:
    exiger_role(principal, Role.AIDANT)
    instant = instant or maintenant()
    mandat = await _mandat_en_cours(session, principal, mandat_id, instant)
    autorisation = await session.scalar(
        readable(Autorisation, principal)
        .where(Autorisation.mandat_id == mandat.id, Autorisation.demarche == demarche)
        .with_for_update()
    )
    if autorisation is None:
        raise introuvable("demarche", "Autorisation pour cette démarche")
    if autorisation.date_revocation is not None:
        raise invalide(
            f"Autorisation déjà révoquée le {autorisation.date_revocation.date().isoformat()}.", "demarche"
        )
    await modifier(session, principal, autorisation, date_revocation=instant)
    await journal.journaliser(
        session,
        principal,
        action="autorisation.revoquer",
        entite="autorisation",
        entite_id=autorisation.id,
        portee=_portee(mandat),
        avant={"date_revocation": None},
        apres=journal.resumer(autorisation, ("mandat_id", "demarche", "date_revocation")),
        request_id=request_id,
    )
    return mandat


async def revoquer_mandat(
    session: AsyncSession,
    principal: Principal,
    mandat_id: uuid.UUID,
    *,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Mandat:
    """Revoke every autorisation still in force: the mandat becomes REVOQUE."""
    exiger_role(principal, Role.AIDANT)
    instant = instant or maintenant()
    mandat = await _mandat_en_cours(session, principal, mandat_id, instant)
    en_vigueur = list(
        await session.scalars(
            readable(Autorisation, principal)
            .where(Autorisation.mandat_id == mandat.id, Autorisation.date_revocation.is_(None))
            .order_by(Autorisation.demarche)
            .with_for_update()
        )
    )
    if not en_vigueur:
        raise invalide("Le mandat est déjà révoqué.", "mandat_id")
    for autorisation in en_vigueur:
        await modifier(session, principal, autorisation, date_revocation=instant)
    await journal.journaliser(
        session,
        principal,
        action="mandat.revoquer",
        entite="mandat",
        entite_id=mandat.id,
        portee=_portee(mandat),
        avant={"demarches_en_vigueur": [a.demarche.value for a in en_vigueur]},
        apres={"demarches_en_vigueur": [], "date_revocation": instant.isoformat()},
        request_id=request_id,
    )
    return mandat


async def _aidant(session: AsyncSession, principal: Principal, organisation_id: uuid.UUID) -> Aidant:
    """The aidant who signs: the one of the organisation whose email is the token's subject."""
    aidant = await session.scalar(
        readable(Aidant, principal).where(
            Aidant.organisation_id == organisation_id,
            func.lower(Aidant.email) == principal.subject.lower(),
        )
    )
    if aidant is None:
        raise interdit("Ce jeton ne désigne aucun aidant habilité de l'organisation.")
    if not aidant.peut_creer_mandats or aidant.date_desactivation is not None:
        raise interdit("Cet aidant n'est pas habilité à créer des mandats.")
    return aidant


async def _usager(session: AsyncSession, pseudo: str, annee_naissance: int) -> uuid.UUID:
    """Insert the usager unless it exists (for this or another organisation); its id either way.

    ON CONFLICT DO NOTHING: the aidant may not read an usager known to another organisation only,
    so it cannot look it up; it inserts and, on conflict, the row already there is the one.
    """
    ident = usager_id(pseudo)
    valeurs = {
        "id": ident,
        "pseudonyme": pseudo,
        "annee_naissance": annee_naissance,
        "created_at": maintenant(),
    }
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(postgresql.insert(Usager).values(valeurs).on_conflict_do_nothing())
    else:
        await session.execute(sqlite.insert(Usager).values(valeurs).on_conflict_do_nothing())
    return ident


async def _mandat_en_cours(
    session: AsyncSession, principal: Principal, mandat_id: uuid.UUID, instant: dt.datetime
) -> Mandat:
    mandat = await charger_modifiable(
        session, principal, Mandat, mandat_id, champ="mandat_id", quoi="Mandat", verrou=True
    )
    if mandat.date_expiration <= instant:
        raise invalide(f"Le mandat a expiré le {mandat.date_expiration.date().isoformat()}.", "mandat_id")
    return mandat


def _portee(mandat: Mandat) -> journal.Portee:
    return journal.Portee(mandat.departement_code, organisation_id=mandat.organisation_id)
