"""apply runs only an approved, unedited, fresh plan, all or nothing, and records it in the ledger."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from cmis_diff.apply.executor import ApplyOptions, apply
from cmis_diff.apply.ledger import LOCK_KEY
from cmis_diff.catalog import fingerprint
from cmis_diff.errors import CmisDiffError
from cmis_diff.plan import planfile

from .cli_helpers import json_out, run_cli
from .support import SMALL_DESIRED, load_sql_file


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


def test_plan_of_an_incompatible_tool_version_is_refused(planned: tuple[Path, str]) -> None:
    plan, live = planned
    plan.write_text(re.sub(r"^-- tool: cmis-diff \S+,", "-- tool: cmis-diff 99.0.0,", plan.read_text(), flags=re.M))
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "made by cmis-diff 99.0.0")


def test_per_statement_timeout_directive(planned: tuple[Path, str]) -> None:
    plan, live = planned
    text = plan.read_text()
    plan.write_text(text + "\n-- cmis-diff: statement_timeout=300ms\nSELECT pg_sleep(2);\n")
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0
    before = _live_digest(live)
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "statement timeout")
    assert _live_digest(live) == before


def test_history_lists_the_ledger(planned: tuple[Path, str]) -> None:
    plan, live = planned
    assert run_cli("approve", str(plan), "--by", "carol", cwd=plan.parent).returncode == 0
    assert run_cli("apply", str(plan), "--live", live, cwd=plan.parent).returncode == 0
    text = run_cli("history", "--live", live, cwd=plan.parent)
    assert text.returncode == 0 and "applied" in text.stdout and "plan.sql" in text.stdout
    assert "as postgres" in text.stdout  # the database role, beside the OS user
    doc = json_out(run_cli("history", "--live", live, "--format", "json", cwd=plan.parent))
    assert [r["result"] for r in doc["applied"]] == ["applied"]
    assert "by carol" in doc["applied"][0]["approved"]


def test_apply_reports_that_live_now_matches_desired(planned: tuple[Path, str]) -> None:
    plan, live = planned
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0
    proc = run_cli("apply", str(plan), "--live", live, "--desired", "desired.sql", cwd=plan.parent)
    assert proc.returncode == 0, proc.stderr
    assert "Live now matches desired" in proc.stdout


def test_role_owns_what_the_plan_creates(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    grant = "GRANT CREATE ON SCHEMA public TO cmis_app;\n"
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(grant)
    (tmp_path / "desired.sql").write_text(grant + "CREATE TABLE public.owned (id int);\n")
    assert run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql",
                   cwd=tmp_path).returncode == 2
    assert run_cli("approve", "p.sql", cwd=tmp_path).returncode == 0
    proc = run_cli("apply", "p.sql", "--live", live, "--role", "cmis_app", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    with psycopg.connect(live) as conn:
        owner = conn.execute("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'public.owned'::regclass")
        assert owner.fetchone() == ("cmis_app",)


def _with_sleep(plan: Path, seconds: int) -> None:
    """Insert a slow statement in the middle of the plan (a long migration, for the tests)."""
    text = plan.read_text()
    plan.write_text(text.replace("-- [create] table app.users", f"SELECT pg_sleep({seconds});\n\n"
                                 "-- [create] table app.users", 1))
    assert run_cli("approve", str(plan), cwd=plan.parent).returncode == 0


def _wait_for_sleep(live: str) -> None:
    deadline = time.time() + 30
    while time.time() < deadline:
        with psycopg.connect(live) as conn:
            if conn.execute("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'").fetchone():
                return
        time.sleep(0.1)
    raise AssertionError("apply never reached its slow statement")


def _wait_until_gone(live: str, query_like: str) -> None:
    """The killed client's backend stops by itself (client_connection_check_interval), releasing its locks."""
    deadline = time.time() + 15
    with psycopg.connect(live, autocommit=True) as conn:
        while conn.execute("SELECT 1 FROM pg_stat_activity WHERE query LIKE %s AND pid <> pg_backend_pid()",
                           [query_like]).fetchone():
            assert time.time() < deadline, "the killed client's backend is still running"
            time.sleep(0.2)
        assert conn.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY]).fetchone() == (True,)


def test_kill_9_mid_apply_leaves_live_unchanged(planned: tuple[Path, str]) -> None:
    plan, live = planned
    _with_sleep(plan, 30)
    before = _live_digest(live)
    proc = subprocess.Popen([sys.executable, "-m", "cmis_diff", "apply", str(plan), "--live", live],
                            cwd=plan.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for_sleep(live)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    _wait_until_gone(live, "SELECT pg_sleep%")
    assert _live_digest(live) == before
    with psycopg.connect(live) as conn:
        assert conn.execute("SELECT count(*) FROM cmis_diff.applied").fetchone() == (0,)


def test_kill_9_in_phase_2_is_seen_by_drift_and_plan_and_resumed(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    base = ("CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n"
            "CREATE FUNCTION app.slow(i int) RETURNS int IMMUTABLE LANGUAGE plpgsql "
            "AS $$BEGIN PERFORM pg_sleep(0.1); RETURN i; END$$;\n")
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(base.encode())
        conn.execute("INSERT INTO app.t SELECT generate_series(1, 30)")
    (tmp_path / "desired.sql").write_text(base + "CREATE INDEX t_slow_idx ON app.t (app.slow(id));\n"
                                          "COMMENT ON TABLE app.t IS 'phase 1';\n")
    assert run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql", cwd=tmp_path).returncode == 2
    plan = tmp_path / "p.sql"
    plan.write_text(plan.read_text().replace("CREATE INDEX t_slow_idx", "CREATE INDEX CONCURRENTLY t_slow_idx"))
    planfile.approve(plan, "alice")
    proc = subprocess.Popen([sys.executable, "-m", "cmis_diff", "apply", "p.sql", "--live", live],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    with psycopg.connect(live, autocommit=True) as conn:
        while not conn.execute("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%'"
                               ).fetchone():
            assert time.time() < deadline and proc.poll() is None, "apply never reached phase 2"
            time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    _wait_until_gone(live, "CREATE INDEX CONCURRENTLY%")
    with psycopg.connect(live) as conn:
        assert conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.t_slow_idx'::regclass"
                            ).fetchone() == (False,)
        row = conn.execute("SELECT result, pending FROM cmis_diff.applied").fetchall()
        assert len(row) == 1 and row[0][0] == "partial" and "CONCURRENTLY t_slow_idx" in row[0][1][0]
        assert conn.execute("SELECT obj_description('app.t'::regclass)").fetchone() == ("phase 1",)
    drift = run_cli("drift", "--desired", "desired.sql", "--live", live, "--format", "json", cwd=tmp_path)
    assert drift.returncode == 2
    assert any(d["kind"] == "index" and "valid" in d["what"] for d in json_out(drift)["targets"][0]["drifted"])
    replan = run_cli("plan", "--desired", "desired.sql", "--live", live, "--format", "json", "--out", "re.sql",
                     cwd=tmp_path)
    assert replan.returncode == 2, replan.stderr
    assert {(c["kind"], c["action"]) for c in json_out(replan)["by_kind"]} == {("index", "drop"), ("index", "create")}
    resumed = run_cli("apply", "p.sql", "--live", live, cwd=tmp_path)
    assert resumed.returncode == 0 and "Resumed and finished" in resumed.stdout, resumed.stderr
    assert run_cli("drift", "--desired", "desired.sql", "--live", live, cwd=tmp_path).returncode == 0


def test_concurrent_applies_do_not_interleave(planned: tuple[Path, str]) -> None:
    plan, live = planned
    _with_sleep(plan, 2)
    first = subprocess.Popen([sys.executable, "-m", "cmis_diff", "apply", str(plan), "--live", live],
                             cwd=plan.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_sleep(live)
    second = run_cli("apply", str(plan), "--live", live, cwd=plan.parent)  # waits for the lock
    _out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    _refused(second, "already applied")
    with psycopg.connect(live) as conn:
        assert conn.execute("SELECT result FROM cmis_diff.applied").fetchall() == [("applied",)]


def test_concurrently_phase_resumes_after_a_failure(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    base = "CREATE SCHEMA app;\nCREATE TABLE app.emails (id int, address text);\n"
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(base.encode())
        conn.execute("INSERT INTO app.emails VALUES (1, 'a@x'), (2, 'a@x')")  # duplicates
    (tmp_path / "desired.sql").write_text(base + "CREATE INDEX emails_id_idx ON app.emails (id);\n"
                                          "CREATE UNIQUE INDEX emails_address_key ON app.emails (address);\n")
    assert run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql",
                   cwd=tmp_path).returncode == 2
    plan = tmp_path / "p.sql"
    # online forms: both built CONCURRENTLY, and the plan said the unique one would fail
    assert plan.read_text().count("INDEX CONCURRENTLY") == 2
    assert "1 value of (address) appears more than once in app.emails" in plan.read_text()
    assert run_cli("approve", "p.sql", cwd=tmp_path).returncode == 0
    failed = run_cli("apply", "p.sql", "--live", live, cwd=tmp_path)
    _refused(failed, "stopped at phase-2 statement")
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("DELETE FROM app.emails WHERE id = 2")
    resumed = run_cli("apply", "p.sql", "--live", live, "--desired", "desired.sql", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert "Resumed and finished" in resumed.stdout and "Live now matches desired" in resumed.stdout
    with psycopg.connect(live) as conn:
        valid = conn.execute("SELECT bool_and(indisvalid), count(*) FROM pg_index "
                             "WHERE indrelid = 'app.emails'::regclass").fetchone()
        assert valid == (True, 2)
        # phase 1 committed with its `partial` row listing both; the failure recorded what was still to run
        rows = conn.execute("SELECT result, pending FROM cmis_diff.applied ORDER BY id").fetchall()
        assert [r[0] for r in rows] == ["partial", "partial", "applied"]
        assert len(rows[0][1]) == 2 and "emails_address_key" in rows[1][1][0] and rows[2][1] is None


def test_rollback_script_restores_live(tmp_path: Path, make_db: Callable[[], str]) -> None:
    from cmis_diff.oracle import schema_dump

    live = make_db()
    start = ("CREATE SCHEMA app;\nCREATE TABLE app.orgs (org_id uuid PRIMARY KEY, legacy text);\n"
             "COMMENT ON TABLE app.orgs IS 'old';\n")
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(start.encode())
    before = schema_dump(live)
    (tmp_path / "desired.sql").write_text(SMALL_DESIRED)
    proc = run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql", "--format", "json",
                   "--allow-hazards", "data-loss", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert json_out(proc)["rollback_file"] == "p.rollback.sql"
    for name in ("p.sql", "p.rollback.sql"):
        assert run_cli("approve", name, cwd=tmp_path).returncode == 0
        applied = run_cli("apply", name, "--live", live, cwd=tmp_path)
        assert applied.returncode == 0, applied.stderr
    assert schema_dump(live) == before


def test_approval_pins_the_whole_file(planned: tuple[Path, str]) -> None:
    plan, live = planned
    planfile.approve(plan, "alice")
    approved = plan.read_text()
    for line, edited in [("-- live-fingerprint: sha256:", "-- live-fingerprint: sha256:0"),  # stale passed as fresh
                         ("-- hazards: data-loss 0", "-- hazards: data-loss 0, nothing to see"),
                         ("-- target: ", "-- target: 1 "),
                         (" by alice at ", " by mallory at ")]:  # the approver named in the approval line
        assert line in approved
        plan.write_text(approved.replace(line, edited, 1))
        with pytest.raises(CmisDiffError, match="edited after approval"):
            apply(plan, live)
    plan.write_text(approved)
    apply(plan, live)


def test_a_plan_for_another_database_is_refused_unless_allowed(planned: tuple[Path, str],
                                                                make_db: Callable[[], str]) -> None:
    plan, _ = planned
    other = make_db()  # the same (empty) schema, another database
    planfile.approve(plan, "alice")
    with pytest.raises(CmisDiffError, match="planned for another database"):
        apply(plan, other)
    result = apply(plan, other, options=ApplyOptions(allow_other_target=True))
    assert result.other_target == planfile.read(plan).header.target
    with psycopg.connect(other) as conn:
        assert conn.execute("SELECT other_target FROM cmis_diff.applied").fetchall() == [(result.other_target,)]


def test_a_plan_with_not_converged_lines_is_approvable_and_applies(tmp_path: Path, make_db: Callable[[], str]) -> None:
    case = Path(__file__).parent / "cases" / "dep_column_type_uuid_to_bigint"
    live = make_db()
    load_sql_file(live, case / "a.sql")
    (tmp_path / "desired.sql").write_text((case / "b.sql").read_text() + "CREATE TABLE app.more (id int);\n")
    proc = run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql", "--allow-unconverged",
                   cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "-- not-converged-1: column app.t.external_ref (needs a USING expression" in (tmp_path / "p.sql").read_text()
    for name in ("p.sql", "p.rollback.sql"):
        assert run_cli("approve", name, cwd=tmp_path).returncode == 0
    assert run_cli("apply", "p.sql", "--live", live, cwd=tmp_path).returncode == 0


def test_live_approval_and_four_eyes(planned: tuple[Path, str], server_url: str) -> None:
    plan, live = planned
    reviewer = live.replace("user=postgres", "user=cmis_reviewer")
    with psycopg.connect(server_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'cmis_reviewer'").fetchone():
            conn.execute("CREATE ROLE cmis_reviewer LOGIN")
    assert run_cli("ledger", "init", "--live", live, "--grant-to", "cmis_reviewer", cwd=plan.parent).returncode == 0
    assert run_cli("approve", str(plan), "--by", "alice", cwd=plan.parent).returncode == 0
    (plan.parent / "pyproject.toml").write_text("[tool.cmis-diff]\nrequire_live_approval = true\n")
    _refused(run_cli("apply", str(plan), "--live", live, cwd=plan.parent), "no approval of this plan is recorded")
    # approved in live by the applying role itself: enough for the requirement, not for four eyes
    assert run_cli("approve", str(plan), "--in-live", "--live", live, cwd=plan.parent).returncode == 0
    _refused(run_cli("apply", str(plan), "--live", live, "--four-eyes", cwd=plan.parent),
             "approved in live only by postgres")
    by_reviewer = run_cli("approve", str(plan), "--by", "bob", "--in-live", "--live", reviewer, cwd=plan.parent)
    assert by_reviewer.returncode == 0, by_reviewer.stderr
    assert "under the role cmis_reviewer" in by_reviewer.stdout
    # the reviewer's role cannot claim to be another (the server fills in session_user)
    with psycopg.connect(reviewer) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO cmis_diff.approvals (plan_file, plan_hash, approved_by, approving_role, approved_at,"
                     " prev_hash, row_hash) VALUES ('p', 'h', 'b', 'postgres', now(), 'x', 'y')")
    applied = run_cli("apply", str(plan), "--live", live, "--four-eyes", cwd=plan.parent)
    assert applied.returncode == 0, applied.stderr
