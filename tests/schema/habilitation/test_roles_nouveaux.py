"""accorderHabilitation and retirerHabilitation for issue 21's roles: coordinateur, hub territorial,
grand réseau.

ANCT alone grants them: a coordinateur names its conseiller (who holds a coordination poste), a hub
territorial its hub (by name, covering at least one région), a grand réseau its réseau (by name, as
`Structure.reseau` shows it). What is granted is what the sign-in's habilitation lookup then finds;
every refusal leaves no row and no journal line (`Hub.refus`); granting twice changes nothing more.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select, update

from auth.habilitations import principal_for_identity
from hub.models import Conseiller, Habilitation, HubTerritorial, HubTerritorialRegion, Reseau
from hub.models.enums import Role
from hub.services.personnes_demo import ISSUER_DEMO
from tests.auth.world import systeme
from tests.ecriture import Hub, gid
from tests.schema.habilitation.test_mutations import ACCORDER, RETIRER

GRAND_EST = "44"


@dataclass(frozen=True)
class Organismes:
    hub: HubTerritorial
    hub_sans_region: HubTerritorial
    reseau: Reseau


@pytest.fixture
async def organismes(ecriture: Hub) -> Organismes:
    """Hub "Hub Grand Est" (région 44), "Hub Sud" (no région yet), réseau "Emmaüs Connect"; the scene's
    conseiller en poste holds a coordination poste, the other one does not."""
    async with systeme(ecriture.scene.database) as session:
        hub = HubTerritorial(id=uuid.uuid4(), nom="Hub Grand Est")
        sans_region = HubTerritorial(id=uuid.uuid4(), nom="Hub Sud")
        reseau = Reseau(id=uuid.uuid4(), nom="Emmaüs Connect")
        session.add_all([hub, sans_region, reseau])
        await session.flush()
        session.add(HubTerritorialRegion(hub_territorial_id=hub.id, region_code=GRAND_EST))
        coordinateur = Conseiller.id == ecriture.scene.en_poste.id
        await session.execute(update(Conseiller).where(coordinateur).values(est_coordinateur=True))
    return Organismes(hub=hub, hub_sans_region=sans_region, reseau=reseau)


def _demande(role: str, email: str = "agent@hub.example.org", **champs: Any) -> dict[str, Any]:
    return {"input": {"email": email, "role": role} | champs}


async def _principal(hub: Hub, email: str = "agent@hub.example.org") -> Any:
    async with systeme(hub.scene.database) as session:
        return await principal_for_identity(session, ISSUER_DEMO, email, None)


async def test_l_anct_habilite_un_hub_territorial_qui_lit_ses_regions_a_la_connexion(
    ecriture: Hub, organismes: Organismes
) -> None:
    resultat = await ecriture.muter(
        ecriture.scene.anct,
        "accorderHabilitation",
        ACCORDER,
        _demande("HUB_TERRITORIAL", hubTerritorial="  hub grand est "),
    )
    assert resultat["__typename"] == "HabilitationPayload", resultat
    assert (resultat["habilitation"]["role"], resultat["habilitation"]["departements"]) == (
        "HUB_TERRITORIAL",
        [],
    )
    principal = await _principal(ecriture)
    assert principal is not None
    assert (principal.role, principal.hub_territorial_id) == (Role.HUB_TERRITORIAL, organismes.hub.id)
    assert principal.regions == frozenset({GRAND_EST})
    assert {"57", "67", "88"} <= principal.departements  # the départements of the Grand Est
    lignes = [ligne for ligne in await ecriture.scene.journal() if ligne.entite == "habilitation"]
    assert [ligne.action for ligne in lignes] == ["habilitation.accorder"]
    assert lignes[0].apres is not None
    assert lignes[0].apres["hub_territorial_id"] == str(organismes.hub.id)
    assert lignes[0].departement_code is None  # ANCT's journal alone
    assert "hub.example" not in repr(lignes[0].apres)  # never the e-mail in the audit


async def test_l_anct_habilite_un_grand_reseau_par_le_nom_du_reseau(
    ecriture: Hub, organismes: Organismes
) -> None:
    resultat = await ecriture.muter(
        ecriture.scene.anct,
        "accorderHabilitation",
        ACCORDER,
        _demande("GRAND_RESEAU", email="national@emmaus-connect.org", reseau="Emmaüs Connect"),
    )
    assert resultat["__typename"] == "HabilitationPayload", resultat
    principal = await _principal(ecriture, "national@emmaus-connect.org")
    assert principal is not None
    assert (principal.role, principal.reseau_id) == (Role.GRAND_RESEAU, organismes.reseau.id)
    assert principal.departements == frozenset()


async def test_l_anct_habilite_coordinateur_le_seul_conseiller_sur_un_poste_de_coordination(
    ecriture: Hub, organismes: Organismes
) -> None:
    scene = ecriture.scene
    erreur = await ecriture.refus(
        scene.anct,
        "accorderHabilitation",
        ACCORDER,
        _demande("COORDINATEUR", conseillerId=gid("Conseiller", scene.libre.id)),
    )
    assert (erreur["code"], erreur["champ"]) == ("BAD_USER_INPUT", "input.conseillerId"), erreur
    assert "coordination" in erreur["message"]
    resultat = await ecriture.muter(
        scene.anct,
        "accorderHabilitation",
        ACCORDER,
        _demande("COORDINATEUR", conseillerId=gid("Conseiller", scene.en_poste.id)),
    )
    assert resultat["__typename"] == "HabilitationPayload", resultat
    principal = await _principal(ecriture)
    assert principal is not None
    assert (principal.role, principal.conseiller_id) == (Role.COORDINATEUR, scene.en_poste.id)


@pytest.mark.parametrize(
    ("demande", "attendu"),
    [
        (_demande("HUB_TERRITORIAL"), ("BAD_USER_INPUT", "input.hubTerritorial")),
        (_demande("HUB_TERRITORIAL", hubTerritorial="  "), ("BAD_USER_INPUT", "input.hubTerritorial")),
        (_demande("HUB_TERRITORIAL", hubTerritorial="Hub Atlantis"), ("NOT_FOUND", "input.hubTerritorial")),
        (_demande("HUB_TERRITORIAL", hubTerritorial="Hub Sud"), ("BAD_USER_INPUT", "input.hubTerritorial")),
        (
            _demande("HUB_TERRITORIAL", hubTerritorial="Hub Grand Est", departements=["57"]),
            ("BAD_USER_INPUT", "input.departements"),
        ),
        (_demande("GRAND_RESEAU"), ("BAD_USER_INPUT", "input.reseau")),
        (_demande("GRAND_RESEAU", reseau="Réseau inconnu"), ("NOT_FOUND", "input.reseau")),
        (
            _demande("GRAND_RESEAU", reseau="Emmaüs Connect", hubTerritorial="Hub Grand Est"),
            ("BAD_USER_INPUT", "input.hubTerritorial"),
        ),
        (_demande("COORDINATEUR"), ("BAD_USER_INPUT", "input.conseillerId")),
        (
            _demande("COORDINATEUR", conseillerId=gid("Conseiller", uuid.UUID(int=7))),
            ("NOT_FOUND", "input.conseillerId"),
        ),
        (
            _demande("PREFECTURE", departements=["57"], reseau="Emmaüs Connect"),
            ("BAD_USER_INPUT", "input.reseau"),
        ),
    ],
)
async def test_une_cible_absente_ou_inconnue_est_refusee_en_francais_sans_rien_ecrire(
    ecriture: Hub, organismes: Organismes, demande: dict[str, Any], attendu: tuple[str, str]
) -> None:
    erreur = await ecriture.refus(ecriture.scene.anct, "accorderHabilitation", ACCORDER, demande)
    assert (erreur["code"], erreur["champ"]) == attendu, erreur
    assert erreur["message"][0].isupper()


async def test_ni_une_prefecture_ni_une_structure_n_accordent_les_nouveaux_roles(
    ecriture: Hub, organismes: Organismes
) -> None:
    scene = ecriture.scene
    for demande in (
        _demande("HUB_TERRITORIAL", hubTerritorial="Hub Grand Est"),
        _demande("GRAND_RESEAU", reseau="Emmaüs Connect"),
        _demande("COORDINATEUR", conseillerId=gid("Conseiller", scene.en_poste.id)),
    ):
        for principal in (scene.prefecture_57, scene.structure):
            erreur = await ecriture.refus(principal, "accorderHabilitation", ACCORDER, demande)
            assert erreur["code"] == "FORBIDDEN", (principal.role, demande, erreur)
    accordee = await ecriture.muter(
        scene.anct, "accorderHabilitation", ACCORDER, _demande("GRAND_RESEAU", reseau="Emmaüs Connect")
    )
    ident = accordee["habilitation"]["id"]
    for principal in (scene.prefecture_57, scene.structure):
        erreur = await ecriture.refus(principal, "retirerHabilitation", RETIRER, {"id": ident})
        assert erreur["code"] == "NOT_FOUND"  # out of their scope: absent, not forbidden


async def test_accorder_deux_fois_et_retirer_deux_fois_un_hub_ne_double_rien(
    ecriture: Hub, organismes: Organismes
) -> None:
    scene = ecriture.scene
    demande = _demande("HUB_TERRITORIAL", hubTerritorial="Hub Grand Est")
    premiere = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, demande)
    seconde = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, demande)
    ident = premiere["habilitation"]["id"]
    assert seconde["habilitation"]["id"] == ident
    retiree = await ecriture.muter(scene.anct, "retirerHabilitation", RETIRER, {"id": ident})
    assert retiree["habilitation"] == {"id": ident, "actif": False}
    assert await _principal(ecriture) is None
    lignes = len(await scene.journal())
    encore = await ecriture.muter(scene.anct, "retirerHabilitation", RETIRER, {"id": ident})
    assert encore["habilitation"]["actif"] is False
    assert len(await scene.journal()) == lignes  # a no-op is not journaled
    reactivee = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, demande)
    assert (reactivee["habilitation"]["id"], reactivee["habilitation"]["actif"]) == (ident, True)
    async with systeme(scene.database) as session:
        assert await session.scalar(select(func.count()).select_from(Habilitation)) == 1
    actions = [ligne.action for ligne in await scene.journal() if ligne.entite == "habilitation"]
    assert actions == [
        "habilitation.accorder",
        "habilitation.accorder",
        "habilitation.retirer",
        "habilitation.accorder",
    ]
    principal = await _principal(ecriture)
    assert principal is not None
    assert principal.hub_territorial_id == organismes.hub.id
