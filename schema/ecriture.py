"""Mutation plumbing: the `UserError` type, one transaction per mutation field, ids of inputs.

A mutation resolver builds domain values from its input and calls one service inside
`ecrire(info, roles, travail, payload)`:
- the service runs in a transaction of its own (`RequestDatabase.write`): committed when it returns,
  rolled back when it raises;
- an `EcritureRefuseeError` becomes the `UserError` member of the mutation's result union (the field it
  names is written as the client sent it: `nb_participants` → `input.nbParticipants`); anything else
  propagates as a GraphQL error (masked by the edge), after the rollback;
- the request's DataLoaders are emptied, so the payload reads what was just written.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import strawberry
from graphql import GraphQLError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.utils.str_converters import to_camel_case

from hub.models.enums import Role
from hub.services.ecriture import exiger_role
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from schema.context import Context
from schema.relay import Node, parse_global_id

R = TypeVar("R")
P = TypeVar("P")

strawberry.enum(
    CodeErreur, name="CodeErreur", description="Pourquoi une écriture est refusée (rien n'est écrit)."
)


@strawberry.type(
    description="Écriture refusée : rien n'a été écrit. `champ` désigne la valeur en cause, "
    "comme envoyée (ex. « input.nbParticipants »), ou null."
)
class UserError:
    code: CodeErreur
    message: str
    champ: str | None

    @classmethod
    def depuis(cls, erreur: EcritureRefuseeError, prefixe: str = "input") -> UserError:
        return cls(code=erreur.code, message=erreur.message, champ=champ_graphql(erreur.champ, prefixe))


def champ_graphql(champ: str | None, prefixe: str = "input") -> str | None:
    """`ages.plus60ans` → `input.ages.plus60ans`; `nb_participants` → `input.nbParticipants`."""
    if champ is None:
        return None
    return ".".join([prefixe, *(to_camel_case(partie) for partie in champ.split("."))])


async def ecrire(
    info: strawberry.Info,
    roles: Sequence[Role],
    travail: Callable[[AsyncSession, Context], Awaitable[R]],
    payload: Callable[[R], P],
) -> P | UserError:
    """Run `travail` (one service call) in its own transaction; its result as `payload`, or a UserError.

    `roles` are checked first (the service checks them again): a caller of the wrong role hears
    FORBIDDEN before anything about its input, and no transaction is opened for it.
    """
    context: Context = info.context
    try:
        exiger_role(context.principal, *roles)
        resultat = await context.db.write(lambda session: travail(session, context))
    except EcritureRefuseeError as erreur:
        return UserError.depuis(erreur)
    finally:
        context.loaders.clear()
    return payload(resultat)


def identifiant(valeur: strawberry.ID, type_noeud: type[Node], champ: str) -> uuid.UUID:
    """The primary key of a global id of `type_noeud`, or BAD_USER_INPUT on `champ` (a domain error,
    so it comes back as a UserError like every other refusal of the mutation)."""
    try:
        cle: Any = parse_global_id(valeur, type_noeud, champ_graphql(champ) or champ)
    except GraphQLError as erreur:
        raise EcritureRefuseeError(CodeErreur.BAD_USER_INPUT, erreur.message, champ) from None
    if not isinstance(cle, uuid.UUID):
        raise EcritureRefuseeError(
            CodeErreur.BAD_USER_INPUT, f"`{champ}` n'est pas un identifiant valide.", champ
        )
    return cle
