"""The plans in diffs/: the one a re-plan of an unchanged situation would write again (reused
instead of a new copy), and the state of each plan against live (pending, approved, applied, stale).

A plan is a function of its situation: live's target, last applied plan and catalog fingerprint,
the desired files' hash, the tool and scratch server versions, and the options that change what is
planned (header line `-- options:`). Equal situations give equal plans, so the file already in
diffs/ is the plan -- unless live's ledger records it as applied (then live was put back by hand,
and a new plan is written: its `last-applied` line differs anyway).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from ..apply import ledger
from ..catalog import fingerprint
from ..errors import CmisDiffError
from ..ignore import IgnoreRules
from ..live import target
from .planfile import PlanHeader, PlanText, check_approved, read, read_header

OPTIONS = "options"  # plan header key: the options that shaped the plan
ROLLBACK_SUFFIX = ".rollback.sql"


@dataclass(frozen=True)
class Live:
    """Live as plans are judged against it."""

    target: str
    fingerprint: str
    last_applied: str
    applied: dict[str, str]  # plan hash -> result of its last application (applied | partial)


def read_live(conn: psycopg.Connection) -> Live:
    rows = ledger.applied_rows(conn)
    applied = {str(r["plan_hash"]): str(r["result"]) for r in rows if r["result"] in ("applied", "partial")}
    return Live(target(conn), fingerprint.read(conn).digest, ledger.last_applied(rows), applied)


def options_line(flags: list[str], rules: IgnoreRules) -> str:
    """`--no-verify --strict-column-order ignore-rules=<hash>`, or `none`."""
    parts = sorted(flags)
    if rules:
        digest = hashlib.sha256(repr(rules.rules).encode()).hexdigest()[:12]
        parts.append(f"ignore-rules={digest}")
    return " ".join(parts) or "none"


@dataclass(frozen=True)
class Situation:
    target: str
    last_applied: str
    live_fingerprint: str
    desired_hash: str
    tool: str
    options: str


def situation_of(header: PlanHeader) -> Situation:
    return Situation(header.target, header.last_applied, header.live_fingerprint, header.desired_hash, header.tool,
                     header.extra.get(OPTIONS, "none"))


def plan_files(diffs: Path) -> list[Path]:
    """Plans and rollback scripts in diffs/, newest first (names start with their UTC time)."""
    return sorted((p for p in diffs.glob("*.sql") if p.is_file()), key=lambda p: p.name, reverse=True)


def reusable(diffs: Path, wanted: Situation, live: Live) -> Path | None:
    """The plan in diffs/ made in exactly this situation and not applied since, if any."""
    for path in plan_files(diffs):
        if path.name.endswith(ROLLBACK_SUFFIX):
            continue
        try:
            if situation_of(read_header(path)) != wanted:
                continue
            if read(path).plan_hash not in live.applied:
                return path
        except CmisDiffError:
            continue  # not a plan (or unreadable): never reused
    return None


@dataclass(frozen=True)
class Entry:
    path: Path
    state: str  # pending | approved | applied | partial | stale | unreadable
    detail: str
    plan: PlanText | None

    def as_json(self) -> dict[str, Any]:
        header = self.plan.header if self.plan else None
        approval = self.plan.approval if self.plan else None
        return {"file": str(self.path), "state": self.state, "detail": self.detail,
                "rollback_of": header.extra.get("rollback-of") if header else None,
                "changes": header.changes if header else None, "hazards": header.hazards if header else None,
                "approved_by": approval.by if approval else None, "approved_at": approval.at if approval else None,
                "plan_hash": self.plan.plan_hash if self.plan else None}


def state_of(plan: PlanText, label: str, live: Live | None) -> tuple[str, str]:
    """(state, detail) of a plan against live (None: live not reachable, judged from the file alone)."""
    if live is not None and plan.plan_hash in live.applied:
        result = live.applied[plan.plan_hash]
        return result, "recorded in live's ledger" + (" (phase 2 still to finish: apply it again)"
                                                      if result == "partial" else "")
    if live is not None and plan.header.target != live.target:
        return "stale", "planned for another database"
    if live is not None and plan.header.live_fingerprint != live.fingerprint:
        if "rollback-of" in plan.header.extra and plan.header.desired_hash == live.fingerprint:
            return "stale", "for after its plan: live is still as it was before that plan"
        return "stale", "live changed since planning: plan again"
    checked = "" if live is not None else " (live not reachable: freshness not checked)"
    if plan.header.approved is None:
        return "pending", "not approved" + checked
    try:
        approval = check_approved(plan, label)
    except CmisDiffError:
        return "pending", "edited after approval: review and approve it again" + checked
    return "approved", f"by {approval.by} at {approval.at}{checked}"


def inventory(diffs: Path, live: Live | None) -> list[Entry]:
    out = []
    for path in plan_files(diffs):
        try:
            plan = read(path)
        except CmisDiffError as exc:
            out.append(Entry(path, "unreadable", str(exc), None))
            continue
        state, detail = state_of(plan, str(path), live)
        out.append(Entry(path, state, detail, plan))
    return out
