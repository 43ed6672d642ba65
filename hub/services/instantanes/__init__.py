"""Daily snapshots of the programme's figures per territory (issue 22): taking and back-filling them."""

from hub.services.instantanes.prise import (
    DEBUT_DU_PROGRAMME,
    BilanInstantanes,
    DateFutureError,
    completer_depuis,
    prendre_instantane,
)

__all__ = [
    "DEBUT_DU_PROGRAMME",
    "BilanInstantanes",
    "DateFutureError",
    "completer_depuis",
    "prendre_instantane",
]
