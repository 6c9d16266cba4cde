"""Run an approved plan on live: all or nothing, under an advisory lock, recorded in the ledger.

Phase 1 runs, in one transaction, the checks that decide whether the plan may run (the ledger is
ours and unbroken, the plan was made for this database, from live as it is now, is not applied
yet, and is approved in live when that is required), every statement that can run in a
transaction, and the ledger row saying so: live never changes without its row. Statements that
cannot run in a transaction (CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM) run in
phase 2, after the commit, one by one, each made idempotent; phase 1's row (`partial`) lists them,
so that applying the same plan again after a failure or a crash there resumes them.
"""

from __future__ import annotations

import getpass
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from .. import __version__, live, waits
from ..catalog import fingerprint
from ..connect import connect
from ..errors import CmisDiffError
from ..plan.planfile import PlanText, check_approved, read
from ..render import names
from . import ledger, refusal
from .ledger import APPLIED, APPROVALS, Ledger
from .statements import PlanStatement, plan_statements


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
    reapplied: int | None = None  # ledger id of an earlier application whose effect was undone by hand
    other_target: str | None = None  # the target the plan named, when applied to another (--allow-other-target)


@dataclass(frozen=True)
class ApplyOptions:
    limits: waits.Limits = field(default_factory=waits.Limits)
    dry_run: bool = False
    role: str | None = None  # SET ROLE for the plan's statements
    allow_other_target: bool = False
    require_live_approval: bool = False
    four_eyes: bool = False  # a live approval by a role other than the applying one


@dataclass
class _Run:
    """One apply, as the ledger rows describe it."""

    conn: psycopg.Connection
    live_url: str
    label: str
    plan: PlanText
    statements: list[PlanStatement]
    options: ApplyOptions
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    live_before: str | None = None
    other_target: str | None = None

    def row(self, result: str, error: str | None = None, live_after: str | None = None,
            pending: list[str] | None = None) -> dict[str, Any]:
        me = self.conn.execute("SELECT session_user").fetchone()
        return {"plan_file": self.label, "plan_hash": self.plan.plan_hash, "approved": self.plan.header.approved,
                "applied_by": getpass.getuser(), "db_role": me[0] if me else "", "started_at": self.started,
                "finished_at": datetime.now(UTC), "result": result, "error": error, "live_before": self.live_before,
                "live_after": live_after, "other_target": self.other_target, "pending": pending}


class _StatementFailed(CmisDiffError):
    """A plan statement failed (recorded in the ledger as `failed`, unlike a refusal)."""


def _check_compatible(plan: PlanText, label: str) -> None:
    tool = plan.header.tool.split(",", 1)[0].removeprefix("cmis-diff ").strip()
    if tool.split(".", 1)[0] != __version__.split(".", 1)[0]:
        raise CmisDiffError(f"{label}: made by cmis-diff {tool}, which this cmis-diff {__version__} cannot apply")


def _check_fresh(now: fingerprint.Fingerprint, plan: PlanText, label: str) -> None:
    if now.digest == plan.header.live_fingerprint:
        return
    planned = fingerprint.parse_kinds(plan.header.extra.get(fingerprint.KINDS_HEADER, ""))
    changed = sorted(k for k in planned.keys() | now.per_kind.keys()
                     if planned.get(k) != fingerprint.short(now.per_kind.get(k, "")))
    what = f"changed kinds: {', '.join(changed)}" if planned and changed else "fingerprint differs"
    raise CmisDiffError(f"{label}: live schema changed since planning ({what}); plan again")


def _check_target(run: _Run) -> None:
    here, planned = live.target(run.conn), run.plan.header.target
    if here == planned:
        return
    if not run.options.allow_other_target:
        raise CmisDiffError(f"{run.label}: planned for another database (target {planned}; live is {here}: server "
                            "system identifier and database name); plan again, or pass --allow-other-target")
    run.other_target = planned


def _check_live_approval(run: _Run, book: Ledger) -> None:
    if not (run.options.require_live_approval or run.options.four_eyes):
        return
    approvals = [r for r in book.rows(APPROVALS) if r["plan_hash"] == run.plan.plan_hash]
    if not approvals:
        raise CmisDiffError(f"{run.label}: no approval of this plan is recorded in live (cmis-diff approve "
                            f"{run.label} --in-live); required by --require-live-approval")
    me = run.conn.execute("SELECT session_user").fetchone()
    if run.options.four_eyes and all(r["approving_role"] == (me[0] if me else "") for r in approvals):
        raise CmisDiffError(f"{run.label}: approved in live only by {names.ident(approvals[0]['approving_role'])}, "
                            "the role applying it; --four-eyes needs an approval by another role")


def _message(exc: psycopg.Error) -> str:
    return names.text((exc.diag.message_primary or str(exc)).strip().splitlines()[0])


def _set_timeouts(conn: psycopg.Connection, settings: dict[str, str]) -> None:
    for name, value in settings.items():
        conn.execute("SELECT pg_catalog.set_config(%s, %s, true)", [name, value])


def apply(path: Path, live_url: str, lock_timeout_s: float = waits.LOCK_TIMEOUT_S,
          statement_timeout_s: float = waits.STATEMENT_TIMEOUT_S, dry_run: bool = False, role: str | None = None,
          options: ApplyOptions | None = None) -> ApplyResult:
    """Apply the plan at path. `options` (if given) replaces the timeouts, dry_run and role arguments."""
    options = options or ApplyOptions(waits.Limits(lock_timeout_s, statement_timeout_s), dry_run, role)
    label = str(path)
    plan = read(path)
    _check_compatible(plan, label)
    if not options.dry_run:  # a dry run changes nothing (rolled back): it may come before approval
        check_approved(plan, label)
        refusal.check(plan, label)
    statements = plan_statements(plan.statements_text, label)
    with connect(live_url, "live", limits=options.limits) as conn, waits.explained(live_url, options.limits, conn), \
            ledger.locked(conn, label, options.limits):
        ledger.ensure(conn, plan.header.last_applied, label)
        return _apply_locked(_Run(conn, live_url, label, plan, statements, options))


def _apply_locked(run: _Run) -> ApplyResult:
    outside = [s for s in run.statements if not s.transactional]
    try:
        with run.conn.transaction(force_rollback=run.options.dry_run):
            resumed, reapplied, timings, pending = _phase1(run, outside)
    except _StatementFailed as exc:
        _record_after(run, "failed", str(exc))
        raise
    if run.options.dry_run:
        _record_after(run, "dry-run", None)
        return ApplyResult(Path(run.label), len(run.statements), timings, True)
    if resumed or pending:  # phase 1 recorded `partial`: phase 2 records `applied` when done
        timings += _phase2(run, pending)
    return ApplyResult(Path(run.label), len(run.statements), timings, False, resumed=resumed, reapplied=reapplied,
                       other_target=run.other_target)


def _phase1(run: _Run, outside: list[PlanStatement]) -> tuple[bool, int | None, list[StatementTiming],
                                                                  list[PlanStatement]]:
    """Checks, transactional statements and the ledger row, in the caller's transaction.
    Returns (resumed, reapplied, timings, phase-2 statements to run)."""
    book = Ledger(run.conn, write=True)
    rows = book.rows(APPLIED)
    ledger.check_history(rows, run.plan.header.last_applied, run.label)
    _check_target(run)
    _check_live_approval(run, book)
    mine = [r for r in rows if r["plan_hash"] == run.plan.plan_hash and r["result"] in ("applied", "partial")]
    last = mine[-1] if mine else None
    if last is not None and last["result"] == "partial":  # phase 1 committed before: resume phase 2
        run.live_before = last["live_before"]
        return True, None, [], [s for s in outside if s.sql in (last["pending"] or ())]
    now = fingerprint.read(run.conn)
    reapplied = None
    if last is not None:
        if now.digest != last["live_before"]:
            raise CmisDiffError(f"{run.label}: already applied (recorded in {APPLIED.shown}, row {last['id']})")
        reapplied = last["id"]  # live is back where it was before that application: its effect was undone
    _check_fresh(now, run.plan, run.label)
    run.live_before = now.digest
    timings = _run_in_transaction(run)
    if not run.options.dry_run:
        after = fingerprint.read(run.conn).digest
        if outside:
            book.append(APPLIED, run.row("partial", live_after=after, pending=[s.sql for s in outside]))
        else:
            book.append(APPLIED, run.row("applied", live_after=after))
    return False, reapplied, timings, outside


def _run_in_transaction(run: _Run) -> list[StatementTiming]:
    """Every transactional statement, as the plan says (timeouts, role): all of them, or none."""
    conn, defaults = run.conn, run.options.limits.settings
    timings: list[StatementTiming] = []
    _set_timeouts(conn, defaults)
    if run.options.role:
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(run.options.role)))
    in_tx = [s for s in run.statements if s.transactional]
    for st in in_tx:
        if st.settings:
            _set_timeouts(conn, st.settings)
        t = time.perf_counter()
        try:
            conn.execute(st.sql.encode())
        except psycopg.Error as exc:
            detail = waits.describe(exc, run.live_url, run.options.limits, [conn.info.backend_pid])
            raise _StatementFailed(f"{run.label}: statement {st.index} of {len(run.statements)} failed, nothing "
                                   f"applied: {detail or _message(exc)} [{names.text(st.first_line)}]") from None
        timings.append(StatementTiming(st.index, time.perf_counter() - t, st.sql))
        if st.settings:
            _set_timeouts(conn, defaults)
    conn.execute("RESET ROLE")  # the ledger row is written as the connecting role
    return timings


def _record_after(run: _Run, result: str, error: str | None, pending: list[str] | None = None) -> None:
    """Best effort, outside phase 1: record a failed or dry run, or where phase 2 stopped (never at
    the cost of the error being reported)."""
    try:
        with run.conn.transaction():
            Ledger(run.conn, write=True).append(APPLIED, run.row(result, error, pending=pending))
    except (CmisDiffError, psycopg.Error):
        pass


def _phase2(run: _Run, pending: list[PlanStatement]) -> list[StatementTiming]:
    """Statements that cannot run in a transaction, after phase 1 committed, one by one,
    idempotently; the ledger says what is still to run if one fails."""
    conn = run.conn
    timings: list[StatementTiming] = []
    for n, st in enumerate(pending):
        for name, value in {**run.options.limits.settings, **st.settings}.items():
            conn.execute("SELECT pg_catalog.set_config(%s, %s, false)", [name, value])
        t = time.perf_counter()
        try:
            steps = st.idempotent_steps(conn)
            if run.options.role:
                conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(run.options.role)))
            try:
                for step in steps:
                    conn.execute(step.encode())
            finally:
                conn.execute("RESET ROLE")
        except psycopg.Error as exc:
            error = (f"{run.label}: phase 1 committed; stopped at phase-2 statement {n + 1} of {len(pending)} "
                     f"(plan statement {st.index}): {_message(exc)} [{names.text(st.first_line)}]; "
                     "fix the cause and run apply again to resume")
            _record_after(run, "partial", error, pending=[s.sql for s in pending[n:]])
            raise CmisDiffError(error) from None
        timings.append(StatementTiming(st.index, time.perf_counter() - t, st.sql))
    for name, value in run.options.limits.settings.items():
        conn.execute("SELECT pg_catalog.set_config(%s, %s, false)", [name, value])
    with conn.transaction():
        after = fingerprint.read(conn).digest
        Ledger(conn, write=True).append(APPLIED, run.row("applied", live_after=after))
    return timings


def history(live_url: str, limits: waits.Limits | None = None) -> list[dict[str, object]]:
    """The ledger, newest first (empty when nothing was ever applied to this database)."""
    limits = limits or waits.Limits()
    with connect(live_url, "live", limits=limits) as conn, waits.explained(live_url, limits, conn):
        if not ledger.present(conn)["applied"]:
            return []
        with conn.transaction():
            rows = Ledger(conn, write=False).rows(APPLIED)
    return [{**r, "started_at": str(r["started_at"]), "finished_at": str(r["finished_at"])} for r in reversed(rows)]
