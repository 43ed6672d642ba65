"""Structured logs: every hub log record as one JSON line, the request line's fields at top level."""

from __future__ import annotations

import json
import logging
import os
import time
from typing import Any

# Attribute of a LogRecord holding the structured fields (`logger.info(msg, extra={FIELDS: {...}})`).
FIELDS = "champs"


class JsonFormatter(logging.Formatter):
    """`{"ts", "niveau", "logger", "pid", "message", ...fields, "exception"?}` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "niveau": record.levelname.lower(),
            "logger": record.name,
            "pid": os.getpid(),
            "message": record.getMessage(),
        }
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, dict):
            line.update(fields)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(base: dict[str, Any], level: str) -> dict[str, Any]:
    """uvicorn's logging config (`base`), plus the hub's loggers writing JSON lines to stderr."""
    config = dict(base)
    config["formatters"] = {**base.get("formatters", {}), "hub_json": {"()": f"{__name__}.JsonFormatter"}}
    config["handlers"] = {
        **base.get("handlers", {}),
        "hub_json": {"class": "logging.StreamHandler", "formatter": "hub_json", "stream": "ext://sys.stderr"},
    }
    config["loggers"] = {
        **base.get("loggers", {}),
        "hub": {"handlers": ["hub_json"], "level": level.upper(), "propagate": False},
    }
    return config
