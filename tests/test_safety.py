"""Data safety (issue 13): hazards weighed on live with sizes and counted rows, refusal by default,
online forms, renames, honest rollbacks, lint. Every test has data in live; rows are checked
before and after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from cmis_diff.apply.executor import apply
from cmis_diff.apply.statements import plan_statements
from cmis_diff.diff.changes import Change, Hazard
from cmis_diff.errors import CmisDiffError
from cmis_diff.oracle import schema_dump
from cmis_diff.pipeline import PlanResult, plan
from cmis_diff.safety import Options

from .cli_helpers import json_out, run_cli
from .support import approved_plan, endpoints, load_sql_file


def _live(make_db: Callable[[], str], sql: str) -> str:
    url = make_db()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql.encode())
        conn.execute("ANALYZE")
    return url


def _one(url: str, query: str) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(query.encode()).fetchone()
        assert row is not None
        return row[0]


def _plan(tmp_path: Path, desired: str, live: str, server_url: str, **options: object) -> PlanResult:
    d = tmp_path / "desired"
    d.mkdir(exist_ok=True)
    (d / "schema.sql").write_text(desired)
    return plan(d, *endpoints(live, server_url), with_rollback=True, options=Options(**options))  # type: ignore[arg-type]


def _risks(result: PlanResult, hazard: Hazard) -> list[tuple[Change, str]]:
    return [(c, r.detail) for c in result.changes for r in c.risks if r.hazard is hazard]


HAZARDOUS_LIVE = """
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id int PRIMARY KEY, name text);
CREATE TABLE app.t (id int PRIMARY KEY, s text, n numeric(10,2), i int, legacy text, code text, org_id int, e int);
CREATE TABLE app.gone (id int);
CREATE FUNCTION app.report() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM app.gone); END $$;
CREATE FUNCTION app.secret() RETURNS int LANGUAGE sql AS 'SELECT 1';
ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.t USING (org_id = 1);
GRANT SELECT ON app.t TO cmis_readonly;
INSERT INTO app.orgs VALUES (1, 'one'), (2, 'two');
INSERT INTO app.t SELECT g, repeat('x', g % 7), g / 7.0, g, 'l', g::text, 1 + g % 3, g FROM generate_series(1, 300) g;
UPDATE app.t SET e = NULL WHERE id <= 2;
INSERT INTO app.gone SELECT generate_series(1, 40);
"""

HAZARDOUS_DESIRED = """
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id int PRIMARY KEY, name text);
CREATE TABLE app.t (id int PRIMARY KEY, s varchar(5), n numeric(8,0), i bigint, code integer,
                    org_id int REFERENCES app.orgs, e int NOT NULL CHECK (e > 3),
                    stamp timestamptz DEFAULT clock_timestamp());
CREATE INDEX t_org ON app.t (org_id);
CREATE UNIQUE INDEX t_org_once ON app.t (org_id);
CREATE FUNCTION app.report() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM app.gone); END $$;
CREATE FUNCTION app.secret() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
GRANT SELECT ON app.t TO PUBLIC;
CREATE POLICY everyone ON app.t USING (true);
"""


def test_each_hazard_is_found_and_weighed_on_live(tmp_path: Path, make_db: Callable[[], str],
                                                  server_url: str) -> None:
    live = _live(make_db, HAZARDOUS_LIVE)
    rows_before = _one(live, "SELECT count(*) FROM app.t")
    result = _plan(tmp_path, HAZARDOUS_DESIRED, live, server_url, online=False)
    assert result.verified and result.unconverged == []
    # every table counts as big: ACCESS EXCLUSIVE locks become hazards, exact counts of what is lost are not made
    big = _plan(tmp_path, HAZARDOUS_DESIRED, live, server_url, online=False, big_table_bytes=1)
    assert not _risks(result, Hazard.EXCLUSIVE_LOCK) and _risks(big, Hazard.EXCLUSIVE_LOCK)
    assert next(d for c, d in _risks(big, Hazard.DATA_LOSS) if c.identity == "app.t.legacy").endswith("~300 rows")
    recipe = next(c.notes for c in big.changes if c.identity == "app.t.i")  # int -> bigint on a big table
    assert recipe[0].startswith("no online form: expand/contract instead") and 'ADD COLUMN i__new bigint' in recipe[0]
    found = {r.hazard for c in result.changes + big.changes for r in c.risks}
    assert found == set(Hazard), f"not found: {set(Hazard) - found}"
    size = "app.t: "  # every hazard on app.t names its size and row estimate
    for hazard in (Hazard.TABLE_REWRITE, Hazard.FULL_SCAN, Hazard.BLOCKING_INDEX, Hazard.EXCLUSIVE_LOCK):
        assert all(size in d and "kB" in d and "~300 rows" in d for _, d in _risks(big, hazard)), hazard
    details = {d for _, d in _risks(result, Hazard.NARROWING)}
    longer = _one(live, "SELECT count(*) FROM app.t WHERE length(s) > 5")
    rounded = _one(live, "SELECT count(*) FROM app.t WHERE n <> round(n)")
    assert any(f"{longer} rows of app.t.s are longer than 5" in d for d in details)
    assert any(f"{rounded} rows of app.t.n would be rounded to whole numbers" in d for d in details)
    lost = {c.identity: d for c, d in _risks(result, Hazard.DATA_LOSS)}
    assert "300 rows hold a value" in lost["app.t.legacy"] and "40 rows are lost" in lost["app.gone"]
    violations = " ".join(d for _, d in _risks(result, Hazard.VIOLATIONS))
    assert "2 rows of app.t have no value in e" in violations  # SET NOT NULL
    assert "1 row of app.t violates t_e_check" in violations  # e = 3 (NULLs pass a CHECK)
    assert "100 rows of app.t violate t_org_id_fkey" in violations  # org 3 does not exist
    assert "3 values of (org_id) appear more than once in app.t" in violations
    assert "function app.report" in " ".join(d for _, d in _risks(result, Hazard.IN_USE))
    rls = " ".join(d for _, d in _risks(result, Hazard.RLS_WEAKENED))
    assert "disables row-level security" in rls and "drops the policy" in rls and "a new PERMISSIVE policy" in rls
    blocking = {r.hazard for c in result.changes for r in c.risks if r.blocking}
    assert blocking == {Hazard.DATA_LOSS, Hazard.NARROWING, Hazard.RLS_WEAKENED}
    # no cast that truncates or rounds on our own initiative; an explicit one only without an assignment cast
    statements = {c.identity: c.sql for c in result.changes if c.kind == "column"}
    assert "USING" not in statements["app.t.s"].upper() and "USING" not in statements["app.t.n"].upper()
    assert 'USING CAST(code AS integer)' in next(c.sql for c in result.changes if c.identity == "app.t.code")
    # rows were only counted
    assert _one(live, "SELECT count(*) FROM app.t") == rows_before


NARROWING_LIVE = """
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, s text, legacy text);
INSERT INTO app.t SELECT g, 'v' || g % 100, 'old ' || g FROM generate_series(1, 300) g;
UPDATE app.t SET s = 'much too long' WHERE id IN (7, 8, 9);
"""
NARROWING_DESIRED = "CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY, s varchar(5));\n"


def _cli_plan(tmp_path: Path, live: str, *flags: str) -> str:
    proc = run_cli("plan", "--live", live, "--out", "p.sql", *flags, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert run_cli("approve", "p.sql", cwd=tmp_path).returncode == 0
    return (tmp_path / "p.sql").read_text()


def _refused(proc, *expected: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, proc.stdout
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    for text in expected:
        assert text in proc.stderr, proc.stderr


def test_refused_unless_allowed_and_narrowing_refused_with_its_rows(tmp_path: Path,
                                                                   make_db: Callable[[], str]) -> None:
    live = _live(make_db, NARROWING_LIVE)
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "schema.sql").write_text(NARROWING_DESIRED)
    before = _one(live, "SELECT md5(string_agg(id || s || legacy, ',' ORDER BY id)) FROM app.t")

    text = _cli_plan(tmp_path, live)
    assert "-- allow-hazards: none" in text and "-- blocking-1: data-loss app.t.legacy" in text
    assert "-- lint: squawk ban-drop-column" in text and "require-lock-timeout" not in text
    apply_cmd = ("apply", "p.sql", "--live", live)
    _refused(run_cli(*apply_cmd, cwd=tmp_path), "refused: data-loss app.t.legacy", "app.t: ", "~300 rows",
             "300 rows hold a value", "--allow-hazards data-loss,narrowing")
    # the allowance is sealed by the approval
    (tmp_path / "p.sql").write_text(text.replace("-- allow-hazards: none", "-- allow-hazards: data-loss, narrowing"))
    _refused(run_cli(*apply_cmd, cwd=tmp_path), "edited after approval")

    _cli_plan(tmp_path, live, "--allow-hazards", "data-loss")
    _refused(run_cli(*apply_cmd, cwd=tmp_path), "refused: narrowing app.t.s", "3 rows of app.t.s are longer than 5")

    # allowed: PostgreSQL refuses the long values itself (no cast truncates them), nothing applied
    text = _cli_plan(tmp_path, live, "--allow-hazards", "data-loss,narrowing")
    assert "USING" not in text.split("\n\n", 1)[1].upper()
    _refused(run_cli(*apply_cmd, cwd=tmp_path), "value too long")
    assert _one(live, "SELECT md5(string_agg(id || s || legacy, ',' ORDER BY id)) FROM app.t") == before

    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("UPDATE app.t SET s = 'short' WHERE id IN (7, 8, 9)")
    text = _cli_plan(tmp_path, live, "--allow-hazards", "data-loss")
    assert "narrowing" not in "".join(ln for ln in text.splitlines() if ln.startswith("-- blocking-"))
    applied = run_cli(*apply_cmd, cwd=tmp_path)
    assert applied.returncode == 0, applied.stderr
    assert _one(live, "SELECT count(*) FROM app.t WHERE s = 'v' || id % 100 OR id IN (7, 8, 9)") == 300

    # the rollback brings the column back, and says its data does not come back
    rollback = (tmp_path / "p.rollback.sql").read_text()
    note = rollback.index("-- note: the data is not restored: the plan destroys it, this brings back app.t.legacy")
    assert note < rollback.index('add column "legacy" text')
    assert run_cli("approve", "p.rollback.sql", cwd=tmp_path).returncode == 0
    back = run_cli("apply", "p.rollback.sql", "--live", live, cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    assert _one(live, "SELECT count(*) FROM app.t WHERE legacy IS NULL") == 300


ONLINE_LIVE = """
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id int PRIMARY KEY);
CREATE TABLE app.t (id int PRIMARY KEY, org_id int, e int, k int);
CREATE INDEX t_old ON app.t (k);
CREATE TABLE app.p (id int, k int) PARTITION BY RANGE (k);
CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM (0) TO (100);
INSERT INTO app.orgs SELECT generate_series(1, 3);
INSERT INTO app.t SELECT g, 1 + g % 3, g, g FROM generate_series(1, 300) g;
INSERT INTO app.p SELECT g, g * 2 FROM generate_series(0, 49) g;
UPDATE app.t SET e = 0 WHERE id = 1;
"""
ONLINE_DESIRED = """
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id int PRIMARY KEY);
CREATE TABLE app.t (id int PRIMARY KEY, org_id int CONSTRAINT t_org_fk REFERENCES app.orgs,
                    e int CONSTRAINT t_e_nn NOT NULL CONSTRAINT t_e_pos CHECK (e > 0), k int);
CREATE INDEX t_org ON app.t (org_id);
CREATE TABLE app.p (id int, k int) PARTITION BY RANGE (k);
CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM (0) TO (200);
"""


def test_online_forms_converge_and_a_failed_validation_resumes(tmp_path: Path, make_db: Callable[[], str],
                                                               server_url: str) -> None:
    live, target = _live(make_db, ONLINE_LIVE), make_db()
    (tmp_path / "b.sql").write_text(ONLINE_DESIRED)
    load_sql_file(target, tmp_path / "b.sql")
    result = _plan(tmp_path, ONLINE_DESIRED, live, server_url)
    assert result.verified and result.unconverged == []
    sql = [c.sql for c in result.changes]
    later = [c.sql for c in result.changes if c.after_commit]
    assert 'CREATE INDEX CONCURRENTLY t_org ON app.t' in " ".join(sql)
    assert any(s.startswith("DROP INDEX CONCURRENTLY") for s in sql)
    assert any('"t_org_fk"' in s and s.endswith("NOT VALID") for s in sql)
    assert 'alter table "app"."t" validate constraint "t_org_fk"' in [s.lower() for s in later]
    assert 'alter table "app"."t" validate constraint "t_e_pos"' in [s.lower() for s in later]
    assert 'ALTER TABLE "app"."t" ALTER COLUMN "e" SET NOT NULL' in later
    assert later[-1].startswith('ALTER TABLE "app"."t" RENAME CONSTRAINT "t_e_not_null" TO "t_e_nn"')
    assert not {Hazard.FULL_SCAN, Hazard.BLOCKING_INDEX} & {h for c in result.changes for h in c.hazards
                                                            if c.table == "app.t"}
    assert "1 row of app.t violates t_e_pos" in " ".join(d for _, d in _risks(result, Hazard.VIOLATIONS))

    path = approved_plan(result, live, tmp_path / "plan.sql")
    kinds = [s.transactional for s in plan_statements(path.read_text().split("\n\n", 1)[1], "plan")]
    assert kinds.count(False) == len(later) + 2  # after-commit ones, and the two CONCURRENTLY
    with pytest.raises(CmisDiffError, match="phase 1 committed; stopped at phase-2 statement"):
        apply(path, live)
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("UPDATE app.t SET e = 1 WHERE id = 1")
    assert apply(path, live).resumed
    assert schema_dump(live) == schema_dump(target)
    assert _one(live, "SELECT count(*) FROM app.t") == 300 and _one(live, "SELECT count(*) FROM app.p1") == 50
    again = plan(tmp_path / "desired", *endpoints(live, server_url))
    assert [c.sql for c in again.changes] == []


RENAME_LIVE = """
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.old_orgs (id int PRIMARY KEY, name text);
CREATE TABLE app.users (id int PRIMARY KEY, full_name text, org_id int REFERENCES app.old_orgs, mood app.mood);
CREATE INDEX users_name_idx ON app.users (full_name);
CREATE FUNCTION app.greet(who text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || who $$;
INSERT INTO app.old_orgs SELECT g, 'org ' || g FROM generate_series(1, 20) g;
INSERT INTO app.users SELECT g, 'name ' || g, 1 + g % 20, 'happy' FROM generate_series(1, 100) g;
"""
RENAME_DESIRED = """
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'glad');
CREATE TABLE app.orgs (id int PRIMARY KEY, name text);
CREATE TABLE app.users (id int PRIMARY KEY, display_name text, org_id int REFERENCES app.orgs, mood app.mood);
CREATE INDEX users_display_idx ON app.users (display_name);
CREATE FUNCTION app.hello(who text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || who $$;
"""
RENAMES = """
[[rename]]
kind = "enum value"
from = "app.mood.happy"
to = "app.mood.glad"

[[rename]]
kind = "function"
from = "app.greet(text)"
to = "app.hello"

[[rename]]
kind = "index"
from = "app.users_name_idx"
to = "app.users_display_idx"

[[rename]]
kind = "table"
from = "app.old_orgs"
to = "app.orgs"

[[rename]]
kind = "column"
from = "app.users.full_name"
to = "app.users.display_name"

[[rename]]
kind = "column"
from = "app.users.nickname"
to = "app.users.alias"
"""


def test_renames_keep_every_row_and_the_rollback_renames_back(tmp_path: Path, make_db: Callable[[], str],
                                                              server_url: str) -> None:
    live = _live(make_db, RENAME_LIVE)
    fingerprint = "SELECT md5(string_agg(u.id || u.{} || o.name, ',' ORDER BY u.id)) FROM app.users u JOIN {} o " \
        "ON o.id = u.org_id"
    before = _one(live, fingerprint.format("full_name", "app.old_orgs"))
    guess = _plan(tmp_path, RENAME_DESIRED, live, server_url)  # no renames.toml yet
    lost = " ".join(d for _, d in _risks(guess, Hazard.DATA_LOSS))
    assert "possible rename to app.users.display_name: add it to desired/renames.toml" in lost
    assert "possible rename to app.orgs" in lost

    (tmp_path / "desired" / "renames.toml").write_text(RENAMES)
    result = _plan(tmp_path, RENAME_DESIRED, live, server_url)
    assert result.verified and result.unconverged == []
    assert [c.sql for c in result.changes] == [
        """ALTER TYPE "app"."mood" RENAME VALUE 'happy' TO 'glad'""",
        'ALTER FUNCTION "app"."greet"(who text) RENAME TO "hello"',
        'ALTER INDEX "app"."users_name_idx" RENAME TO "users_display_idx"',
        'ALTER TABLE "app"."old_orgs" RENAME TO "orgs"',  # with the parts PostgreSQL named after it
        'ALTER TABLE "app"."orgs" RENAME CONSTRAINT "old_orgs_id_not_null" TO "orgs_id_not_null"',
        'ALTER TABLE "app"."orgs" RENAME CONSTRAINT "old_orgs_pkey" TO "orgs_pkey"',
        'ALTER TABLE "app"."users" RENAME COLUMN "full_name" TO "display_name"']
    assert result.notices == ("renames.toml: rename 6 (column app.users.nickname -> alias) skipped: its source is "
                              "not in live (applied already?)",)
    assert not any(c.risks for c in result.changes)
    path = approved_plan(result, live, tmp_path / "plan.sql", allow_hazards=())
    apply(path, live)
    assert _one(live, fingerprint.format("display_name", "app.orgs")) == before
    again = _plan(tmp_path, RENAME_DESIRED, live, server_url)  # the file may stay: its entries are done
    assert again.changes == [] and len(again.notices) == 6
    assert _one(live, "SELECT count(*) FROM app.users WHERE mood = 'glad'") == 100

    assert result.rollback is not None
    assert [c.sql for c in result.rollback.changes][::3] == [
        'ALTER TABLE "app"."users" RENAME COLUMN "display_name" TO "full_name"',
        'ALTER TABLE "app"."orgs" RENAME TO "old_orgs"', """ALTER TYPE "app"."mood" RENAME VALUE 'glad' TO 'happy'"""]


def test_after_commit_directive_and_idempotent_steps() -> None:
    text = ('-- [alter] constraint app.t.c\n-- cmis-diff: after-commit\nALTER TABLE app.t VALIDATE CONSTRAINT c;\n\n'
            '-- cmis-diff: after-commit lock_timeout=2s\nALTER TABLE app.t DROP CONSTRAINT c;\n\n'
            'ALTER TABLE app.t ADD COLUMN x int;\n')
    statements = plan_statements(text, "p.sql")
    assert [s.transactional for s in statements] == [False, False, True]
    assert statements[1].settings == {"lock_timeout": "2s"}
    assert statements[1].idempotent_steps(None) == ["ALTER TABLE app.t DROP CONSTRAINT IF EXISTS c"]  # type: ignore[arg-type]
    with pytest.raises(CmisDiffError, match="after-commit"):
        plan_statements("-- cmis-diff: later\nSELECT 1;\n", "p.sql")


def test_plan_json_lists_risks_and_what_apply_refuses(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = _live(make_db, NARROWING_LIVE)
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "schema.sql").write_text(NARROWING_DESIRED)
    proc = run_cli("plan", "--live", live, "--format", "json", "--no-lint", "--allow-hazards", "data-loss",
                   cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    doc = json_out(proc)
    assert doc["allow_hazards"] == ["data-loss"] and doc["lint"] == "off (--no-lint)"
    assert [r["hazard"] for r in doc["refused_unless_allowed"]] == ["narrowing"]
    assert "3 rows of app.t.s are longer than 5" in doc["refused_unless_allowed"][0]["detail"]
    legacy = [r for r in doc["risks"] if r["object"] == "app.t.legacy"]
    assert [(r["hazard"], r["blocking"], r["statement"]) for r in legacy] == [("data-loss", True, "app.t.legacy")]
    bad = run_cli("plan", "--live", live, "--allow-hazards", "data-loss,everything", cwd=tmp_path)
    _refused(bad, "--allow-hazards: unknown hazard kind 'everything'")


def test_counted_rows_read_right_whatever_the_names(tmp_path: Path, make_db: Callable[[], str],
                                                     server_url: str) -> None:
    """Names holding braces reach the sentences as names (no format string), and one row is "1 row"."""
    live = _live(make_db, 'CREATE SCHEMA app; CREATE TABLE app."t{x}" (id int, "s{0}" varchar(10), "n{n}" int);'
                          "INSERT INTO app.\"t{x}\" VALUES (1, 'abcdef', NULL), (2, 'ab', 1);")
    result = _plan(tmp_path, 'CREATE SCHEMA app; CREATE TABLE app."t{x}" (id int, "s{0}" varchar(3), '
                             '"n{n}" int NOT NULL);', live, server_url)
    narrowing = " ".join(d for _, d in _risks(result, Hazard.NARROWING))
    violations = " ".join(d for _, d in _risks(result, Hazard.VIOLATIONS))
    assert '1 row of app."t{x}"."s{0}" is longer than 3' in narrowing, narrowing
    assert '1 row of app."t{x}" violates "cmis_diff_not_null_n{n}"' in violations, violations  # the online form
