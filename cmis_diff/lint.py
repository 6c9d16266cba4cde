"""Lint: squawk (squawk-cli) reads every plan when it is installed (plan --lint, the default). Its
findings are listed with the hazards, on the statement they are about, except those that our
apply or our online forms already make safe (they would only be noise)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .diff.changes import Change
from .render import names

_TIMEOUT_S = 120
# safe for every statement of a plan: apply sets lock_timeout and statement_timeout on each, runs
# phase 1 all or nothing and phase 2 idempotently (resumable)
_MADE_SAFE = {"require-lock-timeout", "require-statement-timeout", "prefer-robust-stmts", "transaction-nesting"}
# safe for what runs after the commit (CONCURRENTLY, VALIDATE of a constraint added NOT VALID; the
# only constraint dropped there is the temporary CHECK of SET NOT NULL's online form)
_SAFE_AFTER_COMMIT = {"ban-concurrent-index-creation-in-transaction", "constraint-missing-not-valid",
                      "ban-drop-constraint"}


@dataclass(frozen=True)
class Lint:
    changes: list[Change]
    status: str  # e.g. "squawk 2.70.0: 3 findings", "not run: squawk is not installed", "off (--no-lint)"


def without_statements(enabled: bool) -> str:
    """What lint says of a plan without statements (squawk has nothing to read)."""
    return "not run: no statements" if enabled else "off (--no-lint)"


def _squawk() -> str | None:
    beside = Path(sys.executable).parent / "squawk"  # a virtualenv that is not activated
    return str(beside) if beside.is_file() else shutil.which("squawk")


@cache
def _version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=_TIMEOUT_S).stdout
    except (OSError, subprocess.TimeoutExpired):
        out = ""
    return out.strip() or "squawk"


def run(changes: list[Change], pg_version: str, enabled: bool = True) -> Lint:
    """The changes with squawk's findings attached, and what happened."""
    from .render.online import after_commit

    if not enabled or not changes:
        return Lint(changes, without_statements(enabled))
    binary = _squawk()
    if binary is None:
        return Lint(changes, "not run: squawk is not installed (pip install squawk-cli)")
    starts, lines = [], 0
    for c in changes:
        starts.append(lines)
        lines += c.sql.count("\n") + 2  # the statement, ";", a blank line
    text = "".join(f"{c.sql};\n\n" for c in changes)
    try:
        proc = subprocess.run([binary, "--reporter", "json", "--assume-in-transaction", "--pg-version",
                               pg_version, "--stdin-filepath", "plan.sql"], input=text, capture_output=True,
                              text=True, timeout=_TIMEOUT_S)
        found = json.loads(proc.stdout or "[]")
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        return Lint(changes, f"not run: squawk failed ({names.text(type(exc).__name__)})")
    per: dict[int, list[str]] = {}
    for f in found:
        i = max(bisect_right(starts, int(f.get("line", 0))) - 1, 0)
        rule = str(f.get("rule_name", ""))
        if rule in _MADE_SAFE or (rule in _SAFE_AFTER_COMMIT and after_commit(changes[i])):
            continue
        per.setdefault(i, []).append(f"squawk {names.text(rule)}: {names.text(str(f.get('message', '')))}")
    status = f"{names.text(_version(binary))}: {sum(len(v) for v in per.values())} findings"
    return Lint([replace(c, lint=tuple(dict.fromkeys(per[i]))) if i in per else c for i, c in enumerate(changes)],
                status)
