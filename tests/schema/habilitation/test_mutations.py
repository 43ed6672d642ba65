"""accorderHabilitation, retirerHabilitation and the habilitations list, through GraphQL.

ANCT grants any role; a préfecture its agents of one of its départements; a structure its colleagues
bound to its SIRET. Every refusal leaves no row and no journal line (`Hub.refus`); what is granted is
what the sign-in's habilitation lookup then finds, and a withdrawal ends the person's session at the
next re-read.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from auth.habilitations import principal_for_identity
from auth.principal import Principal
from auth.sessions_personnes import Identite, SessionsPersonnes, principal_de_l_identite
from hub.models import Habilitation
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.services.erreurs import EcritureRefuseeError
from hub.services.habilitations import _email
from hub.services.personnes_demo import ISSUER_DEMO
from tests.auth.world import systeme
from tests.ecriture import Hub, gid

ACCORDER = """
mutation($input: HabilitationInput!) {
  accorderHabilitation(input: $input) {
    __typename
    ... on HabilitationPayload {
      habilitation { id email role departements siret actif issuer structure { siret } }
    }
    ... on UserError { code message champ }
  }
}
"""

RETIRER = """
mutation($id: ID!) {
  retirerHabilitation(input: { habilitationId: $id }) {
    __typename
    ... on HabilitationPayload { habilitation { id actif } }
    ... on UserError { code message champ }
  }
}
"""

LISTE = """
query($filtre: HabilitationFiltre) {
  habilitations(first: 50, filtre: $filtre) { totalCount nodes { email role departements actif } }
}
"""


def _agent(email: str = "agent.57@moselle.gouv.fr", **champs: Any) -> dict[str, Any]:
    return {"input": {"email": email, "role": "PREFECTURE", "departements": ["57"]} | champs}


async def _emails(hub: Hub, principal: Any, filtre: dict[str, Any] | None = None) -> set[str]:
    data = await hub.demander(principal, LISTE, {"filtre": filtre})
    return {node["email"] for node in data["habilitations"]["nodes"]}


async def test_l_anct_habilite_un_agent_de_prefecture_que_la_connexion_trouve(ecriture: Hub) -> None:
    scene = ecriture.scene
    resultat = await ecriture.muter(
        scene.anct, "accorderHabilitation", ACCORDER, _agent(email=" Agent.57@Moselle.GOUV.fr ")
    )
    assert resultat["__typename"] == "HabilitationPayload", resultat
    habilitation = resultat["habilitation"]
    assert habilitation["email"] == "agent.57@moselle.gouv.fr"  # normalised, as the lookup compares it
    assert (habilitation["role"], habilitation["departements"], habilitation["actif"]) == (
        "PREFECTURE",
        ["57"],
        True,
    )
    assert habilitation["issuer"] == ISSUER_DEMO  # no ProConnect configured in the tests: the demo's
    async with systeme(scene.database) as session:
        principal = await principal_for_identity(session, ISSUER_DEMO, "agent.57@moselle.gouv.fr", None)
    assert principal is not None
    assert (principal.role, principal.departements) == (Role.PREFECTURE, frozenset({"57"}))

    lignes = [ligne for ligne in await scene.journal() if ligne.entite == "habilitation"]
    assert [(ligne.action, ligne.departement_code) for ligne in lignes] == [("habilitation.accorder", "57")]
    assert "moselle" not in repr((lignes[0].avant, lignes[0].apres))  # never the e-mail in the audit

    # Listed for ANCT and for the préfecture of 57 (its agent), not for the one of 13.
    assert "agent.57@moselle.gouv.fr" in await _emails(ecriture, scene.anct, {"role": "PREFECTURE"})
    assert await _emails(ecriture, scene.prefecture_57) == {"agent.57@moselle.gouv.fr"}
    assert await _emails(ecriture, scene.prefecture_13) == set()
    assert await _emails(ecriture, scene.anct, {"departement": "13"}) == set()
    assert await _emails(ecriture, scene.anct, {"departement": "57", "actif": True}) == {
        "agent.57@moselle.gouv.fr"
    }


async def test_une_prefecture_n_habilite_que_ses_agents_de_son_departement(ecriture: Hub) -> None:
    scene = ecriture.scene
    for variables in (
        _agent(departements=["13"]),
        _agent(departements=["57", "13"]),
        _agent(role="ANCT", departements=None),
        {
            "input": {
                "email": "rh@metz.fr",
                "role": "STRUCTURE",
                "structureId": gid("Structure", scene.metz.id),
            }
        },
    ):
        erreur = await ecriture.refus(scene.prefecture_57, "accorderHabilitation", ACCORDER, variables)
        assert erreur["code"] == "FORBIDDEN", (variables, erreur)
    accordee = await ecriture.muter(scene.prefecture_57, "accorderHabilitation", ACCORDER, _agent())
    assert accordee["__typename"] == "HabilitationPayload", accordee
    ident = accordee["habilitation"]["id"]

    # Another département's préfecture neither sees it nor withdraws it, nor takes the person over.
    erreur = await ecriture.refus(scene.prefecture_13, "retirerHabilitation", RETIRER, {"id": ident})
    assert erreur["code"] == "NOT_FOUND"
    erreur = await ecriture.refus(
        scene.prefecture_13, "accorderHabilitation", ACCORDER, _agent(departements=["13"])
    )
    assert (erreur["code"], erreur["champ"]) == ("CONFLICT", "input.email")

    retiree = await ecriture.muter(scene.prefecture_57, "retirerHabilitation", RETIRER, {"id": ident})
    assert retiree["habilitation"] == {"id": ident, "actif": False}
    async with systeme(scene.database) as session:
        assert await principal_for_identity(session, ISSUER_DEMO, "agent.57@moselle.gouv.fr", None) is None


async def test_une_structure_invite_ses_collegues_lies_a_son_siret(ecriture: Hub) -> None:
    scene = ecriture.scene
    invitation = {"input": {"email": "collegue@metz.fr", "role": "STRUCTURE"}}
    resultat = await ecriture.muter(scene.structure, "accorderHabilitation", ACCORDER, invitation)
    assert resultat["__typename"] == "HabilitationPayload", resultat
    assert resultat["habilitation"]["siret"] == scene.metz.siret
    assert resultat["habilitation"]["structure"] == {"siret": scene.metz.siret}
    async with systeme(scene.database) as session:
        meme_employeur = await principal_for_identity(
            session, ISSUER_DEMO, "collegue@metz.fr", scene.metz.siret
        )
        ailleurs = await principal_for_identity(
            session, ISSUER_DEMO, "collegue@metz.fr", scene.marseille.siret
        )
    assert meme_employeur is not None
    assert meme_employeur.structure_id == scene.metz.id
    assert ailleurs is None  # an identity from another employer cannot use the invitation
    assert await _emails(ecriture, scene.structure) == {"collegue@metz.fr"}
    assert await _emails(ecriture, scene.structure_13) == set()

    for variables in (
        {"input": {"email": "x@metz.fr", "role": "PREFECTURE", "departements": ["57"]}},
        {
            "input": {
                "email": "x@metz.fr",
                "role": "STRUCTURE",
                "structureId": gid("Structure", scene.marseille.id),
            }
        },
    ):
        erreur = await ecriture.refus(scene.structure, "accorderHabilitation", ACCORDER, variables)
        assert erreur["code"] == "FORBIDDEN", erreur


@pytest.mark.parametrize(
    ("champs", "champ"),
    [
        ({"email": "pas-une-adresse"}, "input.email"),
        ({"email": "a@b"}, "input.email"),
        ({"email": "x" * 200 + "@moselle.gouv.fr"}, "input.email"),
        ({"departements": ["99"]}, "input.departements"),
        ({"departements": ["5'7"]}, "input.departements"),
        ({"departements": []}, "input.departements"),
        ({"structureId": gid("Structure", uuid.UUID(int=1))}, "input.structureId"),
        ({"role": "CONSEILLER", "departements": None}, "input.conseillerId"),
        ({"role": "PARTENAIRE"}, "input.role"),
        ({"valideAu": "2020-01-01T00:00:00+00:00"}, "input.valideAu"),
        ({"issuer": "https://autre-fournisseur.example.org"}, "input.issuer"),
    ],
)
async def test_une_demande_invalide_est_refusee_sans_rien_ecrire(
    ecriture: Hub, champs: dict[str, Any], champ: str
) -> None:
    erreur = await ecriture.refus(ecriture.scene.anct, "accorderHabilitation", ACCORDER, _agent(**champs))
    assert (erreur["code"], erreur["champ"]) == ("BAD_USER_INPUT", champ), erreur
    assert erreur["message"][0].isupper()  # a sentence, in French, for the person


async def test_accorder_deux_fois_et_retirer_deux_fois_ne_double_rien(ecriture: Hub) -> None:
    scene = ecriture.scene
    premiere = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, _agent())
    seconde = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, _agent())
    assert premiere["habilitation"]["id"] == seconde["habilitation"]["id"]
    ident = premiere["habilitation"]["id"]
    await ecriture.muter(scene.anct, "retirerHabilitation", RETIRER, {"id": ident})
    lignes = len(await scene.journal())
    again = await ecriture.muter(scene.anct, "retirerHabilitation", RETIRER, {"id": ident})
    assert again["habilitation"]["actif"] is False
    assert len(await scene.journal()) == lignes  # a no-op is not journaled
    reactivee = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, _agent())
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


async def test_les_autres_roles_ne_gerent_aucune_habilitation(ecriture: Hub) -> None:
    scene = ecriture.scene
    for principal, code in (
        (scene.conseiller, "FORBIDDEN"),
        (scene.aidant, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ):
        erreur = await ecriture.refus(principal, "accorderHabilitation", ACCORDER, _agent())
        assert erreur["code"] == code
    await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, _agent())
    for principal in (scene.conseiller, scene.aidant, None):
        assert await _emails(ecriture, principal) == set()


async def test_on_ne_retire_pas_sa_propre_habilitation(ecriture: Hub) -> None:
    scene = ecriture.scene
    soi = await ecriture.muter(
        scene.anct, "accorderHabilitation", ACCORDER, _agent(email=scene.prefecture_57.subject)
    )
    erreur = await ecriture.refus(
        scene.prefecture_57, "retirerHabilitation", RETIRER, {"id": soi["habilitation"]["id"]}
    )
    assert (erreur["code"], erreur["champ"]) == ("BAD_USER_INPUT", "input.habilitationId")


async def test_un_retrait_finit_la_session_de_la_personne_a_la_relecture(ecriture: Hub) -> None:
    scene = ecriture.scene
    accordee = await ecriture.muter(scene.anct, "accorderHabilitation", ACCORDER, _agent())
    identite = Identite(issuer=ISSUER_DEMO, email="agent.57@moselle.gouv.fr", siret=None, nom="Agent")
    principal = await principal_de_l_identite(scene.database, identite)
    assert isinstance(principal, Principal)
    sessions = SessionsPersonnes(scene.database, ecriture.settings)
    jeton, _ = await sessions.ouvrir(identite, principal)
    debut = utcnow()
    await ecriture.muter(scene.anct, "retirerHabilitation", RETIRER, {"id": accordee["habilitation"]["id"]})
    periode = ecriture.settings.session_reread_seconds
    assert await sessions.lire(jeton, maintenant=debut + timedelta(seconds=periode - 5)) is not None
    assert await sessions.lire(jeton, maintenant=debut + timedelta(seconds=periode + 1)) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=260))
def test_une_adresse_est_acceptee_normalisee_ou_refusee_sur_le_champ_email(texte: str) -> None:
    refus: EcritureRefuseeError | None = None
    try:
        email = _email(texte)
    except EcritureRefuseeError as erreur:
        refus = erreur
    if refus is not None:
        assert (refus.code, refus.champ) == ("BAD_USER_INPUT", "email")
        return
    assert email == texte.strip().lower()
    assert len(email) <= 200
    local, _, domaine = email.partition("@")
    assert local
    assert "." in domaine
    assert not any(c.isspace() for c in email)
