"""The write services' tests run in the scene of tests/ecriture.py, one fresh database per test."""

from __future__ import annotations

import pytest

from hub.db import Database
from tests.ecriture import Scene, construire_scene


@pytest.fixture
async def scene(database: Database) -> Scene:
    return await construire_scene(database)
