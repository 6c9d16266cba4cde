"""The command line as users and scripts see it: exit codes, plan files, bad input."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from .cli_helpers import json_out, run_cli, scratch_databases
from .support import load_sql_file

COMMANDS = {
    "plan": ["--desired", "--live", "--scratch-url", "--out", "--format", "--no-verify", "--allow-unconverged",
             "--strict-column-order", "--allow-empty-desired", "--statements", "--lock-timeout",
             "--statement-timeout"],
    "approve": ["--by", "--yes", "--in-live", "--live", "--format"],
    "apply": ["--live", "--lock-timeout", "--statement-timeout", "--dry-run", "--role", "--desired",
              "--allow-other-target", "--require-live-approval", "--four-eyes", "--scratch-url", "--format"],
    "drift": ["--desired", "--live", "--targets", "--jobs", "--shard", "--scratch-url", "--format", "--report",
              "--prometheus", "--strict-column-order", "--lock-timeout", "--statement-timeout"],
    "ledger": ["init"],
    "stats": ["--desired", "--live", "--scratch-url", "--format"],
    "history": ["--live", "--format"],
    "server": ["start", "stop", "status", "url"],
    "plans": ["--live", "--dir", "--format"],
    "status": ["--desired", "--live", "--scratch-url", "--dir", "--strict-column-order", "--format"],
    "rollback": ["--live", "--dir", "--by", "--yes", "--dry-run", "--format"],
    "reset": ["--desired", "--live", "--force", "--yes", "--format"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_help_describes_every_flag(command: str, tmp_path: Path) -> None:
    proc = run_cli(command, "--help", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for flag in COMMANDS[command]:
        assert flag in proc.stdout


def test_top_level_help_lists_commands(tmp_path: Path) -> None:
    proc = run_cli("--help", cwd=tmp_path)
    assert proc.returncode == 0
    for command in COMMANDS:
        assert command in proc.stdout


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "10_tables.sql").write_text(
        "CREATE SCHEMA app;\nCREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n")
    return tmp_path


def test_plan_writes_file_and_exits_2_then_0_after_apply(workdir: Path, make_db: Callable[[], str],
                                                         server_url: str) -> None:
    live = make_db()
    proc = run_cli("plan", "--live", live, cwd=workdir)
    assert proc.returncode == 2, proc.stderr
    files = [f for f in (workdir / "diffs").glob("*.sql") if not f.name.endswith(".rollback.sql")]
    assert len(files) == 1
    assert files[0].with_name(files[0].stem + ".rollback.sql").exists()
    text = files[0].read_text()
    for key in ("live", "live-fingerprint", "desired-hash", "tool", "hazards", "changes"):
        assert re.search(rf"^-- {key}: ", text, re.M), key
    assert "scratch server 18." in text
    assert "CREATE TABLE" in text.upper()
    assert scratch_databases(server_url) == []

    assert run_cli("approve", str(files[0]), "--by", "reviewer", cwd=workdir).returncode == 0
    applied = run_cli("apply", str(files[0]), "--live", live, cwd=workdir)
    assert applied.returncode == 0, applied.stderr

    again = run_cli("plan", "--live", live, cwd=workdir)
    assert again.returncode == 0, again.stderr
    assert "No changes" in again.stdout
    assert len(list((workdir / "diffs").glob("*.sql"))) == 2  # no new file for an empty plan


def test_plan_json_summary(workdir: Path, make_db: Callable[[], str]) -> None:
    proc = run_cli("plan", "--live", make_db(), "--format", "json", "--out", "p.sql", cwd=workdir)
    assert proc.returncode == 2, proc.stderr
    doc = json_out(proc)
    assert doc["format"] == "cmis-diff plan 1" and doc["status"] == "changes"
    assert doc["plan_file"] == "p.sql"
    assert doc["counts"]["create"] >= 2
    assert {c["kind"] for c in doc["by_kind"]} >= {"schema", "table"}
    assert doc["live_fingerprint"].startswith("sha256:")
    assert "statement_list" not in doc  # a summary: statements only on request


def test_destructive_statements_are_marked(workdir: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    extra = workdir / "extra.sql"
    extra.write_text("CREATE SCHEMA app;\nCREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL,"
                     " legacy text);\nCREATE TABLE app.old_stuff (id int);\n")
    load_sql_file(live, extra)
    proc = run_cli("plan", "--live", live, "--format", "text", "--out", "p.sql", cwd=workdir)
    assert proc.returncode == 2, proc.stderr
    assert "DESTRUCTIVE" in proc.stdout
    plan_text = (workdir / "p.sql").read_text()
    assert "-- hazards: data-loss 2" in plan_text
    assert re.search(r"-- \[drop\] table app.old_stuff .*DESTRUCTIVE", plan_text)
    assert re.search(r"-- \[drop\] column app.orgs.legacy .*DESTRUCTIVE", plan_text)


def test_desired_files_out_of_dependency_order_load(tmp_path: Path, make_db: Callable[[], str]) -> None:
    d = tmp_path / "desired"
    d.mkdir()
    (d / "a_views.sql").write_text("CREATE VIEW app.v AS SELECT app.f(id) AS x FROM app.t;\n")
    (d / "b_functions.sql").write_text("CREATE FUNCTION app.f(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 1';\n")
    (d / "c_tables.sql").write_text("CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n")
    proc = run_cli("plan", "--live", make_db(), "--out", "p.sql", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr


def test_manifest_orders_files_and_rejects_unlisted(tmp_path: Path, make_db: Callable[[], str]) -> None:
    d = tmp_path / "desired"
    d.mkdir()
    (d / "z_first.sql").write_text("CREATE SCHEMA app;\n")
    (d / "a_second.sql").write_text("CREATE TABLE app.t (id int);\n")
    (d / "manifest.toml").write_text('[[phase]]\nname = "one"\nfiles = ["z_first.sql", "a_second.sql"]\n')
    live = make_db()
    assert run_cli("plan", "--live", live, "--out", "p.sql", cwd=tmp_path).returncode == 2
    (d / "stray.sql").write_text("SELECT 1;\n")
    proc = run_cli("plan", "--live", live, cwd=tmp_path)
    assert proc.returncode == 1
    assert "stray.sql: not listed in manifest.toml" in proc.stderr


# --- bad input: one line, exit 1, no traceback, nothing leaked, no password ------------------------

def _assert_clean_failure(proc, server_url: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert expected in lines[0], lines[0]
    assert "s3cret" not in proc.stderr + proc.stdout
    assert scratch_databases(server_url) == []


def test_missing_desired_path(tmp_path: Path, server_url: str) -> None:
    proc = run_cli("plan", "--desired", "nope", cwd=tmp_path)
    _assert_clean_failure(proc, server_url, "nope: desired path does not exist")


def test_empty_desired_directory(tmp_path: Path, server_url: str) -> None:
    (tmp_path / "desired").mkdir()
    proc = run_cli("plan", cwd=tmp_path)
    _assert_clean_failure(proc, server_url, "no .sql files")


def test_syntax_error_names_file_and_line(workdir: Path, server_url: str, make_db: Callable[[], str]) -> None:
    (workdir / "desired" / "20_bad.sql").write_text("CREATE TABLE app.ok (id int);\n\nCREATE TABEL app.x (id int);\n")
    proc = run_cli("plan", "--live", make_db(), cwd=workdir)
    _assert_clean_failure(proc, server_url, "desired/20_bad.sql:3: syntax error at or near \"TABEL\"")


def test_server_error_names_file_and_line_and_drops_scratch(workdir: Path, server_url: str,
                                                             make_db: Callable[[], str]) -> None:
    bad = "CREATE TABLE app.ok (id int);\nCREATE TABLE app.x (id nosuchtype);\n"
    (workdir / "desired" / "20_bad.sql").write_text(bad)
    proc = run_cli("plan", "--live", make_db(), cwd=workdir)
    _assert_clean_failure(proc, server_url, 'desired/20_bad.sql:2: type "nosuchtype" does not exist')


def test_unreachable_live(workdir: Path, server_url: str) -> None:
    proc = run_cli("plan", "--live", "postgresql://app:s3cret@127.0.0.1:1/cmis", cwd=workdir)
    _assert_clean_failure(proc, server_url, "cannot connect to live postgresql://app@127.0.0.1:1/cmis")


def test_non_postgresql_url(workdir: Path, server_url: str) -> None:
    proc = run_cli("plan", "--live", "mysql://app:s3cret@db.example/cmis", cwd=workdir)
    _assert_clean_failure(proc, server_url, "is not a PostgreSQL URL")


def test_wrong_password(workdir: Path, server_url: str, password_user: str) -> None:
    from cmis_diff.connect import with_database

    url = with_database(server_url, "postgres").replace("user=postgres", f"user={password_user}")
    proc = run_cli("plan", "--live", url + " password=s3cret-wrong", cwd=workdir)
    _assert_clean_failure(proc, server_url, "password authentication failed")


def test_drift_exit_codes(workdir: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    drifted = run_cli("drift", "--live", live, "--format", "json", cwd=workdir)
    assert drifted.returncode == 2, drifted.stderr
    assert json_out(drifted)["status"] == "drift"
    load_sql_file(live, workdir / "desired" / "10_tables.sql")
    clean = run_cli("drift", "--live", live, cwd=workdir)
    assert clean.returncode == 0, clean.stderr


def _sleeping_in_scratch(server_url: str) -> bool:
    """The plan is inside its slow desired statement, in a scratch database (a robust moment to
    interrupt it, whatever the machine's load)."""
    with psycopg.connect(server_url, autocommit=True) as conn:
        return bool(conn.execute("SELECT 1 FROM pg_stat_activity WHERE datname LIKE 'cmis\\_diff\\_scratch\\_%' "
                                 "AND state = 'active' AND query LIKE '%pg_sleep(30)%'").fetchone())


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_plan_leaves_no_scratch_database(tmp_path: Path, server_url: str, make_db: Callable[[], str],
                                                      sig: signal.Signals) -> None:
    (tmp_path / "desired.sql").write_text("CREATE SCHEMA app;\nSELECT pg_sleep(30);\n")
    proc = subprocess.Popen([sys.executable, "-m", "cmis_diff", "plan", "--desired", "desired.sql",
                             "--live", make_db()], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_signals_as_on_a_terminal)
    deadline = time.time() + 60
    while not _sleeping_in_scratch(server_url) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert _sleeping_in_scratch(server_url), "the plan never reached its slow statement in scratch"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert "interrupted" in err and "Traceback" not in err
    assert scratch_databases(server_url) == []


_INTERRUPTED_IN_A_CALLBACK = """
import os, signal, time, weakref
from cmis_diff.cli import friendly

class Module: pass

def callback(_ref):  # as importlib's module-lock callbacks: Python cannot raise from here
    os.kill(os.getpid(), signal.SIGTERM)
    for _ in range(100_000):
        pass  # the handler runs here, inside the callback

@friendly
def command():
    module = Module()
    ref = weakref.ref(module, callback)
    del module
    time.sleep(10)
    print("finished")

command()
"""


def test_an_interruption_raised_inside_a_callback_is_not_lost() -> None:
    proc = subprocess.run([sys.executable, "-c", _INTERRUPTED_IN_A_CALLBACK], capture_output=True, text=True,
                          timeout=30)
    assert proc.returncode == 1, proc.stderr
    assert "finished" not in proc.stdout
    assert "interrupted" in proc.stderr and "Traceback" not in proc.stderr and "ignored" not in proc.stderr


def test_an_interruption_in_a_finalizer_at_exit_does_not_hang_the_exit() -> None:
    script = ("import sys\nfrom cmis_diff.cli import _interrupt_again\nsys.unraisablehook = _interrupt_again\n"
              "class Finalized:\n    def __del__(self):\n        raise KeyboardInterrupt\n"
              "kept = Finalized()  # collected while the interpreter shuts down\nprint('finished')\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and proc.stdout == "finished\n", proc.stderr


def _signals_as_on_a_terminal() -> None:
    """A background job (CI's shell, nohup) may start with SIGINT ignored, and a child inherits
    that; the tests interrupt the way a person at a terminal does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_a_signal_during_the_scratch_drop_is_delivered_after_it() -> None:
    from cmis_diff.scratch import signals_held

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as on a terminal (see above)
    done = []
    try:
        with pytest.raises(KeyboardInterrupt), signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler has run by now: held, not raised here
            done.append("dropped")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert done == ["dropped"]


def test_two_plans_at_once_do_not_collide(workdir: Path, server_url: str, make_db: Callable[[], str]) -> None:
    procs = [subprocess.Popen([sys.executable, "-m", "cmis_diff", "plan", "--live", make_db(), "--out", f"p{i}.sql"],
                              cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [2, 2], results
    assert (workdir / "p0.sql").exists() and (workdir / "p1.sql").exists()
    assert scratch_databases(server_url) == []


def test_no_password_in_any_process_arguments(workdir: Path, make_db: Callable[[], str], password_user: str) -> None:
    """pg_dump (copying live for the rehearsal) gets the password in its environment, never in its
    argv, which every user can read in /proc. A held lock keeps pg_dump waiting until it is seen."""
    live = make_db()
    load_sql_file(live, workdir / "desired" / "10_tables.sql")
    (workdir / "desired" / "20_more.sql").write_text("CREATE TABLE app.plain (x int);\n"
                                                     "COMMENT ON TABLE app.orgs IS 'tenants';\n")
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE app.plain (x int); GRANT USAGE ON SCHEMA app TO {password_user}; "
                     f"GRANT SELECT ON app.orgs, app.plain TO {password_user}")
    url = live.replace("user=postgres", f"user={password_user}") + " password=s3cret-right"
    holder = psycopg.connect(live)
    holder.execute("LOCK TABLE app.plain IN ACCESS EXCLUSIVE MODE")  # pg_dump waits; plan's own reads do not
    proc = subprocess.Popen([sys.executable, "-m", "cmis_diff", "plan", "--out", "p.sql"], cwd=workdir,
                            env={**os.environ, "CMIS_DIFF_LIVE_URL": url},  # not in our own argv either
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen_dump, leaked, deadline = False, [], time.time() + 60
    dbname = f"dbname={conninfo_to_dict(live)['dbname']}".encode()
    while proc.poll() is None and time.time() < deadline:
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                args = cmdline.read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            leaked += [args] if b"s3cret" in args else []
            if b"pg_dump" in args and dbname in args and not seen_dump:
                seen_dump = True
                environ = cmdline.with_name("environ")
                assert b"PGPASSWORD=s3cret-right" in environ.read_bytes()
                holder.commit()  # let it finish
        time.sleep(0.005)
    holder.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert seen_dump and leaked == []
