"""Aidants Connect: organisations, aidants (some are conseillers), pseudonymous usagers, mandats."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

from hub.models import Aidant, Autorisation, Mandat, OrganisationAidantsConnect, Usager
from hub.models.enums import DUREES_MANDAT_JOURS, Demarche, StatutStructure
from hub.seed.bulk import BulkWriter, Row
from hub.seed.communes import Territoire
from hub.seed.noms import personne, slug
from hub.seed.plan import ConseillerPlan, StructurePlan
from hub.seed.rng import AUJOURD_HUI, Rng, Weighted
from hub.seed.scales import repartir
from hub.seed.siret import SiretFactory

DEBUT_MANDATS = date(2021, 6, 1)
# Mandats last at most a year, so they are dated up to the day of seeding (not the generator's fixed
# "today"): the demo always has active mandats. Counts and ids stay deterministic; only these dates move.
FIN_MANDATS = max(AUJOURD_HUI, datetime.now(UTC).date())
_DUREES = Weighted(DUREES_MANDAT_JOURS, (5, 10, 15, 70))
_NB_DEMARCHES = Weighted(range(1, 11), (20, 22, 18, 12, 9, 6, 5, 3, 2, 3))
_NOMS_ORGANISATIONS = (
    "Mairie de",
    "CCAS de",
    "Médiathèque de",
    "Centre social de",
    "Maison des solidarités de",
    "Association d'entraide de",
    "PIMMS de",
)

ORGANISATION_COLUMNS = (
    "id", "siret", "nom", "departement_code", "structure_id", "demarches_autorisees",
    "numero_france_services", "external_ids", "created_at",
)  # fmt: skip
AIDANT_COLUMNS = (
    "id", "organisation_id", "departement_code", "nom", "prenom", "email", "peut_creer_mandats",
    "conseiller_id", "created_at",
)  # fmt: skip
MANDAT_COLUMNS = (
    "id", "organisation_id", "usager_id", "aidant_id", "departement_code", "duree_jours", "date_creation",
    "date_expiration", "a_distance", "created_at",
)  # fmt: skip
AUTORISATION_COLUMNS = (
    "id", "mandat_id", "organisation_id", "departement_code", "demarche", "date_revocation",
)  # fmt: skip


@dataclass
class AidantsConnect:
    """Rows of the whole run, written in foreign-key order."""

    random_seed: int
    organisations: list[Row] = field(default_factory=list)
    aidants: list[Row] = field(default_factory=list)
    usagers: list[Row] = field(default_factory=list)
    mandats: list[Row] = field(default_factory=list)
    autorisations: list[Row] = field(default_factory=list)

    def pseudonyme(self, n: int) -> str:
        """What the hub stores for an usager: a keyed hash of the FranceConnect `sub`, never the sub."""
        return hmac.new(self._cle, f"franceconnect-sub-{n}".encode(), hashlib.sha256).hexdigest()

    @cached_property
    def _cle(self) -> bytes:
        return hashlib.sha256(f"inclusion-hub/seed/{self.random_seed}".encode()).digest()

    async def write(self, writer: BulkWriter) -> None:
        await writer.write(OrganisationAidantsConnect, ORGANISATION_COLUMNS, self.organisations)
        await writer.write(Aidant, AIDANT_COLUMNS, self.aidants)
        await writer.write(Usager, ("id", "pseudonyme", "annee_naissance", "created_at"), self.usagers)
        await writer.write(Mandat, MANDAT_COLUMNS, self.mandats)
        await writer.write(Autorisation, AUTORISATION_COLUMNS, self.autorisations)


def habiliter(
    territoire: Territoire,
    nb_organisations: int,
    nb_mandats: int,
    structures: list[StructurePlan],
    conseillers: dict[uuid.UUID, list[ConseillerPlan]],
    ids_fs: list[int],
    sirets: SiretFactory,
    ac: AidantsConnect,
) -> None:
    """One département's organisations, a third of them structures of the programme (same SIRET)."""
    rng = Rng.stream(ac.random_seed, "aidants_connect", territoire.code)
    candidates = [s for s in structures if s.statut is StatutStructure.VALIDEE]
    rng.shuffle(candidates)
    tailles = {str(i): rng.randint(2, 12) for i in range(nb_organisations)}
    mandats_par_organisation = repartir(nb_mandats, {k: float(v) for k, v in tailles.items()})
    for i in range(nb_organisations):
        structure = candidates.pop() if candidates and rng.chance(0.3) else None
        organisation_id, demarches = _organisation(rng, territoire, structure, ids_fs, sirets, ac)
        aidants = _aidants(rng, territoire.code, organisation_id, tailles[str(i)], structure, conseillers, ac)
        usagers: list[uuid.UUID] = []
        for _ in range(mandats_par_organisation[str(i)]):
            _mandat(rng, territoire.code, organisation_id, rng.choice(aidants), demarches, usagers, ac)


def _organisation(
    rng: Rng,
    territoire: Territoire,
    structure: StructurePlan | None,
    ids_fs: list[int],
    sirets: SiretFactory,
    ac: AidantsConnect,
) -> tuple[uuid.UUID, list[str]]:
    organisation_id = rng.uuid()
    all_demarches = [d.value for d in Demarche]
    demarches = all_demarches if rng.chance(0.7) else sorted(rng.sample(all_demarches, rng.randint(5, 9)))
    if structure is not None:
        siret, nom = structure.siret, structure.nom
    else:
        siret = sirets.new(rng)
        nom = f"{rng.choice(_NOMS_ORGANISATIONS)} {territoire.tirage.draw(rng).nom}"
    numero_fs = rng.choice(ids_fs) if ids_fs and rng.chance(0.2) else None
    created = rng.instant(rng.day_between(date(2021, 1, 15), date(2023, 6, 30)))
    ac.organisations.append(
        (
            organisation_id,
            siret,
            nom,
            territoire.code,
            structure.id if structure else None,
            demarches,
            numero_fs,
            {"uuid": str(rng.uuid())},
            created,
        )
    )
    return organisation_id, demarches


def _aidants(
    rng: Rng,
    code: str,
    organisation_id: uuid.UUID,
    taille: int,
    structure: StructurePlan | None,
    conseillers: dict[uuid.UUID, list[ConseillerPlan]],
    ac: AidantsConnect,
) -> list[uuid.UUID]:
    """The organisation's aidants; a conseiller of the structure is habilitated half the time."""
    ids: list[uuid.UUID] = []
    collegues = conseillers.get(structure.id, []) if structure else []
    for conseiller in collegues:
        if rng.chance(0.5):
            ids.append(
                _aidant(
                    rng,
                    code,
                    organisation_id,
                    conseiller.nom,
                    conseiller.prenom,
                    conseiller.email,
                    conseiller.id,
                    ac,
                )
            )
    while len(ids) < taille:
        nom, prenom = personne(rng)
        email = f"{slug(prenom + ' ' + nom)}.{len(ac.aidants) + 1}@aidants.example"
        ids.append(_aidant(rng, code, organisation_id, nom, prenom, email, None, ac))
    return ids


def _aidant(
    rng: Rng,
    code: str,
    organisation_id: uuid.UUID,
    nom: str,
    prenom: str,
    email: str,
    conseiller_id: uuid.UUID | None,
    ac: AidantsConnect,
) -> uuid.UUID:
    aidant_id = rng.uuid()
    created = rng.instant(rng.day_between(date(2021, 3, 1), date(2024, 12, 31)))
    ac.aidants.append(
        (aidant_id, organisation_id, code, nom, prenom, email, rng.chance(0.9), conseiller_id, created)
    )
    return aidant_id


def _mandat(
    rng: Rng,
    code: str,
    organisation_id: uuid.UUID,
    aidant_id: uuid.UUID,
    demarches: list[str],
    usagers: list[uuid.UUID],
    ac: AidantsConnect,
) -> None:
    """A mandat (a fifth renew one of the organisation's usagers) with 1–10 autorisations."""
    span = (FIN_MANDATS - DEBUT_MANDATS).days - 1
    creation = rng.instant(DEBUT_MANDATS + timedelta(days=int(rng.triangular(0, span, span))))
    if usagers and rng.chance(0.2):
        usager_id = rng.choice(usagers)
    else:
        usager_id = rng.uuid()
        usagers.append(usager_id)
        ac.usagers.append((usager_id, ac.pseudonyme(len(ac.usagers) + 1), rng.randint(1930, 2005), creation))
    duree = _DUREES.draw(rng)
    expiration = creation + timedelta(days=duree)
    mandat_id = rng.uuid()
    ac.mandats.append(
        (
            mandat_id,
            organisation_id,
            usager_id,
            aidant_id,
            code,
            duree,
            creation,
            expiration,
            rng.chance(0.1),
            creation,
        )
    )
    fin = min(expiration, datetime.combine(FIN_MANDATS, datetime.max.time(), tzinfo=UTC))
    revocation = creation + (fin - creation) * rng.uniform(0.05, 0.95)
    tirage = rng.random()
    choisies = rng.sample(demarches, min(_NB_DEMARCHES.draw(rng), len(demarches)))
    for index, demarche in enumerate(choisies):
        revoquee = tirage < 0.08 or (tirage < 0.13 and index == 0)  # all revoked, or just one
        ac.autorisations.append(
            (rng.uuid(), mandat_id, organisation_id, code, demarche, revocation if revoquee else None)
        )
