"""Objects that must be dropped and re-created because something they depend on changes.

A column whose type changes cannot be altered under a view, a policy or a trigger that uses it; an
enum re-created without a value cannot be dropped while functions, indexes or constraints mention
the old type; a view re-created by the engine takes the functions that read it down with it; a
function whose result or parameter names change needs DROP + CREATE, and everything using it too.

Roots come from the plan's changes; their dependents (transitively, over live's pg_depend, normal
dependencies only) are the rebuild set. The caller drops that set on a copy of live and diffs again:
the objects, now absent, are re-created by the ordinary diff with their grants, comments and owners.
"""

from __future__ import annotations

import graphlib
import json
from dataclasses import dataclass, replace
from typing import Any

import psycopg
from pglast import ast
from pglast.enums import AlterTableType as AT
from pglast.enums import ObjectType
from psycopg import sql

from ..catalog import session
from ..catalog.inspect import Inspected
from ..catalog.model import query as _query
from ..render import names, objects
from ..render import sql as render
from .changes import Action, Change
from .classify import parse_ahead, relation, tree
from .compare import others
from .compare.enums import recreated

Ref = tuple[str, int]  # (catalog, oid)


@dataclass(frozen=True)
class Unit:
    kind: str  # view, materialized view, index, constraint, function, procedure, policy, trigger, default,
    # or one of the rarer kinds (compare/others.py: cast, operator, aggregate, ...)
    schema: str
    name: str  # the rarer kinds: their identity (pg_identify_object)
    parent: str  # the table of a constraint, policy, trigger or default
    args: str  # a function's identity arguments
    names: tuple[str, ...] | None = None  # the rarer kinds' address (pg_identify_object_as_address)
    address_args: tuple[str, ...] | None = None

    @property
    def identity(self) -> str:
        """How a change names it (as compare/others.py does for the rarer kinds)."""
        if self.names is not None:
            return ".".join(self.names) if self.kind == "foreign table" else self.name
        return f"{self.schema}.{self.parent}.{self.name}" if self.parent else f"{self.schema}.{self.name}"

    @property
    def parts(self) -> tuple[str, ...]:
        if self.names is not None:
            return ()  # a rarer kind: named by its identity (SQL text), see label
        return (self.schema, self.parent, self.name) if self.parent else (self.schema, self.name)

    @property
    def label(self) -> str:
        if self.names is not None:
            return f"{self.kind} {names.printable_sql(self.name)}"
        routine = self.kind in ("function", "procedure")
        return f"{self.kind} {names.qualified(*self.parts)}" + \
            (f"({names.printable_sql(self.args)})" if routine else "")


@dataclass(frozen=True)
class Roots:
    columns: tuple[tuple[str, str, str, str], ...]  # (schema, table, column, why)
    types: tuple[tuple[str, str], ...]  # enums re-created
    functions: tuple[tuple[str, str, str], ...]  # (schema, name, identity args): need DROP + CREATE
    relations: tuple[tuple[str, str], ...]  # views and indexes the plan drops, relations it re-creates
    constraints: tuple[tuple[str, str, str], ...]  # (schema, table, name) the plan drops
    others: tuple[tuple[str, str, str, str], ...] = ()  # rarer kinds re-created: (kind, names, args as JSON, why)

    def __bool__(self) -> bool:
        return bool(self.columns or self.types or self.functions or self.relations or self.constraints or self.others)

    def why(self, root_list: str, n: int) -> str:
        """Why the n-th (1-based) root of a list makes its dependents rebuilt; names quoted."""
        if root_list == "columns":
            s, t, c, why = self.columns[n - 1]
            return f"column {names.qualified(s, t, c)} {why}"
        if root_list == "types":
            return f"type {names.qualified(*self.types[n - 1])} is re-created"
        if root_list == "functions":
            s, f, a = self.functions[n - 1]
            return f"function {names.qualified(s, f)}({names.printable_sql(a)}): its result or parameter names change"
        if root_list == "relations":
            return f"{names.qualified(*self.relations[n - 1])} is dropped or re-created"
        if root_list == "others":
            return self.others[n - 1][3]
        return f"constraint {names.qualified(*self.constraints[n - 1])} is dropped or re-created"


def _names(node: Any) -> tuple[str, ...]:
    return tuple(str(n.sval) for n in node)


_RELATIONS = ("table", "view", "materialized view", "index", "foreign table")
_RECREATED = (*_RELATIONS, *others.KINDS)


def recreated_relations(changes: list[Change], current: Inspected) -> list[Change]:
    """DROPs of objects the plan also creates again: relations (a table replaced by a view of the
    same name, a view whose columns are renamed or retyped, an index redefined) and the rarer
    kinds (compare/others.py). They are run first, on the copy: the diff from there creates the
    object as new, with the grants, owner and comment desired gives it (and CREATE OR REPLACE
    VIEW never meets the table)."""
    created = {_again_key(c) for c in changes if c.kind in _RECREATED and c.action is Action.CREATE}
    # an index that backs a key goes with its constraint (the engine drops that first)
    keys = {f"{k[0]}.{k[2]}" for k in current.model.constraints}
    return [c for c in changes if c.kind in _RECREATED and c.action is Action.DROP and _again_key(c) in created
            and not (c.kind == "index" and c.identity in keys)]


def _again_key(change: Change) -> tuple[str, str]:
    """Relations share one namespace (a table may come back as a view); the rarer kinds do not."""
    return ("relation", change.identity) if change.kind in _RELATIONS else (change.kind, change.identity)


_Found = tuple[list[tuple[str, str, str, str]], list[tuple[str, str]], list[tuple[str, str, str]]]


def _from_statements(changes: list[Change], current: Inspected) -> _Found:
    columns, relations, constraints = [], [], []
    again = {id(c) for c in recreated_relations(changes, current)}
    parse_ahead(c.sql for c in changes)
    for change in changes:
        st: Any = tree(change.sql)
        if isinstance(st, ast.AlterTableStmt):
            table = relation(st.relation)
            for cmd in st.cmds or ():
                if cmd.subtype == AT.AT_AlterColumnType:
                    columns.append((*table, str(cmd.name), "changes type"))
                elif cmd.subtype == AT.AT_DropConstraint:
                    constraints.append((*table, str(cmd.name)))
        elif change.kind in others.KINDS and change.kind not in _RELATIONS:
            continue  # its dependents: Roots.others
        elif isinstance(st, ast.DropStmt) and (id(change) in again or st.removeType in (
                ObjectType.OBJECT_VIEW, ObjectType.OBJECT_MATVIEW, ObjectType.OBJECT_INDEX)):
            for obj in st.objects or ():
                names = _names(obj)
                relations.append((names[-2] if len(names) > 1 else "public", names[-1]))
    return columns, relations, constraints


def _replaced_functions(current: Inspected, target: Inspected) -> list[tuple[str, str, str]]:
    """Functions in both (by schema, name and input types) whose result, kind or arguments'
    names, modes or defaults change: CREATE OR REPLACE refuses (the engine, keying functions by
    their arguments' names too, would even try to create the renamed one beside the old)."""
    old, new = current.model.functions, target.model.functions
    return [(key[0], key[1], old[key][0]) for key in sorted(old.keys() & new.keys()) if old[key][1] != new[key][1]]


def roots(changes: list[Change], current: Inspected, target: Inspected) -> Roots:
    columns, relations, constraints = _from_statements(changes, current)
    rare = tuple((o.kind, json.dumps(o.names), json.dumps(o.args),
                  f"{o.kind} {names.printable_sql(o.identity)} changes")
                 for o in others.changed(current.model, target.model))
    return Roots(tuple(columns), tuple(recreated(current.model, target.model)),
                 tuple(_replaced_functions(current, target)), tuple(relations), tuple(constraints), rare)


def _resolve(conn: psycopg.Connection, r: Roots) -> list[tuple[str, int, int, str, bool]]:
    def col(rows: tuple[tuple[str, ...], ...], i: int) -> list[str]:
        return [row[i] for row in rows]
    params = {"cs": col(r.columns, 0), "ct": col(r.columns, 1), "cc": col(r.columns, 2),
              "ts": col(r.types, 0), "tn": col(r.types, 1),
              "fs": col(r.functions, 0), "fn": col(r.functions, 1), "fa": col(r.functions, 2),
              "rs": col(r.relations, 0), "rn": col(r.relations, 1),
              "ks": col(r.constraints, 0), "kt": col(r.constraints, 1), "kn": col(r.constraints, 2),
              "ok": col(r.others, 0), "on": col(r.others, 1), "oa": col(r.others, 2)}
    # the last field: whether the root itself is rebuilt here (a function that must be re-created)
    return [(str(a), int(b), int(c), r.why(str(d), int(n)), d == "functions")
            for a, b, c, d, n in conn.execute(_query("rebuild_roots"), params).fetchall()]


def dependents(conn: psycopg.Connection, r: Roots) -> list[tuple[Unit, str]]:
    """The rebuild set, dependents first (the order to drop them in), each with why."""
    with session.pinned(conn):
        return _dependents(conn, r)


def _dependents(conn: psycopg.Connection, r: Roots) -> list[tuple[Unit, str]]:
    resolved = _resolve(conn, r)
    if not resolved:
        return []
    edges: dict[tuple[str, int, int], list[tuple[Ref, Unit]]] = {}
    for row in conn.execute(_query("dependents")).fetchall():
        names, address_args = (tuple(row[10]), tuple(row[11])) if row[10] is not None else (None, None)
        edge = ((str(row[3]), int(row[4])), Unit(row[5], row[6], row[7], row[8], row[9], names, address_args))
        edges.setdefault((str(row[0]), int(row[1]), int(row[2])), []).append(edge)
        edges.setdefault((str(row[0]), int(row[1]), -1), []).append(edge)
    found: dict[Ref, tuple[Unit, str]] = {}
    needs: dict[Ref, set[Ref]] = {}  # unit -> the units it depends on (within the set)
    # a replaced function is itself rebuilt; its own dependents follow
    todo: list[tuple[Ref, int, str, Ref | None]] = [((c, o), s, why, None) for c, o, s, why, _ in resolved]
    for c, o, _, why, itself in resolved:
        if itself:
            found[(c, o)] = (_unit_of(conn, o), why)
    while todo:
        ref, sub, why, parent = todo.pop()
        for unit_ref, unit in edges.get((ref[0], ref[1], sub if sub else -1), ()):
            if ref in found:  # ref is dropped too: drop this unit first
                needs.setdefault(unit_ref, set()).add(ref)
            if unit_ref in found:
                continue
            found[unit_ref] = (unit, why if parent is None else f"it depends on {found[ref][0].label}")
            todo.append((unit_ref, 0, why, unit_ref))
    sorter = graphlib.TopologicalSorter({u: needs.get(u, set()) & found.keys() for u in found})
    try:
        order = list(sorter.static_order())  # what a unit needs comes first: drop in reverse
    except graphlib.CycleError:
        order = list(found)  # normal dependencies do not cycle; if they ever do, the rehearsal reorders
    return [found[u] for u in reversed(order)]


def _unit_of(conn: psycopg.Connection, oid: int) -> Unit:
    row = conn.execute("""SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname, p.proname,
                                 pg_get_function_identity_arguments(p.oid)
                            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = %s""",
                       [oid]).fetchone()
    assert row is not None
    return Unit(row[0], row[1], row[2], "", row[3])


def drop_statement(unit: Unit) -> str:
    if unit.names is not None:
        return objects.drop(unit.kind, unit.names, unit.address_args or ())
    table = render.qname(unit.schema, unit.parent) if unit.parent else None
    name = render.qname(unit.schema, unit.name)
    statements = {
        "view": lambda: sql.SQL("DROP VIEW {}").format(name),
        "materialized view": lambda: sql.SQL("DROP MATERIALIZED VIEW {}").format(name),
        "index": lambda: sql.SQL("DROP INDEX {}").format(name),
        "function": lambda: sql.SQL("DROP FUNCTION {}({})").format(name, sql.SQL(unit.args)),
        "procedure": lambda: sql.SQL("DROP PROCEDURE {}({})").format(name, sql.SQL(unit.args)),
        "constraint": lambda: sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(table, sql.Identifier(unit.name)),
        "policy": lambda: sql.SQL("DROP POLICY {} ON {}").format(sql.Identifier(unit.name), table),
        "trigger": lambda: sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(unit.name), table),
        "default": lambda: sql.SQL("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT").format(table,
                                                                                      sql.Identifier(unit.name)),
    }
    return render.text(statements[unit.kind]())


_NEVER_REBUILT = frozenset({"schema", "extension"})  # fingerprint kinds (extension moves: compare/extensions.py)


def drops(conn: psycopg.Connection, changes: list[Change], current: Inspected, target: Inspected) -> list[Change]:
    """DROP changes for the rebuild set of this plan, read from `conn` (a database in the state
    `current` describes), dependents first. Empty when nothing needs rebuilding."""
    if all(kind in _NEVER_REBUILT for kind, _ in current.fingerprint.objects):
        return []  # live holds nothing a statement could rebuild (e.g. empty): no statement to read
    if all(kind in _NEVER_REBUILT for kind, _ in target.fingerprint.objects):
        return []  # nothing is re-created (e.g. a rollback to empty): every drop is the diff's own
    r = roots(changes, current, target)
    if not r:
        return []
    out = []
    for unit, why in dependents(conn, r):
        kind = "column" if unit.kind == "default" else unit.kind
        out.append(Change(kind, Action.DROP if kind != "column" else Action.ALTER, unit.identity, drop_statement(unit),
                          why=f"dropped to be re-created: {why}",
                          table=f"{unit.schema}.{unit.parent}" if unit.parent else None, parts=unit.parts,
                          args=unit.args if unit.kind in ("function", "procedure") else ""))
    dropped = {(c.kind, c.identity) for c in out}
    return out + [replace(c, why=f"dropped to be re-created: {c.kind} {c.label} changes shape")
                  for c in recreated_relations(changes, current) if (c.kind, c.identity) not in dropped]
