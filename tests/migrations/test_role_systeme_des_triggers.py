"""The aggregate triggers of migration 0006 act as the system and give the caller its role back.

They switch `hub.role` with `set_config(…, true)` (a function-level SET of a placeholder needs a
superuser since PostgreSQL 15, and migrations run as the NOSUPERUSER owner): a 'system' left behind
would hand the system context to every later statement of the caller's transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from tests.databases import OWNER_ROLE, Backend, app_role_url, unique_name


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


pytestmark = pytest.mark.postgresql_only  # SQLite has no session settings: its triggers are plain


@pytest.fixture
async def base(backend: Backend, migrated_template: str) -> AsyncIterator[str]:
    name = unique_name("role_systeme")
    url = await backend.create(name, template=migrated_template)
    yield url
    await backend.drop(name)


@pytest.mark.parametrize("role", ["anct", "structure", None])
@pytest.mark.parametrize(
    "instruction",
    [
        "DELETE FROM activite WHERE false",  # statement triggers fire on zero rows too
        "UPDATE activite SET date = date WHERE false",
        "DELETE FROM activite_theme WHERE false",
        "TRUNCATE activite_theme_agregat, activite_agregat, activite_theme, activite",
    ],
)
async def test_le_role_de_l_appelant_est_rendu_apres_chaque_trigger(
    base: str, role: str | None, instruction: str
) -> None:
    owner = instruction.startswith("TRUNCATE")  # TRUNCATE is the owner's (migrations, operators)
    connection = await asyncpg.connect(_dsn(base if owner else app_role_url(base)))
    try:
        async with connection.transaction():
            if role is not None:
                await connection.execute("SELECT set_config('hub.role', $1, true)", role)
            await connection.execute(instruction)
            after = await connection.fetchval("SELECT current_setting('hub.role', true)")
        assert (after or "") == (role or "")
        assert after != "system"
    finally:
        await connection.close()


async def test_la_migration_a_tourne_sous_le_proprietaire_non_superutilisateur(base: str) -> None:
    connection = await asyncpg.connect(_dsn(base))
    try:
        owner, superuser, bypass = await connection.fetchrow(
            "SELECT r.rolname, r.rolsuper, r.rolbypassrls FROM pg_proc p "
            "JOIN pg_roles r ON r.oid = p.proowner "
            "WHERE p.proname = 'hub_agreger_activites'"
        )
        assert (owner, superuser, bypass) == (OWNER_ROLE, False, False)
    finally:
        await connection.close()
