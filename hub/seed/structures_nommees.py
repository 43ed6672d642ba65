"""The structures the programme's public texts name, with their postes (`../shared/seeds/`).

The demo reproduces them: Moselle's first wave (19 postes in 12 structures, four of them named), the
ten postes of the arrondissement of Béthune in Pas-de-Calais, Emmaüs Connect's postes given by a national
agreement (one network, one SIREN, an établissement per département), and the poste of DEV and YOU,
funded in Nord and working in the Béthunois. Every other structure of those départements is drawn at
random around them, so that the département keeps its published number of postes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hub.models.enums import TypeStructure

# Moselle announced its first wave early in 2021: the committees up to this day decided it; the rest
# of the département's postes came after.
FIN_PREMIERE_VAGUE = date(2021, 1, 31)
PREMIERE_VAGUE = {"57": (12, 19)}  # département: (structures, postes) of the first wave
EMMAUS_CONNECT = "Emmaüs Connect"


@dataclass(frozen=True, slots=True)
class StructureNommee:
    """A structure a text names: where it is, how many postes, and what the text says of them."""

    departement: str
    nom: str
    type: TypeStructure
    postes: int
    commune: str  # INSEE code: the chef-lieu or one of hub.seed.communes.COMMUNES_CONNUES
    premiere_vague: bool = False
    recrutement_en_cours: bool = False  # its postes are still vacant
    reseau: str | None = None
    exerce_a: str | None = None  # INSEE code of the commune it works in, when in another département


STRUCTURES_NOMMEES: tuple[StructureNommee, ...] = (
    StructureNommee("57", "Commune d'Achen", TypeStructure.COMMUNE, 1, "57006", premiere_vague=True),
    StructureNommee("57", "Ville de Metz", TypeStructure.COMMUNE, 2, "57463", premiere_vague=True),
    StructureNommee(
        "57", "Ville de Thionville – pôle numérique Thi'Pi", TypeStructure.COMMUNE, 1, "57672",
        premiere_vague=True,
    ),
    StructureNommee(
        "57", "Mission locale du Pays messin", TypeStructure.PRIVATE, 2, "57463", premiere_vague=True
    ),
    StructureNommee("62", "PIMMS Médiation Artois-Gohelle", TypeStructure.PRIVATE, 1, "62178"),
    StructureNommee("62", "Commune de Lillers – bibliothèque municipale", TypeStructure.COMMUNE, 1, "62516"),
    StructureNommee(
        "62", "Communauté d'agglomération de Béthune-Bruay, Artois-Lys Romane (CABBALR)",
        TypeStructure.EPCI, 3, "62119",
    ),
    StructureNommee("62", "Commune de Calonne-Ricouart", TypeStructure.COMMUNE, 1, "62193"),
    StructureNommee("62", "Commune de Laventie", TypeStructure.COMMUNE, 1, "62491"),
    StructureNommee(
        "62", "Maison de la jeunesse et de l'éducation populaire d'Isbergues", TypeStructure.PRIVATE, 1,
        "62473", recrutement_en_cours=True,
    ),
    StructureNommee(
        "62", "Commune d'Houdain", TypeStructure.COMMUNE, 1, "62457", recrutement_en_cours=True
    ),
    StructureNommee("62", "CITEO", TypeStructure.PRIVATE, 1, "62119", recrutement_en_cours=True),
    StructureNommee(
        "62", "Emmaüs Connect – Pas-de-Calais", TypeStructure.PRIVATE, 3, "62041", reseau=EMMAUS_CONNECT
    ),
    StructureNommee("59", "Emmaüs Connect – Lille", TypeStructure.PRIVATE, 2, "59350", reseau=EMMAUS_CONNECT),
    StructureNommee("75", "Emmaüs Connect – Paris", TypeStructure.PRIVATE, 4, "75056", reseau=EMMAUS_CONNECT),
    StructureNommee(
        "13", "Emmaüs Connect – Marseille", TypeStructure.PRIVATE, 2, "13055", reseau=EMMAUS_CONNECT
    ),
    StructureNommee("59", "DEV and YOU", TypeStructure.PRIVATE, 1, "59350", exerce_a="62119"),
)  # fmt: skip


def nommees(departement: str) -> tuple[StructureNommee, ...]:
    return tuple(s for s in STRUCTURES_NOMMEES if s.departement == departement)
