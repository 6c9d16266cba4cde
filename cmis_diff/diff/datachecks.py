"""Data checks on live: before a change that can lose or reject rows, count them.

A Count is one read-only query on live and the sentence each number it returns reads as ("3 rows
of app.t.s are longer than 5"). Counts run at plan time in one READ ONLY transaction that is
rolled back, each under a savepoint, bounded by live's lock and statement timeouts; one that
fails (a timeout, a type or function live does not have yet) is reported as not counted. Every
name goes through psycopg.sql; expressions are the server's own deparse (pg_get_constraintdef,
pg_get_partition_constraintdef) or pglast's rendering of a parsed plan statement.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql

from ..render import names

Table = tuple[str, str]
_INT_RANGES = {"int2": (-32768, 32767), "int4": (-2147483648, 2147483647),
               "int8": (-9223372036854775808, 9223372036854775807)}


@dataclass(frozen=True)
class Says:
    """What a count reads as: "3 rows of app.t.s are longer than 5", "1 row ... is ...". Kept in
    parts, never a format string: the names in it may hold any character, braces included."""

    of: str  # after "N rows": "" or " of app.t.s"
    many: str  # the rest, for any number but one: "are longer than 5"
    one: str = ""  # the rest for exactly one row (default: `many`)
    unit: str = "row"

    def text(self, n: int) -> str:
        unit = self.unit if n == 1 else self.unit + "s"
        return f"{n:,} {unit}{self.of} {(self.one or self.many) if n == 1 else self.many}"


@dataclass(frozen=True)
class Count:
    """Rows of live to count: a query returning one row of counts, and what each count says."""

    table: Table  # whose rows (live's name)
    query: str  # rendered through psycopg.sql
    says: tuple[Says, ...]
    cheap_only: bool = False  # only worth it below the big-table size (an exact count of what a drop loses)
    show_zero: bool = False  # "0 rows are lost" says something; "0 rows are longer than 5" does not


@dataclass(frozen=True)
class Counted:
    numbers: tuple[int, ...] | None  # None: not counted
    why_not: str = ""

    def sentences(self, count: Count) -> list[str]:
        if self.numbers is None:
            return [f"rows not counted ({self.why_not})"]
        return [says.text(n) for says, n in zip(count.says, self.numbers, strict=True)
                if n or count.show_zero]

    @property
    def affected(self) -> bool:
        """Whether some row is affected (or it could not be told)."""
        return self.numbers is None or any(self.numbers)


def _text(query: sql.Composable) -> str:
    return query.as_string(None)


def _t(table: Table) -> sql.Composable:
    return sql.Identifier(*table)


def _shown(*parts: str) -> str:
    return names.qualified(*parts)


def values(table: Table, column: str) -> Count:
    """The values a dropped column holds."""
    query = sql.SQL("SELECT count({}) FROM {}").format(sql.Identifier(column), _t(table))
    return Count(table, _text(query), (Says("", "hold a value", "holds a value"),), cheap_only=True, show_zero=True)


def rows(table: Table, says: Says = Says("", "are lost", "is lost"), cheap_only: bool = True) -> Count:
    return Count(table, _text(sql.SQL("SELECT count(*) FROM {}").format(_t(table))), (says,), cheap_only,
                 show_zero=cheap_only)


def longer(table: Table, column: str, length: int) -> Count:
    query = sql.SQL("SELECT count(*) FROM {} WHERE length({}::text) > {}").format(
        _t(table), sql.Identifier(column), sql.Literal(length))
    return Count(table, _text(query), (Says(f" of {_shown(*table, column)}", f"are longer than {length}",
                                            f"is longer than {length}"),))


def numeric(table: Table, column: str, type_text: str, integer_digits: int | None, scale: int,
            bounds: tuple[int, int] | None = None) -> Count:
    """Out of range for the new type, and rounded to its scale (numeric(p,s), or an integer type's bounds)."""
    col = sql.SQL("{}::numeric").format(sql.Identifier(column))
    rounded = sql.SQL("round({}, {})").format(col, sql.Literal(scale))
    if bounds is not None:
        out = sql.SQL("{} NOT BETWEEN {} AND {}").format(rounded, sql.Literal(bounds[0]), sql.Literal(bounds[1]))
    else:
        out = sql.SQL("abs({}) >= 10::numeric ^ {}").format(rounded, sql.Literal(integer_digits))
    query = sql.SQL("SELECT count(*) FILTER (WHERE {}), count(*) FILTER (WHERE {} <> {}) FROM {}").format(
        out, col, rounded, _t(table))
    shown = _shown(*table, column)
    places = "whole numbers" if scale == 0 else f"{scale} decimal places"
    return Count(table, _text(query), (Says(f" of {shown}", f"are out of range for {names.text(type_text)}",
                                            f"is out of range for {names.text(type_text)}"),
                                       Says(f" of {shown}", f"would be rounded to {places}")))


def integer_bounds(type_name: str) -> tuple[int, int] | None:
    return _INT_RANGES.get(type_name)


def enum_values(table: Table, column: str, labels: tuple[str, ...], is_array: bool, type_shown: str) -> Count:
    """Rows holding a value the enum will no longer have (the conversion rejects them)."""
    col, kept = sql.Identifier(column), sql.Literal(list(labels))
    where = (sql.SQL("EXISTS (SELECT 1 FROM unnest({}) v WHERE v::text <> ALL({}::text[]))").format(col, kept)
             if is_array else sql.SQL("{}::text <> ALL({}::text[])").format(col, kept))
    query = sql.SQL("SELECT count(*) FROM {} WHERE {}").format(_t(table), where)
    shown = _shown(*table, column)
    return Count(table, _text(query), (Says(f" of {shown}", f"hold values {type_shown} no longer has",
                                            f"holds a value {type_shown} no longer has"),))


def conversion(table: Table, column: str, type_text: str) -> Count:
    """Any other narrowing: values the new type's input rejects, or that do not read back the same."""
    col, target = sql.Identifier(column), sql.SQL(type_text)
    query = sql.SQL("SELECT count(*) FROM {} WHERE {} IS NOT NULL AND CASE WHEN pg_input_is_valid({}::text, {}) "
                    "THEN {}::text::{}::text IS DISTINCT FROM {}::text ELSE true END").format(
        _t(table), col, col, sql.Literal(type_text), col, target, col)
    rejected = f"would be changed or rejected by the conversion to {names.text(type_text)}"
    return Count(table, _text(query), (Says(f" of {_shown(*table, column)}", rejected),))


def nulls(table: Table, columns: tuple[str, ...], what: str) -> Count:
    where = sql.SQL(" OR ").join(sql.SQL("{} IS NULL").format(sql.Identifier(c)) for c in columns)
    query = sql.SQL("SELECT count(*) FROM {} WHERE {}").format(_t(table), where)
    return Count(table, _text(query), (Says(f" of {_shown(*table)}", f"have no value in {what}",
                                            f"has no value in {what}"),))


def check(table: Table, expression: str, constraint: str) -> Count:
    query = sql.SQL("SELECT count(*) FROM {} WHERE ({}) IS FALSE").format(_t(table), sql.SQL(expression))
    return Count(table, _text(query), (Says(f" of {_shown(*table)}", f"violate {names.ident(constraint)}",
                                            f"violates {names.ident(constraint)}"),))


def outside_bound(table: Table, expression: str) -> Count:
    query = sql.SQL("SELECT count(*) FROM {} WHERE ({}) IS FALSE").format(_t(table), sql.SQL(expression))
    return Count(table, _text(query), (Says(f" of {_shown(*table)}", "are outside its new bound",
                                            "is outside its new bound"),))


def foreign_key(table: Table, columns: tuple[str, ...], parent: Table | None, parent_columns: tuple[str, ...],
                constraint: str) -> Count:
    """Rows whose key is set (MATCH SIMPLE) and matches no row of the parent (every such row when
    the parent is new)."""
    keys = sql.SQL(" AND ").join(sql.SQL("c.{} IS NOT NULL").format(sql.Identifier(k)) for k in columns)
    if parent is None:
        query = sql.SQL("SELECT count(*) FROM {} c WHERE {}").format(_t(table), keys)
    else:
        match = sql.SQL(" AND ").join(sql.SQL("p.{} = c.{}").format(sql.Identifier(p), sql.Identifier(k))
                                      for p, k in zip(parent_columns, columns, strict=False))
        query = sql.SQL("SELECT count(*) FROM {} c WHERE {} AND NOT EXISTS (SELECT 1 FROM {} p WHERE {})").format(
            _t(table), keys, _t(parent), match)
    return Count(table, _text(query), (Says(f" of {_shown(*table)}",
                                            f"violate {names.ident(constraint)} (no matching row)",
                                            f"violates {names.ident(constraint)} (no matching row)"),))


def duplicates(table: Table, keys: tuple[sql.Composable, ...], shown: str, predicate: str | None,
               nulls_distinct: bool) -> Count:
    """Groups of rows a unique index or key would reject (rows with a NULL key never collide unless
    NULLS NOT DISTINCT)."""
    conditions = [sql.SQL("({}) IS NOT NULL").format(k) for k in keys] if nulls_distinct else []
    if predicate:
        conditions.append(sql.SQL("({})").format(sql.SQL(predicate)))
    where = sql.SQL(" WHERE ") + sql.SQL(" AND ").join(conditions) if conditions else sql.SQL("")
    query = sql.SQL("SELECT count(*) FROM (SELECT 1 FROM {}{} GROUP BY {} HAVING count(*) > 1) d").format(
        _t(table), where, sql.SQL(", ").join(keys))
    return Count(table, _text(query), (Says(f" of ({shown})", f"appear more than once in {_shown(*table)}",
                                            f"appears more than once in {_shown(*table)}", unit="value"),))


def run(conn: psycopg.Connection, counts: list[Count], skip: set[Table]) -> dict[Count, Counted]:
    """Run the counts on live (tables in `skip`, too big for a cheap count, are left out of the
    cheap_only ones), each once, in a READ ONLY transaction rolled back at the end."""
    out: dict[Count, Counted] = {}
    todo = list(dict.fromkeys(counts))
    if not todo:
        return out
    with conn.transaction(force_rollback=True):
        conn.execute("SET TRANSACTION READ ONLY")
        conn.execute("SET LOCAL search_path = pg_catalog, pg_temp")  # expressions are schema-qualified
        for count in todo:
            if count.cheap_only and count.table in skip:
                continue
            try:
                with conn.transaction():
                    row = conn.execute(count.query.encode()).fetchone()
                out[count] = Counted(tuple(int(n or 0) for n in row) if row else (0,) * len(count.says))
            except psycopg.Error as exc:
                reason = (exc.diag.message_primary or type(exc).__name__).strip().splitlines()[0]
                out[count] = Counted(None, names.text(reason))
    return out
