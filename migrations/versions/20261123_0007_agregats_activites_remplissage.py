"""back-fill the activité aggregates of 0006 from the activités already recorded

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

From now on the triggers of 0006 keep them exact; this fills them once for a database that already
held activités (`inclusion-hub rollups rebuild` does the same at any time). Downgrade empties them.
"""

# ruff: noqa: S608 - the SQL is assembled from this file's own constants, no input reaches it

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

THEMES = (
    "equipement_informatique",
    "vocabulaire",
    "internet",
    "securite",
    "courriel",
    "echanger",
    "traitement_texte",
    "contenus_numeriques",
    "trouver_emploi",
    "tpe_pme",
    "accompagner_enfant",
    "demarche_en_ligne",
    "fraude_et_harcelement",
    "sante",
    "smartphone",
    "budget",
    "scolaire",
    "diagnostic",
    "autre",
)
AGES = ("moins12ans", "de12a18ans", "de18a35ans", "de35a60ans", "plus60ans")
STATUTS = ("etudiant", "sans_emploi", "en_emploi", "retraite", "heterogene")


def _compte_si(condition: str) -> str:
    return f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"


# A frozen copy of 0006's columns (a later change of the model must not change this revision).
COLONNES: dict[str, str] = {
    "nombre": "count(*)",
    "participants": "sum(nb_participants)",
    "participants_recurrents": "sum(nb_participants_recurrents)",
    "duree_minutes": "sum(duree_minutes)",
    "duree_0_30": _compte_si("duree_minutes < 30"),
    "duree_30_60": _compte_si("duree_minutes >= 30 AND duree_minutes < 60"),
    "duree_60_120": _compte_si("duree_minutes >= 60 AND duree_minutes < 120"),
    "duree_120_plus": _compte_si("duree_minutes >= 120"),
    **{
        f"canal_{c}": _compte_si(f"canal = '{c}'")
        for c in ("rattachement", "autre_lieu", "distance", "domicile")
    },
    **{f"type_{t}": _compte_si(f"type = '{t}'") for t in ("individuel", "collectif", "ponctuel")},
    **{f"age_{a}": f"sum(age_{a})" for a in AGES},
    **{f"statut_{s}": f"sum(statut_{s})" for s in STATUTS},
}
MOIS = {
    "postgresql": "date_trunc('month', {0}::timestamp)::date",
    "sqlite": "date({0}, 'start of month')",
}


def upgrade() -> None:
    dialecte = op.get_bind().dialect.name
    mois = MOIS[dialecte].format("date")
    op.execute(sa.text("DELETE FROM activite_theme_agregat"))
    op.execute(sa.text("DELETE FROM activite_agregat"))
    op.execute(
        sa.text(
            f"INSERT INTO activite_agregat (departement_code, mois, {', '.join(COLONNES)}) "
            f"SELECT departement_code, {mois}, {', '.join(COLONNES.values())} FROM activite "
            f"GROUP BY departement_code, {mois}"
        )
    )
    mois_a = MOIS[dialecte].format("a.date")
    themes = ", ".join(f"theme_{t}" for t in THEMES)
    comptes = ", ".join(f"sum(CASE WHEN t.theme = '{t}' THEN 1 ELSE 0 END)" for t in THEMES)
    op.execute(
        sa.text(
            f"INSERT INTO activite_theme_agregat (departement_code, mois, {themes}) "
            f"SELECT a.departement_code, {mois_a}, {comptes} "
            "FROM activite_theme t JOIN activite a ON a.id = t.activite_id "
            f"GROUP BY a.departement_code, {mois_a}"
        )
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM activite_theme_agregat"))
    op.execute(sa.text("DELETE FROM activite_agregat"))
