"""Tokens for tests: authenticate as any role against an app built with the same settings."""

from __future__ import annotations

from auth.principal import Principal
from auth.tokens import issue_access_token
from hub.settings import Settings


def token_for(settings: Settings, principal: Principal) -> str:
    """A valid hub access token for `principal`, signed with the key of `settings`."""
    return issue_access_token(settings, principal)
