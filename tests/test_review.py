"""The reviewer's loop (issue 15): every file the tool writes can be approved and applied, approve
shows a summary then every statement in full (and asks on a terminal), column order is a note,
rollback and reset guard live, an incomplete desired is refused, the cache stays bounded."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from cmis_diff.catalog.fingerprint import ORDER_NOTE
from cmis_diff.desired_build import inspect_desired
from cmis_diff.drift import Target, check
from cmis_diff.source.discover import discover

from .cli_helpers import json_out, run_cli
from .support import endpoints, load_sql_file

CASES = Path(__file__).parent / "cases"
NARROW = "CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY, created_at timestamptz);\n"
WIDE = "CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY, note text, created_at timestamptz);\n"


def _ok(proc: subprocess.CompletedProcess, code: int = 0) -> subprocess.CompletedProcess:
    assert proc.returncode == code, (proc.stdout[-3000:], proc.stderr)
    return proc


def test_every_kind_of_plan_file_approves_and_applies(tmp_path: Path, make_db: Callable[[], str]) -> None:
    """A plan with column-order notes, its rollback script, and a --no-verify plan (plans with
    not-converged lines: test_apply.py)."""
    live = make_db()
    load_sql_file(live, CASES / "column_drop" / "b.sql")
    (tmp_path / "desired.sql").write_text((CASES / "column_drop" / "a.sql").read_text())
    at = {"cwd": tmp_path}
    # its rollback drops the column the plan adds: data loss, allowed here
    planned = _ok(run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql",
                          "--allow-hazards", "data-loss", **at), 2)
    assert "note: 2 columns out of desired's order" in planned.stdout
    text = (tmp_path / "p.sql").read_text()
    assert f"-- note-1: column app.campaigns.created_at ({ORDER_NOTE} (position 4, want 5))" in text
    for name in ("p.sql", "p.rollback.sql"):
        _ok(run_cli("approve", name, "--by", "alice", **at))
        _ok(run_cli("apply", name, "--live", live, "--desired", "desired.sql", **at))
    more = (CASES / "column_drop" / "a.sql").read_text() + "CREATE TABLE app.x (i int);\n"
    (tmp_path / "desired.sql").write_text(more)
    _ok(run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "q.sql", "--no-verify", **at), 2)
    assert "-- verified: no (--no-verify)" in (tmp_path / "q.sql").read_text()
    assert not (tmp_path / "q.rollback.sql").exists()
    _ok(run_cli("approve", "q.sql", **at))
    _ok(run_cli("apply", "q.sql", "--live", live, "--desired", "desired.sql", **at))


def _pty_run(args: list[str], cwd: Path, answer: bytes) -> tuple[int, str]:
    """Run cmis-diff on a pseudo-terminal (stdin and stdout), answering its question."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "cmis_diff", *args], cwd=cwd, stdin=follower, stdout=follower,
                            stderr=follower, env={**os.environ, "PAGER": "cat", "TERM": "dumb", "COLUMNS": "80"})
    os.close(follower)
    out, answered, deadline = b"", False, time.time() + 120
    while time.time() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if not answered and b"[y/N]" in out:
                os.write(leader, answer)
                answered = True
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(leader)
    return proc.returncode, out.decode(errors="replace").replace("\r\n", "\n")


def test_approve_shows_the_summary_then_every_statement_and_asks(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    long_check = " OR ".join(f"amount = {n}" for n in range(40))  # one statement far wider than a terminal
    (tmp_path / "desired.sql").write_text(f"CREATE SCHEMA app;\nCREATE TABLE app.t (amount int NOT NULL DEFAULT 0, "
                                          f"CONSTRAINT amount_known CHECK ({long_check}));\n"
                                          "COMMENT ON TABLE app.t IS 'amounts';\n")
    _ok(run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql", cwd=tmp_path), 2)
    shown = _ok(run_cli("approve", "p.sql", "--by", "alice", cwd=tmp_path)).stdout  # not a terminal: no question
    summary, _, whole = shown.partition("----- p.sql, in full")
    assert "create table (1)" in summary and "and, on the objects this plan creates: 1 comment" in summary
    statement = next(line for line in whole.splitlines() if "amount_known" in line and "CHECK" in line)
    assert "amount = 39" in statement and len(statement) > 400  # in full, on its line, never cut
    assert "Approved p.sql: sha256:" in shown

    before = (tmp_path / "p.sql").read_text()
    code, screen = _pty_run(["approve", "p.sql", "--by", "bob"], tmp_path, b"n\n")
    assert code == 1 and "not approved (nothing recorded)" in screen and "create table (1)" in screen
    assert (tmp_path / "p.sql").read_text() == before
    code, screen = _pty_run(["approve", "p.sql", "--by", "bob"], tmp_path, b"y\n")
    assert code == 0 and " by bob at " in (tmp_path / "p.sql").read_text()


def test_column_order_is_a_note_unless_strict(tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:  # the column added where it was natural to add it
        conn.execute(NARROW.encode())
        conn.execute("ALTER TABLE app.t ADD COLUMN note text")
    (tmp_path / "desired.sql").write_text(WIDE)
    plain = _ok(run_cli("plan", "--desired", "desired.sql", "--live", live, cwd=tmp_path))
    assert "No changes" in plain.stdout and "note: 2 columns out of desired's order" in plain.stdout
    strict = _ok(run_cli("plan", "--desired", "desired.sql", "--live", live, "--strict-column-order",
                         "--format", "json", cwd=tmp_path), 1)
    assert {n["object"] for n in json_out(strict)["not_converged"]} == {"app.t.note", "app.t.created_at"}
    desired = inspect_desired(discover(tmp_path / "desired.sql"), endpoints(live, server_url)[1])[0]
    report = check(Target("live", live), desired.fingerprint, lambda: desired)
    assert report.status == "clean" and report.as_json()["column_order_differs"] == 2
    strict_drift = check(Target("live", live), desired.fingerprint, lambda: desired, strict_column_order=True)
    assert strict_drift.status == "drift"


def test_an_incomplete_desired_is_refused(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    tables = "".join(f"CREATE TABLE app.t{n} (id int);\n" for n in range(12))
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(("CREATE SCHEMA app;\n" + tables).encode())
    (tmp_path / "roles.sql").write_text("SELECT 1;\n")  # e.g. --desired desired/roles.sql: no table at all
    (tmp_path / "one.sql").write_text("CREATE SCHEMA app;\nCREATE TABLE app.t0 (id int);\n")
    for name, dropped, why in (("roles.sql", 12, "it defines no table"), ("one.sql", 11, "it is a single file")):
        refused = _ok(run_cli("plan", "--desired", name, "--live", live, "--no-verify", cwd=tmp_path), 1)
        assert f"{name}: refusing to plan dropping {dropped} of live's 12 tables" in refused.stderr, refused.stderr
        assert why in refused.stderr and not list(tmp_path.glob("diffs/*.sql"))
    _ok(run_cli("plan", "--desired", "one.sql", "--live", live, "--no-verify", "--allow-empty-desired",
                cwd=tmp_path), 2)


def test_rollback_is_refused_once_live_moved_on(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    (tmp_path / "desired.sql").write_text(NARROW)
    at = {"cwd": tmp_path}
    nothing = _ok(run_cli("rollback", "--live", live, "--yes", **at), 1)
    assert "no plan was ever applied" in nothing.stderr
    _ok(run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "diffs/p.sql", **at), 2)
    _ok(run_cli("approve", "diffs/p.sql", **at))
    _ok(run_cli("apply", "diffs/p.sql", "--live", live, "--desired", "desired.sql", **at))
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("COMMENT ON TABLE app.t IS 'by hand'")
    refused = _ok(run_cli("rollback", "--live", live, "--yes", **at), 1)
    assert "live has changed since diffs/p.sql was applied" in refused.stderr
    assert "approved:" not in (tmp_path / "diffs" / "p.rollback.sql").read_text()  # nothing approved either


def test_reset_needs_force_off_the_embedded_server(tmp_path: Path, make_db: Callable[[], str]) -> None:
    (tmp_path / "desired.sql").write_text(NARROW)
    refused = _ok(run_cli("reset", "--desired", "desired.sql", "--live", make_db(), cwd=tmp_path), 1)
    assert "refusing to reset" in refused.stderr and "--force" in refused.stderr


def test_server_subcommands_have_their_own_help_and_urls(tmp_path: Path) -> None:
    helps = {action: _ok(run_cli("server", action, "--help", cwd=tmp_path)).stdout
             for action in ("start", "stop", "status", "url")}
    assert len(set(helps.values())) == 4 and "--scratch" in helps["url"]
    assert "/cmis?" in _ok(run_cli("server", "url", cwd=tmp_path)).stdout
    assert "/postgres?" in _ok(run_cli("server", "url", "--scratch", cwd=tmp_path)).stdout


def test_the_cache_is_pruned_to_its_size_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cmis_diff import cache

    monkeypatch.setenv("CMIS_DIFF_CACHE_MB", "1")
    for n in range(4):  # 400 KB each: the newest two fit in 1 MB
        entry = tmp_path / f"desired-{n:032x}.pickle"
        entry.write_bytes(b"x" * 400_000)
        os.utime(entry, (1000 + n, 1000 + n))
    cache._prune(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"desired-{n:032x}.pickle" for n in (2, 3)]
