"""Synthetic SIRETs: valid (Luhn on the SIREN and on the SIRET, as INSEE does) and unique in a run."""

from __future__ import annotations

from stdnum import luhn
from stdnum.fr import siret as stdnum_siret

from hub.models.enums import TypeStructure
from hub.seed.rng import Rng

# First digits of a SIREN by kind of legal entity (public bodies start with 1 or 2, as in the SIRENE base).
PREFIXES_SIREN: dict[TypeStructure | None, tuple[str, ...]] = {
    TypeStructure.COMMUNE: ("21",),
    TypeStructure.EPCI: ("20", "24"),
    TypeStructure.DEPARTEMENT: ("22",),
    TypeStructure.REGION: ("23",),
    TypeStructure.COLLECTIVITE: ("26",),
    TypeStructure.GIP: ("13", "18"),
    TypeStructure.PRIVATE: ("3", "4", "5", "7", "8"),
    None: ("2", "3", "4", "5", "7", "8"),
}


class SiretFactory:
    """Hands out SIRETs never seen before in this run (a drawn duplicate is simply drawn again)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._sirens: dict[str, str] = {}

    def etablissement(self, rng: Rng, entreprise: str, kind: TypeStructure | None = None) -> str:
        """A new établissement (another NIC) of one legal entity: a network's SIREN is drawn once."""
        siren = self._sirens.get(entreprise)
        if siren is None:
            siret = self.new(rng, kind)
            self._sirens[entreprise] = siret[:9]
            return siret
        while True:
            nic = f"{rng.randrange(1, 10_000):04d}"
            siret = siren + nic + luhn.calc_check_digit(siren + nic)
            if siret not in self._seen and stdnum_siret.is_valid(siret):
                self._seen.add(siret)
                return siret

    def new(self, rng: Rng, kind: TypeStructure | None = None) -> str:
        prefix = rng.choice(PREFIXES_SIREN[kind])
        while True:
            body = prefix + "".join(str(rng.randrange(10)) for _ in range(8 - len(prefix)))
            siren = body + luhn.calc_check_digit(body)
            nic = f"{rng.choice((1, 1, 1, 2, 3, 4, 5, 9, 12, 18, 25, 31)):04d}"
            siret = siren + nic + luhn.calc_check_digit(siren + nic)
            if siret not in self._seen and stdnum_siret.is_valid(siret):
                self._seen.add(siret)
                return siret
