"""Load desired statements into a scratch database, retrying those whose dependencies come later."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from ..errors import CmisDiffError
from .discover import DesiredFile, DesiredSource
from .split import Statement, split_file

# Errors that mean "something this statement needs does not exist yet": retried after the rest.
MISSING_DEPENDENCY = {
    "42P01",  # undefined_table
    "42883",  # undefined_function
    "42704",  # undefined_object (type, extension object, role-less object...)
    "3F000",  # invalid_schema_name
    "42703",  # undefined_column (added by a later ALTER TABLE)
    "42830",  # invalid_foreign_key (its unique constraint comes later)
}


@dataclass(frozen=True)
class LoadReport:
    statements: int
    retried: int


def _message(exc: psycopg.Error) -> str:
    return (exc.diag.message_primary or str(exc)).strip().splitlines()[0]


_JOIN = ";\n"


def _failing_index(exc: psycopg.Error, statements: list[Statement]) -> int | None:
    """Which statement of a batch failed, from the error's position in the batch text."""
    position = exc.diag.statement_position
    if not position:
        return None
    offset = int(position) - 1
    for i, st in enumerate(statements):
        offset -= len(st.sql) + len(_JOIN)
        if offset < 0:
            return i
    return None


def _run_batch(conn: psycopg.Connection, statements: list[Statement]) -> list[Statement]:
    """Run statements in as few round trips as possible (a batch is atomic); return those that
    failed for want of something later (deferred). A failing batch is cut at the statement the
    error points at, or in halves when it points nowhere: a file that runs cleanly costs one
    round trip, each failing statement about one more."""
    deferred: list[Statement] = []
    while statements:
        try:
            conn.execute(_JOIN.join(st.sql for st in statements).encode())
            return deferred
        except psycopg.Error as exc:
            if len(statements) == 1:
                return deferred + [st for st in statements if _run_one(conn, st) is not None]
            k = _failing_index(exc, statements)
        if k is None:
            half = len(statements) // 2
            deferred += _run_batch(conn, statements[:half])
            statements = statements[half:]
            continue
        deferred += _run_batch(conn, statements[:k])
        deferred += [st for st in statements[k:k + 1] if _run_one(conn, st) is not None]
        statements = statements[k + 1:]
    return deferred


def _run_one(conn: psycopg.Connection, st: Statement) -> psycopg.Error | None:
    try:
        conn.execute(st.sql.encode())
        return None
    except psycopg.Error as exc:
        if exc.sqlstate not in MISSING_DEPENDENCY:
            raise CmisDiffError(f"{st.where}: {_message(exc)}") from None
        return exc


def run_roles(conn: psycopg.Connection, roles: DesiredFile) -> None:
    for st in split_file(roles):
        try:
            conn.execute(st.sql.encode())
        except psycopg.Error as exc:
            raise CmisDiffError(f"{st.where}: {_message(exc)}") from None


def load(conn: psycopg.Connection, source: DesiredSource) -> LoadReport:
    """Run every desired statement on conn (autocommit). Files that run cleanly go in one round
    trip; in a failing file, statements that fail for a missing dependency are deferred and
    retried until no deferred statement makes progress."""
    per_file = [split_file(f) for f in source.files]  # parse all first: syntax errors fail fast
    if source.roles is not None:
        run_roles(conn, source.roles)
    pending: list[Statement] = []
    count = 0
    for statements in per_file:
        count += len(statements)
        pending.extend(_run_batch(conn, statements))
    retried = len(pending)
    while pending:
        failures = [(st, err) for st in pending if (err := _run_one(conn, st)) is not None]
        if len(failures) == len(pending):
            failures = [(st, again) for st, err in failures if (again := _with_default_path(conn, st, err)) is not None]
            if len(failures) == len(pending):
                st, err = failures[0]
                raise CmisDiffError(f"{st.where}: {_message(err)}")
        pending = [st for st, _ in failures]
    return LoadReport(count, retried)


def _with_default_path(conn: psycopg.Connection, st: Statement, err: psycopg.Error) -> psycopg.Error | None:
    """A pg_dump file empties search_path, yet PostgreSQL deparses some operators without their
    schema (`IS DISTINCT FROM` on an extension's type, in a trigger's WHEN): such a dump does not
    restore as it is. A statement that still fails for an undefined function or operator is tried
    once with the default search_path (only where it fails otherwise: nothing else changes meaning)."""
    if err.sqlstate != "42883":
        return err
    try:
        with conn.transaction():
            conn.execute("SET LOCAL search_path TO DEFAULT")
            conn.execute(st.sql.encode())
        return None
    except psycopg.Error as exc:
        return exc
