"""Where a programme record comes from: the source system's id, the import run and file date, absence.

Rows created through the API (or the synthetic seed) have no import run; rows an import wrote carry
the run that last changed them and the date of its file. A snapshot import marks the rows its file no
longer holds with the file's date in `absent_depuis` (they stay, and the figures keep counting them):
the next file that holds them again clears it.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column


class Provenance:
    """For records keyed in their source by a natural key (enveloppe code, plafond per département)."""

    # Not a foreign key: SQLite can neither add one to these tables nor drop such a column without
    # copying the table (which would drop the activité triggers); import runs are never deleted.
    import_run_id: Mapped[uuid.UUID | None]
    date_source: Mapped[date | None]
    absent_depuis: Mapped[date | None]


class IdentifiantSource(Provenance):
    """For records the source system identifies by an id of its own, kept to trace every row back."""

    id_source: Mapped[str | None] = mapped_column(String(100), unique=True, index=True)
