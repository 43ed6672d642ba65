"""Access tokens and signing keys, without HTTP: claims, reasons for refusal, key files, rotation."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from joserfc import jws
from joserfc.jwk import ECKey

from auth.claims import InvalidClaimsError
from auth.keys import SigningKeyError, load_keys
from auth.principal import Principal
from auth.tokens import InvalidTokenError, issue_access_token, verify_access_token
from hub.models.enums import Role
from hub.settings import Environment, Settings
from tests.auth import forgery

STRUCTURE = uuid.UUID("6f1c2d3e-0000-4000-8000-000000000057")


@pytest.fixture
def reglages(tmp_path: Path) -> Settings:
    return Settings.from_env({}, env=Environment.TEST, signing_key_path=tmp_path / "keys" / "signing.json")


def refus(settings: Settings, token: str) -> str:
    with pytest.raises(InvalidTokenError) as error:
        verify_access_token(settings, token)
    return error.value.message


def test_le_jeton_porte_les_revendications_attendues(reglages: Settings) -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    principal = Principal(role=Role.STRUCTURE, subject="s@metz.fr", structure_id=STRUCTURE)
    token = issue_access_token(reglages, principal, now=now)
    header = jws.extract_compact(token.encode()).protected
    claims = json.loads(jws.extract_compact(token.encode()).payload)
    assert header == {"alg": "ES256", "typ": "at+jwt", "kid": load_keys(reglages).kid}
    assert claims.pop("jti")
    assert claims == {
        "iss": reglages.issuer,
        "aud": reglages.audience,
        "sub": "s@metz.fr",
        "iat": int(now.timestamp()),
        "nbf": int(now.timestamp()),
        "exp": int(now.timestamp()) + reglages.access_token_ttl_seconds,
        "role": "structure",
        "structure_id": str(STRUCTURE),
    }


def test_chaque_jeton_a_son_propre_jti(reglages: Settings) -> None:
    principal = Principal(role=Role.ANCT, subject="a")
    claims = [
        json.loads(jws.extract_compact(issue_access_token(reglages, principal).encode()).payload)
        for _ in "ab"
    ]
    assert claims[0]["jti"] != claims[1]["jti"]


def test_un_jeton_verifie_redonne_le_meme_principal(reglages: Settings) -> None:
    for principal in (
        Principal(role=Role.ANCT, subject="a"),
        Principal(role=Role.PREFECTURE, subject="p", departements=frozenset({"2B", "974"})),
        Principal(role=Role.CONSEILLER, subject="c", conseiller_id=uuid.uuid4()),
        Principal(role=Role.AIDANT, subject="x", organisation_id=uuid.uuid4(), client_id="front"),
        Principal(role=Role.PARTENAIRE, subject="o", scopes=frozenset({"lieux:read"}), client_id="o"),
    ):
        assert verify_access_token(reglages, issue_access_token(reglages, principal)) == principal


@pytest.mark.parametrize(
    "principal",
    [
        Principal(role=Role.PREFECTURE, subject="p"),
        Principal(role=Role.STRUCTURE, subject="s"),
        Principal(role=Role.ANCT, subject="a", structure_id=STRUCTURE),
        Principal(role=Role.PARTENAIRE, subject="o", client_id="o"),
        Principal(role=Role.ANONYME),
    ],
    ids=[
        "prefecture_sans_departement",
        "structure_sans_id",
        "anct_avec_structure",
        "partenaire_sans_scope",
        "anonyme",
    ],
)
def test_le_hub_refuse_d_emettre_un_jeton_incoherent(reglages: Settings, principal: Principal) -> None:
    with pytest.raises(InvalidClaimsError):
        issue_access_token(reglages, principal)


def test_une_charge_signee_mais_non_json_est_mal_formee(reglages: Settings) -> None:
    keys = load_keys(reglages)
    registry = jws.JWSRegistry(algorithms=["ES256"])
    header = {"alg": "ES256", "typ": "at+jwt", "kid": keys.kid}
    token = jws.serialize_compact(header, b"pas du json", keys.signing_key, registry=registry)
    assert refus(reglages, token) == "jeton d'accès mal formé"


def test_la_cle_est_creee_une_fois_en_0600_et_son_kid_est_l_empreinte_rfc7638(reglages: Settings) -> None:
    keys = load_keys(reglages)
    path = reglages.signing_key_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    document = json.loads(path.read_text())
    assert document["kty"] == "EC"
    assert document["crv"] == "P-256"
    assert "d" in document
    assert keys.kid == ECKey.import_key(document).thumbprint()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert load_keys(reglages).kid == keys.kid  # reused, not regenerated


# Each process imports first, says it is ready, then waits for the start signal, so that all of
# them try to create the missing key file at the same moment.
_COURSE = """
import sys, time
from pathlib import Path
from auth.keys import load_keys
from hub.settings import Environment, Settings
key, ready, go = (Path(a) for a in sys.argv[1:4])
settings = Settings.from_env({}, env=Environment.TEST, signing_key_path=key)
ready.touch()
while not go.exists():
    time.sleep(0.001)
print(load_keys(settings).kid)
"""


def test_des_processus_qui_creent_la_cle_en_meme_temps_obtiennent_la_meme(tmp_path: Path) -> None:
    key, go = tmp_path / "race" / "signing.json", tmp_path / "go"
    processes = []
    for i in range(8):
        ready = tmp_path / f"ready-{i}"
        command = [sys.executable, "-c", _COURSE, str(key), str(ready), str(go)]
        processes.append((ready, subprocess.Popen(command, stdout=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready, _ in processes) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()
    kids = {process.communicate(timeout=60)[0].strip() for _, process in processes}
    assert all(process.returncode == 0 for _, process in processes)
    assert len(kids) == 1
    settings = Settings.from_env({}, env=Environment.TEST, signing_key_path=key)
    assert load_keys(settings).kid == kids.pop()
    assert sorted(p.name for p in key.parent.iterdir()) == ["signing.json"]


def test_en_prod_une_cle_absente_empeche_le_demarrage(tmp_path: Path) -> None:
    prod = Settings.from_env(
        {},
        env=Environment.PROD,
        graphiql=False,
        database_url="postgresql+asyncpg://hub@127.0.0.1/hub",
        signing_key_path=tmp_path / "absente.json",
        pseudonymisation_key_path=tmp_path / "pseudonymisation-key",
        issuer="https://hub.example.gouv.fr",
    )
    with pytest.raises(SigningKeyError, match="never generated"):
        load_keys(prod)
    assert not (tmp_path / "absente.json").exists()


@pytest.mark.parametrize(
    "contenu",
    ["pas du json", json.dumps({"kty": "RSA", "n": "x", "e": "AQAB"}), None],
    ids=["json_invalide", "cle_rsa", "cle_publique_seule"],
)
def test_une_cle_inutilisable_est_une_erreur_claire(tmp_path: Path, contenu: str | None) -> None:
    path = tmp_path / "cle.json"
    if contenu is None:
        contenu = json.dumps(ECKey.generate_key("P-256").as_dict(private=False))
    path.write_text(contenu)
    with pytest.raises(SigningKeyError, match=str(path)):
        load_keys(Settings.from_env({}, env=Environment.TEST, signing_key_path=path))


def test_la_rotation_publie_et_accepte_l_ancienne_cle(tmp_path: Path) -> None:
    ancienne = Settings.from_env({}, env=Environment.TEST, signing_key_path=tmp_path / "ancienne.json")
    jeton_ancien = issue_access_token(ancienne, Principal(role=Role.ANCT, subject="a"))
    publiques = tmp_path / "precedentes.json"
    publiques.write_text(json.dumps(load_keys(ancienne).public_jwks()))

    nouvelle = ancienne.with_(signing_key_path=tmp_path / "nouvelle.json")
    sans_rotation = refus(nouvelle, jeton_ancien)
    assert sans_rotation == "jeton signé par une clé inconnue (kid)"

    rotation = nouvelle.with_(previous_jwks_path=publiques)
    keys = load_keys(rotation)
    assert [k["kid"] for k in keys.public_jwks()["keys"]] == [keys.kid, load_keys(ancienne).kid]
    assert verify_access_token(rotation, jeton_ancien).role is Role.ANCT
    # New tokens are signed with the new key only.
    nouveau = issue_access_token(rotation, Principal(role=Role.ANCT, subject="a"))
    assert jws.extract_compact(nouveau.encode()).protected["kid"] == keys.kid


def test_le_jwks_ne_contient_aucune_partie_privee(reglages: Settings) -> None:
    [key] = load_keys(reglages).public_jwks()["keys"]
    assert set(key) == {"kty", "crv", "x", "y", "kid", "alg", "use"}
    assert key["alg"] == "ES256"
    assert key["use"] == "sig"


def test_la_variable_hub_previous_jwks_path_est_lue_comme_un_chemin(tmp_path: Path) -> None:
    settings = Settings.from_env({"HUB_PREVIOUS_JWKS_PATH": str(tmp_path / "p.json")})
    assert settings.previous_jwks_path == tmp_path / "p.json"
    assert Settings.from_env({}).previous_jwks_path is None


def test_un_jeton_signe_par_une_cle_retiree_de_la_rotation_est_refuse(
    tmp_path: Path, reglages: Settings
) -> None:
    etrangere = Settings.from_env({}, env=Environment.TEST, signing_key_path=tmp_path / "autre.json")
    token = issue_access_token(etrangere, Principal(role=Role.ANCT, subject="a"))
    assert refus(reglages, token) == "jeton signé par une clé inconnue (kid)"


def test_le_nbf_et_la_tolerance_sont_appliques(reglages: Settings) -> None:
    now = datetime.now(UTC)
    dans_10s = forgery.signed_by_hub(reglages, forgery.good_claims(reglages, nbf=int(now.timestamp()) + 10))
    assert verify_access_token(reglages, dans_10s).role is Role.PREFECTURE  # within the 30 s leeway
    dans_60s = forgery.signed_by_hub(reglages, forgery.good_claims(reglages, nbf=int(now.timestamp()) + 60))
    assert refus(reglages, dans_60s) == "jeton pas encore valide (nbf)"
    assert verify_access_token(reglages, dans_60s, now=now + timedelta(seconds=61)).role is Role.PREFECTURE


class Horloge:
    def __init__(self, instant: datetime) -> None:
        self.instant = instant.timestamp()

    def __call__(self) -> float:
        return self.instant


def test_un_jeton_deja_verifie_est_reconnu_sans_nouvelle_verification(
    reglages: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auth import tokens

    horloge = Horloge(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    jetons = tokens.JetonsVerifies(reglages, load_keys(reglages), horloge=horloge)
    principal = Principal(role=Role.STRUCTURE, subject="s@metz.fr", structure_id=STRUCTURE)
    token = issue_access_token(reglages, principal, now=datetime(2026, 3, 1, 11, 59, tzinfo=UTC))
    verifications: list[str] = []
    verifier = tokens._verifier
    monkeypatch.setattr(
        tokens, "_verifier", lambda *args: verifications.append("signature") or verifier(*args)
    )

    assert [jetons.principal(token) for _ in range(3)] == [principal] * 3
    assert verifications == ["signature"]
    assert len(jetons) == 1


def test_un_jeton_garde_en_memoire_expire_a_la_meme_seconde_que_sans_memoire(reglages: Settings) -> None:
    from auth.tokens import JetonsVerifies

    emis = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    horloge = Horloge(emis)
    jetons = JetonsVerifies(reglages, load_keys(reglages), horloge=horloge)
    token = issue_access_token(reglages, Principal(role=Role.ANCT, subject="a"), now=emis, ttl_seconds=60)
    assert jetons.principal(token).role is Role.ANCT

    tolerance = timedelta(seconds=reglages.token_leeway_seconds)
    for decalage, accepte in ((timedelta(seconds=59), True), (timedelta(seconds=60) + tolerance, False)):
        instant = emis + decalage
        horloge.instant = instant.timestamp()
        sans_memoire = _accepte(lambda instant=instant: verify_access_token(reglages, token, now=instant))
        assert _accepte(lambda: jetons.principal(token)) is sans_memoire is accepte
    with pytest.raises(InvalidTokenError, match="jeton expiré"):
        jetons.principal(token)


def test_un_jeton_refuse_n_est_pas_garde(reglages: Settings, tmp_path: Path) -> None:
    from auth.tokens import JetonsVerifies

    jetons = JetonsVerifies(reglages, load_keys(reglages))
    etrangere = Settings.from_env({}, env=Environment.TEST, signing_key_path=tmp_path / "autre.json")
    token = issue_access_token(etrangere, Principal(role=Role.ANCT, subject="a"))
    for _ in range(2):
        with pytest.raises(InvalidTokenError, match="clé inconnue"):
            jetons.principal(token)
    assert len(jetons) == 0


def _accepte(verifier: Callable[[], Principal]) -> bool:
    try:
        verifier()
    except InvalidTokenError:
        return False
    return True
