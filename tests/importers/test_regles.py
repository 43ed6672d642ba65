"""The row rules, value by value: pivot, codes, coordinates in France, département derivation, phones."""

from __future__ import annotations

import pytest

from hub.importers import controles
from hub.importers.controles import ValeurInvalideError
from hub.importers.lieux_cnfs import telephone_international
from hub.importers.territoire import (
    HorsTerritoireError,
    departement_du_code_insee,
    departement_du_code_postal,
    verifier_coordonnees,
)


@pytest.mark.parametrize(
    ("code_postal", "departement"),
    [
        ("57000", "57"),
        ("01200", "01"),
        ("20000", "2A"),
        ("20090", "2A"),
        ("20167", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("97110", "971"),
        ("97400", "974"),
        ("97600", "976"),
        ("97150", "978"),
        ("97133", "977"),
        ("97500", "975"),
        ("98600", "986"),
        ("98714", "987"),
        ("98800", "988"),
    ],
)
def test_le_departement_se_deduit_du_code_postal(code_postal: str, departement: str) -> None:
    assert departement_du_code_postal(code_postal) == departement


def test_un_code_postal_corse_hors_des_plages_est_refuse() -> None:
    with pytest.raises(HorsTerritoireError, match="200xx"):
        departement_du_code_postal("20700")


@pytest.mark.parametrize(
    ("code_insee", "departement"),
    [
        ("2A004", "2A"),
        ("97411", "974"),
        ("57463", "57"),
        ("97801", "978"),
        ("98818", "988"),
        ("98735", "987"),
    ],
)
def test_le_departement_se_deduit_du_code_insee(code_insee: str, departement: str) -> None:
    assert departement_du_code_insee(code_insee) == departement


def test_un_point_dans_l_atlantique_est_hors_de_france() -> None:
    with pytest.raises(HorsTerritoireError, match="hors de France"):
        verifier_coordonnees(45.0, -30.0, "33")


def test_des_coordonnees_inversees_sont_signalees_comme_telles() -> None:
    with pytest.raises(HorsTerritoireError, match="inversées"):
        verifier_coordonnees(5.41423, 43.52609, "13")


def test_un_point_de_la_reunion_n_est_pas_dans_un_departement_metropolitain() -> None:
    with pytest.raises(HorsTerritoireError, match="La Réunion"):
        verifier_coordonnees(-21.0, 55.5, "57")
    verifier_coordonnees(-21.0, 55.5, "974")
    verifier_coordonnees(48.1, -4.9, "29")  # Finistère, west of Brest
    verifier_coordonnees(42.7, 9.45, "2B")


@pytest.mark.parametrize(
    ("latitude", "longitude", "collectivite"),
    [
        (18.0708, -63.0501, "978"),  # Marigot, Saint-Martin
        (17.8964, -62.8498, "977"),  # Gustavia
        (46.7811, -56.1764, "975"),  # Saint-Pierre
        (-13.2825, -176.1764, "986"),  # Mata-Utu
        (-17.5350, -149.5696, "987"),  # Papeete
        (-22.2758, 166.4580, "988"),  # Nouméa
    ],
)
def test_les_collectivites_d_outre_mer_ont_leur_territoire(
    latitude: float, longitude: float, collectivite: str
) -> None:
    verifier_coordonnees(latitude, longitude, collectivite)
    with pytest.raises(HorsTerritoireError, match="pas en France métropolitaine"):
        verifier_coordonnees(latitude, longitude, "57")


@pytest.mark.parametrize(
    ("valeur", "attendu"),
    [
        ("43493312300029", "43493312300029"),
        ("35600000000048", "35600000000048"),  # La Poste: no Luhn key, valid all the same
        ("W751234567", "W751234567"),
        ("W2A1002345", "W2A1002345"),
        ("00000000000000", None),
    ],
)
def test_un_pivot_valide_est_un_siret_ou_un_rna(valeur: str, attendu: str | None) -> None:
    assert controles.pivot(valeur) == attendu


@pytest.mark.parametrize(
    ("valeur", "motif"),
    [
        ("43493312300028", "Luhn"),
        ("434933123", "SIREN"),
        ("34106240403159/APE:8790B", "ni un SIRET"),
        ("", "obligatoire"),
    ],
)
def test_un_pivot_invalide_est_refuse_avec_son_motif(valeur: str, motif: str) -> None:
    with pytest.raises(ValeurInvalideError, match=motif):
        controles.pivot(valeur)


@pytest.mark.parametrize(
    ("brut", "standard"),
    [
        ("04 91 12 34 56", "+33491123456"),
        ("+330612345678", "+33612345678"),
        ("0033612345678", "+33612345678"),
        ("0690 12 34 56", "+590690123456"),
        ("0596 12 34 56", "+596596123456"),
        ("0262 33 45 65", "+262262334565"),
        ("+2620262334565", "+262262334565"),
        ("+0147985927", "+33147985927"),
        ("+33", ""),
        ("+", ""),
        ("+332", "+332"),
    ],
)
def test_les_telephones_sont_mis_au_format_du_standard(brut: str, standard: str) -> None:
    assert telephone_international(brut) == standard


def test_une_enumeration_refuse_les_valeurs_inconnues_et_accepte_l_alias_documente() -> None:
    controle = controles.enumeration(("Gratuit", "Payant"))
    assert controle("Payant|Gratuit|Payant") == ["Payant", "Gratuit"]
    assert controle("") == []
    with pytest.raises(ValeurInvalideError, match="« Gratos »"):
        controle("Gratuit|Gratos")
    labels = controles.enumeration(("Étapes numériques(La Poste)",))
    assert labels("Étapes numériques (La Poste)") == ["Étapes numériques(La Poste)"]


@pytest.mark.parametrize("valeur", ["2024-02-30", "02/04/2024", "20240402", ""])
def test_une_date_maj_invalide_est_refusee(valeur: str) -> None:
    with pytest.raises(ValeurInvalideError):
        controles.date_iso(valeur)
