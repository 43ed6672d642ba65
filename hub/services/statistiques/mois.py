"""`mois(date)`: the 'YYYY-MM' of a date, compiled per dialect (strftime on SQLite, to_char on PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class mois(FunctionElement[str]):  # noqa: N801 - a SQL function reads as one
    """Month of a DATE column as text; the format is a SQL literal (not a bound parameter) so that
    PostgreSQL recognises the same expression in SELECT and GROUP BY."""

    type = String()
    inherit_cache = True
    name = "mois"


@compiles(mois, "sqlite")
def _mois_sqlite(element: mois, compiler: SQLCompiler, **kw: Any) -> str:
    (colonne,) = element.clauses
    format_ = compiler.process(literal_column("'%Y-%m'"), **kw)
    return f"strftime({format_}, {compiler.process(colonne, **kw)})"


@compiles(mois, "postgresql")
def _mois_postgresql(element: mois, compiler: SQLCompiler, **kw: Any) -> str:
    (colonne,) = element.clauses
    return f"to_char({compiler.process(colonne, **kw)}, 'YYYY-MM')"
