"""Execution of the fields whose value is already in memory, without graphql-core's per-field machinery.

A préfecture's list of 100 conseillers with structure, contrat, poste and subvention is ~2,000 field
values. graphql-core and strawberry resolve each one the same general way: a `GraphQLResolveInfo`,
argument coercion, strawberry's `Info`, its extension chain, then `complete_value`. For a value that
is an attribute of an object already built, that machinery costs ten times the read itself, and
made the list three times slower than PostGraphile's (bench/RESULTS.md, issue #8).

`ExecutionRapide` executes such fields directly; every other field takes graphql-core's general
path, unchanged. A field is *direct* when the schema proves that reading it needs nothing but its
parent object and the request context:

- a plain attribute (a strawberry field without resolver, extensions or arguments) of a scalar or
  enum type, or a list of them;
- the same attribute behind a strawberry `PermissionExtension(fail_silently=True)` whose permissions
  are all `PermissionDuContexte`: the same rules (`autorise(source, context)`, in
  schema/donnees_personnelles.py, calling `auth.policy`), null when one refuses — exactly what the
  extension answers;
- a synchronous resolver without arguments declared `@contexte_seul` (it reads `info.context` and
  nothing else; the relations of schema/prechargement.py): called with an `Info` that carries only
  the context. When it returns an awaitable (the relation was not loaded ahead), or a value whose
  completion is not a scalar or an object, the value goes on through graphql-core's own completion
  with a real `GraphQLResolveInfo`;
- `__typename`.

Errors keep their path and their handling (`handle_field_error`): a null in a non-null field, a
scalar that cannot be serialised or an exception in a resolver become the same GraphQL errors as
on the general path. The test suite runs every query through this class.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLField,
    GraphQLID,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLString,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.pyutils import Path, Undefined, gather_with_cancel
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import CustomGraphQLEnumType, GraphQLCoreConverter
from strawberry.types.field import StrawberryField

F = TypeVar("F", bound=Callable[..., Any])

_CONTEXTE_SEUL = "__hub_contexte_seul__"


def contexte_seul(resolver: F) -> F:
    """Mark a synchronous resolver `(self, info)` that only reads `info.context` (put it under
    `@strawberry.field`). `ExecutionRapide` then calls it with an `Info` holding only the context."""
    setattr(resolver, _CONTEXTE_SEUL, True)
    return resolver


class PermissionDuContexte(BasePermission):
    """A strawberry permission decided by the parent object and the request context alone."""

    def autorise(self, source: Any, context: Any) -> bool:
        raise NotImplementedError

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return self.autorise(source, info.context)


class InfoDuContexte:
    """What a `@contexte_seul` resolver receives as `info` on the direct path: the context only."""

    __slots__ = ("context", "decisions")

    def __init__(self, context: Any) -> None:
        self.context = context
        # The last decision of each set of permission classes: (source, allowed).
        self.decisions: dict[tuple[type[PermissionDuContexte], ...], tuple[Any, bool]] = {}


Lire = Callable[[Any, InfoDuContexte], Any]


@dataclass(frozen=True, slots=True)
class Direct:
    """How to read one field of one object type directly."""

    lire: Lire
    field_def: GraphQLField
    type_retour: GraphQLOutputType
    non_null: bool
    feuille: GraphQLScalarType | GraphQLEnumType | None  # a scalar or enum (under NonNull)
    feuilles: GraphQLScalarType | GraphQLEnumType | None  # a list of them (under NonNull)
    objet: GraphQLObjectType | None  # an object type (under NonNull)
    identique: type | None  # the Python type `feuille` serialises unchanged, if any
    objets: GraphQLObjectType | None = None  # a list of an object type (under NonNull)
    objets_non_nuls: bool = False  # … whose items are NonNull
    classe_enum: type | None = None  # the Python enum `feuille` (a strawberry enum) serialises…
    noms: dict[Any, str] | None = None  # … through this table: member → GraphQL name


# Strawberry's `is_type_of` (types implementing an interface) ignores its info argument.
_SANS_INFO = cast("GraphQLResolveInfo[Any]", None)
_PLANS: dict[tuple[GraphQLObjectType, str], Direct | None] = {}
# Values the built-in scalars serialise as themselves (graphql-core's serialize_string, serialize_id
# and serialize_boolean return a str or a bool unchanged): no call for them.
_IDENTIQUES: dict[str, type] = {"String": str, "ID": str, "Boolean": bool}
_SERIALISATION_NATIVE = {t.name: t.coerce_output_value for t in (GraphQLString, GraphQLID, GraphQLBoolean)}


def _typename(parent: GraphQLObjectType) -> Lire:
    nom = parent.name
    return lambda _source, _info: nom


def _attribut(nom: str) -> Lire:
    return lambda source, _info: getattr(source, nom)


def _attribut_garde(nom: str, permissions: tuple[PermissionDuContexte, ...]) -> Lire:
    # A person's nom, prénom and email are read one after the other under the same gate: decided once
    # per object. A `PermissionDuContexte` depends on the source and the request context alone, so the
    # same classes answer the same for the same source within a request (`info` is the request's).
    classes = tuple(type(permission) for permission in permissions)

    def lire(source: Any, info: InfoDuContexte) -> Any:
        derniere = info.decisions.get(classes)
        if derniere is not None and derniere[0] is source:
            permis = derniere[1]
        else:
            permis = all(permission.autorise(source, info.context) for permission in permissions)
            info.decisions[classes] = (source, permis)
        return getattr(source, nom) if permis else None

    return lire


def _resolveur(fonction: Callable[..., Any], avec_info: bool) -> Lire:
    if avec_info:
        return fonction  # `(self, info)` is already the shape of a `Lire`: no frame in between
    return lambda source, _info: fonction(source)


def _lecture(champ: StrawberryField) -> Lire | None:
    """How to read `champ` directly, or None when only the general path may run it."""
    if champ.arguments:
        return None
    resolveur = champ.base_resolver
    if resolveur is None:
        if not champ.extensions:
            return _attribut(champ.python_name)
        [extension, *autres] = champ.extensions
        if (
            autres
            or type(extension) is not PermissionExtension
            or not extension.fail_silently
            or extension.return_empty_list
            or not all(isinstance(p, PermissionDuContexte) for p in extension.permissions)
        ):
            return None
        gardes = tuple(p for p in extension.permissions if isinstance(p, PermissionDuContexte))
        return _attribut_garde(champ.python_name, gardes)
    if champ.extensions or resolveur.is_async:
        return None
    fonction = resolveur.wrapped_func
    if isinstance(fonction, staticmethod | classmethod):
        return None
    parametres = list(inspect.signature(fonction).parameters)
    if parametres == ["self"]:
        return _resolveur(fonction, avec_info=False)
    if parametres == ["self", "info"] and getattr(fonction, _CONTEXTE_SEUL, False):
        return _resolveur(fonction, avec_info=True)
    return None


def _plan(parent: GraphQLObjectType, nom: str, field_def: GraphQLField) -> Direct | None:
    if nom == "__typename":
        lire: Lire | None = _typename(parent)
    else:
        champ = field_def.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
        lire = _lecture(champ) if isinstance(champ, StrawberryField) and not field_def.args else None
    if lire is None:
        return None
    type_retour = field_def.type
    nu = type_retour.of_type if isinstance(type_retour, GraphQLNonNull) else type_retour
    feuille = nu if isinstance(nu, GraphQLScalarType | GraphQLEnumType) else None
    feuilles = None
    objets = None
    objets_non_nuls = False
    if isinstance(nu, GraphQLList):
        element = nu.of_type.of_type if isinstance(nu.of_type, GraphQLNonNull) else nu.of_type
        feuilles = element if isinstance(element, GraphQLScalarType | GraphQLEnumType) else None
        objets = element if isinstance(element, GraphQLObjectType) else None
        objets_non_nuls = isinstance(nu.of_type, GraphQLNonNull)
    objet = nu if isinstance(nu, GraphQLObjectType) else None
    identique = _IDENTIQUES.get(feuille.name) if isinstance(feuille, GraphQLScalarType) else None
    if feuille is not None and feuille.coerce_output_value != _SERIALISATION_NATIVE.get(feuille.name):
        identique = None  # a schema that replaced the built-in scalar's serialisation
    classe_enum, noms = _noms_enum(feuille)
    return Direct(
        lire,
        field_def,
        type_retour,
        isinstance(type_retour, GraphQLNonNull),
        feuille,
        feuilles,
        objet,
        identique,
        objets,
        objets_non_nuls,
        classe_enum,
        noms,
    )


def _noms_enum(
    feuille: GraphQLScalarType | GraphQLEnumType | None,
) -> tuple[type | None, dict[Any, str] | None]:
    """For a strawberry enum, its serialisation as a table: strawberry's `coerce_output_value` scans
    the values for the first whose `.value` equals the member's, for every value it serialises."""
    if not isinstance(feuille, CustomGraphQLEnumType):
        return None, None
    if type(feuille).coerce_output_value is not CustomGraphQLEnumType.coerce_output_value:
        return None, None
    classe = cast("type[enum.Enum]", feuille.wrapped_cls)
    noms: dict[Any, str] = {}
    for membre in classe:
        for nom, valeur in feuille.values.items():
            if membre.value == valeur.value:
                noms[membre] = nom
                break
    return classe, noms


_CLASSES: dict[GraphQLObjectType, type | None] = {}


def _classe_de(objet: GraphQLObjectType) -> type | None:
    """The Python class strawberry built `objet` from (None for a type it did not build)."""
    try:
        return _CLASSES[objet]
    except KeyError:
        definition = objet.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
        origine = getattr(definition, "origin", None)
        classe = _CLASSES[objet] = origine if isinstance(origine, type) else None
        return classe


def _est_du_type(objet: GraphQLObjectType, valeur: Any) -> bool:
    if objet.is_type_of is None or type(valeur) is _classe_de(objet):
        return True
    return bool(objet.is_type_of(valeur, _SANS_INFO))


class _Irregulier(Exception):  # noqa: N818 - a signal, not an error: the general path takes over
    """A value the compiled programme leaves to the general path (it carries the value, to close an
    unawaited coroutine)."""


@dataclass(frozen=True, slots=True)
class _Etape:
    nom: str  # the response name
    plan: Direct
    sous: _Programme | None  # the programme of the object (or of each list item)
    classe: type | None  # the Python class of that object type: only its exact instances are direct


@dataclass(slots=True)
class _Programme:
    """Every field of one selection set on one object type, all direct, nested objects included: the
    whole subtree is read and serialised by `ExecutionRapide._remplir`, without graphql-core's
    per-object completion (`Path`, field collection, `complete_value`)."""

    etapes: tuple[_Etape, ...]
    echecs: int = 0  # objects handed back to the general path in this request


# After this many objects handed back in one request, a programme stops being tried (each one read
# its fields twice): the general path alone is then the faster.
_ECHECS_MAX = 8
_PROFONDEUR_MAX = 32


def _fermer(irregulier: Exception) -> None:
    """Close the coroutine an `_Irregulier` carries (a relation not loaded yet): the general path
    calls the resolver again; left open, the coroutine would warn that it was never awaited."""
    if isinstance(irregulier, _Irregulier) and irregulier.args and inspect.iscoroutine(irregulier.args[0]):
        irregulier.args[0].close()


class ExecutionRapide(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's execution, with the direct fields (module docstring) read without resolvers."""

    _info: InfoDuContexte | None = None
    _direct_permis: bool | None = None
    # Per request (graphql-core memoises the sub-selections per list, so one entry per selection set).
    _programmes: dict[tuple[GraphQLObjectType, int], tuple[GroupedFieldSet, _Programme | None]] | None = None

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> Any:
        """graphql-core's `execute_fields`, where a direct scalar field costs one read and one
        serialisation: no `Path`, no resolver, no completion. Anything unusual about its value (null
        in a non-null field, a value the scalar refuses, an exception) takes `execute_field`, which
        reads it again and reports it exactly as graphql-core does."""
        if not self._direct():
            return super().execute_fields(
                parent_type, source_value, path, grouped_field_set, position_context
            )
        info = self._info_du_contexte()
        programme = self._programme_de(parent_type, grouped_field_set, 0)
        if programme is not None and programme.echecs < _ECHECS_MAX:
            try:
                return self._remplir(programme, source_value, info)
            except Exception as irregulier:  # the general path below reports it
                programme.echecs += 1
                _fermer(irregulier)
        complete_leaf_value = self.complete_leaf_value
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        try:
            for response_name, field_details_list in grouped_field_set.items():
                try:
                    plan = _PLANS[parent_type, field_details_list[0].node.name.value]
                except KeyError:
                    plan = self._plan_de(parent_type, field_details_list)
                if plan is not None and plan.feuille is not None:
                    try:
                        valeur = plan.lire(source_value, info)
                        if type(valeur) is plan.identique:  # a str for String or ID, a bool for Boolean
                            results[response_name] = valeur
                            continue
                        if valeur is not None:
                            results[response_name] = complete_leaf_value(plan.feuille, valeur)
                            continue
                        if not plan.non_null:
                            results[response_name] = None
                            continue
                    except Exception:  # noqa: S110 - unusual: the general path below reports it
                        pass
                field_path = Path(path, response_name, parent_type.name)
                result = self.execute_field(
                    parent_type, source_value, field_details_list, field_path, position_context
                )
                if result is not Undefined:
                    results[response_name] = result
                    if type(result) is not dict and result is not None and is_awaitable(result):
                        awaitable_fields.append(response_name)
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[field] for field in awaitable_fields])
            raise
        if not awaitable_fields:
            return results

        async def get_results() -> dict[str, Any]:
            awaited = await gather_with_cancel(*(results[field] for field in awaitable_fields))
            results.update(zip(awaitable_fields, awaited, strict=True))
            return results

        return get_results()

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        plan = self._plan_de(parent_type, field_details_list) if self._direct() else None
        if plan is None:
            return super().execute_field(parent_type, source, field_details_list, path, position_context)
        try:
            valeur = plan.lire(source, self._info_du_contexte())
            if valeur is None:
                if plan.non_null:
                    return self._general(
                        plan, parent_type, field_details_list, path, valeur, position_context
                    )
                return None
            if plan.feuille is not None:
                return self.complete_leaf_value(plan.feuille, valeur)
            if plan.feuilles is not None and isinstance(valeur, list) and None not in valeur:
                feuilles = plan.feuilles
                return [self.complete_leaf_value(feuilles, element) for element in valeur]
            objet = plan.objet
            if objet is not None and (type(valeur) is _classe_de(objet) or not self.is_awaitable(valeur)):
                if not _est_du_type(objet, valeur):
                    return self._general(
                        plan, parent_type, field_details_list, path, valeur, position_context
                    )
                complete = self.collect_and_execute_subfields(
                    objet, field_details_list, path, valeur, position_context
                )
                if type(complete) is not dict and self.is_awaitable(complete):
                    return self._attendre(complete, plan, field_details_list, path)
                return complete
        except Exception as erreur:
            self.handle_field_error(erreur, plan.type_retour, field_details_list, path)
            return None
        return self._general(plan, parent_type, field_details_list, path, valeur, position_context)

    def complete_object_value(
        self,
        return_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        """graphql-core's, with the type check of an instance of the type's own class done by `type()`
        (strawberry's `is_type_of` answers True for it after several calls; list items go through here)."""
        if type(result) is _classe_de(return_type):
            return self.collect_and_execute_subfields(
                return_type, field_details_list, path, result, position_context
            )
        return super().complete_object_value(
            return_type, field_details_list, info, path, result, position_context
        )

    def _programme_de(
        self, parent_type: GraphQLObjectType, grouped_field_set: GroupedFieldSet, profondeur: int
    ) -> _Programme | None:
        """The compiled programme of this selection set, or None when one of its fields (at any
        depth) is not direct. Kept for the request, with the selection set (its id is the key)."""
        if self._programmes is None:
            self._programmes = {}
        cle = (parent_type, id(grouped_field_set))
        trouve = self._programmes.get(cle)
        if trouve is None:
            programme = self._compiler(parent_type, grouped_field_set, profondeur)
            trouve = self._programmes[cle] = (grouped_field_set, programme)
        return trouve[1]

    def _compiler(
        self, parent_type: GraphQLObjectType, grouped_field_set: GroupedFieldSet, profondeur: int
    ) -> _Programme | None:
        if profondeur > _PROFONDEUR_MAX:
            return None
        etapes: list[_Etape] = []
        for response_name, field_details_list in grouped_field_set.items():
            plan = self._plan_de(parent_type, field_details_list)
            if plan is None:
                return None
            if plan.feuille is not None or plan.feuilles is not None:
                etapes.append(_Etape(response_name, plan, None, None))
                continue
            objet = plan.objet or plan.objets
            classe = _classe_de(objet) if objet is not None else None
            if objet is None or classe is None:
                return None
            sous_champs, reports, _ = self.collect_subfields(objet, field_details_list)
            if reports:  # @defer: incremental delivery is the general path's
                return None
            sous = self._programme_de(objet, sous_champs, profondeur + 1)
            if sous is None:
                return None
            etapes.append(_Etape(response_name, plan, sous, classe))
        return _Programme(tuple(etapes))

    def _remplir(self, programme: _Programme, source: Any, info: InfoDuContexte) -> dict[str, Any]:
        """The completed value of `source` under `programme`; `_Irregulier` (or the resolver's own
        exception) for anything the general path must handle: null in a non-null field, a value a
        scalar refuses, an awaitable, an instance of another class."""
        resultat: dict[str, Any] = {}
        for etape in programme.etapes:
            plan = etape.plan
            valeur = plan.lire(source, info)
            if valeur is None:
                if plan.non_null:
                    raise _Irregulier
                resultat[etape.nom] = None
            elif plan.feuille is not None:
                if type(valeur) is plan.identique:
                    resultat[etape.nom] = valeur
                elif type(valeur) is plan.classe_enum and plan.noms is not None and valeur in plan.noms:
                    resultat[etape.nom] = plan.noms[valeur]
                else:
                    resultat[etape.nom] = self.complete_leaf_value(plan.feuille, valeur)
            elif etape.sous is None:
                feuilles = plan.feuilles
                if type(valeur) is not list or feuilles is None or None in valeur:
                    raise _Irregulier(valeur)
                resultat[etape.nom] = [self.complete_leaf_value(feuilles, element) for element in valeur]
            elif plan.objet is not None:
                if type(valeur) is not etape.classe:
                    raise _Irregulier(valeur)
                resultat[etape.nom] = self._remplir(etape.sous, valeur, info)
            else:
                if type(valeur) is not list:
                    raise _Irregulier(valeur)
                elements: list[Any] = []
                for element in valeur:
                    if type(element) is etape.classe:
                        elements.append(self._remplir(etape.sous, element, info))
                    elif element is None and not plan.objets_non_nuls:
                        elements.append(None)
                    else:
                        raise _Irregulier(element)
                resultat[etape.nom] = elements
        return resultat

    def _plan_de(self, parent_type: GraphQLObjectType, field_details_list: FieldDetailsList) -> Direct | None:
        nom = field_details_list[0].node.name.value
        try:
            return _PLANS[parent_type, nom]
        except KeyError:
            field_def = self.schema.get_field(parent_type, nom)
            plan = _PLANS[parent_type, nom] = _plan(parent_type, nom, field_def) if field_def else None
            return plan

    def _direct(self) -> bool:
        """A schema extension with a `resolve` hook wraps every resolver: then nothing is direct."""
        if self._direct_permis is None:
            manager = self.middleware_manager
            self._direct_permis = manager is None or not manager.middlewares
        return self._direct_permis

    def _info_du_contexte(self) -> InfoDuContexte:
        if self._info is None:
            self._info = InfoDuContexte(self.context_value)
        return self._info

    def _general(
        self,
        plan: Direct,
        parent_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        path: Path,
        valeur: Any,
        position_context: Any,
    ) -> Any:
        """Complete `valeur` (already read) through graphql-core's general completion."""
        nodes = [details.node for details in field_details_list]
        info = self.build_resolve_info(plan.field_def, nodes, parent_type, path)
        try:
            if self.is_awaitable(valeur):
                return self.complete_awaitable_value(
                    plan.type_retour, field_details_list, info, path, valeur, position_context
                )
            complete = self.complete_value(
                plan.type_retour, field_details_list, info, path, valeur, position_context
            )
        except Exception as erreur:
            self.handle_field_error(erreur, plan.type_retour, field_details_list, path)
            return None
        if self.is_awaitable(complete):
            return self._attendre(complete, plan, field_details_list, path)
        return complete

    async def _attendre(
        self, complete: Awaitable[Any], plan: Direct, field_details_list: FieldDetailsList, path: Path
    ) -> Any:
        try:
            return await complete
        except Exception as erreur:
            self.handle_field_error(erreur, plan.type_retour, field_details_list, path)
            return None
