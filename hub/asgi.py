"""ASGI entry point for uvicorn workers: the app built from the HUB_* environment."""

from __future__ import annotations

from starlette.applications import Starlette

from hub.app import create_app
from hub.settings import Settings


def app_factory() -> Starlette:
    return create_app(Settings.from_env())
