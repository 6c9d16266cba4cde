# pglast types every AST field as Optional; the grammar guarantees the ones read here.
# mypy: disable-error-code="arg-type,union-attr,index,misc,return-value"
"""Classify an SQL statement into a Change (kind, action, object, hazards) with pglast.

The wrapped engine emits SQL text; we never inspect that text with regular expressions but parse
it with PostgreSQL's own parser and read the parse tree.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import AlterTableType as AT
from pglast.enums import ConstrType, ObjectType
from pglast.stream import RawStream

from .changes import Action, Change, Hazard

_KIND_NAMES = {
    ObjectType.OBJECT_MATVIEW: "materialized view",
    ObjectType.OBJECT_TABCONSTRAINT: "constraint",
    ObjectType.OBJECT_DOMCONSTRAINT: "domain constraint",
    ObjectType.OBJECT_FOREIGN_TABLE: "foreign table",
}
_RELATIONS = {ObjectType.OBJECT_TABLE, ObjectType.OBJECT_VIEW, ObjectType.OBJECT_MATVIEW,
              ObjectType.OBJECT_FOREIGN_TABLE}
_DATA_BEARING = {ObjectType.OBJECT_TABLE, ObjectType.OBJECT_SCHEMA, ObjectType.OBJECT_SEQUENCE,
                 ObjectType.OBJECT_FOREIGN_TABLE}


def _kind(objtype: Any) -> str:
    ot = ObjectType(objtype)
    return _KIND_NAMES.get(ot, ot.name.removeprefix("OBJECT_").lower().replace("_", " "))


def _render(node: Any) -> str:
    return str(RawStream()(node))


def relation(rv: Any) -> tuple[str, str]:
    """(schema, name) of a parsed relation name; unqualified means public, as in our plans."""
    return (str(rv.schemaname or "public"), str(rv.relname))


def _rangevar(rv: ast.RangeVar) -> str:
    return ".".join(p for p in (rv.schemaname, rv.relname) if p)


def _names(items: Any) -> str:
    return ".".join(i.sval for i in items if isinstance(i, ast.String))


def _object_name(obj: Any) -> str:
    if isinstance(obj, (tuple, list)):
        return _names(obj)
    if isinstance(obj, ast.String):
        return obj.sval
    return _render(obj)


def _owned_by(st: Any) -> str | None:
    """The table of OWNED BY table.column, which must exist before the sequence statement."""
    for option in st.options or ():
        if option.defname == "owned_by":
            names = [n.sval for n in option.arg if isinstance(n, ast.String)]
            return ".".join(names[:-1]) if len(names) > 1 and names[-1] != "none" else None
    return None


def _alter_table(st: ast.AlterTableStmt, sql: str) -> Change:
    table = _rangevar(st.relation)
    table_kind = _kind(st.objtype)
    cmd = st.cmds[0]
    sub = AT(cmd.subtype)
    hazards: list[Hazard] = []
    kind, action, identity = table_kind, Action.ALTER, table
    if sub == AT.AT_AddColumn:
        kind, action, identity = "column", Action.CREATE, f"{table}.{cmd.def_.colname}"
    elif sub == AT.AT_DropColumn:
        kind, action, identity = "column", Action.DROP, f"{table}.{cmd.name}"
        hazards.append(Hazard.DATA_LOSS)
    elif sub == AT.AT_AlterColumnType:
        kind, identity = "column", f"{table}.{cmd.name}"
        hazards.append(Hazard.TABLE_REWRITE)
    elif sub == AT.AT_SetNotNull:
        kind, identity = "column", f"{table}.{cmd.name}"
        hazards.append(Hazard.FULL_SCAN)
    elif sub in (AT.AT_ColumnDefault, AT.AT_DropNotNull, AT.AT_AddIdentity, AT.AT_DropIdentity,
                 AT.AT_SetIdentity, AT.AT_SetStorage, AT.AT_SetCompression, AT.AT_SetExpression,
                 AT.AT_DropExpression, AT.AT_SetStatistics):
        kind, identity = "column", f"{table}.{cmd.name}"
    elif sub == AT.AT_AddConstraint:
        con = cmd.def_
        kind, action, identity = "constraint", Action.CREATE, f"{table}.{con.conname}"
        if not con.skip_validation and ConstrType(con.contype) in (ConstrType.CONSTR_CHECK, ConstrType.CONSTR_FOREIGN):
            hazards.append(Hazard.FULL_SCAN)
    elif sub == AT.AT_ValidateConstraint:
        kind, identity = "constraint", f"{table}.{cmd.name}"
        hazards.append(Hazard.FULL_SCAN)
    elif sub == AT.AT_DropConstraint:
        kind, action, identity = "constraint", Action.DROP, f"{table}.{cmd.name}"
    elif sub in (AT.AT_DisableRowSecurity, AT.AT_NoForceRowSecurity):
        hazards.append(Hazard.SECURITY)
    elif sub == AT.AT_ChangeOwner:
        kind = "owner"
    elif sub.name.startswith(("AT_EnableTrig", "AT_DisableTrig", "AT_EnableAlwaysTrig", "AT_EnableReplicaTrig")):
        kind, identity = "trigger", f"{table}.{cmd.name}" if cmd.name else table
    return Change(kind, action, identity, sql, tuple(hazards), table=table)


def _drop(st: ast.DropStmt, sql: str) -> Change:
    kind = _kind(st.removeType)
    identity = ", ".join(_object_name(o) for o in st.objects)
    hazards = (Hazard.DATA_LOSS,) if ObjectType(st.removeType) in _DATA_BEARING else ()
    if ObjectType(st.removeType) == ObjectType.OBJECT_POLICY:
        hazards = (Hazard.SECURITY,)
    return Change(kind, Action.DROP, identity, sql, hazards)


def _grant(st: ast.GrantStmt, sql: str) -> Change:
    target = ", ".join(_object_name(o) for o in (st.objects or ()))
    hazards = (Hazard.SECURITY,) if st.is_grant and any(
        getattr(g, "roletype", None) == 3 for g in st.grantees) else ()  # ROLESPEC_PUBLIC
    table = target if ObjectType(st.objtype) == ObjectType.OBJECT_TABLE and len(st.objects or ()) == 1 else None
    return Change("privilege", Action.ALTER, f"{_kind(st.objtype)} {target}".strip(), sql, hazards, table=table)


@lru_cache(maxsize=65536)
def tree(sql: str) -> Any:
    """The parse tree of one statement, cached: a plan's statements are read by several steps, and
    building pglast's Python tree costs more than the parse. Shared: never mutate it."""
    return parse_sql(sql)[0].stmt


def classify(sql: str) -> Change:
    """One statement -> Change. Unknown statement types are kept, as kind 'statement'."""
    st = tree(sql)
    match st:
        case ast.AlterTableStmt():
            return _alter_table(st, sql)
        case ast.DropStmt():
            return _drop(st, sql)
        case ast.GrantStmt():
            return _grant(st, sql)
        case ast.CreateStmt():
            return Change("table", Action.CREATE, _rangevar(st.relation), sql)
        case ast.IndexStmt():
            hazards = (Hazard.NON_TRANSACTIONAL,) if st.concurrent else (Hazard.LONG_LOCK,)
            name = ".".join(p for p in (st.relation.schemaname, st.idxname) if p)
            return Change("index", Action.CREATE, name, sql, hazards, table=_rangevar(st.relation))
        case ast.CreateFunctionStmt():
            kind = "procedure" if st.is_procedure else "function"
            return Change(kind, Action.CREATE, _names(st.funcname), sql)
        case ast.ViewStmt():
            return Change("view", Action.CREATE, _rangevar(st.view), sql)
        case ast.CreateTableAsStmt():
            return Change("materialized view", Action.CREATE, _rangevar(st.into.rel), sql)
        case ast.CreateTrigStmt():
            return Change("trigger", Action.CREATE, f"{_rangevar(st.relation)}.{st.trigname}", sql,
                          table=_rangevar(st.relation))
        case ast.CreatePolicyStmt():
            return Change("policy", Action.CREATE, f"{_rangevar(st.table)}.{st.policy_name}", sql,
                          table=_rangevar(st.table))
        case ast.AlterPolicyStmt():
            return Change("policy", Action.ALTER, f"{_rangevar(st.table)}.{st.policy_name}", sql, (Hazard.SECURITY,))
        case ast.CreateSchemaStmt():
            return Change("schema", Action.CREATE, st.schemaname, sql)
        case ast.CreateExtensionStmt():
            return Change("extension", Action.CREATE, st.extname, sql)
        case ast.AlterExtensionStmt():
            return Change("extension", Action.ALTER, st.extname, sql)
        case ast.CreateEnumStmt():
            return Change("type", Action.CREATE, _names(st.typeName), sql)
        case ast.AlterEnumStmt():
            return Change("type", Action.ALTER, _names(st.typeName), sql)
        case ast.CreateDomainStmt():
            return Change("domain", Action.CREATE, _names(st.domainname), sql)
        case ast.AlterDomainStmt():
            return Change("domain", Action.ALTER, _names(st.typeName), sql)
        case ast.CompositeTypeStmt():
            return Change("type", Action.CREATE, _rangevar(st.typevar), sql)
        case ast.CreateRangeStmt():
            return Change("type", Action.CREATE, _names(st.typeName), sql)
        case ast.CreateSeqStmt():
            return Change("sequence", Action.CREATE, _rangevar(st.sequence), sql, table=_owned_by(st))
        case ast.AlterSeqStmt():
            return Change("sequence", Action.ALTER, _rangevar(st.sequence), sql, table=_owned_by(st))
        case ast.CommentStmt():
            name = _object_name(st.object)
            table = name if ObjectType(st.objtype) in _RELATIONS else \
                name.rsplit(".", 1)[0] if ObjectType(st.objtype) == ObjectType.OBJECT_COLUMN else None
            return Change("comment", Action.ALTER, f"{_kind(st.objtype)} {name}", sql, table=table)
        case ast.AlterOwnerStmt():
            return Change("owner", Action.ALTER, f"{_kind(st.objectType)} {_object_name(st.object)}", sql)
        case ast.AlterFunctionStmt():
            return Change(_kind(st.objtype), Action.ALTER, _render(st.func), sql)
        case ast.RenameStmt():
            return Change(_kind(st.renameType), Action.ALTER, st.newname or "", sql)
        case ast.AlterDefaultPrivilegesStmt():
            return Change("default privileges", Action.ALTER, "", sql)
        case ast.RefreshMatViewStmt():
            return Change("materialized view", Action.ALTER, _rangevar(st.relation), sql)
        case ast.VariableSetStmt():
            return Change("setting", Action.SETTING, st.name or "", sql)
    return Change("statement", Action.ALTER, type(st).__name__, sql)
