"""The standard's vocabulary in the code is the one of schema.json v1.0.2 (patterns, columns, required)."""

from __future__ import annotations

import json
import re

from hub.importers import vocabulaire
from tests.open_data import SCHEMA_LIEUX, donnee


def _schema() -> dict:
    return json.loads(donnee(SCHEMA_LIEUX).read_text(encoding="utf-8"))


def _valeurs_du_motif(motif: str) -> list[str]:
    trouve = re.fullmatch(r"\(\?:\(\?:\^\|\\\|\)\((.*)\)\)\+\$", motif)
    assert trouve, motif
    return [v.replace("\\(", "(").replace("\\)", ")") for v in trouve[1].split("|")]


def test_les_enumerations_sont_celles_des_motifs_du_schema() -> None:
    champs = {champ["name"]: champ for champ in _schema()["fields"]}
    for colonne, valeurs in vocabulaire.ENUMERATIONS.items():
        assert list(valeurs) == _valeurs_du_motif(champs[colonne]["constraints"]["pattern"]), colonne


def test_les_colonnes_et_les_champs_requis_sont_ceux_du_schema() -> None:
    champs = _schema()["fields"]
    assert [c["name"] for c in champs] == list(vocabulaire.COLONNES_STANDARD)
    requis = [c["name"] for c in champs if c.get("constraints", {}).get("required")]
    assert requis == list(vocabulaire.COLONNES_REQUISES)


def test_le_motif_du_telephone_et_la_longueur_du_resume_sont_ceux_du_schema() -> None:
    champs = {champ["name"]: champ for champ in _schema()["fields"]}
    assert champs["telephone"]["constraints"]["pattern"] == vocabulaire.MOTIF_TELEPHONE
    assert champs["presentation_resume"]["constraints"]["maxLength"] == vocabulaire.PRESENTATION_RESUME_MAX
    assert re.fullmatch(champs["pivot"]["constraints"]["pattern"], vocabulaire.PIVOT_INCONNU)


def test_les_traductions_du_format_2022_menent_a_des_valeurs_du_standard() -> None:
    assert set(vocabulaire.SERVICES_V0.values()) <= set(vocabulaire.SERVICES)
    assert set(vocabulaire.LABELS_NATIONAUX.values()) <= set(vocabulaire.DISPOSITIFS)
    assert set(vocabulaire.CONDITIONS_ACCES.values()) <= set(vocabulaire.FRAIS)
    assert set(vocabulaire.RESEAUX_PORTEURS) <= set(vocabulaire.DISPOSITIFS)
