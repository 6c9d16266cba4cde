"""Statements of the pinned engine (`results`) that we render ourselves, installed in place of its
own: where it pastes catalog text raw (policy role lists, trigger names in DROP TRIGGER,
extension versions, collation locales) a crafted name or value could add a statement; these go
through psycopg.sql. ATTACH PARTITION is said on the parent (the engine names the partition and
crashes); ALTER TABLE is allowed on a partition (the engine refused it: NotImplementedError, e.g. to
enable row level security on a partition it creates); a column's collation is said as our
inspection gives it, schema-qualified (catalog/inspect.py; the engine quoted it whole as one name)."""

from __future__ import annotations

from typing import Any

from psycopg import sql

from .sql import text

_COMMANDS = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}


def _attach(self: Any) -> str | None:
    if not self.parent_table:
        return None
    if self.partition_def:
        return f"alter table {self.parent_table} attach partition {self.quoted_full_name} {self.partition_def};"
    return f"alter table {self.quoted_full_name} inherit {self.parent_table}"


def _alter_table(self: Any, clause: str) -> str:
    if not self.is_table:
        raise NotImplementedError(f"ALTER TABLE on {self.quoted_full_name}")
    return f"alter table {self.quoted_full_name} {clause};"


def _collation_subclause(self: Any) -> str:
    return f" collate {self.collation}" if self.collation else ""


def _role(name: str) -> sql.Composable:
    return sql.SQL("PUBLIC") if name == "public" else sql.Identifier(name)  # the engine reads PUBLIC as 'public'


def _create_policy(self: Any) -> str:
    statement = sql.SQL("CREATE POLICY {} ON {} AS {} FOR {} TO {}").format(
        sql.Identifier(self.name), sql.Identifier(self.schema, self.table_name),
        sql.SQL("PERMISSIVE" if self.permissive else "RESTRICTIVE"), sql.SQL(_COMMANDS[self.commandtype]),
        sql.SQL(", ").join(_role(r) for r in self.roles))
    if self.qual:  # expressions as the server deparses them (pg_get_expr)
        statement += sql.SQL(" USING ({})").format(sql.SQL(self.qual))
    if self.withcheck:
        statement += sql.SQL(" WITH CHECK ({})").format(sql.SQL(self.withcheck))
    return text(statement) + ";"


def _drop_trigger(self: Any) -> str:
    return text(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(
        sql.Identifier(self.name), sql.Identifier(self.schema, self.table_name))) + ";"


def _create_extension(self: Any) -> str:
    statement = sql.SQL("CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {}").format(
        sql.Identifier(self.name), sql.Identifier(self.schema))
    if self.version:
        statement += sql.SQL(" VERSION {}").format(sql.Literal(self.version))
    return text(statement) + ";"


def _update_extension(self: Any) -> str | None:
    if not self.version:
        return None
    return text(sql.SQL("ALTER EXTENSION {} UPDATE TO {}").format(sql.Identifier(self.name),
                                                                  sql.Literal(self.version))) + ";"


def _create_collation(self: Any) -> str:
    return text(sql.SQL("CREATE COLLATION IF NOT EXISTS {} (provider = {}, locale = {})").format(
        sql.Identifier(self.schema, self.name), sql.Literal(self.provider), sql.Literal(self.locale))) + ";"


def install() -> None:
    """Put our renderers in place of the engine's (idempotent)."""
    from results.schemainspect.inspected import ColumnInfo
    from results.schemainspect.pg import obj

    for cls, attr, fn in ((obj.InspectedSelectable, "attach_statement", _attach),
                          (obj.InspectedRowPolicy, "create_statement", _create_policy),
                          (obj.InspectedTrigger, "drop_statement", _drop_trigger),
                          (obj.InspectedExtension, "create_statement", _create_extension),
                          (obj.InspectedExtension, "update_statement", _update_extension),
                          (obj.InspectedCollation, "create_statement", _create_collation)):
        setattr(cls, attr, property(fn))
    obj.InspectedSelectable.alter_table_statement = _alter_table  # type: ignore[method-assign]
    ColumnInfo.collation_subclause = property(_collation_subclause)  # type: ignore[assignment,method-assign]
