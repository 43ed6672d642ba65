"""Previous and next links of the pages' tables, read through the API's pagination both ways.

A "Page suivante" link carries `apres` (the page's `endCursor`: the API reads `first`/`after`), a
"Page précédente" link carries `avant` (its `startCursor`: the API reads `last`/`before`). The API
answers `hasNextPage` going forwards and `hasPreviousPage` going backwards only (schema.pagination);
the other side is known from where the person comes from: a page reached by `apres` has rows before
it (the row of that cursor), one reached by `avant` has rows after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

_CURSEUR = re.compile(r"[A-Za-z0-9_=-]{1,500}")


class LienInvalideError(ValueError):
    """A page link whose cursor is not one the pages wrote (the 400 page)."""


@dataclass(frozen=True)
class Position:
    """Where a table is read from: the start, after a cursor (`apres`) or before one (`avant`)."""

    apres: str | None = None
    avant: str | None = None

    def variables(self, taille: int) -> dict[str, Any]:
        """The page arguments of the table's GraphQL document."""
        if self.avant is not None:
            return {"first": None, "after": None, "last": taille, "before": self.avant}
        return {"first": taille, "after": self.apres, "last": None, "before": None}


def position_de(request: Request) -> Position:
    """The `apres` or `avant` cursor of a page link (not both), else LienInvalideError."""
    apres = request.query_params.get("apres") or None
    avant = request.query_params.get("avant") or None
    if apres is not None and avant is not None:
        raise LienInvalideError
    for curseur in (apres, avant):
        if curseur is not None and not _CURSEUR.fullmatch(curseur):
            raise LienInvalideError
    return Position(apres=apres, avant=avant)


@dataclass(frozen=True)
class Liens:
    """The query strings (`?…`, the filters kept) of the previous and next pages, None when none."""

    precedente: str | None
    suivante: str | None


def liens(position: Position, page_info: dict[str, Any], filtres: str) -> Liens:
    """The table's links from the API's `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`."""
    debut, fin = page_info.get("startCursor"), page_info.get("endCursor")
    if position.avant is not None:
        avant_la_page, apres_la_page = bool(page_info.get("hasPreviousPage")), True
    else:
        avant_la_page, apres_la_page = position.apres is not None, bool(page_info.get("hasNextPage"))
    return Liens(
        precedente=_lien(filtres, "avant", debut) if avant_la_page and debut else None,
        suivante=_lien(filtres, "apres", fin) if apres_la_page and fin else None,
    )


def _lien(filtres: str, nom: str, curseur: str) -> str:
    curseur_encode = urlencode({nom: curseur})
    return f"?{filtres}&{curseur_encode}" if filtres else f"?{curseur_encode}"
