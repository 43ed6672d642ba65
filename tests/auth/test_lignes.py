"""`auth.policy.readable_rows`: plain rows that mirror the model, under the same policy as `readable`."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.dialects import postgresql

from auth.policy import COLONNES_NON_LUES, colonnes_lues, readable, readable_rows
from auth.policy_lecture import LECTURE
from auth.principal import Principal
from hub.models import Base
from hub.models.enums import Role

MODELES = sorted((m.class_ for m in Base.registry.mappers), key=lambda m: m.__name__)
PREFECTURE = Principal(Role.PREFECTURE, subject="p@moselle.gouv.fr", departements=frozenset({"57"}))


@pytest.mark.parametrize("modele", MODELES, ids=lambda m: m.__name__)
def test_une_ligne_porte_les_attributs_du_modele_sous_les_memes_noms(modele: type[Any]) -> None:
    # A Row answers `row.<column key>`; the GraphQL types read `row.<attribute>`: they must coincide.
    for attribut in modele.__mapper__.column_attrs:
        assert [colonne.key for colonne in attribut.columns] == [attribut.key]


@pytest.mark.parametrize("modele", sorted(LECTURE, key=lambda m: m.__name__), ids=lambda m: m.__name__)
def test_les_lignes_ont_le_meme_filtre_que_readable_et_les_colonnes_lues(modele: type[Any]) -> None:
    lignes = readable_rows(modele, PREFECTURE)
    objets = readable(modele, PREFECTURE)
    dialecte = postgresql.dialect()
    assert str(lignes.whereclause.compile(dialect=dialecte)) == str(
        objets.whereclause.compile(dialect=dialecte)
    )
    attendues = [c.key for c in modele.__table__.columns if c.key not in COLONNES_NON_LUES]
    assert [c.key for c in lignes.selected_columns] == attendues == [c.key for c in colonnes_lues(modele)]


def test_les_instructions_sont_construites_une_fois_par_principal() -> None:
    [modele] = [m for m in LECTURE if m.__name__ == "Conseiller"]
    assert readable_rows(modele, PREFECTURE) is readable_rows(modele, PREFECTURE)
    autre = Principal(Role.PREFECTURE, subject="p@moselle.gouv.fr", departements=frozenset({"54"}))
    assert readable_rows(modele, autre) is not readable_rows(modele, PREFECTURE)
    assert "'54'" in str(readable_rows(modele, autre).compile(compile_kwargs={"literal_binds": True}))
