"""Expected failures of the write services: a code, a French message and the field at fault."""

from __future__ import annotations

from enum import StrEnum


class CodeErreur(StrEnum):
    """The codes a mutation answers with in its `UserError` (DESIGN.md §4)."""

    BAD_USER_INPUT = "BAD_USER_INPUT"  # a value or a state transition the programme's rules refuse
    NOT_FOUND = "NOT_FOUND"  # absent, or outside the caller's scope: the two look the same
    FORBIDDEN = "FORBIDDEN"  # the caller's role never performs this write
    UNAUTHENTICATED = "UNAUTHENTICATED"  # no token at all
    CONFLICT = "CONFLICT"  # a concurrent write or a unique rule (one contract in progress…) got there first


class EcritureRefuseeError(Exception):
    """Raised by a service for an expected failure; the transaction of the write is rolled back.

    `champ` names the domain value at fault in snake_case (`nb_participants`, `ages.plus60ans`): the
    GraphQL layer turns it into the input field the client sent (`input.nbParticipants`).
    """

    def __init__(self, code: CodeErreur, message: str, champ: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.champ = champ


def invalide(message: str, champ: str | None = None) -> EcritureRefuseeError:
    return EcritureRefuseeError(CodeErreur.BAD_USER_INPUT, message, champ)


def introuvable(champ: str, quoi: str) -> EcritureRefuseeError:
    return EcritureRefuseeError(CodeErreur.NOT_FOUND, f"{quoi} introuvable.", champ)


def interdit(message: str) -> EcritureRefuseeError:
    return EcritureRefuseeError(CodeErreur.FORBIDDEN, message)


def conflit(message: str, champ: str | None = None) -> EcritureRefuseeError:
    return EcritureRefuseeError(CodeErreur.CONFLICT, message, champ)
