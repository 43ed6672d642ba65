"""The real OpenID provider, once per test session, knowing the in-process hub and the live one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.oidc_provider import FournisseurOidc, demarrer_fournisseur
from tests.serveur_vivant import port_libre
from tests.web.proconnect_fixtures import BASE, COMPTES


@pytest.fixture(scope="session")
def port_du_hub_vivant() -> int:
    return port_libre()


@pytest.fixture(scope="session")
def fournisseur(port_du_hub_vivant: int) -> Iterator[FournisseurOidc]:
    hubs = [BASE, f"http://127.0.0.1:{port_du_hub_vivant}"]
    demarre = demarrer_fournisseur(
        port=port_libre(),
        redirect_uris=[f"{hub}/auth/callback" for hub in hubs],
        post_logout_redirect_uris=[f"{hub}/auth/deconnecte" for hub in hubs],
        comptes=COMPTES,
    )
    yield demarre
    demarre.stop()
