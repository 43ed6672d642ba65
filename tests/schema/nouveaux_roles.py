"""Issue 21's roles on the write scene (tests/ecriture.py): a réseau, a hub territorial, their principals."""

from __future__ import annotations

from auth.principal import Principal
from hub.models import HubTerritorial, HubTerritorialRegion, Reseau, Structure
from hub.models.enums import Role
from hub.models.reseau import id_du_reseau
from hub.referentiel.territoires import departements_des_regions
from tests.auth.world import systeme
from tests.ecriture import Scene

GRAND_EST, SUD = "44", "93"  # the régions of Moselle (57) and of Bouches-du-Rhône (13)


async def reseau(scene: Scene, nom: str, *membres: Structure) -> Reseau:
    """A réseau (id from its name, as the seed and imports make it) with `membres` linked to it."""
    async with systeme(scene.database) as session:
        row = Reseau(id=id_du_reseau(nom), nom=nom)
        session.add(row)
        await session.flush()
        for membre in membres:
            structure = await session.get(Structure, membre.id)
            assert structure is not None
            structure.reseau_id, structure.reseau = row.id, nom
        return row


async def hub_territorial(scene: Scene, nom: str, *regions: str) -> HubTerritorial:
    async with systeme(scene.database) as session:
        row = HubTerritorial(nom=nom)
        session.add(row)
        await session.flush()
        session.add_all(HubTerritorialRegion(hub_territorial_id=row.id, region_code=code) for code in regions)
        return row


def grand_reseau(row: Reseau) -> Principal:
    return Principal(Role.GRAND_RESEAU, subject="national@reseau.org", reseau_id=row.id)


def du_hub(row: HubTerritorial, *regions: str) -> Principal:
    return Principal(
        Role.HUB_TERRITORIAL,
        subject="contact@hub.org",
        hub_territorial_id=row.id,
        regions=frozenset(regions),
        departements=departements_des_regions(frozenset(regions)),
    )
