"""The programme's story end to end through GraphQL, each step seen in the statistics and the journal.

A new structure of Moselle applies → the préfet gives a positive avis → the coselec validates two
postes → the structure recruits a conseiller, ANCT validates → the conseiller resigns (rupture) → the
structure recruits another conseiller on the same poste, ANCT validates → the new conseiller files an
activité.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hub.models.enums import StatutStructure
from hub.services.ecriture import aujourdhui
from tests.auth.world import make_conseiller, make_structure, systeme
from tests.ecriture import Hub, gid

STATISTIQUES = """
{ statistiques {
    postes { valides occupes vacants }
    conseillers { enPoste rupturesParMotif { valeur nombre } }
    activites { total }
} }
"""

ETAPES = {
    "deposerCandidature": (
        "CandidatureInput",
        "... on DeposerCandidaturePayload { candidature { id } }",
    ),
    "donnerAvisPrefet": ("AvisPrefetInput", "... on DonnerAvisPrefetPayload { avis { avis } }"),
    "deciderCoselec": (
        "DecisionCoselecInput",
        "... on DeciderCoselecPayload { postes { id } structure { statut } }",
    ),
    "enregistrerContrat": ("ContratInput", "... on ContratPayload { contrat { id statut } }"),
    "validerRecrutement": ("ValidationRecrutementInput", "... on ContratPayload { contrat { id statut } }"),
    "declarerRupture": ("RuptureInput", "... on ContratPayload { contrat { id statut poste { etat } } }"),
    "enregistrerActivite": ("ActiviteInput", "... on EnregistrerActivitePayload { activite { id } }"),
}


async def _etape(hub: Hub, principal: Any, mutation: str, entree: dict[str, Any]) -> dict[str, Any]:
    type_entree, selection = ETAPES[mutation]
    query = (
        f"mutation($input: {type_entree}!) {{ {mutation}(input: $input) {{ __typename {selection} "
        "... on UserError { code message champ } } }"
    )
    resultat = await hub.muter(principal, mutation, query, {"input": entree})
    assert resultat["__typename"] != "UserError", resultat
    return resultat


async def _chiffres(hub: Hub, principal: Any) -> tuple[int, int, int, int, int, int]:
    stats = (await hub.demander(principal, STATISTIQUES))["statistiques"]
    ruptures = {b["valeur"]: b["nombre"] for b in stats["conseillers"]["rupturesParMotif"]}
    postes = stats["postes"]
    return (
        postes["valides"],
        postes["occupes"],
        postes["vacants"],
        stats["conseillers"]["enPoste"],
        ruptures["DEMISSION"],
        stats["activites"]["total"],
    )


async def test_candidature_avis_coselec_contrat_rupture_nouveau_contrat(ecriture: Hub) -> None:
    async with systeme(ecriture.scene.database) as session:
        achen = await make_structure(session, departement="57", statut=StatutStructure.CREEE)
        # A structure names only people it already reads (docs/autorisations.md): two of its staff.
        premiere = await make_conseiller(session, achen)
        seconde = await make_conseiller(session, achen)
    scene = ecriture.scene
    structure = dataclasses.replace(scene.structure, subject="rh@achen.fr", structure_id=achen.id)
    anct, prefecture = scene.anct, scene.prefecture_57
    jour = aujourdhui().isoformat()
    # The scene already holds 3 postes (1 occupied by an active contract) and 1 conseiller in post.
    depart = await _chiffres(ecriture, anct)
    assert depart == (3, 1, 2, 1, 0, 0)

    def ecart(*chiffres: int) -> tuple[int, ...]:
        return tuple(c - d for c, d in zip(chiffres, depart, strict=True))

    candidature = (await _etape(ecriture, structure, "deposerCandidature", {"nbPostesSouhaites": 2}))[
        "candidature"
    ]
    await _etape(
        ecriture, prefecture, "donnerAvisPrefet", {"candidatureId": candidature["id"], "avis": "POSITIF"}
    )
    decision = await _etape(
        ecriture,
        anct,
        "deciderCoselec",
        {"candidatureId": candidature["id"], "avis": "POSITIF", "nbPostes": 2, "phase": 1, "numero": 1},
    )
    assert decision["structure"] == {"statut": "VALIDEE"}
    assert ecart(*await _chiffres(ecriture, anct)) == (2, 0, 2, 0, 0, 0)

    poste = decision["postes"][0]["id"]

    async def recruter(conseiller_id: Any, type_contrat: str) -> str:
        entree = {
            "posteId": poste,
            "conseillerId": gid("Conseiller", conseiller_id),
            "type": type_contrat,
            "dateDebut": jour,
        } | ({"dateFin": "2099-12-31"} if type_contrat == "CDD" else {})
        contrat = (await _etape(ecriture, structure, "enregistrerContrat", entree))["contrat"]
        assert contrat["statut"] == "RECRUTE"
        assert ecart(*await _chiffres(ecriture, anct))[:4] == (2, 1, 1, 0)  # occupied, not yet in post
        valide = await _etape(ecriture, anct, "validerRecrutement", {"contratId": contrat["id"]})
        assert valide["contrat"]["statut"] == "ACTIF"
        return str(contrat["id"])

    premier_contrat = await recruter(premiere.id, "CDD")
    assert ecart(*await _chiffres(ecriture, anct)) == (2, 1, 1, 1, 0, 0)

    rupture = await _etape(
        ecriture,
        structure,
        "declarerRupture",
        {"contratId": premier_contrat, "motif": "DEMISSION", "dateRupture": jour},
    )
    assert rupture["contrat"]["poste"] == {"etat": "VACANT"}
    assert ecart(*await _chiffres(ecriture, anct)) == (2, 0, 2, 0, 1, 0)

    await recruter(seconde.id, "CDI")
    assert ecart(*await _chiffres(ecriture, anct)) == (2, 1, 1, 1, 1, 0)

    cnum = dataclasses.replace(scene.conseiller, subject="cnum2", conseiller_id=seconde.id)
    activite = {
        "date": jour,
        "canal": "DISTANCE",
        "type": "INDIVIDUEL",
        "dureeMinutes": 45,
        "nbParticipants": 1,
        "ages": {"plus60ans": 1},
        "statuts": {"retraite": 1},
        "themes": ["DEMARCHE_EN_LIGNE"],
        "codeCommune": "57463",
    }
    await _etape(ecriture, cnum, "enregistrerActivite", activite)
    assert ecart(*await _chiffres(ecriture, anct)) == (2, 1, 1, 1, 1, 1)
    # The structure's own statistics: only its rows (two postes, one conseiller in post, one rupture).
    assert await _chiffres(ecriture, structure) == (2, 1, 1, 1, 1, 1)

    journal = "{ journal(first: 50, tri: HORODATAGE) { nodes { action } } }"
    actions = [n["action"] for n in (await ecriture.demander(structure, journal))["journal"]["nodes"]]
    assert actions == [
        "candidature.deposer",
        "avis_prefet.donner",
        "poste.creer",
        "poste.creer",
        "decision_coselec.decider",
        "structure.statut",
        "contrat.enregistrer",
        "poste.occuper",
        "contrat.valider",
        "conseiller.rattacher",
        "contrat.rompre",
        "poste.liberer",
        "contrat.enregistrer",
        "poste.occuper",
        "contrat.valider",
        "conseiller.rattacher",
        "activite.enregistrer",
    ]
    # The first conseiller sees its own contract's story, not the structure's candidature nor the other's.
    premiere_cnum = dataclasses.replace(cnum, conseiller_id=premiere.id)
    siennes = [n["action"] for n in (await ecriture.demander(premiere_cnum, journal))["journal"]["nodes"]]
    assert siennes == ["contrat.enregistrer", "contrat.valider", "conseiller.rattacher", "contrat.rompre"]
    assert len((await ecriture.demander(anct, journal))["journal"]["nodes"]) == len(actions)
    assert len((await ecriture.demander(prefecture, journal))["journal"]["nodes"]) == len(actions)
    assert (await ecriture.demander(scene.prefecture_13, journal))["journal"]["nodes"] == []
