"""The hub's one Settings object, read from HUB_* environment variables and validated at start-up."""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class Environment(StrEnum):
    DEV = "dev"
    TEST = "test"
    PROD = "prod"


class SettingsError(ValueError):
    """A HUB_* variable has a value the hub refuses; the message names the variable."""


DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./inclusion-hub.db"
# Development defaults that HUB_ENV=prod refuses (keys generated on the fly; the default and the demo
# databases are SQLite files, refused too).
DEV_ISSUER = "http://127.0.0.1:8000"
DEV_SIGNING_KEY_PATH = Path(".hub/signing-key.json")
DEV_PSEUDONYMISATION_KEY_PATH = Path(".hub/pseudonymisation-key")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob of the hub. Field `foo_bar` is read from `HUB_FOO_BAR`."""

    env: Environment = Environment.DEV
    database_url: str = DEFAULT_DATABASE_URL
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    log_level: str = "info"

    # Tokens issued by the hub (ES256, typ at+jwt).
    issuer: str = DEV_ISSUER
    audience: str = "inclusion-hub"
    access_token_ttl_seconds: int = 900
    token_leeway_seconds: int = 30
    signing_key_path: Path = DEV_SIGNING_KEY_PATH
    # Public keys of the previous signing key(s), still accepted and published during a rotation.
    previous_jwks_path: Path | None = None

    # People sign in through ProConnect (OpenID Connect, docs/identite.md §4). No issuer: no sign-in
    # through a provider (the demo's /auth/demo still works outside prod).
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = dataclasses.field(default="", repr=False)
    oidc_scopes: str = "openid email given_name usual_name siret idp_id"
    # Required `acr` of the ID token (e.g. "eidas1"); empty: not checked.
    oidc_acr_values: str = ""
    # The hub's address as browsers see it: redirect URI = HUB_PUBLIC_URL/auth/callback, and the only
    # origin a cookie-authenticated request may come from. Empty: HUB_ISSUER.
    public_url: str = ""
    # Sessions of people (rows in the database, cookie __Host-hub_session over https).
    session_absolute_seconds: int = 8 * 3600
    session_idle_seconds: int = 3600
    # A session's habilitation is read again at least this often: a withdrawn one ends access.
    session_reread_seconds: int = 300
    # Refresh tokens of ANCT's tools (authorization code grant): each lives this long unused, a family
    # (one sign-in and consent) at most the second; the habilitation is read again at every use.
    refresh_token_seconds: int = 7 * 86400
    refresh_family_seconds: int = 30 * 86400

    # Aidants Connect: HMAC-SHA256 key pseudonymising usagers (generated in dev/test, provisioned in prod).
    pseudonymisation_key_path: Path = DEV_PSEUDONYMISATION_KEY_PATH

    # Writes: how long a conseiller may correct an activité after recording it.
    activite_correction_days: int = 30

    # GraphQL edge.
    graphiql: bool = True
    # False: anonymous callers may not introspect (the default when HUB_ENV=prod).
    graphql_introspection: bool = True
    max_page_size: int = 100
    small_group_threshold: int = 5
    # Overseas majoration of a poste's subvention, in % of the 50,000 € (set by the regulations in
    # force; 0 until an operator sets it). Stored on the convention when it is signed.
    majoration_drom_pourcent: int = 0
    majoration_com_pourcent: int = 0
    # Limits of the GraphQL edge (docs/limites.md gives each one's error and reasoning).
    graphql_max_depth: int = 15
    graphql_max_aliases: int = 30
    graphql_max_fields: int = 10_000
    graphql_max_string_length: int = 10_000
    graphql_max_tokens: int = 2500
    graphql_max_validation_errors: int = 10
    graphql_max_body_bytes: int = 100_000
    # ANCT's upload of programme files (mutation `importerProgramme`, multipart): the largest body,
    # the largest total once a ZIP is unpacked, and the time the import may take (not the 15 s above).
    import_upload_max_bytes: int = 64_000_000
    import_upload_max_unpacked_bytes: int = 512_000_000
    import_upload_timeout_seconds: int = 900
    graphql_max_cost: int = 20_000
    graphql_request_timeout_ms: int = 15_000
    graphql_subscriptions: bool = False
    # Trusted documents: the manifest (None: the one shipped in schema/documents/) and the roles
    # (comma-separated, e.g. "anonyme,partenaire") that may only send its operations.
    graphql_documents_path: Path | None = None
    graphql_trusted_documents_roles: str = ""
    # Rate limit: a token bucket of `rate_limit_points` per client, refilled in full over
    # `rate_limit_window_seconds` (0 points: no rate limit); backend "memory" (per process) or
    # "postgresql" (shared by every worker and host through the hub's database).
    rate_limit_points: int = 20_000
    rate_limit_window_seconds: int = 60
    rate_limit_backend: str = "memory"

    # Database behaviour.
    statement_timeout_ms: int = 10_000
    pool_size: int = 10
    # Outage behaviour (docs/deploy.md): a connection attempt or a wait for a pooled connection
    # gives up after this long, so a stopped database answers 503 quickly instead of hanging.
    database_connect_timeout_seconds: int = 5
    pool_timeout_seconds: int = 5
    # Behind PgBouncer in transaction mode: no server-side prepared-statement cache (docs/deploy.md).
    database_pgbouncer: bool = False

    # Operability (docs/deploy.md): /metrics needs this bearer token (or an anct token) in prod.
    metrics_token: str = dataclasses.field(default="", repr=False)
    shutdown_timeout_seconds: int = 30

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from `HUB_*` variables; `overrides` win (used by tests and the CLI)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = environ.get(f"HUB_{field.name.upper()}")
            if raw is not None:
                kind = _OPTIONAL_KINDS.get(field.name) or type(getattr(cls(), field.name))
                values[field.name] = _convert(field.name, raw, kind)
        values.update(overrides)
        if values.get("env") is Environment.PROD:
            # Production profile: no introspection for anonymous callers unless asked explicitly.
            values.setdefault("graphql_introspection", False)
        settings = cls(**values)
        settings.validate()
        return settings

    def majorations(self) -> dict[str, int]:
        """The overseas majoration (%) of a subvention, by zone of the référentiel."""
        return {"metropole": 0, "drom": self.majoration_drom_pourcent, "com": self.majoration_com_pourcent}

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed, validated again."""
        settings = replace(self, **changes)
        settings.validate()
        return settings

    def validate(self) -> None:
        if not self.database_url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise SettingsError(
                "HUB_DATABASE_URL must start with sqlite+aiosqlite:// or postgresql+asyncpg:// "
                f"(got {self.database_url.split('://')[0]}://…)"
            )
        if not 1 <= self.max_page_size <= 1000:
            raise SettingsError("HUB_MAX_PAGE_SIZE must be between 1 and 1000")
        if self.small_group_threshold < 1:
            raise SettingsError("HUB_SMALL_GROUP_THRESHOLD must be at least 1")
        if self.access_token_ttl_seconds > 3600:
            raise SettingsError("HUB_ACCESS_TOKEN_TTL_SECONDS must be at most 3600 (tokens are short-lived)")
        if self.access_token_ttl_seconds < 1:
            raise SettingsError("HUB_ACCESS_TOKEN_TTL_SECONDS must be at least 1")
        if not 0 <= self.token_leeway_seconds <= 300:
            raise SettingsError("HUB_TOKEN_LEEWAY_SECONDS must be between 0 and 300 (clock skew only)")
        if not 0 <= self.activite_correction_days <= 365:
            raise SettingsError("HUB_ACTIVITE_CORRECTION_DAYS must be between 0 and 365")
        for zone_, taux in (("DROM", self.majoration_drom_pourcent), ("COM", self.majoration_com_pourcent)):
            if not 0 <= taux <= 100:
                raise SettingsError(f"HUB_MAJORATION_{zone_}_POURCENT must be between 0 and 100")
        self._validate_edge()
        self._validate_sign_in()
        for name in ("database_connect_timeout_seconds", "pool_timeout_seconds", "shutdown_timeout_seconds"):
            if getattr(self, name) < 1:
                raise SettingsError(f"HUB_{name.upper()} must be at least 1")
        if self.metrics_token and len(self.metrics_token) < 16:
            raise SettingsError("HUB_METRICS_TOKEN must be at least 16 characters (or empty)")
        if self.env is Environment.PROD:
            if self.graphiql:
                raise SettingsError("HUB_GRAPHIQL must be false when HUB_ENV=prod: set HUB_GRAPHIQL=false")
            if self.database_url.startswith("sqlite"):
                raise SettingsError(
                    "HUB_ENV=prod needs PostgreSQL, not the default or demo SQLite file: "
                    "set HUB_DATABASE_URL=postgresql+asyncpg://hub_app:…@host/inclusion_hub"
                )
            self._validate_production()

    def _validate_production(self) -> None:
        """No development default survives into production: each refusal says what to set."""
        if self.issuer == DEV_ISSUER:
            raise SettingsError(
                f"HUB_ISSUER is the development default ({DEV_ISSUER}) while HUB_ENV=prod: "
                "set it to the hub's public address, e.g. HUB_ISSUER=https://hub.example.gouv.fr "
                "(an explicit loopback address such as http://localhost:8000 is allowed for a local run)"
            )
        issuer = urlsplit(self.issuer)
        if issuer.scheme != "https" and not (issuer.scheme == "http" and _is_loopback(issuer.hostname)):
            raise SettingsError(
                f"HUB_ISSUER must be an https:// URL when HUB_ENV=prod (got {self.issuer!r}); "
                "set it to the hub's public address, e.g. HUB_ISSUER=https://hub.example.gouv.fr"
            )
        for name, default, example in (
            ("signing_key_path", DEV_SIGNING_KEY_PATH, "/run/secrets/hub-signing-key.json"),
            (
                "pseudonymisation_key_path",
                DEV_PSEUDONYMISATION_KEY_PATH,
                "/run/secrets/hub-pseudonymisation-key",
            ),
        ):
            if Path(getattr(self, name)) == default:
                raise SettingsError(
                    f"HUB_{name.upper()} is the development default ({default}) while HUB_ENV=prod: "
                    f"set it to the provisioned secret's path, e.g. HUB_{name.upper()}={example}"
                )

    def _validate_sign_in(self) -> None:
        for name in ("public_url", "oidc_issuer"):
            value = getattr(self, name)
            if value and (urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).hostname):
                raise SettingsError(f"HUB_{name.upper()} must be an http(s) URL (got {value!r})")
        if urlsplit(self.public_url_effective).path not in ("", "/"):
            raise SettingsError(
                "HUB_PUBLIC_URL must be an origin without a path, e.g. https://hub.example.gouv.fr"
            )
        if self.oidc_issuer and not (self.oidc_client_id and self.oidc_client_secret):
            raise SettingsError(
                "HUB_OIDC_ISSUER is set: HUB_OIDC_CLIENT_ID and HUB_OIDC_CLIENT_SECRET are required too "
                "(given by ProConnect when the hub is registered, docs/identite.md)"
            )
        if "openid" not in self.oidc_scopes.split():
            raise SettingsError("HUB_OIDC_SCOPES must contain openid")
        if not 60 <= self.session_idle_seconds <= self.session_absolute_seconds <= 24 * 3600:
            raise SettingsError(
                "sessions: 60 ≤ HUB_SESSION_IDLE_SECONDS ≤ HUB_SESSION_ABSOLUTE_SECONDS ≤ 86400 is required"
            )
        if not 60 <= self.refresh_token_seconds <= self.refresh_family_seconds <= 90 * 86400:
            raise SettingsError(
                "refresh tokens: 60 ≤ HUB_REFRESH_TOKEN_SECONDS ≤ HUB_REFRESH_FAMILY_SECONDS ≤ 7776000 "
                "(90 days) is required"
            )
        if not 1 <= self.session_reread_seconds <= 300:
            raise SettingsError(
                "HUB_SESSION_REREAD_SECONDS must be between 1 and 300 "
                "(a withdrawn habilitation ends access within 5 minutes)"
            )
        if self.env is Environment.PROD:
            # HUB_PUBLIC_URL left empty falls back to HUB_ISSUER, which the production check covers.
            for name in ("public_url", "oidc_issuer"):
                value = getattr(self, name)
                if value and urlsplit(value).scheme != "https" and not _is_loopback(urlsplit(value).hostname):
                    raise SettingsError(
                        f"HUB_{name.upper()} must be https:// when HUB_ENV=prod (got {value!r}): "
                        f"set HUB_{name.upper()}=https://…"
                    )

    @property
    def public_url_effective(self) -> str:
        """The hub's public origin, without a trailing slash (HUB_PUBLIC_URL, else HUB_ISSUER)."""
        return (self.public_url or self.issuer).rstrip("/")

    @property
    def cookies_secure(self) -> bool:
        """Secure cookies (and the __Host- prefix) whenever browsers reach the hub over https."""
        return urlsplit(self.public_url_effective).scheme == "https"

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer)

    def _validate_edge(self) -> None:
        for name in (
            "graphql_max_depth",
            "graphql_max_aliases",
            "graphql_max_fields",
            "graphql_max_string_length",
            "graphql_max_tokens",
            "graphql_max_validation_errors",
            "graphql_max_body_bytes",
            "import_upload_max_bytes",
            "import_upload_max_unpacked_bytes",
            "import_upload_timeout_seconds",
            "graphql_max_cost",
            "graphql_request_timeout_ms",
            "rate_limit_window_seconds",
        ):
            if getattr(self, name) < 1:
                raise SettingsError(f"HUB_{name.upper()} must be at least 1")
        if self.rate_limit_points < 0:
            raise SettingsError("HUB_RATE_LIMIT_POINTS must be 0 (no rate limit) or more")
        if 0 < self.rate_limit_points < self.graphql_max_cost:
            raise SettingsError(
                "HUB_RATE_LIMIT_POINTS must be at least HUB_GRAPHQL_MAX_COST (or 0): "
                "otherwise an allowed query could never be served"
            )
        if self.rate_limit_backend not in ("memory", "postgresql"):
            raise SettingsError("HUB_RATE_LIMIT_BACKEND must be memory or postgresql")
        if self.rate_limit_backend == "postgresql" and self.is_sqlite:
            raise SettingsError("HUB_RATE_LIMIT_BACKEND=postgresql needs a PostgreSQL HUB_DATABASE_URL")
        unknown = self.trusted_documents_roles - _ROLES
        if unknown:
            raise SettingsError(
                f"HUB_GRAPHQL_TRUSTED_DOCUMENTS_ROLES: unknown role(s) {', '.join(sorted(unknown))} "
                f"(choose among {', '.join(sorted(_ROLES))})"
            )

    @property
    def trusted_documents_roles(self) -> frozenset[str]:
        """Roles (lower-case names) that may only send the operations of the trusted documents."""
        names = self.graphql_trusted_documents_roles.split(",")
        return frozenset(name.strip().lower() for name in names if name.strip())

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def dev_tools_allowed(self) -> bool:
        """Dev-only conveniences (self-generated signing key, `token` command) are refused in prod."""
        return self.env is not Environment.PROD


def _is_loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Fields whose default is None: the kind their HUB_* variable is converted to.
_OPTIONAL_KINDS: dict[str, type] = {"previous_jwks_path": Path, "graphql_documents_path": Path}

# The role names of hub.models.enums.Role (settings sit below the models: the names are repeated here).
_ROLES = frozenset({"anct", "prefecture", "structure", "conseiller", "aidant", "partenaire", "anonyme"})

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _convert(name: str, raw: str, kind: type) -> Any:
    var = f"HUB_{name.upper()}"
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered in _TRUE | _FALSE:
                return lowered in _TRUE
            raise ValueError(raw)
        if kind is int:
            return int(raw)
        if kind is Environment:
            return Environment(raw.strip().lower())
        if issubclass(kind, Path):
            return Path(raw)
    except ValueError:
        raise SettingsError(f"{var}={raw!r} is not a valid {kind.__name__}") from None
    return raw
