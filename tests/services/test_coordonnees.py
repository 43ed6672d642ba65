"""Contact data checks (hub.services.coordonnees): the forms the API stores, the values it refuses."""

from __future__ import annotations

import pytest

from hub.services.coordonnees import courriel, site_web, telephone
from hub.services.erreurs import CodeErreur, EcritureRefuseeError


@pytest.mark.parametrize(
    ("brut", "stocke"),
    [
        ("03 87 12 34 56", "+33387123456"),
        ("03.87.12.34.56", "+33387123456"),
        ("+33 (0)3 87 12 34 56", "+33387123456"),
        ("0033387123456", "+33387123456"),
        ("0590 12 34 56", "+590590123456"),
        ("0692 12 34 56", "+262692123456"),
    ],
)
def test_un_telephone_est_enregistre_sous_la_forme_internationale_du_standard(brut: str, stocke: str) -> None:
    assert telephone(brut, "telephone") == stocke


@pytest.mark.parametrize("brut", ["", "+33", "12345", "03 87 12 34", "numéro", "+44 20 7946 0958"])
def test_un_telephone_illisible_est_refuse_en_nommant_le_champ(brut: str) -> None:
    with pytest.raises(EcritureRefuseeError) as refus:
        telephone(brut, "telephone")
    assert (refus.value.code, refus.value.champ) == (CodeErreur.BAD_USER_INPUT, "telephone")


def test_une_adresse_electronique_est_mise_en_minuscules_ou_refusee() -> None:
    assert courriel("  Contact@Hub.FR ", "email") == "contact@hub.fr"
    for brut in ("contact", "contact@hub", "a b@hub.fr", "x" * 190 + "@hub-territorial.fr"):
        with pytest.raises(EcritureRefuseeError):
            courriel(brut, "email")


def test_un_site_web_est_une_adresse_http_avec_un_nom_d_hote() -> None:
    assert site_web(" https://hub.fr/contact ", "site_web") == "https://hub.fr/contact"
    for brut in ("hub.fr", "ftp://hub.fr", "https://localhost", "javascript:alert(1)", "https://a b.fr"):
        with pytest.raises(EcritureRefuseeError):
            site_web(brut, "site_web")
