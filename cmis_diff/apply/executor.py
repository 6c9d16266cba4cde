"""Run an approved plan on live: all or nothing, under an advisory lock, recorded in the ledger."""

from __future__ import annotations

import getpass
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from pglast import split as pg_split
from psycopg import sql

from ..catalog import fingerprint
from ..catalog.inspect import LEDGER_SCHEMA
from ..connect import connect
from ..errors import CmisDiffError
from ..plan.planfile import PlanText, read

_LOCK_KEY = 0x636D6973  # "cmis": one apply at a time per live database
_LEDGER_DDL = f"""
CREATE SCHEMA IF NOT EXISTS {LEDGER_SCHEMA};
CREATE TABLE IF NOT EXISTS {LEDGER_SCHEMA}.applied (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_file text NOT NULL,
    statements_hash text NOT NULL,
    approved text,
    applied_by text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT now(),
    result text NOT NULL CHECK (result IN ('applied', 'failed', 'dry-run')),
    error text
);
"""


@dataclass(frozen=True)
class StatementTiming:
    index: int
    seconds: float
    sql: str


@dataclass(frozen=True)
class ApplyResult:
    plan_file: Path
    statements: int
    timings: list[StatementTiming]
    dry_run: bool


def _check_approved(plan: PlanText, label: str) -> None:
    if plan.header.approved is None:
        raise CmisDiffError(f"{label}: not approved (run `cmis-diff approve {label}` after review)")
    approved_hash = plan.header.approved.split(" ", 1)[0]
    if approved_hash != plan.statements_hash:
        raise CmisDiffError(f"{label}: statements were edited after approval (approve it again after review)")


def _statements(plan: PlanText, label: str) -> list[str]:
    try:
        return [str(s) for s in pg_split(plan.statements_text, with_parser=True)]
    except Exception as exc:  # pglast ParseError
        raise CmisDiffError(f"{label}: statements do not parse: {exc}") from None


def _check_fresh(conn: psycopg.Connection, plan: PlanText, label: str) -> None:
    now = fingerprint.read(conn)
    if now.digest == plan.header.live_fingerprint:
        return
    planned = fingerprint.parse_kinds(plan.header.extra.get(fingerprint.KINDS_HEADER, ""))
    changed = sorted(k for k in planned.keys() | now.per_kind.keys()
                     if planned.get(k) != fingerprint.short(now.per_kind.get(k, "")))
    what = f"changed kinds: {', '.join(changed)}" if planned and changed else "fingerprint differs"
    raise CmisDiffError(f"{label}: live schema changed since planning ({what}); plan again")


def _record(conn: psycopg.Connection, label: str, plan: PlanText, started: float, result: str,
            error: str | None) -> None:
    conn.execute(sql.SQL("INSERT INTO {}.applied (plan_file, statements_hash, approved, applied_by, started_at,"
                         " result, error) VALUES (%s, %s, %s, %s, to_timestamp(%s), %s, %s)")
                 .format(sql.Identifier(LEDGER_SCHEMA)),
                 [label, plan.statements_hash, plan.header.approved, getpass.getuser(), started, result, error])


def _already_applied(conn: psycopg.Connection, plan: PlanText) -> bool:
    row = conn.execute(sql.SQL("SELECT 1 FROM {}.applied WHERE statements_hash = %s AND result = 'applied'")
                       .format(sql.Identifier(LEDGER_SCHEMA)), [plan.statements_hash]).fetchone()
    return row is not None


def apply(path: Path, live_url: str, lock_timeout_s: float, statement_timeout_s: float,
          dry_run: bool = False) -> ApplyResult:
    label = str(path)
    plan = read(path)
    _check_approved(plan, label)
    statements = _statements(plan, label)
    with connect(live_url, "live") as conn:
        conn.execute(_LEDGER_DDL.encode())
        conn.execute("SELECT pg_advisory_lock(%s)", [_LOCK_KEY])  # a concurrent apply waits here
        try:
            if _already_applied(conn, plan):
                raise CmisDiffError(f"{label}: already applied (recorded in {LEDGER_SCHEMA}.applied)")
            _check_fresh(conn, plan, label)
            return _run(conn, path, plan, statements, lock_timeout_s, statement_timeout_s, dry_run)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])


def _run(conn: psycopg.Connection, path: Path, plan: PlanText, statements: list[str], lock_timeout_s: float,
         statement_timeout_s: float, dry_run: bool) -> ApplyResult:
    label = str(path)
    started = time.time()
    timings: list[StatementTiming] = []
    try:
        with conn.transaction(force_rollback=dry_run):
            for setting, seconds in (("lock_timeout", lock_timeout_s), ("statement_timeout", statement_timeout_s)):
                conn.execute("SELECT set_config(%s, %s, true)", [setting, f"{int(seconds * 1000)}ms"])
            for i, stmt in enumerate(statements, 1):
                t = time.perf_counter()
                try:
                    conn.execute(stmt.encode())
                except psycopg.Error as exc:
                    message = (exc.diag.message_primary or str(exc)).splitlines()[0]
                    first_line = stmt.strip().splitlines()[0][:80]
                    raise CmisDiffError(f"{label}: statement {i} of {len(statements)} failed, nothing applied: "
                                        f"{message} [{first_line}]") from None
                timings.append(StatementTiming(i, time.perf_counter() - t, stmt))
    except CmisDiffError as exc:
        _record(conn, label, plan, started, "failed", str(exc))
        raise
    _record(conn, label, plan, started, "dry-run" if dry_run else "applied", None)
    return ApplyResult(path, len(statements), timings, dry_run)
