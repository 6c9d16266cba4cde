"""lint.Linting: squawk runs beside the weighing, and its findings land on the right statement."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from cmis_diff import lint
from cmis_diff.diff.changes import Action, Change

CHANGES = [Change("table", Action.CREATE, "app.t", "CREATE TABLE app.t (id int)"),
           Change("column", Action.DROP, "app.u.note", "ALTER TABLE app.u\n    DROP COLUMN note", table="app.u")]


def _fake_squawk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    binary = tmp_path / "squawk"
    binary.write_text(f"#!/bin/sh\necho $$ > {tmp_path / 'pid'}\n{body}\n")
    binary.chmod(0o755)
    monkeypatch.setattr(lint, "_squawk", lambda: str(binary))


def test_findings_land_on_the_statement_they_are_about_after_weighing() -> None:
    linting = lint.Linting(CHANGES, "18")
    weighed = [replace(c, notes=("weighed",)) for c in CHANGES]  # what weigh does meanwhile
    result = linting.result(weighed)
    found = [f for c in result.changes for f in c.lint]
    assert result.status.endswith(f": {len(found)} findings"), result.status
    assert any("ban-drop-column" in f for f in result.changes[1].lint)
    assert not any("ban-drop-column" in f for f in result.changes[0].lint)
    assert all(c.notes == ("weighed",) for c in result.changes)


def test_squawk_output_that_is_not_json_is_reported_not_raised(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_squawk(tmp_path, monkeypatch, "cat >/dev/null; echo 'not json'")
    result = lint.Linting(CHANGES, "18").result(CHANGES)
    assert result.status == "not run: squawk failed (JSONDecodeError)"
    assert result.changes == CHANGES


def test_a_cancelled_lint_leaves_no_squawk_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_squawk(tmp_path, monkeypatch, "exec sleep 60")
    linting = lint.Linting(CHANGES, "18")
    deadline = time.time() + 10
    while not (tmp_path / "pid").exists() and time.time() < deadline:
        time.sleep(0.02)
    pid = int((tmp_path / "pid").read_text())
    linting.cancel()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped


def test_nothing_to_lint_or_lint_off_starts_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_squawk(tmp_path, monkeypatch, "echo '[]'")
    assert lint.Linting([], "18").result([]).status == "not run: no statements"
    assert lint.Linting(CHANGES, "18", enabled=False).result(CHANGES).status == "off (--no-lint)"
    assert not (tmp_path / "pid").exists()


def test_a_squawk_past_its_time_is_reported_and_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_squawk(tmp_path, monkeypatch, "exec sleep 60")
    monkeypatch.setattr(lint, "_TIMEOUT_S", 0.5)
    result = lint.Linting(CHANGES, "18").result(CHANGES)
    assert result.status == "not run: squawk failed (TimeoutExpired)"
    assert result.changes == CHANGES
    with pytest.raises(ProcessLookupError):
        os.kill(int((tmp_path / "pid").read_text()), 0)  # killed and reaped
