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


def _run_file_at_once(conn: psycopg.Connection, f: DesiredFile) -> bool:
    """Fast path: the whole file in one round trip (atomic); False if any statement failed."""
    try:
        conn.execute(f.text.encode())
        return True
    except psycopg.Error:
        return False


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
    trip; a failing file runs statement by statement, deferring missing-dependency failures
    until no deferred statement makes progress."""
    per_file = [(f, split_file(f)) for f in source.files]  # parse all first: syntax errors fail fast
    if source.roles is not None:
        run_roles(conn, source.roles)
    pending: list[Statement] = []
    count = 0
    for f, statements in per_file:
        count += len(statements)
        if not statements or _run_file_at_once(conn, f):
            continue
        pending.extend(st for st in statements if _run_one(conn, st) is not None)
    retried = len(pending)
    while pending:
        failures = [(st, err) for st in pending if (err := _run_one(conn, st)) is not None]
        if len(failures) == len(pending):
            st, err = failures[0]
            raise CmisDiffError(f"{st.where}: {_message(err)}")
        pending = [st for st, _ in failures]
    return LoadReport(count, retried)
