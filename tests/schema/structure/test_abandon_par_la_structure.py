"""abandonnerCandidature by the structure itself: its own candidature under instruction only, journaled;
on PostgreSQL a structure changes nothing of its row but that statut, whatever SQL it sends."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError

from auth.principal import Principal
from hub.models import Structure
from hub.models.enums import Role, StatutStructure
from tests.auth.world import make_candidature, make_structure, systeme
from tests.ecriture import Hub, gid
from tests.schema.structure.test_statut_candidature import ABANDON


async def _candidate(ecriture: Hub, statut: StatutStructure = StatutStructure.CREEE) -> Structure:
    async with systeme(ecriture.scene.database) as session:
        structure = await make_structure(session, departement="57", statut=statut)
        await make_candidature(session, structure)
    return structure


def _elle_meme(structure: Structure) -> Principal:
    return Principal(Role.STRUCTURE, subject="direction@candidate.fr", structure_id=structure.id)


@pytest.mark.parametrize("statut", [StatutStructure.CREEE, StatutStructure.EXAMEN_COMPLEMENTAIRE])
async def test_la_structure_abandonne_elle_meme_sa_candidature_en_instruction(
    ecriture: Hub, statut: StatutStructure
) -> None:
    candidate = await _candidate(ecriture, statut)
    entree = {"input": {"structureId": gid("Structure", candidate.id), "motif": "Le projet est ajourné."}}
    sans_motif = {"input": {**entree["input"], "motif": ""}}
    refus = await ecriture.refus(_elle_meme(candidate), "abandonnerCandidature", ABANDON, sans_motif)
    assert (refus["code"], refus["champ"]) == ("BAD_USER_INPUT", "input.motif")

    abandon = await ecriture.muter(_elle_meme(candidate), "abandonnerCandidature", ABANDON, entree)
    assert abandon["structure"] == {"statut": "ABANDON"}
    [ligne] = [j for j in await ecriture.scene.journal() if j.entite_id == str(candidate.id)]
    assert (ligne.action, ligne.role, ligne.avant, ligne.apres) == (
        "structure.abandon",
        Role.STRUCTURE,
        {"statut": statut.value},
        {"statut": "ABANDON", "motif": "Le projet est ajourné."},
    )
    encore = await ecriture.refus(_elle_meme(candidate), "abandonnerCandidature", ABANDON, entree)
    assert (encore["code"], "n'est plus en instruction" in encore["message"]) == ("BAD_USER_INPUT", True)


async def test_une_structure_validee_n_abandonne_pas_et_une_autre_structure_ne_voit_rien(
    ecriture: Hub,
) -> None:
    scene = ecriture.scene
    validee = {"input": {"structureId": gid("Structure", scene.metz.id), "motif": "Plus de projet."}}
    refus = await ecriture.refus(scene.structure, "abandonnerCandidature", ABANDON, validee)
    assert (refus["code"], "n'est plus en instruction" in refus["message"]) == ("BAD_USER_INPUT", True)
    candidate = await _candidate(ecriture)
    autre = {"input": {"structureId": gid("Structure", candidate.id), "motif": "Malveillance."}}
    assert (await ecriture.refus(scene.structure_13, "abandonnerCandidature", ABANDON, autre))["code"] == (
        "NOT_FOUND"
    )
    assert (await ecriture.refus(scene.prefecture_57, "abandonnerCandidature", ABANDON, autre))["code"] == (
        "FORBIDDEN"
    )
    assert (await scene.lire(Structure, candidate.id)).statut is StatutStructure.CREEE


@pytest.mark.postgresql_only
@pytest.mark.parametrize(
    "valeurs",
    [{"departement_code": "13"}, {"siret": "35600000000006"}, {"statut": StatutStructure.VALIDEE}],
)
async def test_la_securite_des_lignes_ne_laisse_la_structure_changer_que_son_statut_vers_l_abandon(
    ecriture: Hub, valeurs: dict[str, object]
) -> None:
    candidate = await _candidate(ecriture)
    with pytest.raises(DBAPIError, match="ne change que son statut"):
        await ecriture.scene.ecrire(
            _elle_meme(candidate),
            lambda s: s.execute(update(Structure).where(Structure.id == candidate.id).values(**valeurs)),
        )
    assert (await ecriture.scene.lire(Structure, candidate.id)).statut is StatutStructure.CREEE
