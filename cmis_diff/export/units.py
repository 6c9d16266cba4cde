# pglast types every AST field as Optional; the grammar guarantees the ones read here.
# mypy: disable-error-code="arg-type,union-attr,index,misc"
"""Statements grouped by the object they define: the unit export writes, keeps and rewrites.

A statement's key names its object, read with pglast from the statement itself (never from the
comment above it), so that the statements of an existing desired file and those the differ
renders for live meet on the same key: ("table", "cmis.orgs"), ("constraint",
"cmis.orgs.orgs_pkey"), ("comment", "column cmis.orgs.slug"), ("function", "cmis.f(uuid,text)").
A column change belongs to its table, an index that backs a key to the key's constraint, and a
VALIDATE to the constraint it validates. Statements that create nothing (the engine's `select 1`
stand-ins, session settings) have no key and are not written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from pglast import ast
from pglast.enums import AlterTableType as AT
from pglast.enums import ConstrType, GrantTargetType, ObjectType
from pglast.parser import ParseError, scan

from ..diff.changes import Action, Change
from ..diff.classify import classify, tree
from ..render import names

Key = tuple[str, str]

# a unit's members are written under these kinds (a column change is its table's)
_FUNCTION_LIKE = {"function", "procedure", "aggregate"}
_KEY_CONSTRAINTS = {ConstrType.CONSTR_PRIMARY, ConstrType.CONSTR_UNIQUE, ConstrType.CONSTR_EXCLUSION}


@dataclass(frozen=True)
class Statement:
    """One statement with what export needs to know about it."""

    sql: str  # without the trailing semicolon
    key: Key | None  # None: not known to create or alter one object (kept as written, never moved)
    kind: str  # the kind shown in the comment line (table, index, comment, ...)
    label: str  # the object as the comment line shows it (names.py quoting)
    table: tuple[str, ...] = ()  # (schema, table) the object hangs on, when it has one
    of: str = ""  # for comments, privileges and owners: the kind of object they are about
    parts: tuple[str, ...] = ()  # the object's exact name parts
    constraint: str = ""  # for a constraint: check, not null, key (primary/unique/exclusion), foreign, rename
    using_index: str = ""  # ADD CONSTRAINT ... USING INDEX <name>: that index belongs to this constraint
    creates: bool = False  # the statement creates its object (CREATE TABLE, CREATE INDEX, ...)

    @property
    def comment_line(self) -> str:
        return f"-- {self.kind} {self.label}".rstrip()


@dataclass
class Unit:
    """The statements that define one object, in the order they run."""

    key: Key
    statements: list[Statement] = field(default_factory=list)

    @property
    def first(self) -> Statement:
        return self.statements[0]

    @property
    def text(self) -> str:
        """The unit as written in a file: each statement under its comment line, a blank line between."""
        return "\n".join(f"{s.comment_line}\n{s.sql};\n" for s in self.statements)


def _type_key(node: Any) -> str:
    """A type name as a key: pg_catalog left out and typmods ignored, so that `integer`, `int4` and
    `pg_catalog.int4` (or `timestamptz` and `timestamp with time zone`) meet."""
    parts = [str(n.sval) for n in node.names if isinstance(n, ast.String)]
    if len(parts) > 1 and parts[0] == "pg_catalog":
        parts = parts[1:]
    return names.qualified(*parts) + "[]" * len(node.arrayBounds or ())


def _signature(params: Iterable[Any]) -> str:
    """Input argument types of a CREATE FUNCTION's parameters (OUT and TABLE columns are not)."""
    modes = {"i", "b", "v", "d"}  # IN, INOUT, VARIADIC, unspecified (IN)
    return ",".join(_type_key(p.argType) for p in params if str(getattr(p.mode, "value", p.mode)) in modes)


def _object_signature(obj: Any) -> str | None:
    """Input argument types of an object named with arguments (COMMENT/GRANT ON FUNCTION f(...))."""
    if isinstance(obj, ast.ObjectWithArgs) and not obj.args_unspecified:
        return ",".join(_type_key(a) for a in obj.objargs or ())
    return None


def _kind_name(objtype: Any) -> str:
    return ObjectType(objtype).name.removeprefix("OBJECT_").lower().replace("_", " ").replace("matview",
                                                                                             "materialized view")


def _constraint_cmd(st: Any) -> Any:
    if isinstance(st, ast.AlterTableStmt) and len(st.cmds) == 1:
        cmd = st.cmds[0]
        if AT(cmd.subtype) == AT.AT_AddConstraint:
            return cmd.def_
    return None


def _constraint_class(con: Any) -> str:
    contype = ConstrType(con.contype)
    if contype == ConstrType.CONSTR_CHECK:
        return "check"
    if contype == ConstrType.CONSTR_NOTNULL:
        return "not null"
    if contype == ConstrType.CONSTR_FOREIGN:
        return "foreign"
    return "key" if contype in _KEY_CONSTRAINTS else "other"


def _signature_of(st: Any) -> str | None:
    if isinstance(st, ast.CreateFunctionStmt):
        return _signature(st.parameters or ())
    if isinstance(st, ast.CommentStmt | ast.AlterOwnerStmt):
        return _object_signature(st.object)
    if isinstance(st, ast.GrantStmt) and st.objects and len(st.objects) == 1:
        return _object_signature(st.objects[0])
    if isinstance(st, ast.AlterFunctionStmt):
        return _object_signature(st.func)
    return None


def _unkeyed(st: Any) -> bool:
    """Statements that name no single object: several objects at once, ALL ... IN SCHEMA, an
    unnamed index or constraint (PostgreSQL picks the name)."""
    if isinstance(st, ast.GrantStmt):
        return GrantTargetType(st.targtype) != GrantTargetType.ACL_TARGET_OBJECT or len(st.objects or ()) != 1
    if isinstance(st, ast.IndexStmt):
        return not st.idxname
    con = _constraint_cmd(st)
    return con is not None and not con.conname


def _relation(rv: Any) -> tuple[str, str]:
    return (str(rv.schemaname or "public"), str(rv.relname))


def _table_of(st: Any, kind: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """(schema, table) the statement's object hangs on, from the parse tree."""
    if isinstance(st, ast.IndexStmt | ast.CreateTrigStmt | ast.AlterTableStmt | ast.CreateStmt):
        return _relation(st.relation)
    if isinstance(st, ast.CreatePolicyStmt | ast.AlterPolicyStmt):
        return _relation(st.table)
    if kind in ("column", "constraint", "trigger", "policy", "rule") and len(parts) == 3:
        return parts[:2]
    if isinstance(st, ast.CreateSeqStmt | ast.AlterSeqStmt):  # OWNED BY table.column
        for option in st.options or ():
            owner = [str(n.sval) for n in option.arg or () if isinstance(n, ast.String)] \
                if option.defname == "owned_by" else []
            if len(owner) == 3:
                return (owner[0], owner[1])
    return ()


def describe(sql: str, change: Change | None = None) -> Statement | None:
    """What one statement defines; None for statements that define nothing (not written). The
    differ's own Change names what the parser alone cannot (casts, operators, servers, ...)."""
    try:
        classified = classify(sql)
        st = tree(sql)
    except ParseError:
        return None
    if classified.action is Action.SETTING or isinstance(st, ast.SelectStmt):
        return None
    if _unkeyed(st):
        return Statement(sql, None, classified.kind, names.text(classified.identity))
    if classified.kind == "statement" or isinstance(st, ast.AlterDefaultPrivilegesStmt):
        if change is not None and change.kind not in ("statement", "default privileges") and change.identity:
            return Statement(sql, (change.kind, change.identity), change.kind, names.text(change.identity))
        kind = "default privileges" if isinstance(st, ast.AlterDefaultPrivilegesStmt) else "statement"
        return Statement(sql, (kind, " ".join(sql.split())), kind, "")  # its own text is its identity
    if isinstance(st, ast.CreateForeignTableStmt):  # the differ names it by identity only
        on = _relation(st.base.relation)
        return Statement(sql, ("foreign table", names.qualified(*on)), "foreign table", names.qualified(*on), on, "",
                         on, creates=True)
    kind, parts, of = classified.kind, classified.parts, classified.of
    if isinstance(st, ast.RenameStmt) and ObjectType(st.renameType) == ObjectType.OBJECT_TABCONSTRAINT:
        # PG18 names NOT NULL constraints: the plan renames the one CREATE TABLE named by default
        on = _relation(st.relation)
        return Statement(sql, ("constraint", names.qualified(*on, str(st.newname))), "constraint",
                         names.qualified(*on, str(st.newname)), on, "", (*on, str(st.newname)), "rename")
    if isinstance(st, ast.GrantStmt) and isinstance(st.objects[0], ast.RangeVar):  # ON TABLE / SEQUENCE t
        parts, of = _relation(st.objects[0]), _kind_name(st.objtype)
    if kind == "column":  # columns are written with their table
        kind, parts = "table", parts[:-1]
    elif kind == "owner" and not of and isinstance(st, ast.AlterTableStmt):
        of = _kind_name(st.objtype)
    if not parts:  # kinds the differ names by identity only
        return Statement(sql, (kind, classified.identity) if classified.identity else None, kind,
                         names.text(classified.identity))
    table = _table_of(st, of or kind, parts)
    signature = _signature_of(st)
    name = names.qualified(*parts)
    if signature is not None and (kind in _FUNCTION_LIKE or of in _FUNCTION_LIKE):
        name = f"{name}({signature})"  # overloads are distinct objects
    if of:
        name = f"{of} {name}"
    con = _constraint_cmd(st)
    return Statement(sql, (kind, name), kind, name, table, of, parts,
                     _constraint_class(con) if con is not None else "",
                     str(con.indexname) if con is not None and con.indexname else "",
                     classified.action is Action.CREATE and kind == classified.kind)


def _without_not_valid(sql: str) -> str:
    """ADD CONSTRAINT ... NOT VALID as plain ADD CONSTRAINT (read with the scanner: the last two
    tokens), for a constraint the same unit validates right after: the same catalog, one statement."""
    try:
        tokens = scan(sql)
    except ParseError:
        return sql
    if len(tokens) > 2 and tokens[-2].name == "NOT" and tokens[-1].name == "VALID":
        return sql[:tokens[-2].start].rstrip()
    return sql


def _is_validate(st: Statement) -> bool:
    node = tree(st.sql)
    return isinstance(node, ast.AlterTableStmt) and len(node.cmds) == 1 and \
        AT(node.cmds[0].subtype) == AT.AT_ValidateConstraint


def _tidy(unit: Unit) -> Unit:
    """A constraint added NOT VALID and validated in the same unit is written as one ADD CONSTRAINT."""
    adds = [s for s in unit.statements if s.constraint and _without_not_valid(s.sql) != s.sql]
    validates = [s for s in unit.statements if unit.key[0] == "constraint" and _is_validate(s)]
    if not adds or not validates:
        return unit
    return Unit(unit.key, [replace(s, sql=_without_not_valid(s.sql)) if s in adds else s
                           for s in unit.statements if s not in validates])


def backing_indexes(statements: Iterable[Statement]) -> dict[Key, Statement]:
    """Index key -> the constraint statement that takes the index over (USING INDEX)."""
    return {("index", names.qualified(s.parts[0], s.using_index)): s
            for s in statements if s.using_index and len(s.parts) == 3}


def rekey(statements: list[Statement]) -> list[Statement]:
    """Indexes that back a key are written with (and keyed as) the key's constraint."""
    owners = backing_indexes(statements)
    out = []
    for s in statements:
        owner = owners.get(s.key) if s.key else None
        if owner is not None:
            s = replace(s, key=owner.key, table=owner.table, constraint=owner.constraint)
        out.append(s)
    return out


def group(statements: list[Statement]) -> dict[Key, Unit]:
    """Units by key, statements in their original order (keyless statements are left out)."""
    units: dict[Key, Unit] = {}
    for s in rekey(statements):
        if s.key is not None:
            units.setdefault(s.key, Unit(s.key)).statements.append(s)
    return {k: _tidy(u) for k, u in units.items()}


def units_of(changes: Iterable[Change]) -> dict[Key, Unit]:
    """The units of changes in run order (a plan from an empty database, or residual changes)."""
    described = [d for d in (describe(c.sql.strip().rstrip(";").rstrip(), c) for c in changes) if d is not None]
    return group(described)
