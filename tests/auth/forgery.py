"""Hand-made tokens for attack tests: any header, any claims, signed by any key (or not at all)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from joserfc.jwk import ECKey

from auth.keys import load_keys
from hub.settings import Settings


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def segment(data: dict[str, Any]) -> str:
    return b64(json.dumps(data, separators=(",", ":")).encode())


def good_claims(settings: Settings, **changes: Any) -> dict[str, Any]:
    """The claims of a valid prefecture token; `changes` replace (or, with None, remove) claims."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": settings.issuer,
        "aud": settings.audience,
        "sub": "prefet@moselle.gouv.fr",
        "iat": now,
        "nbf": now,
        "exp": now + 300,
        "jti": uuid.uuid4().hex,
        "role": "prefecture",
        "departements": ["57"],
    }
    for name, value in changes.items():
        if value is None:
            claims.pop(name, None)
        else:
            claims[name] = value
    return claims


def hub_header(settings: Settings, **changes: Any) -> dict[str, Any]:
    header: dict[str, Any] = {"alg": "ES256", "typ": "at+jwt", "kid": load_keys(settings).kid}
    for name, value in changes.items():
        if value is None:
            header.pop(name, None)
        else:
            header[name] = value
    return header


def signed(header: dict[str, Any], claims: dict[str, Any], key: ECKey) -> str:
    """A compact JWS over exactly `header` and `claims`, with an ES256 signature by `key`.

    Written by hand (not with joserfc) so that any header, even one a library would refuse to
    produce, can be sent to the hub.
    """
    signing_input = f"{segment(header)}.{segment(claims)}".encode()
    private = key.private_key
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    r, s = decode_dss_signature(private.sign(signing_input, ec.ECDSA(hashes.SHA256())))
    return f"{signing_input.decode()}.{b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def signed_by_hub(settings: Settings, claims: dict[str, Any], **header_changes: Any) -> str:
    return signed(hub_header(settings, **header_changes), claims, load_keys(settings).signing_key)


def unsigned(header: dict[str, Any], claims: dict[str, Any]) -> str:
    """alg none: no signature at all."""
    return f"{segment(header)}.{segment(claims)}."


def hmac_with_public_key(settings: Settings, claims: dict[str, Any]) -> str:
    """The classic key-confusion attack: HS256 keyed with the hub's *public* key (JWK JSON and PEM)."""
    header = hub_header(settings, alg="HS256")
    signing_input = f"{segment(header)}.{segment(claims)}".encode()
    public = load_keys(settings).public_jwks()["keys"][0]
    secret = json.dumps(public, separators=(",", ":")).encode()
    signature = hmac.new(secret, signing_input, hashlib.sha256).digest()
    return f"{signing_input.decode()}.{b64(signature)}"


def hmac_with_public_pem(settings: Settings, claims: dict[str, Any]) -> str:
    header = hub_header(settings, alg="HS256")
    signing_input = f"{segment(header)}.{segment(claims)}".encode()
    pem = load_keys(settings).signing_key.as_pem(private=False)
    signature = hmac.new(pem, signing_input, hashlib.sha256).digest()
    return f"{signing_input.decode()}.{b64(signature)}"
