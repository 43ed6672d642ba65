"""`token` (dev/test access tokens), `client create|disable` (partner OAuth2 clients) and
`session revoke` (people's sessions)."""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import json
import sys
import uuid
from pathlib import Path
from typing import Any

from auth.autorisations_oauth import AutorisationsOAuth
from auth.claims import SCOPES, InvalidClaimsError
from auth.clients import GRANTS, ClientCree, ClientError, creer_client, desactiver_client
from auth.principal import Principal
from auth.rls import contexte_systeme
from auth.sessions_personnes import SessionsPersonnes
from auth.tokens import issue_access_token
from hub.cli.errors import CliError
from hub.db import Database
from hub.models.enums import Role
from hub.referentiel.territoires import CODES_DEPARTEMENTS, CODES_REGIONS, departements_des_regions
from hub.settings import Settings

CLI_CLIENT_ID = "inclusion-hub-cli"
MAX_DEV_TTL_SECONDS = 86_400
ROLES = [role.value for role in Role if role is not Role.ANONYME]
# Option → (principal field, roles that require it, GraphQL type name of its global id).
_ID_OPTIONS = {
    "structure": ("structure_id", (Role.STRUCTURE,), "Structure"),
    # A coordinateur is a conseiller: its own conseiller id.
    "conseiller": ("conseiller_id", (Role.CONSEILLER, Role.COORDINATEUR), "Conseiller"),
    "organisation": ("organisation_id", (Role.AIDANT,), "OrganisationAidantsConnect"),
    "hub-territorial": ("hub_territorial_id", (Role.HUB_TERRITORIAL,), "HubTerritorial"),
    "reseau": ("reseau_id", (Role.GRAND_RESEAU,), "Reseau"),
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    token = commands.add_parser(
        "token", help="print an access token for a role (dev and test only; refused when HUB_ENV=prod)"
    )
    token.add_argument("--role", required=True, type=str.lower, choices=ROLES)
    token.add_argument("--departement", action="append", default=[], help="prefecture: a code (repeatable)")
    token.add_argument("--region", action="append", default=[], help="hub_territorial: a code (repeatable)")
    for option, (_, roles, type_name) in _ID_OPTIONS.items():
        qui = ", ".join(role.value for role in roles)
        token.add_argument(f"--{option}", help=f"{qui}: a {type_name} global id or UUID")
    token.add_argument("--scope", action="append", default=[], help=f"partenaire: {', '.join(SCOPES)}")
    token.add_argument("--subject", help="the token's sub (default: dev:<role>)")
    token.add_argument("--ttl", type=int, help="lifetime in seconds (default: HUB_ACCESS_TOKEN_TTL_SECONDS)")
    token.set_defaults(handler=run_token)

    client = commands.add_parser("client", help="manage OAuth2 clients (partner tools, ANCT's own tools)")
    actions = client.add_subparsers(dest="client_action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="create a client; prints its client_id and secret once")
    create.add_argument("--name", required=True)
    create.add_argument(
        "--grant",
        choices=list(GRANTS),
        default="client_credentials",
        help="client_credentials (a partner tool, default) or authorization_code (an ANCT tool acting "
        "for the person signed in, with PKCE and refresh tokens)",
    )
    create.add_argument("--scope", action="append", default=[], choices=list(SCOPES))
    create.add_argument(
        "--redirect-uri", action="append", default=[], help="authorization_code: an exact redirect URI"
    )
    create.add_argument(
        "--public", action="store_true", help="authorization_code: a client with no secret (PKCE alone)"
    )
    create.add_argument("--valid-days", type=int, help="validity in days (default: no end date)")
    create.add_argument("--jwks", type=Path, help="public JWKS file, to allow private_key_jwt")
    create.set_defaults(handler=run_client_create)
    disable = actions.add_parser("disable", help="disable a client (no new tokens)")
    disable.add_argument("client_id")
    disable.set_defaults(handler=run_client_disable)

    session = commands.add_parser("session", help="people's sessions (signed in through the pages)")
    session_actions = session.add_subparsers(dest="session_action", required=True, metavar="ACTION")
    revoke = session_actions.add_parser("revoke", help="end every session of a person, on every instance")
    revoke.add_argument("--email", required=True)
    revoke.set_defaults(handler=run_session_revoke)


def run_token(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    if not settings.dev_tools_allowed:
        raise CliError("`token` is a development tool and is refused when HUB_ENV=prod")
    principal = principal_from_arguments(arguments)
    ttl = arguments.ttl
    if ttl is not None and not 1 <= ttl <= MAX_DEV_TTL_SECONDS:
        raise CliError(f"--ttl must be between 1 and {MAX_DEV_TTL_SECONDS} seconds")
    try:
        token = issue_access_token(settings, principal, ttl_seconds=ttl)
    except InvalidClaimsError as error:
        raise CliError(str(error)) from None
    print(token)
    print(
        f"role {principal.role.value}, valid {ttl or settings.access_token_ttl_seconds} s, "
        f"for issuer {settings.issuer} and audience {settings.audience}",
        file=sys.stderr,
    )
    return 0


def principal_from_arguments(arguments: argparse.Namespace) -> Principal:
    """The principal the options describe; every option the role does not use is refused."""
    role = Role(arguments.role)
    ids: dict[str, uuid.UUID] = {}
    for option, (field, required_by, type_name) in _ID_OPTIONS.items():
        value = getattr(arguments, option.replace("-", "_"))
        if (value is None) != (role not in required_by):
            qui = " or ".join(r.value for r in required_by)
            quoi = "required" if value is None else "only"
            raise CliError(f"--{option} is {quoi} for role {qui}")
        if value is not None:
            ids[field] = parse_id(value, type_name, option)
    departements = frozenset(code.upper() for code in arguments.departement)
    if (role is Role.PREFECTURE) != bool(departements):
        raise CliError("--departement is required for (and only for) role prefecture")
    unknown = sorted(departements - CODES_DEPARTEMENTS)
    if unknown:
        raise CliError(f"unknown département code(s): {', '.join(unknown)}")
    regions = frozenset(arguments.region)
    if (role is Role.HUB_TERRITORIAL) != bool(regions):
        raise CliError("--region is required for (and only for) role hub_territorial")
    if unknown := sorted(regions - CODES_REGIONS):
        raise CliError(f"unknown région code(s): {', '.join(unknown)}")
    scopes = frozenset(arguments.scope)
    if (role is Role.PARTENAIRE) != bool(scopes):
        raise CliError("--scope is required for (and only for) role partenaire")
    if unknown := sorted(scopes - SCOPES.keys()):
        raise CliError(f"unknown scope(s): {', '.join(unknown)} (known: {', '.join(SCOPES)})")
    return Principal(
        role=role,
        subject=arguments.subject or f"dev:{role.value}",
        departements=departements or departements_des_regions(regions),
        regions=regions,
        scopes=scopes,
        client_id=CLI_CLIENT_ID,
        **ids,
    )


def parse_id(value: str, type_name: str, option: str) -> uuid.UUID:
    """A raw UUID, or a Relay global id base64("TypeName:uuid") (standard or URL-safe alphabet)."""
    try:
        return uuid.UUID(value)
    except ValueError:
        pass
    padded = value + "=" * (-len(value) % 4)
    for decode in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            name, _, key = decode(padded.encode("ascii")).decode("utf-8").partition(":")
            if name == type_name:
                return uuid.UUID(key)
        except (ValueError, binascii.Error, UnicodeError):
            continue
    raise CliError(f"--{option}: expected a {type_name} global id or a UUID, got {value!r}")


def run_client_create(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    jwks = _read_jwks(arguments.jwks) if arguments.jwks else None
    options = {"grant": arguments.grant, "redirect_uris": arguments.redirect_uri, "public": arguments.public}
    created = asyncio.run(
        _create(settings, arguments.name, arguments.scope, arguments.valid_days, jwks, options)
    )
    print(f"client_id: {created.client_id}")
    print(
        f"client_secret: {created.secret if created.secret is not None else '(client public, sans secret)'}"
    )
    print(f"grant_types: {' '.join(created.grant_types)}")
    if created.redirect_uris:
        print(f"redirect_uris: {' '.join(created.redirect_uris)}")
    else:
        print(f"scopes: {' '.join(created.scopes)}")
    print(f"valide_au: {created.valide_au.isoformat() if created.valide_au else 'sans limite'}")
    print("The secret is shown only now: store it in the partner's secret manager.", file=sys.stderr)
    return 0


def run_client_disable(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    asyncio.run(_disable(settings, arguments.client_id))
    print(f"client {arguments.client_id} disabled")
    return 0


def run_session_revoke(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    fermees = asyncio.run(_revoke(settings, arguments.email))
    print(f"{fermees} session(s) and tool authorization(s) ended for {arguments.email.strip().lower()}")
    return 0


async def _revoke(settings: Settings, email: str) -> int:
    database = Database.from_settings(settings)
    try:
        # Its sessions and the refresh tokens of the tools it authorized: nothing lets it back in.
        jetons = await AutorisationsOAuth(database, settings).revoquer_personne(email)
        return await SessionsPersonnes(database, settings).revoquer(email) + jetons
    finally:
        await database.dispose()


async def _create(
    settings: Settings,
    nom: str,
    scopes: list[str],
    valid_days: int | None,
    jwks: dict[str, Any] | None,
    options: dict[str, Any],
) -> ClientCree:
    database = Database.from_settings(settings)
    try:
        async with database.transaction() as session:
            await contexte_systeme(session)  # an operator command: a trusted job (auth/rls.py)
            return await creer_client(
                session, nom=nom, scopes=scopes, valid_days=valid_days, jwks=jwks, **options
            )
    except ClientError as error:
        raise CliError(str(error)) from None
    finally:
        await database.dispose()


async def _disable(settings: Settings, client_id: str) -> None:
    database = Database.from_settings(settings)
    try:
        async with database.transaction() as session:
            await contexte_systeme(session)
            await desactiver_client(session, client_id)
    except ClientError as error:
        raise CliError(str(error)) from None
    finally:
        await database.dispose()


def _read_jwks(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CliError(f"--jwks {path}: {error}") from None
    keys = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(keys, list) or not keys:
        raise CliError(f'--jwks {path}: expected a JWKS document {{"keys": [...]}}')
    if any(isinstance(key, dict) and "d" in key for key in keys):
        raise CliError(f"--jwks {path}: contains a private key; register only the public part")
    return {"keys": keys}
