"""The serving process's garbage-collector settings (hub/ramasse_miettes.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from hub import asgi
from hub.ramasse_miettes import JEUNES, regler_pour_un_serveur


@pytest.fixture
def collecteur_restaure() -> Iterator[None]:
    seuils = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*seuils)


@pytest.mark.usefixtures("collecteur_restaure")
def test_le_serveur_fige_l_application_et_releve_le_seuil_des_jeunes_objets() -> None:
    gc.unfreeze()
    regler_pour_un_serveur()
    assert gc.get_freeze_count() > 10_000  # the loaded application, out of the generations
    assert gc.get_threshold()[0] == JEUNES


@pytest.mark.usefixtures("collecteur_restaure")
def test_la_fabrique_des_workers_uvicorn_regle_le_collecteur(monkeypatch: pytest.MonkeyPatch) -> None:
    appels: list[str] = []
    monkeypatch.setattr(asgi, "create_app", lambda settings: appels.append("app") or object())
    monkeypatch.setattr(asgi, "regler_pour_un_serveur", lambda: appels.append("gc"))
    asgi.app_factory()
    assert appels == ["app", "gc"]  # frozen once the application exists
