"""Errors the command line turns into one clear line on stderr and a non-zero exit."""

from __future__ import annotations

import re


class CliError(Exception):
    """An expected failure: the message is shown as it is, without a traceback."""


def describe_database_error(error: BaseException) -> str:
    """One line naming what failed, with the URL's password hidden."""
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0] if str(error) else ""
    detail = re.sub(r"://([^:/@]+):[^@]+@", r"://\1:***@", detail)
    return f"cannot use the database: {type(error).__name__}: {detail}"[:500]
