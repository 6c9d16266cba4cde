"""Renames from desired/renames.toml as plan statements: ALTER ... RENAME, run first (on the copy of
live, which is then diffed again), so that a renamed column or table keeps its data instead of
being dropped and added. An entry whose source live no longer has (applied already) or whose
target live already has is skipped with a notice. Later entries name objects as earlier entries
leave them (a column of a renamed table by the table's new name).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from ..catalog import session
from ..catalog.inspect import Inspected
from ..render import names
from ..render.sql import text
from ..source.renames import Rename
from .changes import Action, Change

Name = tuple[str, ...]

_EXISTS = {
    "schema": "SELECT 1 FROM pg_namespace WHERE nspname = %s",
    "table": "SELECT c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = %s AND c.relname = %s AND c.relkind IN ('r', 'p', 'f')",
    "index": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = %s AND c.relname = %s AND c.relkind IN ('i', 'I')",
    "type": "SELECT t.typtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "LEFT JOIN pg_class c ON c.oid = t.typrelid "
            "WHERE n.nspname = %s AND t.typname = %s AND t.typtype IN ('e', 'c', 'd', 'r') "
            "AND (t.typrelid = 0 OR c.relkind = 'c')",
    "column": "SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = %s AND c.relname = %s AND a.attname = %s AND a.attnum > 0 AND NOT a.attisdropped",
    "constraint": "SELECT 1 FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname = %s AND c.relname = %s AND k.conname = %s",
    "enum value": "SELECT 1 FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                  "JOIN pg_namespace n ON n.oid = t.typnamespace "
                  "WHERE n.nspname = %s AND t.typname = %s AND e.enumlabel = %s",
}
# a table's constraints and the indexes of none, that PostgreSQL named after the table
_PARTS_OF_TABLE = ("SELECT 'constraint', k.conname::text FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                   "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %(s)s AND c.relname = %(t)s "
                   "UNION ALL SELECT 'index', i.relname::text FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                   "JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = %(s)s AND c.relname = %(t)s "
                   "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid) ORDER BY 1, 2")
_FUNCTIONS = ("SELECT p.prokind::text, pg_get_function_identity_arguments(p.oid) FROM pg_proc p "
              "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %s AND p.proname = %s "
              "AND p.prokind IN ('f', 'p') AND (%s::text IS NULL OR p.oid = to_regprocedure(%s))")


@dataclass
class Resolved:
    forward: list[Change] = field(default_factory=list)  # the plan's first statements, in file order
    backward: list[Change] = field(default_factory=list)  # the rollback's first statements
    notices: list[str] = field(default_factory=list)
    renamed: dict[Name, Name] = field(default_factory=dict)  # an object's new name -> live's name for it

    def live_name(self, *parts: str) -> Name:
        for n in range(len(parts), 0, -1):
            if parts[:n] in self.renamed:
                return self.renamed[parts[:n]] + parts[n:]
        return parts


def _found(conn: psycopg.Connection, kind: str, parts: Name, args: str | None) -> tuple[str, ...] | None:
    """What live has under this name: a row of facts, or None."""
    if kind == "function":
        qualified = sql.Identifier(*parts).as_string(None) + f"({args})" if args is not None else None
        rows = conn.execute(_FUNCTIONS, [*parts, qualified, qualified]).fetchall()
        return tuple(rows[0]) if len(rows) == 1 else ("ambiguous",) if rows else None
    row = conn.execute(_EXISTS[kind], list(parts)).fetchone()
    return tuple(str(v) for v in row) if row else None


def _statement(rename: Rename, parts: Name, facts: tuple[str, ...]) -> str:
    old, new = sql.Identifier(*parts), sql.Identifier(rename.new[-1])
    container = sql.Identifier(*parts[:-1]) if len(parts) > 1 else None
    if rename.kind == "schema":
        return text(sql.SQL("ALTER SCHEMA {} RENAME TO {}").format(old, new))
    if rename.kind in ("table", "index", "type"):
        what = {"f": "FOREIGN TABLE", "d": "DOMAIN"}.get(facts[0], "TABLE" if rename.kind == "table" else
                                                         rename.kind.upper())
        return text(sql.SQL("ALTER {} {} RENAME TO {}").format(sql.SQL(what), old, new))
    if rename.kind in ("column", "constraint"):
        return text(sql.SQL("ALTER TABLE {} RENAME {} {} TO {}").format(
            container, sql.SQL(rename.kind.upper()), sql.Identifier(parts[-1]), new))
    if rename.kind == "enum value":
        return text(sql.SQL("ALTER TYPE {} RENAME VALUE {} TO {}").format(
            container, sql.Literal(parts[-1]), sql.Literal(rename.new[-1])))
    routine = "PROCEDURE" if facts[0] == "p" else "FUNCTION"  # arguments as the server deparses them
    return text(sql.SQL("ALTER {} {}({}) RENAME TO {}").format(sql.SQL(routine), old, sql.SQL(facts[1]), new))


def _change(rename: Rename, statement: str, to: Name, why: str) -> Change:
    return Change(rename.kind, Action.ALTER, ".".join(to), statement, why=why, parts=to)


def _desired_names(desired: Inspected, schema: str, table: str) -> set[tuple[str, str]]:
    """(kind, name) of desired's constraints (NOT NULL ones too) and indexes of a table."""
    model = desired.model
    out = {("constraint", k[2]) for k in model.constraints if k[:2] == (schema, table)}
    out |= {("constraint", c.not_null_name) for k, c in model.columns.items() if k[:2] == (schema, table)
            and c.not_null_name}
    out |= {("index", i.name) for i in desired.engine_model.indexes.values()
            if (i.schema, i.table_name) == (schema, table)}
    return out


def _named_after(conn: psycopg.Connection, rename: Rename, desired: Inspected, live_table: Name) -> list[Rename]:
    """The parts PostgreSQL named after a renamed table (old_pkey, old_id_not_null, old_x_idx) that
    desired names after its new name: renamed with it, not dropped and created again."""
    (schema, old), new = rename.old, rename.new[1]
    wanted = _desired_names(desired, schema, new)
    out = []
    for kind, name in conn.execute(_PARTS_OF_TABLE, {"s": live_table[0], "t": live_table[1]}).fetchall():
        renamed = new + name[len(old):]
        if name.startswith(f"{old}_") and len(renamed) < 64 and (kind, renamed) in wanted:
            parts = (schema, new, name) if kind == "constraint" else (schema, name)
            to = (schema, new, renamed) if kind == "constraint" else (schema, renamed)
            out.append(Rename(rename.number, kind, parts, to))
    return out


def _add(out: Resolved, rename: Rename, facts: tuple[str, ...], why: str) -> None:
    out.forward.append(_change(rename, _statement(rename, rename.old, facts), rename.new, why))
    back = Rename(rename.number, rename.kind, rename.new, rename.old, None)
    out.backward.insert(0, _change(back, _statement(back, rename.new, facts), rename.old,
                                   f"renamed back to {names.qualified(*rename.old)} (desired/renames.toml)"))


def resolve(conn: psycopg.Connection, renames: list[Rename], desired: Inspected) -> Resolved:
    """The renames live still needs, as statements (and their undoing, for the rollback)."""
    out = Resolved()
    with session.pinned(conn):
        for rename in renames:
            current = out.live_name(*rename.old)
            source = _found(conn, rename.kind, current, rename.args)
            target = _found(conn, rename.kind, out.live_name(*rename.new), None if rename.kind != "function"
                            else rename.args)
            if source is None or source == ("ambiguous",) or target is not None:
                why = "its source is not in live (applied already?)" if source is None else \
                    "several functions have that name: add the argument types" if source == ("ambiguous",) else \
                    f"{names.qualified(*rename.new)} already exists in live"
                out.notices.append(f"renames.toml: {rename.shown} skipped: {why}")
                continue
            _add(out, rename, source, f"renamed from {names.qualified(*rename.old)} (desired/renames.toml)")
            if rename.kind == "table":
                for part in _named_after(conn, rename, desired, current):
                    _add(out, part, ("",), f"renamed with its table {names.qualified(*rename.old)}")
            out.renamed[rename.new] = current
    return out
