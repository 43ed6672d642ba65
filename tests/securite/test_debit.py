"""Rate limiting per client: a token bucket in cost points, 429 with Retry-After and RateLimit headers."""

from __future__ import annotations

import uuid

import pytest

from auth.principal import Principal
from hub.models.enums import Role
from schema.edge.buckets import MemoryBuckets
from schema.edge.buckets_postgresql import PostgresBuckets
from schema.edge.budget import client_key
from tests.securite.conftest import Base, Hub, code, poster
from tests.tokens import token_for

# 107 départements and COM, 1 structure each at most: 214 points requested, 107 used on this database.
REQUETE = "{ departements { code structures(first: 1) { nodes { id } } } }"
# The bucket refills in ~4 months: nothing comes back during a test.
LENT = {"rate_limit_window_seconds": 10_000_000, "graphql_max_cost": 500}


async def test_un_client_qui_epuise_son_seau_recoit_429_avec_retry_after(hub: Hub) -> None:
    async with hub(rate_limit_points=500, **LENT) as client:
        premiere = await poster(client, REQUETE)
        assert premiere.status_code == 200
        assert premiere.headers["ratelimit-policy"] == '"points";q=500;w=10000000'
        assert premiere.headers["ratelimit"].startswith('"points";r=393;')  # 500 - 107 actually used
        deuxieme = await poster(client, REQUETE)
        assert deuxieme.headers["ratelimit"].startswith('"points";r=286;')
        refusee = None
        for _ in range(5):
            response = await poster(client, REQUETE, accept="application/graphql-response+json")
            if response.status_code != 200:
                refusee = response
                break
        assert refusee is not None
        assert refusee.status_code == 429
        assert code(refusee) == "RATE_LIMITED"
        assert int(refusee.headers["retry-after"]) >= 1
        assert refusee.json()["errors"][0]["extensions"]["retryAfter"] == int(refusee.headers["retry-after"])
        assert "data" not in refusee.json()


async def test_un_seau_vide_refuse_avant_meme_de_lire_la_requete(hub: Hub) -> None:
    async with hub(rate_limit_points=500, **LENT) as client:
        while (await poster(client, "{ __typename }")).status_code == 200:
            pass
        # A malformed body is not even parsed now: the answer is 429, not a JSON error.
        response = await client.post(
            "/graphql", content=b"{pas du json", headers={"content-type": "application/json"}
        )
        assert response.status_code == 429
        assert code(response) == "RATE_LIMITED"


async def test_chaque_client_a_son_propre_seau(hub: Hub, base_securite: Base) -> None:
    anct = token_for(base_securite.settings, Principal(role=Role.ANCT, subject="agent-anct"))
    async with hub(rate_limit_points=500, **LENT) as client:
        while (await poster(client, REQUETE)).status_code == 200:
            pass
        assert (await poster(client, REQUETE)).status_code == 429  # anonymous callers of this address
        authentifie = await poster(client, REQUETE, token=anct)
        assert authentifie.status_code == 200
        assert authentifie.headers["ratelimit"].startswith('"points";r=393;')


def test_la_cle_du_seau_est_le_client_puis_le_sujet_puis_l_adresse() -> None:
    partenaire = Principal(role=Role.PARTENAIRE, subject="outil", client_id="outil-cartographie")
    assert client_key(partenaire, "10.0.0.1") == "client:outil-cartographie"
    assert client_key(Principal(role=Role.ANCT, subject="agent-7"), "10.0.0.1") == "sujet:anct:agent-7"
    assert client_key(Principal(role=Role.ANONYME), "10.0.0.1") == "ip:10.0.0.1"


async def test_le_seau_se_remplit_au_rythme_de_la_fenetre() -> None:
    maintenant = [0.0]
    seaux = MemoryBuckets(600, 60, clock=lambda: maintenant[0])  # 10 points per second
    assert (await seaux.take("c", 600)).allowed
    refus = await seaux.take("c", 50)
    assert not refus.allowed
    assert refus.wait_seconds == 5.0
    maintenant[0] = 5.0
    assert (await seaux.take("c", 50)).allowed
    maintenant[0] = 1000.0
    assert (await seaux.take("c", 1)).available == 599  # never more than the capacity


async def test_les_seaux_pleins_sont_oublies_au_dela_du_nombre_de_cles() -> None:
    maintenant = [0.0]
    seaux = MemoryBuckets(100, 10, clock=lambda: maintenant[0], max_keys=3)
    for cle in "abcd":
        await seaux.take(cle, 100)
    assert list(seaux._buckets) == ["b", "c", "d"]  # the least recently used went first
    maintenant[0] = 100.0  # all full again
    await seaux.take("e", 1)
    assert list(seaux._buckets) == ["e"]  # full buckets are forgotten first


@pytest.mark.postgresql_only
async def test_les_seaux_postgresql_sont_partages_entre_les_processus(hub: Hub, base_securite: Base) -> None:
    # Two hubs on one database stand for two workers: what one spends, the other sees spent.
    reglages = {"rate_limit_points": 500, "rate_limit_backend": "postgresql", **LENT}
    async with hub(**reglages) as premier, hub(**reglages) as second:
        reponse = await poster(premier, REQUETE)
        assert reponse.headers["ratelimit"].startswith('"points";r=393;')
        reponse = await poster(second, REQUETE)
        assert reponse.headers["ratelimit"].startswith('"points";r=286;')
        while (await poster(premier, REQUETE)).status_code == 200:
            pass
        refusee = await poster(second, REQUETE)
        assert refusee.status_code == 429
        assert code(refusee) == "RATE_LIMITED"


@pytest.mark.postgresql_only
async def test_un_seau_postgresql_prend_rend_et_refuse(base_securite: Base) -> None:
    seaux = PostgresBuckets(base_securite.database, 1000, 10_000_000)
    cle = f"test:{uuid.uuid4()}"
    assert (await seaux.take(cle, 600)).available == pytest.approx(400, abs=0.01)
    refus = await seaux.take(cle, 600)
    assert not refus.allowed
    assert refus.available == pytest.approx(400, abs=0.01)
    assert refus.wait_seconds == pytest.approx(200 / seaux.rate, rel=0.01)
    assert (await seaux.give_back(cle, 300)).available == pytest.approx(700, abs=0.01)
    assert (await seaux.take(cle, 600)).allowed
    assert (await seaux.give_back(cle, 10_000)).available == 1000  # never more than the capacity
