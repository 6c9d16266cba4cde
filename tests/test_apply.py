"""apply runs only an approved, unedited, fresh plan, all or nothing, and records it in the ledger."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from cmis_diff.catalog import fingerprint

from .cli_helpers import run_cli

DESIRED = ("CREATE SCHEMA app;\n"
           "CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n"
           "CREATE TABLE app.users (user_id uuid PRIMARY KEY, org_id uuid REFERENCES app.orgs);\n"
           "CREATE INDEX users_org_idx ON app.users (org_id);\n"
           "COMMENT ON TABLE app.orgs IS 'tenants';\n")


@pytest.fixture
def planned(tmp_path: Path, make_db: Callable[[], str]) -> tuple[Path, str]:
    (tmp_path / "desired.sql").write_text(DESIRED)
    live = make_db()
    proc = run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "plan.sql", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    return tmp_path / "plan.sql", live


def _live_digest(url: str) -> str:
    with psycopg.connect(url) as conn:
        return fingerprint.read(conn).digest


def _refused(proc, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, proc.stdout
    assert expected in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_unapproved_plan_is_refused(planned: tuple[Path, str]) -> None:
    plan, live = planned
    before = _live_digest(live)
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "not approved")
    assert _live_digest(live) == before


def test_plan_edited_after_approval_is_refused(planned: tuple[Path, str]) -> None:
    plan, live = planned
    assert run_cli("approve", str(plan), "--by", "alice", cwd=plan.parent).returncode == 0
    plan.write_text(plan.read_text().replace("'tenants'", "'tenants!'"))
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "edited after approval")
    # approving the edited text makes it applicable again
    assert run_cli("approve", str(plan), "--by", "alice", cwd=plan.parent).returncode == 0
    assert run_cli("apply", str(plan), "--live", live, cwd=plan.parent).returncode == 0


def test_stale_plan_is_refused_and_says_what_changed(planned: tuple[Path, str]) -> None:
    plan, live = planned
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.hotfix (id int)")
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "live schema changed since planning")
    proc = run_cli("apply", str(plan), "--live", live, cwd=plan.parent)
    assert "relation" in proc.stderr and "column" in proc.stderr


def test_malformed_plan_is_refused(tmp_path: Path, make_db: Callable[[], str]) -> None:
    bad = tmp_path / "bad.sql"
    bad.write_text("CREATE TABLE x (id int);\n")
    _refused(run_cli("apply", str(bad), "--live", make_db(), cwd=tmp_path), "not a cmis-diff plan")


def test_applied_twice_is_refused_and_ledger_records(planned: tuple[Path, str]) -> None:
    plan, live = planned
    assert run_cli("approve", str(plan), "--by", "alice", cwd=plan.parent).returncode == 0
    first = run_cli("apply", str(plan), "--live", live, cwd=plan.parent)
    assert first.returncode == 0, first.stderr
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "already applied")
    with psycopg.connect(live) as conn:
        rows = conn.execute("SELECT result, approved FROM cmis_diff.applied ORDER BY id").fetchall()
    assert rows[0][0] == "applied" and "by alice" in rows[0][1]


def test_failing_statement_leaves_live_unchanged(planned: tuple[Path, str]) -> None:
    plan, live = planned
    text = plan.read_text()
    # a statement that fails half-way through the plan
    plan.write_text(text.replace("-- [create] table app.users", "SELECT 1/0;\n\n-- [create] table app.users", 1))
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0
    before = _live_digest(live)
    proc = run_cli("apply", str(plan), "--live", live, cwd=plan.parent)
    _refused(proc, "failed, nothing applied: division by zero")
    assert _live_digest(live) == before
    with psycopg.connect(live) as conn:
        assert conn.execute("SELECT result FROM cmis_diff.applied").fetchall() == [("failed",)]


def test_dry_run_rolls_back_and_reports_timings(planned: tuple[Path, str]) -> None:
    plan, live = planned
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0
    before = _live_digest(live)
    proc = run_cli("apply", str(plan), "--live", live, "--dry-run", cwd=plan.parent)
    assert proc.returncode == 0, proc.stderr
    assert "rolled back" in proc.stdout and " ms " in proc.stdout
    assert _live_digest(live) == before
