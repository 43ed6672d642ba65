"""ANCT uploads programme files through GraphQL (`importerProgramme`, a GraphQL multipart request).

Same import as the command line: a file or a ZIP of a folder's files, rows rejected with a reason,
a refused file changes nothing; only ANCT may send one, and only ANCT's multipart requests get the
larger body limit; malformed multipart requests are refused with a reason, never a 500.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from auth.principal import Principal
from hub.app import create_app
from hub.db import Database
from hub.models import Conseiller, ImportRun, Journal, Structure
from hub.models.enums import Role
from hub.settings import Settings
from schema.edge.multipart import MultipartInvalideError, operation_avec_fichiers
from tests.conftest import make_settings
from tests.importers.conftest import compter, en_systeme
from tests.importers.test_programme_rejets import PROGRAMME, ecrire_csv
from tests.tokens import token_for

ANCT = Principal(Role.ANCT, subject="operateur@anct.gouv.fr")
PREFECTURE = Principal(Role.PREFECTURE, subject="agent@moselle.gouv.fr", departements=frozenset({"57"}))
IMPORTER = """mutation($fichier: Upload!, $mode: ModeImport! = DELTA) {
  importerProgramme(fichier: $fichier, mode: $mode) {
    __typename
    ... on ImporterProgrammePayload {
      imports { kind fichier statut inseres rejetes auteur }
      rejets { fichier ligne colonne valeur raison }
    }
    ... on UserError { code message champ }
  }
}"""


def csv_de(tmp_path: Path, nom: str, lignes: list[dict[str, Any]] | None = None) -> bytes:
    return ecrire_csv(tmp_path / f"{nom}.csv", PROGRAMME[nom] if lignes is None else lignes).read_bytes()


def archive(membres: dict[str, bytes]) -> bytes:
    tampon = io.BytesIO()
    with zipfile.ZipFile(tampon, "w", zipfile.ZIP_DEFLATED) as zip_:
        for nom, contenu in membres.items():
            zip_.writestr(nom, contenu)
    return tampon.getvalue()


async def televerser(
    client: httpx.AsyncClient,
    settings: Settings,
    nom: str,
    contenu: bytes,
    *,
    principal: Principal | None = ANCT,
    variables: dict[str, Any] | None = None,
) -> httpx.Response:
    operations = {"query": IMPORTER, "variables": {"fichier": None, **(variables or {})}}
    entetes = {"authorization": f"Bearer {token_for(settings, principal)}"} if principal else {}
    return await client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.fichier"]})},
        files={"0": (nom, contenu, "application/octet-stream")},
        headers=entetes,
    )


def resultat(reponse: httpx.Response) -> dict[str, Any]:
    assert reponse.status_code == 200, reponse.text
    corps = reponse.json()
    assert "errors" not in corps, corps
    valeur: dict[str, Any] = corps["data"]["importerProgramme"]
    return valeur


async def test_l_anct_televerse_un_fichier_de_structures(
    client: httpx.AsyncClient, settings: Settings, database: Database, tmp_path: Path
) -> None:
    reponse = resultat(await televerser(client, settings, "structures.csv", csv_de(tmp_path, "structures")))
    assert reponse["__typename"] == "ImporterProgrammePayload"
    assert reponse["imports"] == [
        {
            "kind": "structures",
            "fichier": "structures.csv",
            "statut": "termine",
            "inseres": 2,
            "rejetes": 0,
            "auteur": ANCT.subject,
        }
    ]
    assert reponse["rejets"] == []
    assert await compter(database, Structure) == 2
    async with en_systeme(database) as session:
        actions = list(await session.scalars(select(Journal.action).where(Journal.sujet == ANCT.subject)))
    assert actions == ["import.structures"]


async def test_une_archive_zip_importe_le_programme_et_rend_ses_rejets(
    client: httpx.AsyncClient, settings: Settings, database: Database, tmp_path: Path
) -> None:
    membres = {f"{nom}.csv": csv_de(tmp_path, nom) for nom in PROGRAMME}
    hors_charte = {**PROGRAMME["conseillers"][1], "id_source": "k3", "email": "paul.durand@gmail.com"}
    membres["conseillers.csv"] = csv_de(tmp_path, "conseillers", [*PROGRAMME["conseillers"], hors_charte])
    reponse = resultat(await televerser(client, settings, "programme.zip", archive(membres)))
    assert [run["kind"] for run in reponse["imports"]] == list(PROGRAMME)
    assert {run["kind"]: run["rejetes"] for run in reponse["imports"]}["conseillers"] == 1
    assert reponse["rejets"] == [
        {
            "fichier": "conseillers.csv",
            "ligne": 4,
            "colonne": "email",
            "valeur": "paul.durand@gmail.com",
            "raison": reponse["rejets"][0]["raison"],
        }
    ]
    assert "professionnel" in reponse["rejets"][0]["raison"]
    assert await compter(database, Conseiller) == 2

    encore = resultat(
        await televerser(client, settings, "programme.zip", archive(membres), variables={"mode": "DELTA"})
    )
    assert {run["kind"]: run["inseres"] for run in encore["imports"]} == dict.fromkeys(PROGRAMME, 0)


@pytest.mark.parametrize(
    ("nom", "contenu", "motif"),
    [
        ("structures.xlsx", b"PK", "attendu <format>.csv"),
        ("notes.csv", b"a,b\n", "attendu <format>.csv"),
        ("programme.zip", b"pas une archive", "archive ZIP illisible"),
        ("programme.zip", archive({"dossier/structures.csv": b"x"}), "est dans un dossier"),
        ("programme.zip", archive({"../structures.csv": b"x"}), "est dans un dossier"),
        ("programme.zip", archive({"LISEZMOI.txt": b"x"}), "n'est pas un fichier de format"),
        ("programme.zip", archive({}), "no programme file"),
        ("structures.csv", "id_source,siret\ns,Sérémange\n".encode("latin-1"), "not UTF-8"),
    ],
)
async def test_un_fichier_refuse_ne_change_rien(
    client: httpx.AsyncClient, settings: Settings, database: Database, nom: str, contenu: bytes, motif: str
) -> None:
    reponse = resultat(await televerser(client, settings, nom, contenu))
    assert reponse["__typename"] == "UserError"
    assert (reponse["code"], reponse["champ"]) == ("BAD_USER_INPUT", "fichier")
    assert reponse["message"].startswith("Fichier refusé : ")
    assert motif in reponse["message"]
    assert "hub-televersement-" not in reponse["message"]  # no server path
    assert await compter(database, Structure) == 0


async def test_une_archive_trop_grosse_une_fois_decompressee_est_refusee(
    database: Database, database_url: str, tmp_path: Path
) -> None:
    reglages = make_settings(database_url, tmp_path, import_upload_max_unpacked_bytes=10_000)
    bombe = archive({"structures.csv": b"id_source,siret,nom\n" + b"x" * 50_000})
    assert len(bombe) < 1_000
    app = create_app(reglages, database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://hub.test"
    ) as client:
        reponse = resultat(await televerser(client, reglages, "programme.zip", bombe))
    assert reponse["code"] == "BAD_USER_INPUT"
    assert "plus de 10000 octets une fois décompressée" in reponse["message"]


@pytest.mark.parametrize(
    ("principal", "code"),
    [(PREFECTURE, "FORBIDDEN"), (None, "UNAUTHENTICATED")],
    ids=["prefecture", "anonyme"],
)
async def test_seule_l_anct_televerse(
    client: httpx.AsyncClient,
    settings: Settings,
    database: Database,
    tmp_path: Path,
    principal: Principal | None,
    code: str,
) -> None:
    contenu = csv_de(tmp_path, "structures")
    reponse = resultat(await televerser(client, settings, "structures.csv", contenu, principal=principal))
    assert reponse["code"] == code
    assert await compter(database, Structure) == 0
    assert await compter(database, ImportRun) == 0


async def test_le_grand_corps_n_est_admis_que_pour_l_anct(
    client: httpx.AsyncClient, settings: Settings, database: Database, tmp_path: Path
) -> None:
    structures = [
        {**PROGRAMME["structures"][0], "id_source": f"s{i}", "nom": "Commune " + "x" * 200}
        for i in range(600)
    ]
    contenu = csv_de(tmp_path, "structures", structures)
    assert len(contenu) > settings.graphql_max_body_bytes
    refus = await televerser(client, settings, "structures.csv", contenu, principal=PREFECTURE)
    assert refus.status_code == 413
    assert refus.json()["errors"][0]["extensions"]["limite"] == "taille"
    admis = resultat(await televerser(client, settings, "structures.csv", contenu))
    # 600 rows for one SIRET: the first is written, the others are duplicates of the source key
    assert admis["imports"][0]["inseres"] + admis["imports"][0]["rejetes"] == 600


async def test_au_dela_de_la_limite_de_televersement_l_anct_aussi_recoit_413(
    database: Database, database_url: str, tmp_path: Path
) -> None:
    reglages = make_settings(database_url, tmp_path, import_upload_max_bytes=150_000)
    app = create_app(reglages, database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://hub.test"
    ) as client:
        reponse = await televerser(client, reglages, "structures.csv", b"x" * 200_000)
    assert reponse.status_code == 413
    assert reponse.json()["errors"][0]["extensions"]["maximum"] == 150_000


async def test_un_fichier_envoye_en_json_est_refuse(client: httpx.AsyncClient, settings: Settings) -> None:
    reponse = await client.post(
        "/graphql",
        json={"query": IMPORTER, "variables": {"fichier": "structures.csv"}},
        headers={"authorization": f"Bearer {token_for(settings, ANCT)}"},
    )
    valeur = resultat(reponse)
    assert (valeur["code"], valeur["champ"]) == ("BAD_USER_INPUT", "fichier")


@pytest.mark.parametrize(
    ("parties", "motif"),
    [
        ({"operations": "[]", "map": '{"0": ["variables.fichier"]}'}, "une seule opération"),
        ({"operations": "{", "map": "{}"}, ""),
        ({"map": '{"0": ["variables.fichier"]}'}, "sont obligatoires"),
        ({"operations": None, "map": "[]"}, "`map` doit être un objet"),
        ({"operations": None, "map": '{"0": "variables.fichier"}'}, "`map` doit être un objet"),
        ({"operations": None, "map": '{"1": ["variables.fichier"]}'}, "absente"),
        ({"operations": None, "map": '{"0": ["variables.autre"]}'}, "ne désigne pas une variable"),
        ({"operations": None, "map": '{"0": ["query"]}'}, "ne désigne pas une variable"),
        ({"operations": None, "map": '{"0": ["variables.fichier.²"]}'}, "ne désigne pas une variable"),
        ({"operations": None, "map": '{"0": ["variables.mode"]}'}, "valant null"),
    ],
)
async def test_une_requete_multipart_mal_formee_est_refusee_avec_sa_raison(
    client: httpx.AsyncClient, settings: Settings, parties: dict[str, str | None], motif: str
) -> None:
    operations = {"query": IMPORTER, "variables": {"fichier": None, "mode": "DELTA"}}
    data = {nom: valeur or json.dumps(operations) for nom, valeur in parties.items()}
    reponse = await client.post(
        "/graphql",
        data=data,
        files={"0": ("structures.csv", b"id_source\n", "text/csv")},
        headers={"authorization": f"Bearer {token_for(settings, ANCT)}"},
    )
    assert reponse.status_code == 400, reponse.text
    erreur = reponse.json()["errors"][0]
    assert erreur["extensions"]["code"] == "BAD_USER_INPUT"
    assert motif in erreur["message"]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda enfants: st.lists(enfants, max_size=3) | st.dictionaries(st.text(max_size=8), enfants, max_size=3),
    max_leaves=10,
)
CHEMIN = st.lists(st.sampled_from(["variables", "fichier", "0", "1", "²", "x", ""]), max_size=4).map(".".join)


@settings(max_examples=300, deadline=None)
@given(
    operations=JSON | st.fixed_dictionaries({"variables": JSON}),
    carte=JSON | st.dictionaries(st.sampled_from(["0", "1"]), st.lists(CHEMIN, max_size=3), max_size=2),
)
def test_toute_requete_multipart_est_acceptee_ou_refusee_avec_une_raison(operations: Any, carte: Any) -> None:
    raisons: list[str] = []
    try:
        assert isinstance(operation_avec_fichiers(operations, carte, {"0": object()}), dict)
    except MultipartInvalideError as refus:  # any other exception fails the test
        raisons.append(str(refus))
    assert all(raisons)
