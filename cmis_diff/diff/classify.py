# pglast types every AST field as Optional; the grammar guarantees the ones read here.
# mypy: disable-error-code="arg-type,union-attr,index,misc,return-value"
"""Classify an SQL statement into a Change (kind, action, object, hazards) with pglast.

The wrapped engine emits SQL text; we never inspect that text with regular expressions but parse
it with PostgreSQL's own parser and read the parse tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import AlterTableType as AT
from pglast.enums import ObjectType
from pglast.stream import RawStream

from ..parsing import unchecked
from .changes import Action, Change

_KIND_NAMES = {
    ObjectType.OBJECT_MATVIEW: "materialized view",
    ObjectType.OBJECT_TABCONSTRAINT: "constraint",
    ObjectType.OBJECT_DOMCONSTRAINT: "domain constraint",
    ObjectType.OBJECT_FOREIGN_TABLE: "foreign table",
}
_RELATIONS = {ObjectType.OBJECT_TABLE, ObjectType.OBJECT_VIEW, ObjectType.OBJECT_MATVIEW,
              ObjectType.OBJECT_FOREIGN_TABLE}


def _kind(objtype: Any) -> str:
    ot = ObjectType(objtype)
    return _KIND_NAMES.get(ot, ot.name.removeprefix("OBJECT_").lower().replace("_", " "))


def _render(node: Any) -> str:
    return str(RawStream()(node))


def relation(rv: Any) -> tuple[str, str]:
    """(schema, name) of a parsed relation name; unqualified means public, as in our plans."""
    return (str(rv.schemaname or "public"), str(rv.relname))


def _rv_parts(rv: ast.RangeVar) -> tuple[str, ...]:
    return tuple(str(p) for p in (rv.schemaname, rv.relname) if p)


def _rangevar(rv: ast.RangeVar) -> str:
    return ".".join(_rv_parts(rv))


def _name_parts(items: Any) -> tuple[str, ...]:
    return tuple(str(i.sval) for i in items if isinstance(i, ast.String))


def _names(items: Any) -> str:
    return ".".join(_name_parts(items))


def _object_name(obj: Any) -> str:
    if isinstance(obj, (tuple, list)):
        return _names(obj)
    if isinstance(obj, ast.String):
        return obj.sval
    return _render(obj)


def _object_parts(obj: Any) -> tuple[tuple[str, ...], str]:
    """(name parts, identity arguments) of a parsed object name; ((), '') when it has no plain name."""
    if isinstance(obj, (tuple, list)):
        return _name_parts(obj), ""
    if isinstance(obj, ast.String):
        return (str(obj.sval),), ""
    if isinstance(obj, ast.ObjectWithArgs):
        return _name_parts(obj.objname), ", ".join(_render(a) for a in obj.objargs or ())
    if isinstance(obj, ast.TypeName):  # a type or domain (COMMENT ON DOMAIN ...)
        return _name_parts(obj.names), ""
    if isinstance(obj, ast.RangeVar):  # a table or sequence of a GRANT
        return _rv_parts(obj), ""
    return (), ""


def _single(objects: Any) -> tuple[tuple[str, ...], str]:
    return _object_parts(objects[0]) if objects and len(objects) == 1 else ((), "")


def _owned_by(st: Any) -> str | None:
    """The table of OWNED BY table.column, which must exist before the sequence statement."""
    for option in st.options or ():
        if option.defname == "owned_by":
            names = [n.sval for n in option.arg if isinstance(n, ast.String)]
            return ".".join(names[:-1]) if len(names) > 1 and names[-1] != "none" else None
    return None


def _alter_table(st: ast.AlterTableStmt, sql: str) -> Change:
    table_parts = _rv_parts(st.relation)
    table = ".".join(table_parts)
    cmd = st.cmds[0]
    sub = AT(cmd.subtype)
    kind, action, member = _kind(st.objtype), Action.ALTER, None
    if sub == AT.AT_AddColumn:
        kind, action, member = "column", Action.CREATE, cmd.def_.colname
    elif sub == AT.AT_DropColumn:
        kind, action, member = "column", Action.DROP, cmd.name
    elif sub in (AT.AT_AlterColumnType, AT.AT_SetNotNull, AT.AT_ColumnDefault, AT.AT_DropNotNull, AT.AT_AddIdentity,
                 AT.AT_DropIdentity, AT.AT_SetIdentity, AT.AT_SetStorage, AT.AT_SetCompression, AT.AT_SetExpression,
                 AT.AT_DropExpression, AT.AT_SetStatistics):
        kind, member = "column", cmd.name
    elif sub == AT.AT_AddConstraint:
        kind, action, member = "constraint", Action.CREATE, cmd.def_.conname
    elif sub == AT.AT_ValidateConstraint:
        kind, member = "constraint", cmd.name
    elif sub == AT.AT_DropConstraint:
        kind, action, member = "constraint", Action.DROP, cmd.name
    elif sub == AT.AT_ChangeOwner:
        kind = "owner"
    elif sub.name.startswith(("AT_EnableTrig", "AT_DisableTrig", "AT_EnableAlwaysTrig", "AT_EnableReplicaTrig")):
        kind, member = "trigger", cmd.name or None
    parts = (*table_parts, str(member)) if member is not None else table_parts
    return Change(kind, action, ".".join(parts), sql, table=table, parts=parts)


def _drop(st: ast.DropStmt, sql: str) -> Change:
    kind = _kind(st.removeType)
    identity = ", ".join(_object_name(o) for o in st.objects)
    parts, args = _single(st.objects)
    return Change(kind, Action.DROP, identity, sql, parts=parts, args=args)


def _grant(st: ast.GrantStmt, sql: str) -> Change:
    target = ", ".join(_object_name(o) for o in (st.objects or ()))
    table = target if ObjectType(st.objtype) == ObjectType.OBJECT_TABLE and len(st.objects or ()) == 1 else None
    parts, args = _single(st.objects)
    return Change("privilege", Action.ALTER, f"{_kind(st.objtype)} {target}".strip(), sql, table=table,
                  parts=parts, args=args, of=_kind(st.objtype) if parts else "")


@lru_cache(maxsize=1 << 18)
def tree(sql: str) -> Any:
    """The parse tree of one statement, cached: a plan's statements are read by several steps, and
    building pglast's Python tree costs more than the parse. Shared: never mutate it. Room for
    every statement of a 10x CMIS plan (~70,000 parses): steps read them in turn, so a smaller
    LRU cache would miss on every one."""
    return parse_sql(sql)[0].stmt


def parse_ahead(statements: Iterable[str]) -> None:
    """Put the trees of a batch of statements in tree()'s cache, parsed in one unchecked window
    (parsing.py: about 3x faster than one by one)."""
    with unchecked():
        for sql in statements:
            tree(sql)


def _named(kind: str, action: Action, parts: tuple[str, ...], sql: str, table: str | None = None) -> Change:
    return Change(kind, action, ".".join(parts), sql, table=table, parts=parts)


def _about(kind: str, of: str, obj: Any, sql: str, table: str | None = None) -> Change:
    """A comment or owner change: identity "<of> <name>", label from the name parts."""
    parts, args = _object_parts(obj)
    return Change(kind, Action.ALTER, f"{of} {_object_name(obj)}", sql, table=table, parts=parts, args=args,
                  of=of if parts else "")


def classify(sql: str, parsed: Any = None) -> Change:
    """One statement -> Change (`parsed`: its parse tree, when the caller has it). Unknown
    statement types are kept, as kind 'statement'."""
    st = parsed if parsed is not None else tree(sql)
    match st:
        case ast.AlterTableStmt():
            return _alter_table(st, sql)
        case ast.DropStmt():
            return _drop(st, sql)
        case ast.GrantStmt():
            return _grant(st, sql)
        case ast.CreateStmt():
            return _named("table", Action.CREATE, _rv_parts(st.relation), sql)
        case ast.IndexStmt():
            parts = tuple(str(p) for p in (st.relation.schemaname, st.idxname) if p)
            return _named("index", Action.CREATE, parts, sql, table=_rangevar(st.relation))
        case ast.CreateFunctionStmt():
            return _named("procedure" if st.is_procedure else "function", Action.CREATE, _name_parts(st.funcname), sql)
        case ast.ViewStmt():
            return _named("view", Action.CREATE, _rv_parts(st.view), sql)
        case ast.CreateTableAsStmt():
            return _named("materialized view", Action.CREATE, _rv_parts(st.into.rel), sql)
        case ast.CreateTrigStmt():
            return _named("trigger", Action.CREATE, (*_rv_parts(st.relation), str(st.trigname)), sql,
                          table=_rangevar(st.relation))
        case ast.CreatePolicyStmt():
            return _named("policy", Action.CREATE, (*_rv_parts(st.table), str(st.policy_name)), sql,
                          table=_rangevar(st.table))
        case ast.AlterPolicyStmt():
            return _named("policy", Action.ALTER, (*_rv_parts(st.table), str(st.policy_name)), sql,
                          table=_rangevar(st.table))
        case ast.CreateSchemaStmt():
            return _named("schema", Action.CREATE, (str(st.schemaname),), sql)
        case ast.CreateExtensionStmt():
            return _named("extension", Action.CREATE, (str(st.extname),), sql)
        case ast.AlterExtensionStmt():
            return _named("extension", Action.ALTER, (str(st.extname),), sql)
        case ast.CreateEnumStmt():
            return _named("type", Action.CREATE, _name_parts(st.typeName), sql)
        case ast.AlterEnumStmt():
            return _named("type", Action.ALTER, _name_parts(st.typeName), sql)
        case ast.CreateDomainStmt():
            return _named("domain", Action.CREATE, _name_parts(st.domainname), sql)
        case ast.AlterDomainStmt():
            return _named("domain", Action.ALTER, _name_parts(st.typeName), sql)
        case ast.CompositeTypeStmt():
            return _named("type", Action.CREATE, _rv_parts(st.typevar), sql)
        case ast.CreateRangeStmt():
            return _named("type", Action.CREATE, _name_parts(st.typeName), sql)
        case ast.CreateSeqStmt():
            return _named("sequence", Action.CREATE, _rv_parts(st.sequence), sql, table=_owned_by(st))
        case ast.AlterSeqStmt():
            return _named("sequence", Action.ALTER, _rv_parts(st.sequence), sql, table=_owned_by(st))
        case ast.CommentStmt():
            name = _object_name(st.object)
            table = name if ObjectType(st.objtype) in _RELATIONS else \
                name.rsplit(".", 1)[0] if ObjectType(st.objtype) == ObjectType.OBJECT_COLUMN else None
            return _about("comment", _kind(st.objtype), st.object, sql, table)
        case ast.AlterOwnerStmt():
            return _about("owner", _kind(st.objectType), st.object, sql)
        case ast.AlterFunctionStmt():
            parts, args = _object_parts(st.func)
            return Change(_kind(st.objtype), Action.ALTER, _render(st.func), sql, parts=parts, args=args)
        case ast.RenameStmt():
            return Change(_kind(st.renameType), Action.ALTER, st.newname or "", sql)
        case ast.AlterDefaultPrivilegesStmt():
            return Change("default privileges", Action.ALTER, "", sql)
        case ast.RefreshMatViewStmt():
            return _named("materialized view", Action.ALTER, _rv_parts(st.relation), sql)
        case ast.VariableSetStmt():
            return Change("setting", Action.SETTING, st.name or "", sql)
    return Change("statement", Action.ALTER, type(st).__name__, sql)
