"""Conseiller writes: record an activité (idempotently) and correct it within the correction window."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable, write_predicate
from auth.principal import Principal
from hub.models import Activite, ActiviteTheme, Conseiller, Contrat
from hub.models.enums import Role, StatutContrat, Theme
from hub.services import journal
from hub.services.activites_regles import (
    RESUME,
    SaisieActivite,
    colonnes,
    meme_contenu,
    verifier,
    verifier_cle_idempotence,
    verifier_references,
)
from hub.services.ecriture import (
    aujourdhui,
    charger_modifiable,
    exiger_role,
    inserer,
    inserer_tous,
    maintenant,
    modifier,
)
from hub.services.erreurs import conflit, interdit, invalide


@dataclass(frozen=True, slots=True)
class ActiviteEcrite:
    activite: Activite
    themes: list[Theme]
    rejouee: bool = False  # True: the idempotency key named an activité already recorded; nothing written


async def enregistrer_activite(
    session: AsyncSession,
    principal: Principal,
    saisie: SaisieActivite,
    *,
    cle_idempotence: str | None = None,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> ActiviteEcrite:
    """Record one session under the conseiller's current employer.

    With `cle_idempotence`, a retried request finds the activité the first attempt recorded and
    returns it (writing nothing); the same key with a different content is a CONFLICT. Two attempts
    racing each other meet on the unique (conseiller, clé) constraint: the loser is a CONFLICT too,
    and its own retry then finds the winner's activité.
    """
    exiger_role(principal, Role.CONSEILLER)
    instant = instant or maintenant()
    verifier(saisie, aujourdhui(instant))
    verifier_cle_idempotence(cle_idempotence)
    if cle_idempotence is not None:
        deja = await _rejeu(session, principal, saisie, cle_idempotence)
        if deja is not None:
            return deja
    conseiller = await _conseiller_en_poste(session, principal)
    await verifier_references(session, principal, saisie)
    activite = Activite(
        conseiller_id=conseiller.id,
        structure_id=conseiller.structure_id,
        cle_idempotence=cle_idempotence,
        created_at=instant,
        **colonnes(saisie),
    )
    try:
        await inserer(session, principal, activite)
    except IntegrityError:
        if cle_idempotence is None:
            raise
        # The unique (conseiller, clé) constraint: an attempt with the same key committed while this
        # one ran. No savepoint to carry on here (under pysqlite a savepoint commits the transaction
        # it opens): the whole write is refused and the client's next retry returns the activité.
        raise conflit(
            "Une requête avec cette clé d'idempotence vient d'être enregistrée : réessayez pour "
            "obtenir l'activité.",
            "cle_idempotence",
        ) from None
    await _ecrire_themes(session, principal, activite.id, saisie.themes)
    await journal.journaliser(
        session,
        principal,
        action="activite.enregistrer",
        entite="activite",
        entite_id=activite.id,
        portee=_portee(activite),
        avant=None,
        apres=_resume(activite, saisie.themes),
        request_id=request_id,
    )
    return ActiviteEcrite(activite, sorted(saisie.themes))


async def corriger_activite(
    session: AsyncSession,
    principal: Principal,
    activite_id: uuid.UUID,
    saisie: SaisieActivite,
    *,
    delai_jours: int,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> ActiviteEcrite:
    """Replace the content of one of the conseiller's activités, within `delai_jours` of its recording.

    The activité keeps its structure; its département follows its commune (where it took place);
    `corrige_le` records when; the journal keeps the content before and after.
    """
    exiger_role(principal, Role.CONSEILLER)
    instant = instant or maintenant()
    verifier(saisie, aujourdhui(instant))
    activite = await charger_modifiable(
        session, principal, Activite, activite_id, champ="activite_id", quoi="Activité", verrou=True
    )
    limite = activite.created_at + dt.timedelta(days=delai_jours)
    if instant > limite:
        raise invalide(
            f"Le délai de correction ({delai_jours} jours) est dépassé : activité enregistrée le "
            f"{aujourdhui(activite.created_at).isoformat()}.",
            "activite_id",
        )
    await verifier_references(session, principal, saisie)
    anciens = await _themes(session, principal, activite.id)
    avant = _resume(activite, anciens)
    await modifier(session, principal, activite, corrige_le=instant, **colonnes(saisie))
    await session.execute(
        delete(ActiviteTheme).where(
            ActiviteTheme.activite_id == activite.id, write_predicate(ActiviteTheme, principal)
        ),
        execution_options={"synchronize_session": False},
    )
    await _ecrire_themes(session, principal, activite.id, saisie.themes)
    await journal.journaliser(
        session,
        principal,
        action="activite.corriger",
        entite="activite",
        entite_id=activite.id,
        portee=_portee(activite),
        avant=avant,
        apres=_resume(activite, saisie.themes),
        request_id=request_id,
    )
    return ActiviteEcrite(activite, sorted(saisie.themes))


async def _rejeu(
    session: AsyncSession, principal: Principal, saisie: SaisieActivite, cle: str
) -> ActiviteEcrite | None:
    existante = await session.scalar(
        readable(Activite, principal).where(
            Activite.conseiller_id == principal.conseiller_id, Activite.cle_idempotence == cle
        )
    )
    if existante is None:
        return None
    themes = await _themes(session, principal, existante.id)
    if not meme_contenu(existante, themes, saisie):
        raise conflit("Cette clé d'idempotence a déjà servi pour une activité différente.", "cle_idempotence")
    return ActiviteEcrite(existante, themes, rejouee=True)


async def _conseiller_en_poste(session: AsyncSession, principal: Principal) -> Conseiller:
    """The caller's conseiller row, which must be in post: an active contract with its employer."""
    conseiller = await session.scalar(
        readable(Conseiller, principal).where(Conseiller.id == principal.conseiller_id)
    )
    if conseiller is None:
        raise interdit("Ce jeton ne désigne aucun conseiller du hub.")
    contrat = await session.scalar(
        readable(Contrat, principal).where(
            Contrat.conseiller_id == conseiller.id,
            Contrat.statut == StatutContrat.ACTIF,
            Contrat.structure_id == conseiller.structure_id,
        )
    )
    if contrat is None:
        raise invalide(
            "Aucun contrat actif : un compte-rendu d'activité s'enregistre auprès de la structure "
            "employeuse, une fois le recrutement validé."
        )
    return conseiller


async def _themes(session: AsyncSession, principal: Principal, activite_id: uuid.UUID) -> list[Theme]:
    # Column only: no ORM instances, so replacing the thèmes of a correction meets no stale identity.
    themes = await session.scalars(
        readable(ActiviteTheme, principal)
        .with_only_columns(ActiviteTheme.theme)
        .where(ActiviteTheme.activite_id == activite_id)
        .order_by(ActiviteTheme.theme)
    )
    return list(themes)


async def _ecrire_themes(
    session: AsyncSession, principal: Principal, activite_id: uuid.UUID, themes: Sequence[Theme]
) -> None:
    rows = [ActiviteTheme(activite_id=activite_id, theme=theme) for theme in themes]
    await inserer_tous(session, principal, ActiviteTheme, rows, ActiviteTheme.activite_id == activite_id)


def _portee(activite: Activite) -> journal.Portee:
    return journal.Portee(
        departement_code=activite.departement_code,
        structure_id=activite.structure_id,
        conseiller_id=activite.conseiller_id,
    )


def _resume(activite: Activite, themes: Sequence[Theme]) -> journal.Resume:
    return journal.resumer(activite, RESUME) | {"themes": sorted(t.value for t in themes)}


__all__ = ["ActiviteEcrite", "SaisieActivite", "corriger_activite", "enregistrer_activite"]
