"""Names that sound French: people, communes, streets, structures and places (all synthetic)."""

from __future__ import annotations

import unicodedata

from hub.models.enums import TypeStructure
from hub.seed.rng import Rng

PRENOMS = (
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Laura", "Marie", "Claire",
    "Sophie", "Nadia", "Amina", "Fatoumata", "Aurélie", "Céline", "Élodie", "Nathalie", "Sandrine",
    "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Mehdi", "Karim", "Yanis",
    "Romain", "Kevin", "Sébastien", "Olivier", "Mathieu", "Alexandre", "Jérôme", "David", "Samuel",
    "Théo", "Louis", "Paul", "Enzo", "Noah", "Moussa", "Stéphane", "Franck", "Pauline", "Anaïs", "Lina",
)  # fmt: skip
NOMS = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure",
    "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
    "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
    "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer",
    "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
    "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin",
    "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
    "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Hoarau",
)  # fmt: skip
_RACINES = (
    "Beaumont", "Villeneuve", "Montfort", "Fontaine", "Neuville", "Bellevue", "Rochefort", "Valmont",
    "Châteauneuf", "Mirebeau", "Marcilly", "Aubigny", "Brécourt", "Chantemerle", "Courcelles", "Épinay",
    "Fresnoy", "Givry", "Hautmont", "Jouy", "Lignières", "Mareuil", "Noyers", "Orgeval", "Pouilly",
    "Rosières", "Tilly", "Vaux", "Villers", "Montigny", "Boissy", "Champigny", "Ambly", "Lucey", "Bréville",
    "Haucourt", "Morville", "Sancy", "Thiaucourt", "Varennes", "Chaumont", "Francheville", "Longeville",
    "Belleville", "Beaulieu", "Montreuil", "Ville-la-Grand", "Bourgneuf", "Marsac", "Plessis", "Anglure",
)  # fmt: skip
_SAINTS = (
    "Saint-Martin", "Saint-Jean", "Saint-Pierre", "Sainte-Marie", "Saint-Germain", "Saint-Laurent",
    "Saint-Julien", "Saint-Étienne", "Sainte-Croix", "Saint-Hilaire", "Saint-Denis", "Sainte-Anne",
)  # fmt: skip
_SUFFIXES = (
    "", "", "", "", "-le-Château", "-la-Forêt", "-les-Bains", "-le-Grand", "-le-Petit", "-en-Plaine",
    "-aux-Bois", "-la-Montagne", "-sur-Rivière", "-des-Champs", "-lès-{chef}",
)  # fmt: skip
_VOIES = (
    "rue de la République", "rue Victor Hugo", "place de la Mairie", "avenue Jean Jaurès", "rue Pasteur",
    "rue des Écoles", "place du Marché", "rue de la Gare", "avenue de la Libération", "rue du Moulin",
    "rue Jules Ferry", "boulevard Gambetta", "rue de l'Église", "allée des Tilleuls", "rue Paul Bert",
    "avenue du Général de Gaulle", "rue Émile Zola", "rue des Lilas", "place Charles de Gaulle",
)  # fmt: skip
RESEAUX = (
    "Groupe SOS", "Emmaüs Connect", "Croix-Rouge française", "Familles Rurales", "WeTechCare",
    "Réseau des Missions locales", "Ligue de l'enseignement", "PIMMS Médiation",
)  # fmt: skip
_ASSOCIATIONS = (
    "Association Numérique pour Tous", "Espace de vie sociale", "Centre social",
    "Maison des jeunes et de la culture", "Mission locale", "Association d'aide aux familles",
    "Foyer rural", "Régie de quartier",
    "Association Inclusion et Territoires", "Tiers-lieu numérique", "Fablab associatif",
)  # fmt: skip


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by dots (for e-mail addresses)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return ".".join(words)


def nom_de_commune(rng: Rng, chef_lieu: str) -> str:
    root = rng.choice(_SAINTS) if rng.chance(0.2) else rng.choice(_RACINES)
    return root + rng.choice(_SUFFIXES).replace("{chef}", chef_lieu)


def adresse(rng: Rng) -> str:
    return f"{rng.randint(1, 120)} {rng.choice(_VOIES)}"


def personne(rng: Rng) -> tuple[str, str]:
    """(nom, prénom)."""
    return rng.choice(NOMS), rng.choice(PRENOMS)


_INDICATIFS = {"971": "+590", "972": "+596", "973": "+594", "974": "+262", "976": "+262"}


def telephone(rng: Rng, departement: str) -> str:
    """A number in E.164 with the département's country code (the lieux standard's pattern)."""
    return f"{_INDICATIFS.get(departement, '+33')}{rng.choice('1234567')}{rng.randrange(10**8):08d}"


def nom_de_structure(rng: Rng, kind: TypeStructure, commune: str, departement: str, region: str) -> str:
    match kind:
        case TypeStructure.COMMUNE:
            return f"Commune de {commune}"
        case TypeStructure.EPCI:
            return rng.choice(("Communauté de communes", "Communauté d'agglomération")) + f" de {commune}"
        case TypeStructure.DEPARTEMENT:
            return f"Conseil départemental ({departement})"
        case TypeStructure.REGION:
            return f"Conseil régional {region}"
        case TypeStructure.COLLECTIVITE:
            return rng.choice(("CCAS de ", "CIAS de ", "Syndicat intercommunal de ")) + commune
        case TypeStructure.GIP:
            return rng.choice(("GIP Maison de l'emploi de ", "GIP e-territoires ", "GIP Agir ")) + commune
        case TypeStructure.PRIVATE:
            return f"{rng.choice(_ASSOCIATIONS)} de {commune}"


def nom_de_lieu(rng: Rng, commune: str) -> str:
    kind = rng.choice(
        (
            "Médiathèque",
            "Espace numérique",
            "Mairie annexe",
            "Maison France Services",
            "Centre social",
            "Tiers-lieu",
            "Point d'accès numérique",
        )
    )
    return f"{kind} de {commune}"
