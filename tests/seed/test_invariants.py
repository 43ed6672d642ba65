"""The demo data keeps the programme's rules, checked with SQL written independently of the generator."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from stdnum.fr import siret

from hub.db import Database
from hub.models import Mandat, Structure
from hub.models.enums import Demarche, Theme
from hub.seed.scales import Scale, plan_for
from tests.seed.sql import en_systeme, lignes, valeur

EN_COURS = "('recrute', 'actif')"
AGES = "age_moins12ans + age_de12a18ans + age_de18a35ans + age_de35a60ans + age_plus60ans"
FIN = datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC)
STATUTS = "statut_etudiant + statut_sans_emploi + statut_en_emploi + statut_retraite + statut_heterogene"


async def test_la_demo_couvre_six_departements_a_leur_part_nationale(seeded_database: Database) -> None:
    postes = dict(await lignes(seeded_database, "SELECT departement_code, count(*) FROM poste GROUP BY 1"))
    # The published figures (Moselle 53, Pas-de-Calais 62), the others their share of the 4,000.
    assert (postes["57"], postes["62"]) == (53, 62)
    assert postes == dict(plan_for(Scale.DEMO).postes)
    assert set(postes) == {"57", "62", "59", "75", "13", "971"}
    structures = await valeur(seeded_database, "SELECT count(*) FROM structure")
    assert 200 <= structures <= 500
    activites = await valeur(seeded_database, "SELECT count(*) FROM activite")
    assert 20_000 <= activites <= 40_000
    organisations = dict(
        await lignes(
            seeded_database, "SELECT departement_code, count(*) FROM organisation_aidants_connect GROUP BY 1"
        )
    )
    assert set(organisations) == set(postes)
    assert min(organisations.values()) >= 2
    types = {t for (t,) in await lignes(seeded_database, "SELECT DISTINCT type FROM structure")}
    assert types == {"COMMUNE", "EPCI", "DEPARTEMENT", "REGION", "COLLECTIVITE", "GIP", "PRIVATE"}


async def test_les_tranches_d_age_et_les_statuts_somment_au_nombre_de_participants(
    seeded_database: Database,
) -> None:
    faux = await valeur(
        seeded_database,
        f"SELECT count(*) FROM activite WHERE {AGES} <> nb_participants OR {STATUTS} <> nb_participants "
        "OR nb_participants NOT BETWEEN 1 AND 100 OR nb_participants_recurrents > nb_participants "
        "OR nb_participants_recurrents < 0",
    )
    assert faux == 0
    par_type = {
        t: (n, float(moyenne), float(seuls))
        for t, n, moyenne, seuls in await lignes(
            seeded_database,
            "SELECT type, count(*), avg(nb_participants), "
            "avg(CASE WHEN nb_participants = 1 THEN 1.0 ELSE 0.0 END) FROM activite GROUP BY type",
        )
    }
    assert set(par_type) == {"individuel", "collectif", "ponctuel"}
    assert par_type["individuel"][2] > 0.8  # mostly one person
    assert 3 <= par_type["collectif"][1] <= 15


async def test_chaque_activite_a_entre_1_et_20_themes_du_referentiel(seeded_database: Database) -> None:
    hors_bornes = await valeur(
        seeded_database,
        "SELECT count(*) FROM activite a WHERE "
        "(SELECT count(*) FROM activite_theme t WHERE t.activite_id = a.id) NOT BETWEEN 1 AND 20",
    )
    assert hors_bornes == 0
    themes = {t for (t,) in await lignes(seeded_database, "SELECT DISTINCT theme FROM activite_theme")}
    assert themes <= {t.value for t in Theme}
    assert len(themes) >= 15


async def test_les_activites_tombent_dans_un_contrat_du_conseiller_entre_2021_et_2025(
    seeded_database: Database,
) -> None:
    hors_contrat = await valeur(
        seeded_database,
        "SELECT count(*) FROM activite a WHERE NOT EXISTS (SELECT 1 FROM contrat c "
        "WHERE c.conseiller_id = a.conseiller_id AND c.structure_id = a.structure_id "
        "AND a.date >= c.date_debut AND a.date <= COALESCE(c.date_rupture, "
        f"CASE WHEN c.statut IN {EN_COURS} THEN NULL ELSE c.date_fin END, '2025-12-31'))",
    )
    assert hors_contrat == 0
    premiere, derniere = (await lignes(seeded_database, "SELECT min(date), max(date) FROM activite"))[0]
    assert date.fromisoformat(str(premiere)) >= date(2021, 1, 1)
    assert date.fromisoformat(str(derniere)) <= date(2025, 12, 31)


async def test_les_communes_des_activites_sont_des_codes_insee_du_departement(
    seeded_database: Database,
) -> None:
    codes = await lignes(seeded_database, "SELECT DISTINCT departement_code, code_commune FROM activite")
    for departement, commune in codes:
        assert re.fullmatch(r"(\d\d|2[AB])\d{3}", commune), commune
        assert commune.startswith(departement), (departement, commune)


async def test_versements_dans_l_ordre_et_jamais_au_dela_du_montant(seeded_database: Database) -> None:
    depasse = await valeur(
        seeded_database,
        "SELECT count(*) FROM subvention s WHERE s.montant_centimes < "
        "(SELECT coalesce(sum(v.montant_centimes), 0) FROM versement v WHERE v.subvention_id = s.id)",
    )
    assert depasse == 0
    tranches: dict[object, list[tuple[int, str]]] = defaultdict(list)
    for subvention, numero, jour in await lignes(
        seeded_database, "SELECT subvention_id, numero, date FROM versement ORDER BY subvention_id, numero"
    ):
        tranches[subvention].append((numero, str(jour)))
    assert len(tranches) == await valeur(seeded_database, "SELECT count(*) FROM subvention")
    for versements in tranches.values():
        assert [n for n, _ in versements] == list(range(1, len(versements) + 1))
        assert [d for _, d in versements] == sorted(d for _, d in versements)


async def test_une_subvention_de_50_000_euros_par_poste_sous_l_enveloppe_et_les_plafonds(
    seeded_database: Database,
) -> None:
    postes, subventions, distincts, montants = (
        await lignes(
            seeded_database,
            "SELECT (SELECT count(*) FROM poste), count(*), count(DISTINCT poste_id), "
            "count(DISTINCT montant_centimes) FROM subvention",
        )
    )[0]
    assert postes == subventions == distincts
    assert montants == 1
    assert await valeur(seeded_database, "SELECT min(montant_centimes) FROM subvention") == 5_000_000
    for engage, enveloppe in await lignes(
        seeded_database,
        "SELECT sum(s.montant_centimes), e.montant_centimes FROM subvention s "
        "JOIN enveloppe e ON e.id = s.enveloppe_id GROUP BY e.id, e.montant_centimes",
    ):
        assert engage <= enveloppe
    enveloppes = dict(await lignes(seeded_database, "SELECT code, montant_centimes FROM enveloppe"))
    assert sum(enveloppes.values()) == 250_000_000_00
    # Each line funds what it is for: the postes are funded by the conseillers' line (200 M€) only.
    objets = dict(await lignes(seeded_database, "SELECT code, objet FROM enveloppe"))
    assert objets == {"conseillers": "postes", "kits": "kits", "aidants_connect": "aidants_connect"}
    assert await lignes(
        seeded_database,
        "SELECT DISTINCT e.code FROM subvention s JOIN enveloppe e ON e.id = s.enveloppe_id",
    ) == [("conseillers",)]
    au_dessus = await valeur(
        seeded_database,
        "SELECT count(*) FROM plafond_departemental p WHERE p.montant_centimes < (SELECT "
        "coalesce(sum(s.montant_centimes), 0) FROM subvention s WHERE s.enveloppe_id = p.enveloppe_id "
        "AND s.departement_code = p.departement_code)",
    )
    assert au_dessus == 0


async def test_au_plus_un_contrat_en_cours_par_conseiller_et_par_poste(seeded_database: Database) -> None:
    for colonne in ("conseiller_id", "poste_id"):
        doublons = await lignes(
            seeded_database,
            f"SELECT {colonne} FROM contrat WHERE statut IN {EN_COURS} "
            f"GROUP BY {colonne} HAVING count(*) > 1",
        )
        assert doublons == []
    incoherents = await valeur(
        seeded_database,
        "SELECT count(*) FROM poste p WHERE (CASE WHEN p.etat = 'occupe' THEN 1 ELSE 0 END) <> "
        f"(SELECT count(*) FROM contrat c WHERE c.poste_id = p.id AND c.statut IN {EN_COURS})",
    )
    assert incoherents == 0
    mauvais_employeur = await valeur(
        seeded_database,
        "SELECT count(*) FROM conseiller k LEFT JOIN contrat c ON c.conseiller_id = k.id "
        f"AND c.statut IN {EN_COURS} WHERE NOT ((k.structure_id IS NULL AND c.structure_id IS NULL) "
        "OR k.structure_id = c.structure_id)",
    )
    assert mauvais_employeur == 0


async def test_contrats_ruptures_formations_et_coordinateurs(seeded_database: Database) -> None:
    en_poste, postes = (
        await lignes(
            seeded_database,
            f"SELECT (SELECT count(*) FROM contrat WHERE statut IN {EN_COURS}), count(*) FROM poste",
        )
    )[0]
    assert 0.8 * postes <= en_poste <= postes
    sans_date_fin = dict(
        await lignes(
            seeded_database, "SELECT type, count(*) FROM contrat WHERE date_fin IS NULL GROUP BY type"
        )
    )
    assert set(sans_date_fin) == {"CDI"}
    motifs = {m for (m,) in await lignes(seeded_database, "SELECT DISTINCT motif_rupture FROM contrat")}
    assert motifs == {None, "licenciement", "demission", "non_reconduction_cdd", "fin_de_subventionnement"}
    reprises = await valeur(
        seeded_database,
        "SELECT count(*) FROM poste p WHERE EXISTS (SELECT 1 FROM contrat c WHERE c.poste_id = p.id "
        "AND c.statut = 'rompu') AND EXISTS (SELECT 1 FROM contrat c WHERE c.poste_id = p.id "
        f"AND c.statut IN {EN_COURS})",
    )
    assert reprises > 0  # postes re-filled after a rupture
    certifies, coordinateurs, formes = (
        await lignes(
            seeded_database,
            "SELECT sum(CASE WHEN certifie THEN 1 ELSE 0 END), "
            "sum(CASE WHEN est_coordinateur THEN 1 ELSE 0 END), count(date_fin_formation) FROM conseiller",
        )
    )[0]
    assert 0 < certifies <= formes
    assert coordinateurs > 0


async def test_structures_candidatures_avis_et_decisions_coherents_avec_les_postes(
    seeded_database: Database,
) -> None:
    incoherentes = await valeur(
        seeded_database,
        "SELECT count(*) FROM structure s WHERE (CASE WHEN s.statut = 'VALIDEE' THEN 1 ELSE 0 END) <> "
        "(CASE WHEN EXISTS (SELECT 1 FROM poste p WHERE p.structure_id = s.id) THEN 1 ELSE 0 END)",
    )
    assert incoherentes == 0
    statuts = {s for (s,) in await lignes(seeded_database, "SELECT DISTINCT statut FROM structure")}
    assert statuts == {"VALIDEE", "REFUSEE", "CREEE", "EXAMEN_COMPLEMENTAIRE", "ABANDON"}
    ecarts = await valeur(
        seeded_database,
        "SELECT count(*) FROM structure s WHERE "
        "(SELECT count(*) FROM poste p WHERE p.structure_id = s.id) <> (SELECT "
        "coalesce(sum(d.nb_postes), 0) FROM decision_coselec d WHERE d.structure_id = s.id "
        "AND d.avis = 'POSITIF')",
    )
    assert ecarts == 0
    sans_candidature = await valeur(
        seeded_database,
        "SELECT count(*) FROM structure s "
        "WHERE NOT EXISTS (SELECT 1 FROM candidature c WHERE c.structure_id = s.id)",
    )
    assert sans_candidature == 0
    poste_d_une_autre_decision = await valeur(
        seeded_database,
        "SELECT count(*) FROM poste p JOIN decision_coselec d ON d.id = p.decision_id "
        "WHERE d.structure_id <> p.structure_id OR d.avis <> 'POSITIF' OR p.date_attribution <> d.date",
    )
    assert poste_d_une_autre_decision == 0


async def test_tous_les_siret_sont_valides_et_uniques(seeded_database: Database) -> None:
    structures = [s for (s,) in await lignes(seeded_database, "SELECT siret FROM structure")]
    propres = [
        s
        for (s,) in await lignes(
            seeded_database, "SELECT siret FROM organisation_aidants_connect WHERE structure_id IS NULL"
        )
    ]
    liees = await lignes(
        seeded_database,
        "SELECT o.siret, s.siret FROM organisation_aidants_connect o "
        "JOIN structure s ON s.id = o.structure_id",
    )
    pivots = [p for (p,) in await lignes(seeded_database, "SELECT pivot FROM lieu")]
    assert liees, "some organisations are structures of the programme"
    assert all(o == s for o, s in liees)
    for numero in structures + propres + pivots:
        assert siret.is_valid(numero), numero
    assert len(set(structures + propres)) == len(structures) + len(propres)


async def test_mandats_aidants_connect(seeded_database: Database) -> None:
    mandats = await lignes(seeded_database, "SELECT id, organisation_id, duree_jours FROM mandat")
    assert len(mandats) == sum(plan_for(Scale.DEMO).mandats.values())
    assert {d for _, _, d in mandats} == {1, 31, 182, 365}
    async with en_systeme(seeded_database) as session:
        dates = (
            await session.execute(select(Mandat.date_creation, Mandat.date_expiration, Mandat.duree_jours))
        ).all()
    for creation, expiration, duree in dates:
        assert creation.tzinfo is not None
        assert expiration - creation == timedelta(days=duree)
    autorisees = {
        o: set(json.loads(d) if isinstance(d, str) else d)
        for o, d in await lignes(
            seeded_database, "SELECT id, demarches_autorisees FROM organisation_aidants_connect"
        )
    }
    par_mandat: dict[object, list[str]] = defaultdict(list)
    for mandat, demarche in await lignes(seeded_database, "SELECT mandat_id, demarche FROM autorisation"):
        par_mandat[mandat].append(demarche)
    for mandat, organisation, _ in mandats:
        demarches = par_mandat[mandat]
        assert 1 <= len(demarches) <= 10
        assert set(demarches) <= autorisees[organisation] <= {d.value for d in Demarche}
    revoquees = await valeur(
        seeded_database, "SELECT count(*) FROM autorisation WHERE date_revocation IS NOT NULL"
    )
    expires = sum(
        1 for _, expiration, _ in dates if expiration < datetime.now(UTC)
    )  # some expired, some active today
    assert revoquees > 0
    assert 0 < expires < len(mandats)


async def test_usagers_pseudonymes_et_horodatages_en_utc(seeded_database: Database) -> None:
    usagers = await lignes(seeded_database, "SELECT pseudonyme, annee_naissance FROM usager")
    assert usagers
    assert all(re.fullmatch(r"[0-9a-f]{64}", p) and 1900 <= a <= 2010 for p, a in usagers)
    assert len({p for p, _ in usagers}) == len(usagers)
    async with en_systeme(seeded_database) as session:
        created = await session.scalar(select(Structure.created_at).limit(1))
    assert created is not None
    assert created.utcoffset() == timedelta(0)


async def test_lieux_et_france_services_synthetiques(seeded_database: Database) -> None:
    sources = {s for (s,) in await lignes(seeded_database, "SELECT DISTINCT source FROM lieu")}
    assert sources == {"seed"}
    assert {
        s for (s,) in await lignes(seeded_database, "SELECT DISTINCT source FROM site_france_services")
    } == {"seed"}
    sans_lieu = await valeur(
        seeded_database,
        "SELECT count(*) FROM structure s WHERE s.statut = 'VALIDEE' AND NOT EXISTS "
        "(SELECT 1 FROM lieu l WHERE l.structure_id = s.id)",
    )
    assert sans_lieu == 0
    hors_poste = await valeur(
        seeded_database,
        "SELECT count(*) FROM lieu_conseiller lc WHERE NOT EXISTS (SELECT 1 FROM contrat c JOIN lieu l "
        f"ON l.structure_id = c.structure_id WHERE c.conseiller_id = lc.conseiller_id AND l.id = lc.lieu_id "
        f"AND c.statut IN {EN_COURS})",
    )
    assert hors_poste == 0
    assert await valeur(seeded_database, "SELECT count(*) FROM lieu_conseiller") > 0
