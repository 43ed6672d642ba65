"""demanderExamenComplementaire and abandonnerCandidature (by ANCT): states, motif, roles, journal."""

from __future__ import annotations

from hub.models import Structure
from hub.models.enums import StatutStructure
from tests.auth.world import make_structure, systeme
from tests.ecriture import Hub, gid

RESULTAT = """
  __typename
  ... on StatutCandidaturePayload { structure { statut } }
  ... on UserError { code message champ }
"""
EXAMEN = (
    "mutation($input: StatutCandidatureInput!) "
    f"{{ demanderExamenComplementaire(input: $input) {{ {RESULTAT} }} }}"
)
ABANDON = (
    f"mutation($input: StatutCandidatureInput!) {{ abandonnerCandidature(input: $input) {{ {RESULTAT} }} }}"
)


async def test_une_candidature_passe_en_examen_complementaire_puis_est_abandonnee(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        candidate = await make_structure(session, departement="57", statut=StatutStructure.CREEE)
    entree = {"input": {"structureId": gid("Structure", candidate.id), "motif": "Pièces manquantes."}}

    examen = await ecriture.muter(scene.anct, "demanderExamenComplementaire", EXAMEN, entree)
    assert examen == {
        "__typename": "StatutCandidaturePayload",
        "structure": {"statut": "EXAMEN_COMPLEMENTAIRE"},
    }
    deux_fois = await ecriture.refus(scene.anct, "demanderExamenComplementaire", EXAMEN, entree)
    assert deux_fois["champ"] == "input.structureId"

    sans_motif = {"input": {**entree["input"], "motif": "   "}}
    refus = await ecriture.refus(scene.anct, "abandonnerCandidature", ABANDON, sans_motif)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.motif")
    abandon = await ecriture.muter(scene.anct, "abandonnerCandidature", ABANDON, entree)
    assert abandon["structure"] == {"statut": "ABANDON"}
    assert (await scene.lire(Structure, candidate.id)).statut is StatutStructure.ABANDON
    lignes = [(j.action, j.apres) for j in await scene.journal() if j.entite_id == str(candidate.id)]
    assert [action for action, _ in lignes] == ["structure.examen_complementaire", "structure.abandon"]
    assert all(apres is not None and apres["motif"] == "Pièces manquantes." for _, apres in lignes)


async def test_seule_l_anct_et_seulement_une_candidature_en_instruction(ecriture: Hub) -> None:
    scene = ecriture.scene
    async with systeme(scene.database) as session:
        candidate = await make_structure(session, departement="57", statut=StatutStructure.CREEE)
    entree = {"input": {"structureId": gid("Structure", candidate.id), "motif": "Demande de la structure."}}
    for principal in (scene.prefecture_57, None):
        refus = await ecriture.refus(principal, "abandonnerCandidature", ABANDON, entree)
        assert refus["code"] in ("FORBIDDEN", "UNAUTHENTICATED")
    # Another structure does not even see it (the structure itself may: test_abandon_par_la_structure).
    autre = await ecriture.refus(scene.structure, "abandonnerCandidature", ABANDON, entree)
    assert autre["code"] == "NOT_FOUND"
    examen = await ecriture.refus(scene.structure, "demanderExamenComplementaire", EXAMEN, entree)
    assert examen["code"] == "FORBIDDEN"
    validee = {"input": {"structureId": gid("Structure", scene.metz.id), "motif": "Plus de projet."}}
    refus = await ecriture.refus(scene.anct, "abandonnerCandidature", ABANDON, validee)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.structureId")
    assert "n'est plus en instruction" in refus["message"]
