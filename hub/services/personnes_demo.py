"""The demo's people: one habilitation per role, so that a newcomer signs in with one click.

`inclusion-hub demo` writes their habilitations after seeding (hub/seed/habilitations_demo.py, a
trusted job), under the issuer `ISSUER_DEMO`, which no OpenID provider can claim (it is not a URL).
The sign-in page /auth/demo reads them through the same habilitation lookup as ProConnect's callback.
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.models.enums import Role

ISSUER_DEMO = "urn:inclusion-hub:demo"
DEPARTEMENT_DE_LA_STRUCTURE = "57"
# Issue 21's roles. The demo's hub territorial covers the Hauts-de-France (région 32), whose Nord (59)
# and Pas-de-Calais (62) the demo holds; its grand réseau is Emmaüs Connect (named structures in 13,
# 59, 62 and 75); its coordinateur is the Moselle's conseiller on a coordination poste.
HUB_TERRITORIAL_DEMO = "Hub territorial des Hauts-de-France"
REGION_DU_HUB_DEMO = "32"
RESEAU_DEMO = "Emmaüs Connect"


@dataclass(frozen=True, slots=True)
class PersonneDemo:
    cle: str  # what /auth/demo?role=… names: "anct", "prefecture-57", "structure"…
    role: Role
    libelle: str
    departement: str | None = None

    @property
    def email(self) -> str:
        return f"{self.cle}@demo.inclusion-hub.fr"

    @property
    def nom(self) -> str:
        return f"{self.libelle} (démo)"


PERSONNES_DEMO = (
    PersonneDemo("anct", Role.ANCT, "Agent de l'ANCT"),
    PersonneDemo("prefecture-57", Role.PREFECTURE, "Agent de la préfecture de la Moselle", "57"),
    PersonneDemo("prefecture-62", Role.PREFECTURE, "Agent de la préfecture du Pas-de-Calais", "62"),
    PersonneDemo("structure", Role.STRUCTURE, "Responsable d'une structure de la Moselle", "57"),
    PersonneDemo("conseiller", Role.CONSEILLER, "Conseiller numérique de la Moselle", "57"),
    PersonneDemo("aidant", Role.AIDANT, "Aidant Connect de la Moselle", "57"),
    PersonneDemo(
        "coordinateur", Role.COORDINATEUR, "Coordinateur de conseillers numériques de la Moselle", "57"
    ),
    PersonneDemo("hub_territorial", Role.HUB_TERRITORIAL, "Agent du hub territorial des Hauts-de-France"),
    PersonneDemo("grand_reseau", Role.GRAND_RESEAU, "Responsable national d'Emmaüs Connect (grand réseau)"),
)


def personne_demo(role: str, departement: str | None) -> PersonneDemo | None:
    """The demo person of `role` (and `departement`, for a préfecture), or None."""
    cle = f"{role}-{departement or '57'}" if role == Role.PREFECTURE.value else role
    return next((personne for personne in PERSONNES_DEMO if personne.cle == cle), None)
