"""docker-compose.yml follows docs/autorisations.md: the superuser creates the roles, the owner migrates,
the application role serves (the CI's PostgreSQL run does the same through tests/databases.py)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

RACINE = Path(__file__).parents[2]


def test_le_compose_migre_en_proprietaire_et_sert_en_role_applicatif() -> None:
    services = yaml.safe_load((RACINE / "docker-compose.yml").read_text())["services"]
    assert services["postgres"]["environment"]["POSTGRES_USER"] not in {"hub_owner", "hub_app"}
    assert "//hub_owner:" in services["migrate"]["environment"]["HUB_DATABASE_URL"]
    assert "//hub_app:" in services["hub"]["environment"]["HUB_DATABASE_URL"]
    volumes = services["postgres"]["volumes"]
    assert any(v.endswith(":/docker-entrypoint-initdb.d:ro") for v in volumes)


def test_le_script_d_initialisation_cree_les_roles_de_la_documentation() -> None:
    script = (RACINE / "deploy" / "postgres-init" / "roles.sh").read_text()
    documentation = (RACINE / "docs" / "autorisations.md").read_text()
    for role in ("hub_owner", "hub_app"):
        attendu = re.search(rf"CREATE ROLE {role} (LOGIN [A-Z ]+) PASSWORD", documentation)
        cree = re.search(rf"CREATE ROLE {role} (LOGIN [A-Z ]+) PASSWORD", script)
        assert attendu, role
        assert cree, role
        assert cree.group(1) == attendu.group(1)
        assert "NOSUPERUSER NOBYPASSRLS" in cree.group(1)
    assert "CREATE DATABASE hub OWNER hub_owner" in script
