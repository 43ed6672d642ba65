"""Statistics of an EPCI or a commune: equal to the oracle, scoped like a département, small cells hidden."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest

from auth.principal import Principal
from hub.db import Database
from hub.models import Commune, Epci
from hub.models.enums import Role
from hub.settings import Settings
from tests.statistiques import attendu
from tests.statistiques.requete import comparer_bloc, statistiques
from tests.statistiques.test_requetes import requetes_de_donnees

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
PREFECTURE_57 = Principal(role=Role.PREFECTURE, subject="pref-57", departements=frozenset({"57"}))
PREFECTURE_57_62 = Principal(role=Role.PREFECTURE, subject="pref-57-62", departements=frozenset({"57", "62"}))
PARTENAIRE = Principal(
    role=Role.PARTENAIRE, subject="outil", client_id="outil", scopes=frozenset({"stats:read"})
)
PARTENAIRE_SANS_STATS = Principal(
    role=Role.PARTENAIRE, subject="outil-2", client_id="outil-2", scopes=frozenset({"structures:read"})
)
METROPOLE = "200039865"  # two communes of Moselle
A_CHEVAL = "200000172"  # one commune of Moselle, one of Pas-de-Calais
NON_LOCALISABLES = {"postes", "conseillers", "financement", "aidantsConnect"}
BUCKET = "{ valeur nombre proportion libelle }"
QUERY = f"""query ($territoire: TerritoireInput, $periode: PeriodeInput) {{
  statistiques(territoire: $territoire, periode: $periode) {{
    territoire {{ niveau code nom }} seuilSuppression suppressions blocsIndisponibles {{ bloc raison }}
    postes {{ valides }} conseillers {{ enPoste }} financement {{ engage plafond }}
    aidantsConnect {{ mandats }}
    activites {{ total personnesAccompagnees participants participantsRecurrents
      parTheme {BUCKET} parCanal {BUCKET} parDuree {BUCKET} parTrancheAge {BUCKET}
      parStatut {BUCKET} parMois {BUCKET} parDepartement {BUCKET} }}
    franceServices {{ sites sitesPortes parFormat {BUCKET} parType {BUCKET} }}
  }}
}}"""


async def _referentiel(database: Database) -> dict[str, str]:
    """Import, for the seeded rows of Moselle and Pas-de-Calais, every commune they name, and two
    EPCI; the chosen codes: `grande` (most activités in 57), `voisine` (next), `lorraine` (62's first)."""
    async with attendu.en_systeme(database) as s:
        rang = await attendu.lignes(
            s,
            "SELECT code_commune, departement_code, count(*) FROM activite WHERE departement_code IN "
            "('57', '62') GROUP BY 1, 2 ORDER BY 3 DESC, 1",
        )
        sites = await attendu.lignes(
            s,
            "SELECT DISTINCT code_insee, departement_code FROM site_france_services "
            "WHERE departement_code IN ('57', '62')",
        )
        en_57 = [c for c, d, _ in rang if d == "57"]
        choix = {
            "grande": en_57[0],
            "voisine": en_57[1],
            "lorraine": next(c for c, d, _ in rang if d == "62"),
        }
        epci_de = {choix["grande"]: METROPOLE, choix["voisine"]: METROPOLE, choix["lorraine"]: A_CHEVAL}
        s.add_all(
            [
                Epci(code=METROPOLE, nom="Metz Métropole", type="METRO"),
                Epci(code=A_CHEVAL, nom="CC à cheval", type="CC"),
            ]
        )
        await s.flush()
        codes = {c: d for c, d, _ in rang} | dict(sites)
        # The EPCI à cheval also holds the smallest commune of Moselle with activités.
        epci_de.setdefault(en_57[-1], A_CHEVAL)
        choix["petite"] = en_57[-1]
        s.add_all(
            [
                Commune(code=c, nom=f"Commune {c}", departement_code=d, epci_code=epci_de.get(c))
                for c, d in codes.items()
            ]
        )
    return choix


async def _demander(
    client: httpx.AsyncClient,
    settings: Settings,
    principal: Principal | None,
    territoire: dict[str, str],
    periode: dict[str, str] | None = None,
) -> Any:
    body = await statistiques(
        client, settings, principal, {"territoire": territoire, "periode": periode}, QUERY
    )
    return body["data"]["statistiques"]


async def _oracle(
    database: Database, filtre_activites: attendu.Filtre, filtre_sites: attendu.Filtre
) -> dict[str, Any]:
    async with attendu.en_systeme(database) as s:
        return {
            "activites": await attendu.activites(s, filtre_activites),
            "franceServices": await attendu.france_services(s, filtre_sites),
        }


def _sans_chiffres_non_localises(resultat: dict[str, Any]) -> None:
    for bloc in NON_LOCALISABLES:
        assert resultat[bloc] is None, bloc
    assert {b["bloc"] for b in resultat["blocsIndisponibles"]} == NON_LOCALISABLES
    assert all(b["raison"] for b in resultat["blocsIndisponibles"])


async def test_l_anct_obtient_les_chiffres_d_une_commune_egaux_a_l_oracle(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    # Given the communes of Moselle imported; when ANCT asks the commune with the most activités
    choix = await _referentiel(seeded_database)
    code = choix["grande"]
    resultat = await _demander(seeded_client, seeded_settings, ANCT, {"commune": code})
    # Then activités and France Services are those of the rows of that commune, and nothing else
    assert resultat["territoire"] == {"niveau": "COMMUNE", "code": code, "nom": f"Commune {code}"}
    assert resultat["seuilSuppression"] is None
    oracle = await _oracle(
        seeded_database, attendu.commune("code_commune", code), attendu.commune("code_insee", code)
    )
    for bloc, valeurs in oracle.items():
        comparer_bloc(bloc, resultat[bloc], valeurs)
    assert resultat["activites"]["total"] > 0
    # And the blocks located by a département only are null, and say why
    _sans_chiffres_non_localises(resultat)


async def test_l_anct_obtient_les_chiffres_d_un_epci_a_cheval_sur_deux_departements(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    await _referentiel(seeded_database)
    resultat = await _demander(seeded_client, seeded_settings, ANCT, {"epci": A_CHEVAL})
    oracle = await _oracle(
        seeded_database, attendu.epci("code_commune", A_CHEVAL), attendu.epci("code_insee", A_CHEVAL)
    )
    for bloc, valeurs in oracle.items():
        comparer_bloc(bloc, resultat[bloc], valeurs)
    assert [b["valeur"] for b in resultat["activites"]["parDepartement"]] == ["57", "62"]
    _sans_chiffres_non_localises(resultat)
    # The same on a période, and for a département nothing changes (no blocsIndisponibles)
    periode = {"du": "2022-01-01", "au": "2022-06-30"}
    borne = await _demander(seeded_client, seeded_settings, ANCT, {"epci": A_CHEVAL}, periode)
    du, au = dt.date(2022, 1, 1), dt.date(2022, 6, 30)
    comparer_bloc(
        "activites",
        borne["activites"],
        (
            await _oracle(
                seeded_database, attendu.epci("code_commune", A_CHEVAL, du=du, au=au), attendu.NATIONAL
            )
        )["activites"],
    )
    departement = await _demander(seeded_client, seeded_settings, ANCT, {"departement": "57"})
    assert departement["blocsIndisponibles"] == []
    assert departement["postes"] is not None


@pytest.mark.parametrize(
    ("principal", "territoire", "visible"),
    [
        (PREFECTURE_57, {"commune": "grande"}, True),
        (PREFECTURE_57, {"epci": METROPOLE}, True),
        (PREFECTURE_57, {"commune": "lorraine"}, False),  # a commune of another département
        (PREFECTURE_57, {"epci": A_CHEVAL}, False),  # an EPCI partly in another département
        (PREFECTURE_57_62, {"epci": A_CHEVAL}, True),  # every département of it is its own
        (None, {"commune": "grande"}, False),  # anonymous callers: national totals only
        (PARTENAIRE_SANS_STATS, {"epci": METROPOLE}, False),
        (PARTENAIRE, {"epci": METROPOLE}, True),
    ],
    ids=[
        "pref-commune",
        "pref-epci",
        "pref-autre-dep",
        "pref-a-cheval",
        "pref-deux-deps",
        "anonyme",
        "partenaire-sans-stats",
        "partenaire",
    ],
)
async def test_qui_peut_demander_une_commune_ou_un_epci(
    seeded_client: httpx.AsyncClient,
    seeded_settings: Settings,
    seeded_database: Database,
    principal: Principal | None,
    territoire: dict[str, str],
    visible: bool,
) -> None:
    choix = await _referentiel(seeded_database)
    demande = {k: choix.get(v, v) for k, v in territoire.items()}
    resultat = await _demander(seeded_client, seeded_settings, principal, demande)
    # Out of scope looks absent (null), as for a département
    assert (resultat is not None) == visible


async def test_la_prefecture_a_sur_sa_commune_les_chiffres_de_l_oracle(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    choix = await _referentiel(seeded_database)
    resultat = await _demander(seeded_client, seeded_settings, PREFECTURE_57, {"epci": METROPOLE})
    assert resultat["seuilSuppression"] is None
    oracle = await _oracle(
        seeded_database, attendu.epci("code_commune", METROPOLE), attendu.epci("code_insee", METROPOLE)
    )
    for bloc, valeurs in oracle.items():
        comparer_bloc(bloc, resultat[bloc], valeurs)
    assert choix["grande"] != choix["voisine"]


@pytest.mark.parametrize(
    ("territoire", "mot"),
    [
        ({"commune": "99999"}, "aucune commune"),
        ({"epci": "123456789"}, "aucun EPCI"),
        ({"commune": "57463", "departement": "57"}, "exactement un champ"),
        ({"epci": " "}, "vide"),
    ],
)
async def test_un_territoire_communal_inconnu_ou_ambigu_est_refuse(
    seeded_client: httpx.AsyncClient,
    seeded_settings: Settings,
    seeded_database: Database,
    territoire: dict[str, str],
    mot: str,
) -> None:
    await _referentiel(seeded_database)
    body = await statistiques(
        seeded_client, seeded_settings, ANCT, {"territoire": territoire}, QUERY, expect_errors=True
    )
    (erreur,) = body["errors"]
    assert erreur["extensions"]["code"] == "BAD_USER_INPUT"
    assert erreur["extensions"]["champ"] == "territoire"
    assert mot in erreur["message"]


async def test_sous_masquage_une_petite_commune_est_masquee_et_le_reste_est_exact(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    # Given a partner tool (under suppression), whole months of 2020 to 2025
    choix = await _referentiel(seeded_database)
    periode = {"du": "2020-01-01", "au": "2025-12-31"}
    du, au = dt.date(2020, 1, 1), dt.date(2025, 12, 31)
    vus: list[int] = []
    for territoire, filtre in (
        ({"commune": choix["petite"]}, attendu.commune("code_commune", choix["petite"], du=du, au=au)),
        ({"commune": choix["grande"]}, attendu.commune("code_commune", choix["grande"], du=du, au=au)),
        ({"epci": A_CHEVAL}, attendu.epci("code_commune", A_CHEVAL, du=du, au=au)),
    ):
        resultat = await _demander(seeded_client, seeded_settings, PARTENAIRE, territoire, periode)
        assert resultat["seuilSuppression"] == 5
        oracle = (await _oracle(seeded_database, filtre, attendu.NATIONAL))["activites"]
        # Then every figure given is the true one, and the hidden ones are null
        obtenu = resultat["activites"]
        for champ, valeur in oracle.items():
            if isinstance(valeur, list):
                donnes = {b["valeur"]: b["nombre"] for b in obtenu[champ] if b["nombre"] is not None}
                assert all(dict(valeur).get(k, 0) == n for k, n in donnes.items()), champ
            elif obtenu[champ] is not None:
                assert obtenu[champ] == valeur, champ
        vus.append(resultat["suppressions"])
    # And the small commune (8 activités in all) has hidden cells: its months are under the threshold
    assert vus[0] > 0
    _sans_chiffres_non_localises(resultat)


async def test_sous_masquage_les_chiffres_d_un_departement_ne_changent_pas(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    periode = {"du": "2022-01-01", "au": "2022-12-31"}
    avant = await _demander(seeded_client, seeded_settings, PARTENAIRE, {"departement": "57"}, periode)
    await _referentiel(seeded_database)
    apres = await _demander(seeded_client, seeded_settings, PARTENAIRE, {"departement": "57"}, periode)
    assert apres == avant


async def test_une_commune_coute_un_nombre_fixe_de_requetes(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    await _referentiel(seeded_database)
    comptes = []
    for principal in (ANCT, PARTENAIRE):
        for territoire in ({"epci": A_CHEVAL}, {"epci": METROPOLE}):
            with requetes_de_donnees(seeded_database) as statements:
                await _demander(
                    seeded_client,
                    seeded_settings,
                    principal,
                    territoire,
                    {"du": "2022-01-01", "au": "2022-12-31"},
                )
            comptes.append(len(statements))
    # ANCT: the EPCI's name and départements (2), activités (4: sums, thèmes, mois, départements),
    # France Services (1). A partner: the same names, the département grid (2), the member communes
    # and the commune cells (3) for activités, and 2 for France Services. Blocks not localisable: none.
    assert comptes[0] == comptes[1] == 7, comptes
    assert comptes[2] == comptes[3] <= 10, comptes


async def test_une_structure_compte_sur_une_commune_ses_seules_activites(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database, backend: Any
) -> None:
    # Given the structure with the most activités in the largest commune of Moselle
    choix = await _referentiel(seeded_database)
    code = choix["grande"]
    async with attendu.en_systeme(seeded_database) as s:
        ((structure_id,),) = await attendu.lignes(
            s,
            "SELECT structure_id FROM activite WHERE code_commune = :code GROUP BY structure_id "
            "ORDER BY count(*) DESC, structure_id LIMIT 1",
            code=code,
        )
    identifiant = (
        uuid.UUID(str(structure_id)) if backend.name == "postgresql" else uuid.UUID(hex=structure_id)
    )
    structure = Principal(role=Role.STRUCTURE, subject="rh", structure_id=identifiant)
    # When it asks that commune's statistics
    resultat = await _demander(seeded_client, seeded_settings, structure, {"commune": code})
    # Then it counts its own activités there, exactly, with nothing hidden
    mienne = attendu.de_la_structure(identifiant, backend.name == "postgresql")
    filtre = attendu.Filtre(f"{mienne.sql} AND t.code_commune = :code", {**mienne.params, "code": code})
    comparer_bloc(
        "activites",
        resultat["activites"],
        (await _oracle(seeded_database, filtre, attendu.NATIONAL))["activites"],
    )
    assert resultat["seuilSuppression"] is None
    assert resultat["activites"]["total"] > 0
