"""Which rollback script undoes live's last applied plan, and whether it still may run.

Every verified plan has a sibling `<plan>.rollback.sql`, rehearsed on the copy of live right after
the plan itself. It is the way back only from live exactly as that plan left it: when live has
moved on since (another plan, or a change by hand), the rollback is refused and a new plan is the
way forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from ..catalog import fingerprint
from ..errors import CmisDiffError
from ..plan.inventory import ROLLBACK_SUFFIX, plan_files
from ..plan.planfile import PlanText, read
from . import ledger


@dataclass(frozen=True)
class Rollback:
    plan_path: Path  # the last applied plan
    path: Path  # its rollback script
    row: dict[str, Any]  # the plan's ledger row
    script: PlanText


def _last_change(rows: list[dict[str, Any]]) -> dict[str, Any]:
    done = [r for r in rows if r["result"] in ("applied", "partial")]
    if not done:
        raise CmisDiffError("no plan was ever applied to live: nothing to roll back")
    return done[-1]


def _plan_file(diffs: Path, plan_hash: str, recorded: str) -> Path:
    """The plan in diffs/ with this hash (its file name in the ledger is only a hint: apply may have
    been run from anywhere)."""
    for path in plan_files(diffs):
        if path.name.endswith(ROLLBACK_SUFFIX):
            continue
        try:
            if read(path).plan_hash == plan_hash:
                return path
        except CmisDiffError:
            continue
    raise CmisDiffError(f"live's last applied plan ({recorded}, {plan_hash}) is not in {diffs}/: run rollback "
                        "where its plan files are (--dir)")


def find(conn: psycopg.Connection, diffs: Path) -> Rollback:
    """The rollback of live's last applied plan, refused (one line) when it may not run."""
    rows = ledger.applied_rows(conn)
    row = _last_change(rows)
    if row["result"] == "partial":
        raise CmisDiffError(f"live's last plan ({row['plan_file']}, ledger row {row['id']}) is only partly applied: "
                            "finish it first (apply it again), then roll it back")
    plan_path = _plan_file(diffs, str(row["plan_hash"]), str(row["plan_file"]))
    if "rollback-of" in read(plan_path).header.extra:
        raise CmisDiffError(f"live's last applied plan {plan_path} is itself a rollback: plan again to go forward")
    path = plan_path.with_name(plan_path.stem + ROLLBACK_SUFFIX)
    if not path.is_file():
        raise CmisDiffError(f"{plan_path} has no rollback script ({path.name}: plans made with --no-verify, or "
                            "whose rollback could not be rehearsed, have none); plan again to go back")
    now = fingerprint.read(conn).digest
    if now != row["live_after"]:
        raise CmisDiffError(f"live has changed since {plan_path} was applied (ledger row {row['id']}): its rollback "
                            "was made for live as that plan left it; plan again instead")
    script = read(path)
    if script.header.live_fingerprint != now:
        raise CmisDiffError(f"{path} was rehearsed for another state of live than {plan_path} left (fingerprint "
                            f"{script.header.live_fingerprint}, live is {now}); plan again instead")
    return Rollback(plan_path, path, row, script)
