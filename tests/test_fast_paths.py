"""The shortcuts of issue 16 say what the full pipeline says: a plan proven empty by fingerprints."""

from __future__ import annotations

import os
import secrets
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from .cli_helpers import app_in_desired_and_live, json_out, run_cli, scratch_databases


def test_noop_plan_from_fingerprints_equals_the_full_pipeline(tmp_path: Path, make_db: Callable[[], str]) -> None:
    desired = tmp_path / "desired"
    desired.mkdir()
    schema = ("CREATE SCHEMA app;\nCREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n"
              "CREATE INDEX orgs_name ON app.orgs (name);\nCOMMENT ON TABLE app.orgs IS 'tenants';\n")
    # a desired hash no other test has: the first plan cannot find it cached
    (desired / "10_app.sql").write_text(f"-- {secrets.token_hex(8)}\n{schema}")
    (desired / ".cmis-diff-ignore").write_text("app.scratch*\n")
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(schema.encode())
        conn.execute("CREATE TABLE app.scratchpad (x int)")  # ignored: counted, never planned

    args = ("plan", "--desired", str(desired), "--live", live, "--format", "json")
    full, fast = run_cli(*args, cwd=tmp_path), run_cli(*args, cwd=tmp_path)
    assert full.returncode == 0 and fast.returncode == 0, full.stderr + fast.stderr
    full_doc, fast_doc = json_out(full), json_out(fast)
    assert "diff" in full_doc.pop("timings_s")  # not cached yet: inspected and diffed
    assert "diff" not in fast_doc.pop("timings_s")  # cached: answered from the fingerprints
    assert fast_doc == full_doc
    assert fast_doc["status"] == "no-changes" and fast_doc["ignored"] == 2  # the table and its column
    assert "No changes" in run_cli(*args[:-2], cwd=tmp_path).stdout

    with psycopg.connect(live, autocommit=True) as conn:  # any difference: the full pipeline plans it
        conn.execute("COMMENT ON TABLE app.orgs IS 'changed'")
    changed = run_cli(*args, "--out", "p.sql", cwd=tmp_path)
    assert changed.returncode == 2, changed.stderr
    assert json_out(changed)["statements"] == 1


def test_a_plan_needing_more_locks_than_live_has_says_so(tmp_path: Path, make_db: Callable[[], str],
                                                         server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from cmis_diff import pipeline, waits
    from cmis_diff.connect import connect

    from .support import endpoints

    desired = tmp_path / "desired.sql"
    desired.write_text("CREATE SCHEMA app;\n" + "".join(f"CREATE TABLE app.t{i} (id int PRIMARY KEY, v text);\n"
                                                         for i in range(20)))
    live = make_db()
    counted: list[int] = []
    real = waits.lock_room
    monkeypatch.setattr(waits, "lock_room", lambda conn, needed: counted.append(needed) or real(conn, needed))
    result = pipeline.plan(desired, *endpoints(live, server_url))
    assert result.verified and not result.notices  # the embedded server has room: no notice
    assert counted[0] >= 20 * 4  # each table, its key's index, its TOAST table and TOAST index
    with connect(live, "live") as conn:
        locks, sessions = (int(v) for v in conn.execute(
            "SELECT current_setting('max_locks_per_transaction'), current_setting('max_connections')::int + "
            "current_setting('max_prepared_transactions')::int").fetchone())
        assert locks == 1024  # raised on the embedded server (rehearsals of 10x CMIS plans)
        held = waits.lock_room(conn, locks * sessions + 1)
        assert waits.lock_room(conn, locks * sessions) is None
    assert held is not None and f"holds {locks * sessions + 1:,} locks" in held and "max_locks_per_transaction" in held


def test_a_cached_live_model_plans_what_a_fresh_inspection_plans(tmp_path: Path, make_db: Callable[[], str]) -> None:
    from cmis_diff import server

    desired = tmp_path / "desired.sql"
    base = ("CREATE SCHEMA app;\nCREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n"
            "CREATE VIEW app.names AS SELECT name FROM app.orgs;\n")
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(base.encode())
    args = ("plan", "--desired", str(desired), "--live", live, "--format", "json", "--statements", "--out", "p.sql")

    def statements(edit: str) -> list[str]:
        desired.write_text(f"-- {secrets.token_hex(8)}\n{base}{edit}")  # never cached
        proc = run_cli(*args, cwd=tmp_path)
        assert proc.returncode in (0, 2), proc.stderr
        return [s["statement"] for s in json_out(proc)["statement_list"]]

    statements("")  # inspects live and caches its model
    cached = statements("ALTER TABLE app.orgs ADD COLUMN note text;\nCREATE INDEX ON app.orgs (note);\n")
    for entry in (Path(server.home()) / "cache").glob("live-*.pickle"):
        entry.unlink()
    fresh = statements("ALTER TABLE app.orgs ADD COLUMN note text;\nCREATE INDEX ON app.orgs (note);\n")
    assert cached == fresh and len(cached) == 2
    with psycopg.connect(live, autocommit=True) as conn:  # live changed: its fingerprint keys another model
        conn.execute("ALTER TABLE app.orgs ADD COLUMN note text")
    assert len(statements("ALTER TABLE app.orgs ADD COLUMN note text;\nCREATE INDEX ON app.orgs (note);\n")) == 1


def test_the_signature_covers_every_catalog_but_statistics(server_url: str) -> None:
    from cmis_diff.catalog import signature

    with psycopg.connect(server_url) as conn:
        tables = {r[0] for r in conn.execute("SELECT relname FROM pg_class WHERE relkind = 'r' "
                                             "AND relnamespace = 'pg_catalog'::regnamespace")}
    assert set(signature.CATALOGS) == tables - set(signature.NOT_COVERED)


def test_an_ordinary_user_reads_the_signature(make_db: Callable[[], str], password_user: str) -> None:
    """Live is read by an ordinary user in production: the signature asks nothing a user may not
    read (else every drift check would read the whole fingerprint)."""
    from cmis_diff.catalog import fingerprint, signature

    live = make_db()
    url = live.replace("user=postgres", f"user={password_user}") + " password=s3cret-right"
    with psycopg.connect(url, autocommit=True) as conn:
        assert fingerprint.read_signature(conn) is not None
        assert conn.execute(signature.LOCAL_SQL).fetchone() is not None


# each changes live's catalog in a way the fingerprint sees, some without adding or removing a row
CHANGES = ["COMMENT ON TABLE app.orgs IS 'changed'", "ALTER TABLE app.orgs ALTER name SET STATISTICS 50",
           "GRANT SELECT ON app.orgs TO PUBLIC", "ALTER TABLE app.orgs ENABLE ROW LEVEL SECURITY",
           "CREATE INDEX CONCURRENTLY orgs_lower ON app.orgs (lower(name))",
           "ALTER INDEX app.orgs_name RENAME TO orgs_by_name", "ALTER TABLE app.orgs DROP COLUMN name",
           "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC",
           "ALTER FUNCTION app.f() IMMUTABLE",
           "CREATE OR REPLACE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 2'",
           "ALTER TABLE app.orgs ALTER name TYPE varchar(80)", "ALTER SEQUENCE app.s INCREMENT BY 5"]


@pytest.mark.parametrize("change", CHANGES)
def test_a_cached_live_fingerprint_is_never_stale(change: str, make_db: Callable[[], str], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The live fingerprint read from the cache by catalog signature equals a fresh read, before and
    after a change to live; and an unchanged live is answered from the cache."""
    from cmis_diff import cache
    from cmis_diff.catalog import fingerprint

    monkeypatch.setenv("CMIS_DIFF_HOME", str(tmp_path))
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA app; CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);"
                     "CREATE INDEX orgs_name ON app.orgs (name); CREATE SEQUENCE app.s;"
                     "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'")
        before = cache.live_fingerprint(conn, "live")[0]
        assert before == fingerprint.read(conn)
        assert len(list((tmp_path / "cache").glob("signed-*.pickle"))) == 1
        conn.execute("SELECT 1")  # no catalog change: the same entry answers
        assert cache.live_fingerprint(conn, "live")[0] == before
        conn.execute(change)
        after = cache.live_fingerprint(conn, "live")[0]
        assert after == fingerprint.read(conn) and after != before
        assert len(list((tmp_path / "cache").glob("signed-*.pickle"))) == 2


def test_a_cached_live_fingerprint_belongs_to_its_database(make_db: Callable[[], str], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Two databases cloned from one template have the same catalog rows: each has its own entry."""
    from cmis_diff import cache
    from cmis_diff.catalog import fingerprint

    monkeypatch.setenv("CMIS_DIFF_HOME", str(tmp_path))
    a, b = make_db(), make_db()
    with psycopg.connect(a, autocommit=True) as ca, psycopg.connect(b, autocommit=True) as cb:
        ca.execute("CREATE TABLE t (a int)")
        cb.execute("CREATE TABLE u (b int)")
        assert cache.live_fingerprint(ca, "same")[0] == fingerprint.read(ca)
        assert cache.live_fingerprint(cb, "same")[0] == fingerprint.read(cb)


def _statements(plan: Path) -> list[str]:
    return [line for line in plan.read_text().splitlines() if line and not line.startswith("--")]


def test_a_kept_copy_of_live_serves_the_next_plans_while_it_is_as_restored(
        tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    """The rehearsal's copy of live is kept for the next plan of the same unchanged live: the plan
    is the same as with a fresh copy, the copy stays as restored (the rehearsal never commits on
    it), and a copy changed since is not used (and is dropped)."""
    desired = tmp_path / "desired"
    desired.mkdir()
    (desired / "10_app.sql").write_text(f"-- {secrets.token_hex(8)}\nCREATE SCHEMA app;\n"
                                        "CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n"
                                        "CREATE INDEX orgs_name ON app.orgs (name);\n")
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA app; CREATE TABLE app.orgs (org_id uuid PRIMARY KEY)")
    before = set(scratch_databases(server_url, "cmis_diff_copy_"))

    def plan(name: str) -> Path:
        out = tmp_path / name
        proc = run_cli("plan", "--desired", str(desired), "--live", live, "--out", str(out), cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        return out

    first = plan("first.sql")
    kept = set(scratch_databases(server_url, "cmis_diff_copy_")) - before
    assert len(kept) == 1  # the fresh copy, kept
    second = plan("second.sql")
    assert set(scratch_databases(server_url, "cmis_diff_copy_")) - before == kept  # used again: no other copy restored
    assert _statements(second) == _statements(first) and any("add column" in s.lower() for s in _statements(first))

    (copy,) = kept
    from cmis_diff.connect import with_database

    with psycopg.connect(with_database(server_url, copy), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'app.orgs'::regclass "
                            "AND attnum > 0").fetchone() == (1,)  # the plans' columns were rolled back
        conn.execute("CREATE TABLE app.tampered (x int)")  # the copy is no longer live's
    third = plan("third.sql")
    assert _statements(third) == _statements(first)
    now = set(scratch_databases(server_url, "cmis_diff_copy_")) - before
    assert copy not in now and len(now) == 1  # restored afresh; the changed one dropped


def test_inspecting_on_two_connections_reads_what_one_reads(make_db: Callable[[], str]) -> None:
    """A scratch build reads our model and fingerprint on a second connection while the engine
    reads: the same model as one connection reads, and the same diff from it."""
    from cmis_diff.catalog.inspect import inspect
    from cmis_diff.diff.engine import diff

    from .support import SMALL_DESIRED

    db, empty = make_db(), make_db()
    with psycopg.connect(db, autocommit=True) as conn, psycopg.connect(db, autocommit=True) as beside, \
            psycopg.connect(empty, autocommit=True) as nothing:
        conn.execute(SMALL_DESIRED.encode())
        one, two, none = inspect(conn), inspect(conn, beside=beside), inspect(nothing)
    assert two.fingerprint == one.fingerprint and two.model == one.model
    assert [c.sql for c in diff(none, two)] == [c.sql for c in diff(none, one)]


def _loaded_psycopg(proc: subprocess.CompletedProcess) -> bool:
    """Whether the process imported psycopg (PYTHONPROFILEIMPORTTIME lists every import on stderr)."""
    return any(line.startswith("import time:") and line.rstrip().endswith(" psycopg")
               for line in proc.stderr.splitlines())


def _untimed(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: [_untimed(t) for t in v] if k == "targets" else v for k, v in doc.items() if k != "seconds"}


def test_a_remembered_clean_drift_is_recalled_in_one_round_trip_and_never_when_live_changed(
        tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    desired, live = app_in_desired_and_live(tmp_path, make_db)
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE TABLE app.scratchpad (x int)")
    (desired / ".cmis-diff-ignore").write_text("app.scratch*\n")
    args = ("drift", "--desired", str(desired), "--live", live, "--format", "json")
    timed = {"PYTHONPROFILEIMPORTTIME": "1"}

    first, again = run_cli(*args, cwd=tmp_path, env=timed), run_cli(*args, cwd=tmp_path, env=timed)
    assert first.returncode == 0 and again.returncode == 0, first.stderr[-2000:] + again.stderr[-2000:]
    assert _loaded_psycopg(first) and not _loaded_psycopg(again)  # recalled: libpq, one round trip
    assert _untimed(json_out(again)) == _untimed(json_out(first))
    assert json_out(again)["targets"][0]["ignored"] == 2
    answers = list((Path(os.environ["CMIS_DIFF_HOME"]) / "cache").glob("answer-*.pickle"))
    assert answers

    (desired / ".cmis-diff-ignore").write_text("")  # other rules: another answer, the table is drift now
    unignored = run_cli(*args, cwd=tmp_path, env=timed)
    assert unignored.returncode == 2 and _loaded_psycopg(unignored), unignored.stderr[-2000:]
    (desired / ".cmis-diff-ignore").write_text("app.scratch*\n")

    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("COMMENT ON TABLE app.orgs IS 'changed'")
    changed = run_cli(*args, cwd=tmp_path)
    assert changed.returncode == 2 and json_out(changed)["status"] == "drift", changed.stderr
    with psycopg.connect(live, autocommit=True) as conn:  # the comment's row gone: the very rows of before
        conn.execute("COMMENT ON TABLE app.orgs IS NULL")
    back = run_cli(*args, cwd=tmp_path)
    assert back.returncode == 0, back.stderr[-2000:]
    assert json_out(back)["targets"][0]["live_fingerprint"] == json_out(first)["targets"][0]["live_fingerprint"]

    elsewhere = run_cli(*args, cwd=tmp_path, env={"CMIS_DIFF_SCRATCH_URL": server_url, **timed})
    assert elsewhere.returncode == 0 and _loaded_psycopg(elsewhere)  # desired built elsewhere: checked in full


def test_a_remembered_unchanged_plan_is_recalled_and_never_when_live_changed(
        tmp_path: Path, make_db: Callable[[], str]) -> None:
    desired, live = app_in_desired_and_live(tmp_path, make_db)
    args = ("plan", "--desired", str(desired), "--live", live, "--format", "json")
    timed = {"PYTHONPROFILEIMPORTTIME": "1"}
    runs = [run_cli(*args, cwd=tmp_path, env=timed) for _ in range(3)]  # built; proven by fingerprints; recalled
    assert all(r.returncode == 0 for r in runs), runs[0].stderr[-2000:]
    assert [_loaded_psycopg(r) for r in runs] == [True, True, False]
    docs = [json_out(r) for r in runs]
    for doc in docs:
        doc.pop("timings_s")
    assert docs[2] == docs[1] and docs[2]["status"] == "no-changes"
    text = run_cli(*args[:-2], cwd=tmp_path)
    assert text.returncode == 0 and "No changes" in text.stdout
    assert run_cli(*args, "--no-lint", cwd=tmp_path).returncode == 0  # another flag: its own answer
    assert json_out(run_cli(*args, "--no-lint", cwd=tmp_path))["lint"] == "off (--no-lint)"

    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("ALTER TABLE app.orgs ADD COLUMN extra int")
    changed = run_cli(*args, "--out", "p.sql", cwd=tmp_path)
    assert changed.returncode == 2 and json_out(changed)["statements"] == 1, changed.stderr


def test_a_remembered_answer_keeps_no_password_and_needs_the_right_one(
        tmp_path: Path, make_db: Callable[[], str], password_user: str) -> None:
    desired = tmp_path / "desired.sql"
    desired.write_text(f"-- {secrets.token_hex(8)}\nCREATE TABLE public.t (a int);\n")
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.t (a int)")
    url = live.replace("user=postgres", f"user={password_user}") + " password=s3cret-right"
    args = ("drift", "--desired", str(desired), "--format", "json")
    runs = [run_cli(*args, "--live", url, cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"}) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0] and not _loaded_psycopg(runs[1]), runs[0].stderr[-2000:]
    cache_dir = Path(os.environ["CMIS_DIFF_HOME"]) / "cache"
    for entry in cache_dir.iterdir():
        assert "s3cret" not in entry.name and b"s3cret" not in entry.read_bytes()
    assert (cache_dir / "secret").stat().st_mode & 0o077 == 0
    wrong = run_cli(*args, "--live", url.replace("s3cret-right", "s3cret-wrong"), cwd=tmp_path)
    assert wrong.returncode == 1 and "password authentication failed" in wrong.stdout + wrong.stderr
    assert "s3cret" not in wrong.stdout + wrong.stderr


def test_libpq_reads_connection_strings_as_psycopg_does() -> None:
    from psycopg.conninfo import conninfo_to_dict

    from cmis_diff import libpq

    for text in ("postgresql://u:p%40ss@h:5433/db?sslmode=disable&options=-c%20search_path%3Dx",
                 "host=/tmp port=5432 user=postgres dbname='my db' password='it\\'s'", "dbname=x options='-c a=b'"):
        assert libpq.parse(text) == {k: str(v) for k, v in conninfo_to_dict(text).items()}
    assert libpq.parse("host=x dbname='unterminated") is None


def _boom() -> None:
    raise ValueError("raised here")


def test_work_beside_in_a_forked_child_gives_what_the_parent_would() -> None:
    from cmis_diff.forked import Beside

    with Beside(os.getpid) as child:
        assert child.result() != os.getpid()  # really another process
    with Beside(sorted, [3, 1, 2]) as job:
        assert job.result() == [1, 2, 3]
    with pytest.raises(ValueError, match="raised here"), Beside(_boom) as failing:
        failing.result()  # the child failed: computed here, with our own error
    with Beside(lambda: (lambda: 1)) as unpicklable:
        assert unpicklable.result()() == 1  # a result the child cannot send: computed here
    with Beside(time.sleep, 60) as slow:
        pid = slow._pid
    with pytest.raises(ChildProcessError):  # left before its result: stopped and reaped
        os.waitpid(pid, os.WNOHANG)


def test_a_forked_child_writes_a_file_while_another_thread_holds_a_lock_it_would_need(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan forks the cache write while another thread of it may be making its first temporary
    file (lint): a child that needed tempfile's lock, held at the fork, waited forever."""
    import tempfile
    import threading

    from cmis_diff import atomic
    from cmis_diff.forked import Beside

    monkeypatch.setattr(tempfile, "_name_sequence", None)  # as in a process that made no temporary file yet
    monkeypatch.setattr(tempfile, "_once_lock", threading.Lock())
    target = tmp_path / "model.pickle"

    def ended(pid: int) -> bool:  # a zombie: ended, not yet reaped by Beside
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"

    # the lock is held by "another thread" when the child is forked
    with tempfile._once_lock, Beside(atomic.write, target, b"model") as writer:
        deadline = time.time() + 20
        while time.time() < deadline and not ended(writer._pid):
            time.sleep(0.05)
        finished = ended(writer._pid)
        if finished:
            writer.result()
    assert finished, "the forked child waited for a lock another thread held at the fork"
    assert target.read_bytes() == b"model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.pickle"]  # no temporary file left


def test_a_cached_desired_model_is_read_once_for_every_caller(tmp_path: Path, server_url: str) -> None:
    from cmis_diff.desired_build import DesiredModel, inspect_desired
    from cmis_diff.source.discover import discover

    from .support import endpoints

    desired = tmp_path / "desired.sql"
    desired.write_text(f"-- {secrets.token_hex(8)}\nCREATE TABLE public.t (a int);\n")
    source, scratch = discover(desired), endpoints(server_url, server_url)[1]
    inspect_desired(source, scratch)  # built and cached
    with DesiredModel(source, scratch) as wanted:
        assert wanted.cached()
        first = wanted.result()
        assert wanted.result() is first  # the pipeline asks twice: one unpickling serves both
    assert first[0].fingerprint.objects[("relation", "public.t")]


def test_a_rehearsal_analyzes_the_copys_catalogs_only_when_its_plan_grew_them(make_db: Callable[[], str]) -> None:
    """Re-analyzing costs 0.13 s of an edit's rehearsal on CMIS, for a plan of two statements; a
    plan that creates hundreds of tables needs it (stale statistics: nested loops, seconds)."""
    from cmis_diff.catalog import ANALYZE_CATALOGS, OUTGROWN

    with psycopg.connect(make_db(), autocommit=True) as conn:
        conn.execute("CREATE TABLE public.t (a int PRIMARY KEY)")
        conn.execute(ANALYZE_CATALOGS)  # as a copy is, once restored
        with conn.transaction(force_rollback=True):
            conn.execute("ALTER TABLE public.t ADD COLUMN b text; CREATE INDEX ON public.t (b)")
            assert conn.execute(OUTGROWN).fetchone() == (False,)
            conn.execute(";".join(f"CREATE TABLE public.t{i} (a int PRIMARY KEY, b text, c date)" for i in range(300)))
            assert conn.execute(OUTGROWN).fetchone() == (True,)


def test_a_desired_model_left_at_once_leaves_no_build_behind(tmp_path: Path, server_url: str) -> None:
    """plan begins desired's build before it knows whether it will use it (a reused plan, a bad live):
    left at once, the build is cut off, whether it had begun or not, and nothing is cached."""
    from cmis_diff import cache
    from cmis_diff.desired_build import DesiredModel
    from cmis_diff.scratch import PREFIX
    from cmis_diff.source.discover import discover

    from .support import endpoints

    desired = tmp_path / "desired.sql"
    desired.write_text(f"-- {secrets.token_hex(8)}\nCREATE TABLE public.t (a int);\nSELECT pg_sleep(30);\n")
    source, scratch = discover(desired), endpoints(server_url, server_url)[1]
    with DesiredModel(source, scratch):
        pass  # never asked for: cut off (a build that went on would sleep 30 s, then be cached)
    assert not cache.has(cache.desired_key(source, scratch))
    assert scratch_databases(server_url, f"{PREFIX}{os.getpid()}_") == []
