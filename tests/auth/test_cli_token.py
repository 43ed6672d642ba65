"""`inclusion-hub token` and `inclusion-hub client …`: what the command prints works against the app."""

from __future__ import annotations

import asyncio
import base64
import uuid

import httpx
import pytest

from hub.cli import main
from hub.settings import Settings
from tests.graphql_client import graphql

MOI = "{ moi { role departements structureId scopes clientId } }"
STRUCTURE = uuid.UUID("6f1c2d3e-0000-4000-8000-000000000057")


@pytest.fixture
def env_du_hub(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The CLI reads HUB_* variables: point them at the same settings as the app under test."""
    for name, value in {
        "HUB_ENV": settings.env.value,
        "HUB_DATABASE_URL": settings.database_url,
        "HUB_SIGNING_KEY_PATH": str(settings.signing_key_path),
        "HUB_PSEUDONYMISATION_KEY_PATH": str(settings.pseudonymisation_key_path),
        "HUB_ISSUER": settings.issuer,
        "HUB_AUDIENCE": settings.audience,
    }.items():
        monkeypatch.setenv(name, value)
    return settings


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    captured = capsys.readouterr()
    return int(exit_.value.code or 0), captured.out, captured.err


async def test_le_jeton_de_la_cli_est_accepte_par_le_hub(
    client: httpx.AsyncClient, env_du_hub: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        capsys, "token", "--role", "prefecture", "--departement", "57", "--departement", "2a"
    )
    assert code == 0
    body = await graphql(client, MOI, token=out.strip())
    assert body["data"]["moi"] == {
        "role": "PREFECTURE",
        "departements": ["2A", "57"],
        "structureId": None,
        "scopes": [],
        "clientId": "inclusion-hub-cli",
    }


@pytest.mark.parametrize(
    "identifiant",
    [
        str(STRUCTURE),
        base64.b64encode(f"Structure:{STRUCTURE}".encode()).decode(),
        base64.urlsafe_b64encode(f"Structure:{STRUCTURE}".encode()).decode().rstrip("="),
    ],
    ids=["uuid", "global_id_base64", "global_id_base64url"],
)
async def test_la_cli_accepte_un_uuid_ou_un_identifiant_global(
    client: httpx.AsyncClient, env_du_hub: Settings, capsys: pytest.CaptureFixture[str], identifiant: str
) -> None:
    code, out, err = run_cli(capsys, "token", "--role", "structure", "--structure", identifiant)
    assert code == 0, err
    moi = (await graphql(client, MOI, token=out.strip()))["data"]["moi"]
    assert moi["role"] == "STRUCTURE"
    decoded = base64.urlsafe_b64decode(moi["structureId"] + "=" * (-len(moi["structureId"]) % 4)).decode()
    assert decoded == f"Structure:{STRUCTURE}"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--role", "prefecture"], "--departement is required"),
        (["--role", "prefecture", "--departement", "99"], "unknown département"),
        (["--role", "structure"], "--structure is required"),
        (["--role", "anct", "--structure", str(STRUCTURE)], "--structure is only for role structure"),
        (["--role", "structure", "--structure", "pas-un-id"], "expected a Structure global id"),
        (
            [
                "--role",
                "structure",
                "--structure",
                base64.b64encode(f"Conseiller:{STRUCTURE}".encode()).decode(),
            ],
            "expected a Structure global id",
        ),
        (["--role", "partenaire"], "--scope is required"),
        (["--role", "partenaire", "--scope", "admin"], "unknown scope"),
        (["--role", "anct", "--ttl", "0"], "--ttl must be between"),
    ],
)
def test_la_cli_refuse_un_role_sans_ses_identifiants(
    env_du_hub: Settings, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run_cli(capsys, "token", *argv)
    assert code == 1
    assert out == ""
    assert message in err


def test_la_cli_refuse_un_role_inconnu(env_du_hub: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "token", "--role", "superadmin")
    assert code == 2  # argparse usage error
    assert "invalid choice" in err
    assert out == ""


def test_la_cli_refuse_d_emettre_un_jeton_en_prod(
    env_du_hub: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUB_ENV", "prod")
    monkeypatch.setenv("HUB_GRAPHIQL", "false")
    monkeypatch.setenv("HUB_DATABASE_URL", "postgresql+asyncpg://hub@127.0.0.1/hub")
    monkeypatch.setenv("HUB_ISSUER", "https://hub.example.gouv.fr")
    code, out, err = run_cli(capsys, "token", "--role", "anct")
    assert code == 1
    assert out == ""
    assert "refused when HUB_ENV=prod" in err


async def test_client_create_affiche_un_secret_qui_marche_et_disable_le_coupe(
    client: httpx.AsyncClient, env_du_hub: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command runs its own event loop: give it a thread, as a terminal would give it a process.
    code, out, _ = await asyncio.to_thread(
        run_cli,
        capsys,
        "client",
        "create",
        "--name",
        "Carto",
        "--scope",
        "stats:read",
        "--scope",
        "lieux:read",
    )
    assert code == 0
    lines = dict(line.split(": ", 1) for line in out.strip().splitlines())
    client_id, secret = lines["client_id"], lines["client_secret"]
    assert lines["scopes"] == "lieux:read stats:read"
    auth = (client_id, secret)

    response = await client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=auth)
    assert response.status_code == 200, response.text
    moi = await graphql(client, MOI, token=response.json()["access_token"])
    assert moi["data"]["moi"]["scopes"] == ["lieux:read", "stats:read"]
    assert moi["data"]["moi"]["clientId"] == client_id

    code, out, _ = await asyncio.to_thread(run_cli, capsys, "client", "disable", client_id)
    assert code == 0
    response = await client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=auth)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


async def test_client_disable_d_un_client_inconnu_est_une_erreur_claire(
    env_du_hub: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = await asyncio.to_thread(run_cli, capsys, "client", "disable", "hubcli_absent")
    assert code == 1
    assert "no client with client_id 'hubcli_absent'" in err
