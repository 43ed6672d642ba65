"""The pages (hub/web/pages.py) over the seeded demo: what each role sees is what the API answers it.

Every figure on a page is compared with the same trusted operation sent to /graphql with the same
principal; a département outside a préfecture's scope is the 403 page; errors are DSFR pages.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from auth.authentication import nom_du_cookie
from auth.principal import Principal
from auth.sessions_personnes import Identite, SessionsPersonnes
from hub.db import Database
from hub.importers.contours import ImporteurContours
from hub.importers.execution import importer
from hub.models import AvisPrefet, Journal, Structure
from hub.models.enums import Role, StatutStructure
from hub.settings import Settings
from schema.edge.documents import TrustedDocuments
from tests.importers.conftest import compter
from tests.open_data import CONTOURS, donnee
from tests.seed.sql import en_systeme
from tests.tokens import token_for

ANCT = Principal(Role.ANCT, subject="analyste@anct.gouv.fr")
PREFECTURE_57 = Principal(Role.PREFECTURE, subject="agent@moselle.gouv.fr", departements=frozenset({"57"}))
PREFECTURE_13 = Principal(Role.PREFECTURE, subject="agent@bdr.gouv.fr", departements=frozenset({"13"}))
HTML = {"accept": "text/html"}


def _entetes(settings: Settings, principal: Principal | None) -> dict[str, str]:
    if principal is None:
        return HTML
    return {**HTML, "authorization": f"Bearer {token_for(settings, principal)}"}


async def _api(
    client: httpx.AsyncClient,
    settings: Settings,
    principal: Principal | None,
    nom: str,
    variables: dict[str, Any],
) -> dict[str, Any]:
    corps = next(b for b in TrustedDocuments.load().bodies.values() if b.startswith(f"query {nom}"))
    entetes = {} if principal is None else {"authorization": f"Bearer {token_for(settings, principal)}"}
    reponse = await client.post("/graphql", json={"query": corps, "variables": variables}, headers=entetes)
    donnees: dict[str, Any] = reponse.json()["data"]
    return donnees


def _tuile(html: str, identifiant: str) -> int | None:
    trouve = re.search(rf'id="{identifiant}">(.*?)</p>', html, re.DOTALL)
    assert trouve is not None, identifiant
    texte = re.sub(r"<[^>]+>", "", trouve[1]).strip()
    return None if texte == "—" else int(re.sub(r"[^\d]", "", texte))


@pytest.mark.parametrize("principal", [None, ANCT, PREFECTURE_57], ids=["anonyme", "anct", "prefecture57"])
async def test_la_page_nationale_montre_ce_que_l_api_repond(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, principal: Principal | None
) -> None:
    page = await seeded_client.get("/", headers=_entetes(seeded_settings, principal))
    assert page.status_code == 200
    assert 'lang="fr"' in page.text
    assert "/static/dsfr/dsfr.min.css" in page.text
    s = (await _api(seeded_client, seeded_settings, principal, "PageNationale", {}))["statistiques"]
    assert _tuile(page.text, "accompagnements") == s["activites"]["total"]
    assert _tuile(page.text, "postes-valides") == (s["postes"] or {}).get("valides")
    assert _tuile(page.text, "conseillers-en-poste") == (s["conseillers"] or {}).get("enPoste")
    assert 'href="/departements/57"' in page.text
    assert s["activites"]["total"] > 0


async def test_la_prefecture_voit_sa_moselle_et_pas_les_bouches_du_rhone(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    page = await seeded_client.get("/departements/57", headers=entetes)
    assert page.status_code == 200
    variables = {"code": "57", "nom": None, "first": 20, "after": None}
    api = await _api(seeded_client, seeded_settings, PREFECTURE_57, "PageDepartement", variables)
    s = api["statistiques"]
    assert s["postes"]["valides"] == 53
    assert _tuile(page.text, "postes-valides") == 53
    assert _tuile(page.text, "accompagnements") == s["activites"]["total"]
    assert f"Structures ({api['structures']['totalCount']})" in page.text
    for structure in api["structures"]["nodes"]:
        assert structure["siret"] in page.text
    a_instruire = await _api(
        seeded_client, seeded_settings, PREFECTURE_57, "CandidaturesAInstruire", {"code": "57"}
    )
    attendues = {
        c["id"]
        for groupe in ("creees", "enExamen")
        for st in a_instruire[groupe]["nodes"]
        for c in st["candidatures"]
    }
    assert a_instruire["enExamen"]["totalCount"] > 0  # the demo has both kinds in Moselle
    assert set(re.findall(r'name="candidature" value="([^"]+)"', page.text)) == attendues
    assert "Validée en comité de sélection" in page.text  # labels, never the API's codes
    assert ">VALIDEE<" not in page.text
    assert ">PRIVATE<" not in page.text
    suivante = re.search(r'id="suivante" href="\?apres=([^"]+)"', page.text)
    assert suivante is not None
    deuxieme = await seeded_client.get(f"/departements/57?apres={suivante[1]}", headers=entetes)
    assert deuxieme.status_code == 200
    assert api["structures"]["nodes"][0]["siret"] not in deuxieme.text

    for principal, code in ((PREFECTURE_57, "13"), (None, "57")):
        variables = {"code": code, "nom": None, "first": 20, "after": None}
        assert (await _api(seeded_client, seeded_settings, principal, "PageDepartement", variables))[
            "statistiques"
        ] is None  # what the API answers, hence the page
        refus = await seeded_client.get(f"/departements/{code}", headers=_entetes(seeded_settings, principal))
        assert refus.status_code == 403
        assert "Accès refusé" in refus.text
        assert 'id="chiffres"' not in refus.text


async def test_la_recherche_et_les_erreurs_sont_des_pages(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, ANCT)
    trouvees = await seeded_client.get("/departements/57", params={"nom": "Metz"}, headers=entetes)
    assert trouvees.status_code == 200
    noms = re.findall(r'<tr><td><a href="/structures/[^"]+">([^<]+)</a></td><td>\d{14}', trouvees.text)
    assert noms
    assert all("metz" in nom.lower() for nom in noms)
    for chemin, statut in (
        ("/departements/ZZ", 404),
        ("/nulle-part", 404),
        ("/departements/57?apres=%00", 400),
    ):
        reponse = await seeded_client.get(chemin, headers=entetes)
        assert reponse.status_code == statut, chemin
        assert 'class="fr-header"' in reponse.text
        assert "Traceback" not in reponse.text
    assert (await seeded_client.get("/nulle-part")).text == "Introuvable.\n"  # not a browser: plain text


async def test_l_espace_d_une_structure_pour_elle_l_anct_et_personne_d_autre(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    variables = {"code": "57", "nom": None, "first": 20, "after": None}
    noeuds = (await _api(seeded_client, seeded_settings, ANCT, "PageDepartement", variables))["structures"][
        "nodes"
    ]
    avec_postes = [n for n in noeuds if n["postes"]["totalCount"] > 0][:2]
    assert len(avec_postes) == 2
    async with en_systeme(seeded_database) as session:
        sirets = [n["siret"] for n in avec_postes]
        ids = dict(
            (
                await session.execute(
                    select(Structure.siret, Structure.id).where(Structure.siret.in_(sirets))
                )
            ).all()
        )
    elle, autre = avec_postes
    structure = Principal(Role.STRUCTURE, subject="direction@exemple.fr", structure_id=ids[elle["siret"]])
    for principal in (ANCT, structure):
        page = await seeded_client.get(
            f"/structures/{elle['id']}", headers=_entetes(seeded_settings, principal)
        )
        assert page.status_code == 200, page.text
        api = (await _api(seeded_client, seeded_settings, principal, "PageStructure", {"id": elle["id"]}))[
            "structure"
        ]
        assert f'id="siret">{elle["siret"]}<' in page.text
        assert _tuile_texte(page.text, "postes-total") == str(api["postes"]["totalCount"])
        assert _lignes(page.text, "postes") == max(len(api["postes"]["nodes"]), 1)
        assert _lignes(page.text, "candidatures") == max(len(api["candidatures"]), 1)
        activite = api["activite"]
        assert activite is not None
        assert _tuile_texte(page.text, "total-activites").startswith(str(activite["total"]))
        assert _lignes(page.text, "themes") == max(len(activite["parTheme"]), 1)
        assert page.text.count('id="themes"') == 1  # once, in the page's content, not in its <head>
        assert page.text.index('id="themes"') > page.text.index('id="contenu"')
        for theme in activite["parTheme"]:
            assert f"<tr><td>{escape(theme['libelle'])}</td><td>" in page.text
    refus = (
        (structure, autre["id"]),  # another structure
        (PREFECTURE_13, elle["id"]),  # a structure of another département
        (None, elle["id"]),
    )
    for principal, identifiant in refus:
        reponse = await seeded_client.get(
            f"/structures/{identifiant}", headers=_entetes(seeded_settings, principal)
        )
        assert reponse.status_code == 403
        assert elle["siret"] not in reponse.text
    assert (
        await seeded_client.get("/structures/pas-un-id", headers=_entetes(seeded_settings, ANCT))
    ).status_code == 404


def _lignes(html: str, identifiant: str) -> int:
    """The body rows of the table in the element `identifiant`."""
    debut = html.index(f'id="{identifiant}"')
    corps = html[html.index("<tbody>", debut) : html.index("</tbody>", debut)]
    return corps.count("<tr>")


def _tuile_texte(html: str, identifiant: str) -> str:
    trouve = re.search(rf'id="{identifiant}">(.*?)</p>', html, re.DOTALL)
    assert trouve is not None, identifiant
    return re.sub(r"<[^>]+>|\s", "", trouve[1])


async def test_le_prefet_donne_son_avis_par_le_formulaire(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    sessions = SessionsPersonnes(seeded_database, seeded_settings)
    identite = Identite(
        issuer="https://proconnect.test", email=PREFECTURE_57.subject, siret=None, nom="Camille Martin"
    )
    jeton, session = await sessions.ouvrir(identite, PREFECTURE_57)
    seeded_client.cookies.set(nom_du_cookie(seeded_settings), jeton)
    page = await seeded_client.get("/departements/57", headers=HTML)
    assert page.status_code == 200
    assert "Camille Martin" in page.text
    candidatures = re.findall(r'name="candidature" value="([^"]+)"', page.text)
    assert candidatures, "the demo has undecided candidatures in Moselle"
    avant = await compter(seeded_database, AvisPrefet)

    def formulaire(**champs: str) -> dict[str, str]:
        return {"csrf": session.csrf, "departement": "57", "candidature": candidatures[0], **champs}

    sans_jeton = await seeded_client.post(
        "/formulaires/avis-prefet", data={**formulaire(avis="POSITIF"), "csrf": "x"}
    )
    assert sans_jeton.status_code == 403
    refus = await seeded_client.post(
        "/formulaires/avis-prefet", data=formulaire(avis="NEGATIF", commentaire="")
    )
    assert refus.status_code == 400
    assert "le commentaire est obligatoire" in refus.text
    assert 'class="fr-message fr-message--error"' in refus.text
    assert 'value="NEGATIF" checked' in refus.text  # what was chosen stays chosen
    sans_avis = await seeded_client.post(
        "/formulaires/avis-prefet", data=formulaire(commentaire="Texte saisi <b>avant</b>")
    )
    assert sans_avis.status_code == 400
    assert "Texte saisi &lt;b&gt;avant&lt;/b&gt;</textarea>" in sans_avis.text  # kept, escaped
    assert await compter(seeded_database, AvisPrefet) == avant

    donne = await seeded_client.post(
        "/formulaires/avis-prefet", data=formulaire(avis="POSITIF", commentaire="Structure bien implantée.")
    )
    assert donne.status_code == 303
    assert donne.headers["location"] == "/departements/57?avis=enregistre#candidatures"
    assert await compter(seeded_database, AvisPrefet) == avant + 1
    async with en_systeme(seeded_database) as session_bd:
        ligne = await session_bd.scalar(
            select(Journal).where(
                Journal.action == "avis_prefet.donner", Journal.sujet == PREFECTURE_57.subject
            )
        )
    assert ligne is not None
    suite = await seeded_client.get(donne.headers["location"], headers=HTML)
    assert 'id="succes"' in suite.text

    ailleurs = await seeded_client.post(
        "/formulaires/avis-prefet", data={**formulaire(avis="POSITIF"), "departement": "13"}
    )
    assert ailleurs.headers["location"] == "/departements/57?avis=enregistre#candidatures"  # its own
    inconnue = await seeded_client.post(
        "/formulaires/avis-prefet", data={**formulaire(avis="POSITIF"), "candidature": "x"}
    )
    assert inconnue.status_code == 400
    assert 'id="erreur-avis"' in inconnue.text


async def test_les_tableaux_se_telechargent_pour_un_tableur_francais(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    fichier = await seeded_client.get("/departements/57/structures.csv", headers=entetes)
    assert fichier.status_code == 200
    assert fichier.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="structures-57.csv"' in fichier.headers["content-disposition"]
    assert fichier.content.startswith("\ufeff".encode())
    lignes = fichier.content.decode("utf-8-sig").split("\r\n")
    assert lignes[0] == "Nom;SIRET;Type;Statut;Code commune;Postes"
    variables = {"code": "57", "nom": None, "first": 1, "after": None}
    total = (await _api(seeded_client, seeded_settings, PREFECTURE_57, "PageDepartement", variables))[
        "structures"
    ]["totalCount"]
    assert total > 20  # more than one page of the page
    assert len([ligne for ligne in lignes[1:] if ligne]) == total
    assert (await seeded_client.get("/departements/13/structures.csv", headers=entetes)).status_code == 403

    national = await seeded_client.get("/departements.csv", headers=_entetes(seeded_settings, None))
    assert national.status_code == 200
    lignes = national.content.decode("utf-8-sig").split("\r\n")
    assert lignes[0] == "Code;Département;Région;Accompagnements"
    assert any(ligne.startswith("57;Moselle;Grand Est;") for ligne in lignes)


async def test_une_structure_se_cherche_par_son_siret_et_son_statut(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    variables = {"code": "57", "nom": None, "first": 20, "after": None}
    cible = (await _api(seeded_client, seeded_settings, PREFECTURE_57, "PageDepartement", variables))[
        "structures"
    ]["nodes"][3]
    espace = " ".join((cible["siret"][:3], cible["siret"][3:6], cible["siret"][6:9], cible["siret"][9:]))
    page = await seeded_client.get("/departements/57", params={"nom": espace}, headers=entetes)
    assert page.status_code == 200
    assert re.findall(r'<tr><td><a href="/structures/[^"]+">[^<]+</a></td><td>(\d{14})', page.text) == [
        cible["siret"]
    ]
    assert "Structures (1)" in page.text
    en_examen = await seeded_client.get(
        "/departements/57", params={"statut": "EXAMEN_COMPLEMENTAIRE"}, headers=entetes
    )
    statuts = re.findall(r"</td><td>[^<]*</td><td>([^<]+)</td><td>\d{5}", en_examen.text)
    assert statuts
    assert set(statuts) == {StatutStructure.EXAMEN_COMPLEMENTAIRE.libelle}
    assert 'option value="EXAMEN_COMPLEMENTAIRE" selected' in en_examen.text
    fichier = await seeded_client.get(
        "/departements/57/structures.csv?statut=EXAMEN_COMPLEMENTAIRE", headers=entetes
    )
    lignes = [ligne for ligne in fichier.content.decode("utf-8-sig").split("\r\n")[1:] if ligne]
    assert lignes
    assert all(ligne.split(";")[3] == "EXAMEN_COMPLEMENTAIRE" for ligne in lignes)
    compte = re.search(r"Structures \((\d+)\)", en_examen.text)
    assert compte is not None
    assert len(lignes) == int(compte[1])

    mauvais = await seeded_client.post(
        "/graphql",
        json={"query": '{ structures(first: 1, filtre: { siret: "123" }) { totalCount } }'},
        headers={"authorization": f"Bearer {token_for(seeded_settings, ANCT)}"},
    )
    assert mauvais.status_code == 200
    erreur = mauvais.json()["errors"][0]
    assert erreur["extensions"]["code"] == "BAD_USER_INPUT"
    assert "14 chiffres" in erreur["message"]


async def test_les_conseillers_du_departement_page_apres_page_et_filtres(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    entetes = _entetes(seeded_settings, PREFECTURE_57)
    page = await seeded_client.get("/departements/57/conseillers", headers=entetes)
    assert page.status_code == 200
    variables = {"code": "57", "certifie": None, "coordinateur": None, "first": 20, "after": None}
    api = (await _api(seeded_client, seeded_settings, PREFECTURE_57, "ConseillersDuDepartement", variables))[
        "conseillers"
    ]
    assert api["totalCount"] > 20
    assert f"{api['totalCount']} conseiller(s)" in page.text
    premier = api["nodes"][0]
    assert premier["nom"] is not None  # the préfecture reads its conseillers' names
    assert f"{premier['prenom']} {premier['nom']}" in page.text
    suivante = re.search(r'id="suivante" href="\?apres=([^"]+)"', page.text)
    assert suivante is not None
    deuxieme = await seeded_client.get(f"/departements/57/conseillers?apres={suivante[1]}", headers=entetes)
    assert f"{premier['prenom']} {premier['nom']}" not in deuxieme.text

    certifies = await seeded_client.get("/departements/57/conseillers?certifie=oui", headers=entetes)
    filtre = {**variables, "certifie": True}
    n = (await _api(seeded_client, seeded_settings, PREFECTURE_57, "ConseillersDuDepartement", filtre))[
        "conseillers"
    ]["totalCount"]
    assert 0 < n < api["totalCount"]
    assert f"{n} conseiller(s)" in certifies.text
    certifie_coordinateur = re.findall(r"<td>(oui|non)</td>\s*<td>(?:oui|non)</td>", certifies.text)
    assert certifie_coordinateur == ["oui"] * min(n, 20)

    fichier = await seeded_client.get("/departements/57/conseillers.csv?certifie=oui", headers=entetes)
    lignes = [ligne for ligne in fichier.content.decode("utf-8-sig").split("\r\n") if ligne]
    assert lignes[0] == "Nom;Prénom;Structure;Certifié;Coordinateur;Contrat;Début;Fin"
    assert len(lignes) - 1 == n
    for principal, code in ((PREFECTURE_57, "13"), (None, "57")):
        refus = await seeded_client.get(
            f"/departements/{code}/conseillers", headers=_entetes(seeded_settings, principal)
        )
        assert refus.status_code == 403
        assert "conseiller(s)" not in refus.text


async def test_la_carte_du_departement_montre_ses_sites_et_ses_lieux_sur_son_contour(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database, tmp_path: Path
) -> None:
    await importer(seeded_database, ImporteurContours(), donnee(CONTOURS), rapport=tmp_path / "r.csv")
    page = await seeded_client.get("/departements/57", headers=_entetes(seeded_settings, PREFECTURE_57))
    assert page.status_code == 200
    variables = {"code": "57", "avecContour": True, "sites": True, "lieux": True}
    api = await _api(seeded_client, seeded_settings, PREFECTURE_57, "CarteDuDepartement", variables)
    sites, lieux = api["sitesFranceServices"], api["lieux"]
    assert 0 < sites["totalCount"] <= 100
    assert 0 < lieux["totalCount"] <= 100
    plan = page.text[
        page.text.index('id="plan"') : page.text.index("</figure>", page.text.index('id="plan"'))
    ]
    assert '<path d="M' in plan
    assert "pas encore été importé" not in plan
    assert plan.count("<rect ") == sum(1 for s in sites["nodes"] if s["latitude"] is not None)
    assert plan.count("<circle ") == sum(1 for lieu in lieux["nodes"] if lieu["latitude"] is not None)
    boite = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', plan)
    assert boite is not None
    largeur, hauteur = float(boite[1]), float(boite[2])
    for x, y in re.findall(r'<circle cx="([\d.-]+)" cy="([\d.-]+)"', plan):
        assert 0 <= float(x) <= largeur  # inside the drawing: Moselle's lieux lie in Moselle
        assert 0 <= float(y) <= hauteur
    for site in sites["nodes"]:
        assert f"<td>{escape(site['nom'])}</td>" in page.text  # the text alternative lists every site
