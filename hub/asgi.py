"""ASGI entry point for uvicorn workers: the app built from the HUB_* environment."""

from __future__ import annotations

from starlette.applications import Starlette

from hub.app import create_app
from hub.ramasse_miettes import regler_pour_un_serveur
from hub.settings import Settings


def app_factory() -> Starlette:
    app = create_app(Settings.from_env())
    regler_pour_un_serveur()  # after the application is built: it is what gets frozen
    return app
