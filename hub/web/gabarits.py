"""The pages' Jinja2 templates (hub/web/gabarits/), autoescaped, French."""

from __future__ import annotations

from pathlib import Path

from starlette.templating import Jinja2Templates

GABARITS = Jinja2Templates(directory=Path(__file__).parent / "gabarits")
