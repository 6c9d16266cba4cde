# pglast types every AST field as Optional; the grammar guarantees the ones read here.
# mypy: disable-error-code="arg-type,union-attr,index,misc,attr-defined"
"""Online forms: the same end state, without holding a lock that blocks a live table's readers or
writers while every row is read (default on; plan --no-online keeps the plain statements).

On a plain table that live has and the plan keeps:

* CREATE INDEX / DROP INDEX become CONCURRENTLY (apply's phase 2, after the commit, resumable);
* ADD CONSTRAINT ... CHECK / FOREIGN KEY is added NOT VALID in the transaction and validated after
  it commits (VALIDATE CONSTRAINT takes a lock that lets reads and writes go on);
* SET NOT NULL becomes ADD CHECK (col IS NOT NULL) NOT VALID in the transaction, then after the
  commit VALIDATE, SET NOT NULL (proven by the valid check: no scan) and DROP of the check.

Statements marked after-commit and CONCURRENTLY ones go last, in plan order (apply runs them in
that order after the commit). Where no online form exists (a type change that rewrites a big
table, a volatile default) recipe() prints the expand/contract steps a person can take instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import AlterTableType as AT
from pglast.enums import ConstrType, ObjectType
from pglast.stream import RawStream
from psycopg import sql

from ..catalog.inspect import Inspected
from ..diff.changes import Action, Change
from ..diff.classify import relation, tree
from ..order.graph import key_of
from . import names
from .sql import text

Table = tuple[str, str]


def _render(st: Any) -> str:
    return names.printable_sql(str(RawStream()(st)))


def _mine(change: Change) -> Any:
    return parse_sql(change.sql)[0].stmt  # a tree of our own: changed below


def _not_null_check(column: str) -> str:
    return f"cmis_diff_not_null_{column}"[:63]


class _Plan:
    """What decides whether a statement may take its online form."""

    def __init__(self, changes: list[Change], current: Inspected) -> None:
        self.plain = {(r.schema, r.name) for r in current.engine_model.relations.values()
                      if r.relationtype == "r" and (r.schema, r.name) not in current.model.partitions}
        touched = [(c, tree(c.sql)) for c in changes]
        self.gone = {tuple(c.identity.split(".", 1)) for c in changes
                     if c.kind in ("table", "materialized view") and c.action in (Action.CREATE, Action.DROP)}
        self.reshaped = {relation(st.relation) for _, st in touched if isinstance(st, ast.AlterTableStmt)
                         and any(cmd.subtype in (AT.AT_DropColumn, AT.AT_AlterColumnType) for cmd in st.cmds or ())}
        self.referenced_by_fk = {relation(cmd.def_.pktable) for _, st in touched if isinstance(st, ast.AlterTableStmt)
                                 for cmd in st.cmds or () if cmd.subtype == AT.AT_AddConstraint
                                 and cmd.def_.contype == ConstrType.CONSTR_FOREIGN}
        self.index_uses = _index_mentions(changes, touched)
        self.created_indexes = {c.identity for c in changes if c.kind == "index" and c.action is Action.CREATE}
        dropped = {key_of(c) for c in changes if c.action is Action.DROP and c.kind != "index"} - {None}
        # an index whose drop the transaction needs (it uses an operator class, function, collation
        # or type the plan drops there) cannot wait until after the commit
        self.needed_gone = {obj for obj, dep in current.model.depends if dep in dropped}

    def kept(self, table: Table) -> bool:
        return table in self.plain and table not in self.gone


def _index_mentions(changes: list[Change], touched: list[tuple[Change, Any]]) -> dict[str, int]:
    """How many statements name each index (schema.index): its own create or drop counts one."""
    from ..order.graph import target_of

    out: dict[str, int] = {}
    for change, st in touched:
        for key in {key_of(change), target_of(change)} - {None}:
            out[key[1]] = out.get(key[1], 0) + 1  # type: ignore[index]
        if isinstance(st, ast.AlterTableStmt):
            schema = relation(st.relation)[0]
            for cmd in st.cmds or ():
                name = cmd.def_.indexname if cmd.subtype == AT.AT_AddConstraint else \
                    cmd.name if cmd.subtype in (AT.AT_ClusterOn, AT.AT_ReplicaIdentity) else None
                if cmd.subtype == AT.AT_ReplicaIdentity and cmd.def_ is not None:
                    name = cmd.def_.name
                if name:
                    out[f"{schema}.{name}"] = out.get(f"{schema}.{name}", 0) + 2  # never only its own
    return out


def _create_index(plan: _Plan, change: Change, st: Any) -> list[Change] | None:
    table = relation(st.relation)
    if st.concurrent or not plan.kept(table) or plan.index_uses.get(change.identity, 0) > 1 or \
            (st.unique and table in plan.referenced_by_fk):
        return None
    mine = _mine(change)
    mine.concurrent = True
    return [replace(change, sql=_render(mine))]


def _drop_index(plan: _Plan, change: Change, st: Any, current: Inspected) -> list[Change] | None:
    if st.concurrent or len(st.objects or ()) != 1 or change.identity in plan.created_indexes or \
            key_of(change) in plan.needed_gone:
        return None
    index = current.engine_model.indexes.get(_quoted(*change.parts)) if len(change.parts) == 2 else None
    if index is None or index.is_pk or index.constraint or index.is_exclusion or not plan.kept(
            (index.schema, index.table_name)) or (index.schema, index.table_name) in plan.reshaped:
        return None
    mine = _mine(change)
    mine.concurrent = True
    return [replace(change, sql=_render(mine))]


def _quoted(*parts: str) -> str:
    return ".".join('"' + p.replace('"', '""') + '"' for p in parts)


def _validate_after(change: Change, table: Table, name: str) -> Change:
    statement = sql.SQL("ALTER TABLE {} VALIDATE CONSTRAINT {}").format(sql.Identifier(*table), sql.Identifier(name))
    return Change("constraint", Action.ALTER, change.identity, text(statement), table=change.table,
                  parts=(*table, name), after_commit=True,
                  why="online form: validated after the commit, without blocking reads or writes")


def _add_constraint(plan: _Plan, change: Change, st: Any) -> list[Change] | None:
    table, con = relation(st.relation), st.cmds[0].def_
    if len(st.cmds) != 1 or not plan.kept(table) or \
            ConstrType(con.contype) not in (ConstrType.CONSTR_CHECK, ConstrType.CONSTR_FOREIGN):
        return None
    if con.skip_validation:
        return None  # desired wants it NOT VALID, or the engine validates it in a statement of its own
    mine = _mine(change)
    mine.cmds[0].def_.skip_validation = True
    mine.cmds[0].def_.initially_valid = False
    added = replace(change, sql=_render(mine), why=change.why or "online form: added NOT VALID, validated after "
                    "the commit")
    return [added, _validate_after(change, table, str(con.conname))]


def _set_not_null(plan: _Plan, change: Change, st: Any) -> list[Change] | None:
    table, column = relation(st.relation), str(st.cmds[0].name)
    if len(st.cmds) != 1 or not plan.kept(table):
        return None
    qtable, check = sql.Identifier(*table), sql.Identifier(_not_null_check(column))
    why = "online form of SET NOT NULL: a CHECK added NOT VALID, validated after the commit, then SET NOT NULL " \
        "(proven by the check, no scan under lock) and the check dropped"

    def step(statement: sql.Composable, after: bool = True) -> Change:
        return replace(change, sql=text(statement), after_commit=after, risks=(),
                       why=why if not after else "online form of SET NOT NULL, after the commit (see above)")

    return [step(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({} IS NOT NULL) NOT VALID").format(
                qtable, check, sql.Identifier(column)), after=False),
            step(sql.SQL("ALTER TABLE {} VALIDATE CONSTRAINT {}").format(qtable, check)),
            step(sql.SQL("ALTER TABLE {} ALTER COLUMN {} SET NOT NULL").format(qtable, sql.Identifier(column))),
            step(sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(qtable, check))]


def _renames_default_not_null(st: Any, moved: set[tuple[str, str, str]]) -> bool:
    """The rename of the NOT NULL constraint PostgreSQL names for a column whose SET NOT NULL moved
    after the commit (compare/not_null.py): it must follow it there."""
    if not isinstance(st, ast.RenameStmt) or st.renameType != ObjectType.OBJECT_TABCONSTRAINT:
        return False
    table = relation(st.relation)
    return any((s, n) == table and str(st.subname) == f"{n}_{c}_not_null"[:63] for s, n, c in moved)


def forms(changes: list[Change], current: Inspected) -> list[Change]:
    """The plan with online forms where they apply (`current`: the catalog the plan starts from)."""
    plan = _Plan(changes, current)
    first: list[Change] = []
    after: list[Change] = []
    moved: set[tuple[str, str, str]] = set()
    for change in changes:
        st = tree(change.sql)
        online = _online(plan, change, st, current)
        if online is None:
            (after if change.after_commit or _concurrent(st) else first).append(change)
            continue
        if isinstance(st, ast.AlterTableStmt) and st.cmds[0].subtype == AT.AT_SetNotNull:
            moved.add((*relation(st.relation), str(st.cmds[0].name)))
        for c in online:
            (after if after_commit(c) else first).append(c)
    late = [c for c in first if _renames_default_not_null(tree(c.sql), moved)]
    return [c for c in first if c not in late] + after + [replace(c, after_commit=True) for c in late]


def _concurrent(st: Any) -> bool:
    return isinstance(st, (ast.IndexStmt, ast.DropStmt)) and bool(st.concurrent)


def after_commit(change: Change) -> bool:
    """Whether apply runs the statement after its transaction commits (phase 2): marked so, or
    an index built or dropped CONCURRENTLY."""
    return change.after_commit or _concurrent(tree(change.sql))


def _online(plan: _Plan, change: Change, st: Any, current: Inspected) -> list[Change] | None:
    if isinstance(st, ast.IndexStmt):
        return _create_index(plan, change, st)
    if isinstance(st, ast.DropStmt) and st.removeType == ObjectType.OBJECT_INDEX:
        return _drop_index(plan, change, st, current)
    if not isinstance(st, ast.AlterTableStmt) or len(st.cmds or ()) != 1 or st.objtype != ObjectType.OBJECT_TABLE:
        return None
    sub = st.cmds[0].subtype
    if sub == AT.AT_AddConstraint:
        return _add_constraint(plan, change, st)
    if sub == AT.AT_ValidateConstraint and plan.kept(relation(st.relation)) and not change.after_commit:
        return [replace(change, after_commit=True, why=change.why or "online form: validated after the commit, "
                        "without blocking reads or writes")]
    if sub == AT.AT_SetNotNull and not change.after_commit:
        return _set_not_null(plan, change, st)
    return None


def recipe(change: Change) -> tuple[str, ...]:
    """Expand/contract steps for a statement that rewrites a big table and has no online form."""
    st = tree(change.sql)
    if not isinstance(st, ast.AlterTableStmt) or len(st.cmds or ()) != 1:
        return ()
    cmd, table = st.cmds[0], names.qualified(*relation(st.relation))
    if cmd.subtype == AT.AT_AlterColumnType:
        column, new_type = str(cmd.name), names.printable_sql(str(RawStream()(cmd.def_.typeName)))
        col, tmp = names.ident(column), names.ident(f"{column}__new"[:63])
        return (f"no online form: expand/contract instead, without a long lock (a plan of your own): "
                f"1. ALTER TABLE {table} ADD COLUMN {tmp} {new_type};",
                f"2. a trigger keeping {tmp} = {col}::{new_type} on INSERT and UPDATE;",
                f"3. backfill in batches, each its own transaction: UPDATE {table} SET {tmp} = {col}::{new_type} "
                "WHERE <key range>;",
                f"4. in one short transaction: RENAME {col} to {names.ident(column + '__old')}, {tmp} to {col};",
                f"5. once nothing reads it: DROP COLUMN {names.ident(column + '__old')} (and the trigger).")
    if cmd.subtype == AT.AT_AddColumn:
        column = names.ident(str(cmd.def_.colname))
        return (f"no online form: expand/contract instead (a plan of your own): 1. ADD COLUMN {column} without the "
                "default (no rewrite); 2. SET DEFAULT (new rows only);",
                f"3. backfill the existing rows in batches: UPDATE {table} SET {column} = <the default> WHERE "
                f"{column} IS NULL AND <key range>.")
    return ()
