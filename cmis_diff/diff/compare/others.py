"""The rarer kinds, one generic comparison (catalog/queries/others.sql): casts, operators, operator
classes and families, aggregates, rules, event triggers, publications with their tables and
schemas, extended statistics, text search objects, collations, conversions, transforms,
foreign-data wrappers, servers, user mappings, foreign tables, access methods; and functions in
C or internal, which the engine does not see.

An object is created by the statements pg_dump creates it by (its definition, too), dropped by
our own DROP. A changed one is dropped and created again -- the rebuild runs the DROP first, on
the copy, with whatever depends on it, and the diff from there creates it as new -- except a
rule or a function, which CREATE OR REPLACE changes in place. Owners and comments are altered in
place (a foreign table's and a function's are compared with every relation's and function's,
as are their grants).
"""

from __future__ import annotations

from typing import Any

from pglast import ast, parse_sql
from pglast.stream import RawStream

from ...catalog.model import Model, Other
from ...render import objects
from ..changes import Action, Change

KINDS = ("cast", "operator", "operator class", "operator family", "aggregate", "rule", "event trigger",
         "publication", "publication relation", "publication namespace", "statistics object",
         "text search configuration", "text search dictionary", "text search parser", "text search template",
         "collation", "conversion", "transform", "foreign-data wrapper", "server", "user mapping", "foreign table",
         "access method", "function", "procedure")
_META_ELSEWHERE = {"foreign table", "function", "procedure"}  # owner, comment, grants: compared with their kind
_REPLACEABLE = {"rule", "function", "procedure"}


def identity(o: Other) -> str:
    """How a change names the object: a foreign table like every relation (schema.name, as the
    dependency graph keys it), the rest by pg_identify_object's identity."""
    if o.kind == "foreign table":
        return ".".join(o.names)
    return o.identity.split("(", 1)[0] if o.kind in ("function", "procedure") else o.identity


def _meta(o: Other) -> bool:
    return o.kind not in _META_ELSEWHERE


def _create(o: Other, new: Model) -> list[Change]:
    if not o.create:
        return []  # pg_dump has no statement for it: the fingerprint reports it, not converged
    names = ", ".join(n if n.isidentifier() else "(an option)" for n in o.secrets)
    why = (f"option {names} left out (a secret): set it by hand, e.g. ALTER {o.kind.upper()} ... "
           "OPTIONS (ADD ...)" if o.secrets else "")
    out = [Change(o.kind, Action.CREATE if n == 0 else Action.ALTER, identity(o), sql, why=why if n == 0 else "")
           for n, sql in enumerate(o.create)]
    if _meta(o) and o.kind in objects.OWNED and o.owner and o.owner != new.current_user:
        out.append(_owner(o))
    if _meta(o) and o.comment is not None:
        out.append(_comment(o))
    return out


def _owner(o: Other) -> Change:
    return Change("owner", Action.ALTER, f"{o.kind} {identity(o)}",
                  objects.owner(o.kind, o.names, o.args, o.owner or ""))


def _comment(o: Other) -> Change:
    return Change("comment", Action.ALTER, f"{o.kind} {identity(o)}",
                  objects.comment(o.kind, o.names, o.args, o.comment))


def _drop(o: Other) -> Change:
    return Change(o.kind, Action.DROP, identity(o), objects.drop(o.kind, o.names, o.args))


def _replace(o: Other) -> Change:
    st: Any = parse_sql(o.create[0])[0].stmt  # pg_dump's CREATE RULE / FUNCTION, made CREATE OR REPLACE
    assert isinstance(st, (ast.RuleStmt, ast.CreateFunctionStmt))
    st.replace = True
    return Change(o.kind, Action.ALTER, identity(o), str(RawStream()(st)), why=f"{o.kind} changed: replaced in place")


def changed(old: Model, new: Model) -> list[Other]:
    """Objects in both whose definition differs and that must be dropped and created again."""
    return [old.others[k] for k in sorted(old.others.keys() & new.others.keys())
            if old.others[k].create != new.others[k].create and new.others[k].create and k[0] not in _REPLACEABLE]


def compare(old: Model, new: Model) -> tuple[list[Change], list[Change]]:
    """(changes, drops): what creates and alters the rarer kinds, and what drops them."""
    changes: list[Change] = []
    drops = [_drop(old.others[k]) for k in sorted(old.others.keys() - new.others.keys())]
    for key in sorted(new.others):
        o, before = new.others[key], old.others.get(key)
        if before is None:
            changes += _create(o, new)
            continue
        if before.create != o.create and o.create:
            if o.kind in _REPLACEABLE:
                changes.append(_replace(o))
            else:
                drops.append(_drop(before))
                changes += _create(o, new)
                continue
        if _meta(o) and o.kind in objects.OWNED and o.owner != before.owner and o.owner:
            changes.append(_owner(o))
        if _meta(o) and o.comment != before.comment:
            changes.append(_comment(o))
    return changes, drops
