"""Lint: squawk (squawk-cli) reads every plan when it is installed (plan --lint, the default). Its
findings are listed with the hazards, on the statement they are about, except those that our
apply or our online forms already make safe (they would only be noise)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
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


class Linting:
    """squawk reading a plan in a process of its own while the caller rehearses and weighs it;
    `result` attaches its findings to the statements weighed (linted again if the rehearsal
    reordered them: some of squawk's rules look at what came before)."""

    def __init__(self, changes: list[Change], pg_version: str, enabled: bool = True) -> None:
        self._linted, self._pg_version = [c.sql for c in changes], pg_version
        self._starts: list[int] = []
        self._proc: subprocess.Popen[bytes] | None = None
        self._failure = ""
        self._status = self._start(changes, pg_version) if enabled and changes else without_statements(enabled)

    def _start(self, changes: list[Change], pg_version: str) -> str:
        """'' once squawk runs, else why it does not."""
        binary = _squawk()
        if binary is None:
            return "not run: squawk is not installed (pip install squawk-cli)"
        self._binary, lines = binary, 0
        for c in changes:
            self._starts.append(lines)
            lines += c.sql.count("\n") + 2  # the statement, ";", a blank line
        # squawk reads and writes unnamed files, not pipes: a thread feeding a pipe beside the
        # caller's work waited for the GIL at every chunk (2 s of a 1,890-table plan)
        self._plan, self._out = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115 (see _close)
        self._plan.write("".join(f"{c.sql};\n\n" for c in changes).encode())
        self._plan.seek(0)
        self._deadline = time.monotonic() + _TIMEOUT_S
        try:
            self._proc = subprocess.Popen([binary, "--reporter", "json", "--assume-in-transaction", "--pg-version",
                                           pg_version, "--stdin-filepath", "plan.sql"], stdin=self._plan,
                                          stdout=self._out, stderr=subprocess.DEVNULL)
        except OSError as exc:
            self._close()
            return f"not run: squawk failed ({names.text(type(exc).__name__)})"
        return ""

    def _close(self) -> None:
        self._plan.close()
        self._out.close()

    def _output(self) -> str:
        """What squawk wrote, once it has ended ('' if it failed, why in self._failure)."""
        assert self._proc is not None
        try:
            self._proc.wait(timeout=max(self._deadline - time.monotonic(), 0))
        except subprocess.TimeoutExpired as exc:
            self._failure = type(exc).__name__
            return ""
        self._out.seek(0)
        out = self._out.read().decode()
        self._close()
        return out

    def cancel(self) -> None:
        """Stop squawk: the caller failed on the way, and leaves no process behind."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        if self._proc is not None:
            self._close()

    def result(self, changes: list[Change]) -> Lint:
        """`changes` (those given, weighed since) with squawk's findings attached, and what happened."""
        from .render.online import after_commit

        if self._status:
            return Lint(changes, self._status)
        if [c.sql for c in changes] != self._linted:  # the rehearsal reordered them: lint what the plan is
            self.cancel()
            return Linting(changes, self._pg_version).result(changes)
        out = self._output()
        try:
            found = json.loads(out or "[]")
        except json.JSONDecodeError as exc:
            self._failure = self._failure or type(exc).__name__
        if self._failure:
            self.cancel()  # a squawk that timed out is still running
            return Lint(changes, f"not run: squawk failed ({names.text(self._failure)})")
        per: dict[int, list[str]] = {}
        for f in found:
            i = max(bisect_right(self._starts, int(f.get("line", 0))) - 1, 0)
            rule = str(f.get("rule_name", ""))
            if rule in _MADE_SAFE or (rule in _SAFE_AFTER_COMMIT and after_commit(changes[i])):
                continue
            per.setdefault(i, []).append(f"squawk {names.text(rule)}: {names.text(str(f.get('message', '')))}")
        status = f"{names.text(_version(self._binary))}: {sum(len(v) for v in per.values())} findings"
        return Lint([replace(c, lint=tuple(dict.fromkeys(per[i]))) if i in per else c
                     for i, c in enumerate(changes)], status)
