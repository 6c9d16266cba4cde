"""Run an approved plan on live: all or nothing, under an advisory lock, recorded in the ledger.

Phase 1 runs every statement that can run in a transaction, in one transaction. Statements that
cannot (CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM) run afterwards in phase 2,
one by one, each made idempotent, so that re-running apply after a failure there resumes where
it stopped (the ledger says phase 1 is done).
"""

from __future__ import annotations

import getpass
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from .. import __version__
from ..catalog import fingerprint
from ..catalog.inspect import LEDGER_SCHEMA
from ..connect import connect
from ..errors import CmisDiffError
from ..plan.planfile import PlanText, read
from .statements import PlanStatement, plan_statements

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
    result text NOT NULL CHECK (result IN ('applied', 'failed', 'dry-run', 'partial')),
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
    resumed: bool = False


def _check_compatible(plan: PlanText, label: str) -> None:
    tool = plan.header.tool.split(",", 1)[0].removeprefix("cmis-diff ").strip()
    if tool.split(".", 1)[0] != __version__.split(".", 1)[0]:
        raise CmisDiffError(f"{label}: made by cmis-diff {tool}, which this cmis-diff {__version__} cannot apply")


def _check_approved(plan: PlanText, label: str) -> None:
    if plan.header.approved is None:
        raise CmisDiffError(f"{label}: not approved (run `cmis-diff approve {label}` after review)")
    approved_hash = plan.header.approved.split(" ", 1)[0]
    if approved_hash != plan.statements_hash:
        raise CmisDiffError(f"{label}: statements were edited after approval (approve it again after review)")


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


def _last_result(conn: psycopg.Connection, plan: PlanText) -> str | None:
    row = conn.execute(sql.SQL("SELECT result FROM {}.applied WHERE statements_hash = %s AND result IN "
                               "('applied', 'partial') ORDER BY id DESC LIMIT 1")
                       .format(sql.Identifier(LEDGER_SCHEMA)), [plan.statements_hash]).fetchone()
    return str(row[0]) if row else None


def _message(exc: psycopg.Error) -> str:
    return (exc.diag.message_primary or str(exc)).strip().splitlines()[0]


def _set_timeouts(conn: psycopg.Connection, settings: dict[str, str]) -> None:
    for name, value in settings.items():
        conn.execute("SELECT set_config(%s, %s, true)", [name, value])


def apply(path: Path, live_url: str, lock_timeout_s: float, statement_timeout_s: float,
          dry_run: bool = False, role: str | None = None) -> ApplyResult:
    label = str(path)
    plan = read(path)
    _check_compatible(plan, label)
    _check_approved(plan, label)
    statements = plan_statements(plan.statements_text, label)
    defaults = {"lock_timeout": f"{int(lock_timeout_s * 1000)}ms",
                "statement_timeout": f"{int(statement_timeout_s * 1000)}ms"}
    with connect(live_url, "live") as conn:
        conn.execute(_LEDGER_DDL.encode())
        conn.execute("SELECT pg_advisory_lock(%s)", [_LOCK_KEY])  # a concurrent apply waits here
        try:
            last = _last_result(conn, plan)
            if last == "applied":
                raise CmisDiffError(f"{label}: already applied (recorded in {LEDGER_SCHEMA}.applied)")
            started = time.time()
            timings: list[StatementTiming] = []
            if last != "partial":  # a partial apply committed phase 1: live has changed by design
                _check_fresh(conn, plan, label)
                timings = _phase1(conn, label, plan, statements, defaults, dry_run, started, role)
            if dry_run:
                _record(conn, label, plan, started, "dry-run", None)
                return ApplyResult(path, len(statements), timings, dry_run)
            timings += _phase2(conn, label, plan, statements, defaults, started, role)
            _record(conn, label, plan, started, "applied", None)
            return ApplyResult(path, len(statements), timings, dry_run, resumed=last == "partial")
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])


def _set_role(conn: psycopg.Connection, role: str | None, local: bool) -> None:
    """Statements run as ROLE so that what they create is owned by it; the ledger is written as
    the connecting user."""
    if role:
        conn.execute(sql.SQL("SET LOCAL ROLE {}" if local else "SET ROLE {}").format(sql.Identifier(role)))


def _phase1(conn: psycopg.Connection, label: str, plan: PlanText, statements: list[PlanStatement],
            defaults: dict[str, str], dry_run: bool, started: float, role: str | None) -> list[StatementTiming]:
    """Every transactional statement in one transaction: all of them, or none."""
    timings: list[StatementTiming] = []
    in_tx = [s for s in statements if s.transactional]
    try:
        with conn.transaction(force_rollback=dry_run):
            _set_timeouts(conn, defaults)
            _set_role(conn, role, local=True)
            for st in in_tx:
                if st.settings:
                    _set_timeouts(conn, st.settings)
                t = time.perf_counter()
                try:
                    conn.execute(st.sql.encode())
                except psycopg.Error as exc:
                    raise CmisDiffError(f"{label}: statement {st.index} of {len(statements)} failed, nothing "
                                        f"applied: {_message(exc)} [{st.first_line}]") from None
                timings.append(StatementTiming(st.index, time.perf_counter() - t, st.sql))
                if st.settings:
                    _set_timeouts(conn, defaults)
    except CmisDiffError as exc:
        _record(conn, label, plan, started, "failed", str(exc))
        raise
    return timings


def _phase2(conn: psycopg.Connection, label: str, plan: PlanText, statements: list[PlanStatement],
            defaults: dict[str, str], started: float, role: str | None) -> list[StatementTiming]:
    """Statements that cannot run in a transaction, after it committed, one by one, idempotently."""
    outside = [s for s in statements if not s.transactional]
    timings: list[StatementTiming] = []
    for n, st in enumerate(outside, 1):
        for name, value in {**defaults, **st.settings}.items():
            conn.execute("SELECT set_config(%s, %s, false)", [name, value])
        t = time.perf_counter()
        try:
            steps = st.idempotent_steps(conn)
            _set_role(conn, role, local=False)
            try:
                for step in steps:
                    conn.execute(step.encode())
            finally:
                conn.execute("RESET ROLE")
        except psycopg.Error as exc:
            error = (f"{label}: phase 1 committed; stopped at phase-2 statement {n} of {len(outside)} "
                     f"(plan statement {st.index}): {_message(exc)} [{st.first_line}]; "
                     "fix the cause and run apply again to resume")
            _record(conn, label, plan, started, "partial", error)
            raise CmisDiffError(error) from None
        timings.append(StatementTiming(st.index, time.perf_counter() - t, st.sql))
    return timings


def history(live_url: str) -> list[dict[str, object]]:
    """The ledger, newest first (empty when nothing was ever applied to this database)."""
    with connect(live_url, "live") as conn:
        exists = conn.execute("SELECT to_regclass(%s)", [f"{LEDGER_SCHEMA}.applied"]).fetchone()
        if not exists or exists[0] is None:
            return []
        with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            cur.execute(sql.SQL("SELECT id, plan_file, statements_hash, approved, applied_by, started_at::text,"
                                " finished_at::text, result, error FROM {}.applied ORDER BY id DESC")
                        .format(sql.Identifier(LEDGER_SCHEMA)))
            return list(cur.fetchall())
