"""schema/execution.py: the direct path answers exactly what graphql-core's general path answers.

One small schema exercises every kind of direct field (attribute, guarded attribute, `@contexte_seul`
relation, list of scalars, `__typename`) and every unusual value (null in a non-null field, a value a
scalar refuses, an exception, an awaitable): executed with `ExecutionRapide` and with strawberry's own
execution context, data and errors (message, path) must be the same.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import gc
import warnings
from dataclasses import dataclass
from typing import Any

import pytest
import strawberry
from strawberry.permission import PermissionExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema.execution import ExecutionRapide, PermissionDuContexte, contexte_seul


@dataclass
class Contexte:
    voit: bool
    appels: list[str]


class Autorise(PermissionDuContexte):
    message = "refusé"

    def autorise(self, source: Any, context: Any) -> bool:
        context.appels.append("permission")
        return bool(context.voit)


class SaufC2(PermissionDuContexte):
    """Decided by the source: every conseiller but c2."""

    message = "refusé"

    def autorise(self, source: Any, context: Any) -> bool:
        context.appels.append("sauf c2")
        return bool(source.id != "c2")


@strawberry.enum
class Phase(enum.Enum):
    PREMIERE = "p1"
    SECONDE = "p2"


@strawberry.type
class Poste:
    id: strawberry.ID
    etat: str
    ouvert: bool
    debut: dt.date | None
    phase: Phase | None = None  # a member, or its raw value (graphql-core's own serialisation then)


@strawberry.type
class Conseiller:
    id: strawberry.ID
    nom: str | None = strawberry.field(extensions=[PermissionExtension([Autorise()], fail_silently=True)])
    prenom: str | None = strawberry.field(
        default=None, extensions=[PermissionExtension([Autorise()], fail_silently=True)]
    )
    email: str | None = strawberry.field(
        default="courriel", extensions=[PermissionExtension([SaufC2()], fail_silently=True)]
    )
    obligatoire: str  # None in some rows: an error on both paths
    age: int | None  # a str in some rows: refused by the Int scalar on both paths
    themes: list[str]
    poste_: strawberry.Private[Any]
    erreur: strawberry.Private[bool] = False

    @strawberry.field
    @contexte_seul
    def poste(self, info: strawberry.Info) -> Poste | None:
        info.context.appels.append("poste")
        if self.erreur:
            raise ValueError("relation en panne")
        if self.poste_ == "plus tard":

            async def plus_tard() -> Poste:
                await asyncio.sleep(0)
                return Poste(id=strawberry.ID("p-tard"), etat="vacant", ouvert=False, debut=None, phase="p2")

            return plus_tard()  # type: ignore[return-value]
        return self.poste_  # type: ignore[no-any-return]


def _conseillers() -> list[Conseiller]:
    poste = Poste(
        id=strawberry.ID("p1"), etat="occupe", ouvert=True, debut=dt.date(2024, 1, 31), phase=Phase.SECONDE
    )
    return [
        Conseiller(
            id=strawberry.ID("c1"), nom="Martin", obligatoire="x", age=30, themes=["a", "b"], poste_=poste
        ),
        Conseiller(id=strawberry.ID("c2"), nom=None, obligatoire="y", age=None, themes=[], poste_=None),
        Conseiller(
            id=strawberry.ID("c3"), nom="Durand", obligatoire=None, age=41, themes=["c"], poste_="plus tard"
        ),  # type: ignore[arg-type]
        Conseiller(
            id=strawberry.ID("c4"), nom="Petit", obligatoire="z", age="vieux", themes=["d"], poste_=poste
        ),  # type: ignore[arg-type]
        Conseiller(
            id=strawberry.ID("c5"), nom="Roux", obligatoire="w", age=1, themes=[], poste_=None, erreur=True
        ),
    ]


@strawberry.type
class Query:
    @strawberry.field
    async def conseillers(self) -> list[Conseiller]:
        return _conseillers()

    @strawberry.field
    async def beaucoup(self) -> list[Conseiller]:
        # More unusual objects than a compiled programme tolerates in one request (_ECHECS_MAX).
        return _conseillers() * 6


def _schema(execution: type[Any]) -> strawberry.Schema:
    return strawberry.Schema(query=Query, execution_context_class=execution)


REQUETES = [
    "{ conseillers { id nom themes __typename poste { id etat ouvert debut phase __typename } } }",
    "{ conseillers { id obligatoire } }",
    "{ conseillers { id nom prenom email } }",
    "{ conseillers { id age } }",
    "{ conseillers { id poste { id } } }",
    "{ beaucoup { id nom age obligatoire poste { id etat debut } } }",
    "{ beaucoup { id poste { id ouvert phase } } }",
]


def _executer(execution: type[Any], requete: str, voit: bool) -> tuple[Any, list[tuple[str, Any]], list[str]]:
    contexte = Contexte(voit=voit, appels=[])
    resultat = asyncio.run(_schema(execution).execute(requete, context_value=contexte))
    erreurs = sorted((e.message, e.path) for e in resultat.errors or [])
    return resultat.data, erreurs, sorted(contexte.appels)


@pytest.mark.parametrize("voit", [True, False])
@pytest.mark.parametrize("requete", REQUETES)
def test_le_chemin_direct_repond_comme_graphql_core(requete: str, voit: bool) -> None:
    direct = _executer(ExecutionRapide, requete, voit)
    general = _executer(StrawberryGraphQLCoreExecutionContext, requete, voit)
    assert direct[:2] == general[:2]
    assert direct[0] is not None or direct[1]  # something was answered


def test_les_donnees_personnelles_restent_gardees_sur_le_chemin_direct() -> None:
    data, _, appels = _executer(ExecutionRapide, "{ conseillers { nom } }", voit=False)
    assert data == {"conseillers": [{"nom": None}] * 5}
    assert appels.count("permission") == 5  # decided per object, by the same permission class
    data, _, _ = _executer(ExecutionRapide, "{ conseillers { nom } }", voit=True)
    assert [c["nom"] for c in data["conseillers"]] == ["Martin", None, "Durand", "Petit", "Roux"]


def test_une_barriere_est_decidee_une_fois_par_objet() -> None:
    """Several fields behind the same permission classes (nom, prénom): one decision per object; other
    classes (email) decide on their own, object by object."""
    data, _, appels = _executer(ExecutionRapide, "{ conseillers { nom prenom email } }", voit=False)
    assert appels.count("permission") == 5
    assert appels.count("sauf c2") == 5
    assert [(c["nom"], c["prenom"]) for c in data["conseillers"]] == [(None, None)] * 5
    assert [c["email"] for c in data["conseillers"]] == ["courriel", None, "courriel", "courriel", "courriel"]


def test_les_erreurs_gardent_leur_chemin() -> None:
    _, erreurs, _ = _executer(ExecutionRapide, "{ conseillers { id obligatoire } }", voit=True)
    assert [chemin for _, chemin in erreurs] == [["conseillers", 2, "obligatoire"]]
    _, erreurs, _ = _executer(ExecutionRapide, "{ conseillers { poste { id } } }", voit=True)
    assert erreurs == [("relation en panne", ["conseillers", 4, "poste"])]


def test_un_sous_arbre_entierement_direct_est_rempli_d_un_coup(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled programme completes each regular object and its nested objects in one call; the
    unusual ones (3 of 5 here) go back to the general path."""
    appels: list[str] = []
    remplir = ExecutionRapide._remplir

    def espion(self: ExecutionRapide, programme: Any, source: Any, info: Any) -> Any:
        appels.append(type(source).__name__)
        return remplir(self, programme, source, info)

    monkeypatch.setattr(ExecutionRapide, "_remplir", espion)
    data, erreurs, _ = _executer(ExecutionRapide, "{ conseillers { id poste { id etat } } }", voit=True)
    assert erreurs == [("relation en panne", ["conseillers", 4, "poste"])]
    assert data["conseillers"][0] == {"id": "c1", "poste": {"id": "p1", "etat": "occupe"}}
    assert appels.count("Conseiller") == 5  # tried on each
    assert appels.count("Poste") >= 2  # c1 and c4 completed with their poste inside the programme
    data, _, _ = _executer(ExecutionRapide, "{ conseillers { poste { phase } } }", voit=True)
    assert data["conseillers"][0] == {"poste": {"phase": "SECONDE"}}  # an enum, through its table


def test_une_relation_pas_encore_chargee_ne_laisse_pas_de_coroutine_ouverte() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        data, _, _ = _executer(ExecutionRapide, "{ beaucoup { poste { id } } }", voit=True)
        gc.collect()
    assert {"poste": {"id": "p-tard"}} in data["beaucoup"]
