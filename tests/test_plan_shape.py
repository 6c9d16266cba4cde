"""What a plan contains, beyond converging: no needless statements, and reasons where objects are
dropped and re-created. Each test plans A -> B on a real server and reads the plan's changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cmis_diff.diff.changes import Action
from cmis_diff.pipeline import PlanResult, plan

from .support import endpoints, load_sql_file

PARENT_CHILD = """
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.users (user_id uuid PRIMARY KEY, org_id uuid NOT NULL REFERENCES app.orgs (org_id));
CREATE TABLE app.teams (team_id uuid PRIMARY KEY, org_id uuid NOT NULL REFERENCES app.orgs (org_id));
"""


def _plan(a: str, b: str, tmp_path: Path, make_db: Callable[[], str], server_url: str) -> PlanResult:
    (tmp_path / "a.sql").write_text(a)
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "b.sql").write_text(b)
    live = make_db()
    load_sql_file(live, tmp_path / "a.sql")
    live_endpoint, scratch = endpoints(live, server_url)
    result = plan(tmp_path / "desired", live_endpoint, scratch)
    assert result.verified and result.unconverged == []
    return result


def test_a_changed_table_keeps_its_foreign_keys(tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    # the engine alone drops and re-adds every FK on or to a changed table (full scans, locks)
    b = PARENT_CHILD.replace("name text NOT NULL", "name text NOT NULL, plan_tier text")
    result = _plan(PARENT_CHILD, b, tmp_path, make_db, server_url)
    assert [c.sql for c in result.changes] == ['alter table "app"."orgs" add column "plan_tier" text']


def test_views_and_policies_over_a_retyped_column_are_rebuilt_with_reasons(
        tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    a = """
    CREATE SCHEMA app;
    CREATE TABLE app.t (id integer PRIMARY KEY, amount integer NOT NULL);
    CREATE VIEW app.big AS SELECT id, amount FROM app.t WHERE amount > 100;
    CREATE VIEW app.bigger AS SELECT id FROM app.big WHERE amount > 1000;
    GRANT SELECT ON app.bigger TO cmis_readonly;
    ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
    CREATE POLICY positive ON app.t USING (amount > 0);
    """
    result = _plan(a, a.replace("amount integer", "amount bigint"), tmp_path, make_db, server_url)
    drops = [c for c in result.changes if c.action is Action.DROP]
    assert {c.identity for c in drops} == {"app.big", "app.bigger", "app.t.positive"}
    assert all("column app.t.amount changes type" in c.why or "app.big" in c.why for c in drops)
    # dependents first, and the grant on the re-created view comes back
    order = [c.identity for c in result.changes]
    assert order.index("app.bigger") < order.index("app.big")
    assert any(c.kind == "privilege" and "bigger" in c.identity for c in result.changes)
    recreated = [c for c in result.changes if c.action is Action.CREATE and c.why.startswith("re-created")]
    assert {c.kind for c in recreated} == {"view", "policy"}


def test_a_function_on_a_removed_enum_value_is_dropped_first(
        tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    a = """
    CREATE SCHEMA app;
    CREATE TYPE app.status AS ENUM ('draft', 'live', 'gone');
    CREATE FUNCTION app.visible(s app.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s <> 'draft' $$;
    """
    result = _plan(a, a.replace(", 'gone'", ""), tmp_path, make_db, server_url)
    assert result.changes[0].sql.startswith('DROP FUNCTION "app"."visible"')
    assert "type app.status is re-created" in result.changes[0].why


def test_a_function_is_created_after_the_tables_its_body_reads(
        tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    # pg_depend knows nothing of a string body; a default calling it runs on existing rows at ADD COLUMN
    b = """
    CREATE SCHEMA app;
    CREATE TABLE app.items (id integer PRIMARY KEY);
    CREATE FUNCTION app.next_code() RETURNS bigint LANGUAGE plpgsql AS $$
    BEGIN
      RETURN (SELECT coalesce(max(n), 0) + 1 FROM app.zz_counters);
    END $$;
    CREATE TABLE app.zz_counters (n bigint NOT NULL);
    ALTER TABLE app.items ADD COLUMN code bigint DEFAULT app.next_code();
    """
    result = _plan("CREATE SCHEMA app;\nCREATE TABLE app.items (id integer PRIMARY KEY);\n", b, tmp_path, make_db,
                   server_url)
    order = [(c.kind, c.identity.split(" ")[0]) for c in result.changes]
    counters, function = order.index(("table", "app.zz_counters")), order.index(("function", "app.next_code"))
    column = order.index(("column", "app.items.code"))
    assert counters < function < column


def test_a_trigger_state_change_is_altered_in_place(tmp_path: Path, make_db: Callable[[], str],
                                                      server_url: str) -> None:
    # the engine drops and re-creates the trigger (and cannot go back to plain ENABLE)
    a = """
    CREATE SCHEMA app;
    CREATE TABLE app.t (id integer PRIMARY KEY);
    CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TRIGGER t_touch BEFORE UPDATE ON app.t FOR EACH ROW EXECUTE FUNCTION app.touch();
    """
    result = _plan(a, a + "ALTER TABLE app.t ENABLE REPLICA TRIGGER t_touch;\n", tmp_path, make_db, server_url)
    assert [c.sql for c in result.changes] == ['ALTER TABLE "app"."t" ENABLE REPLICA TRIGGER "t_touch"']


def test_secret_options_never_reach_the_plan(tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    case = Path(__file__).parent / "cases" / "user_mapping_secret"
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "b.sql").write_text((case / "b.sql").read_text())
    live = make_db()
    load_sql_file(live, case / "a.sql")
    result = plan(tmp_path / "desired", *endpoints(live, server_url))
    text = "\n".join(f"{c.sql}\n{c.why}" for c in result.changes) + repr(result.unconverged)
    assert "hunter2" not in text
    assert any(c.kind == "user mapping" and "set it by hand" in c.why for c in result.changes)
    assert {u[1]: u[2] for u in result.unconverged}["user mapping cmis_app on server archive"].startswith(
        "secret options (password) are never written to a plan")


def test_no_placeholder_statements(tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    # the engine writes `select 1;` where an exclusion constraint's index would go (the constraint makes it)
    a = "CREATE SCHEMA app;\nCREATE TABLE app.slots (room int, during tsrange);\n"
    b = a.replace(");\n", ", EXCLUDE USING gist (during WITH &&));\n")
    result = _plan(a, b, tmp_path, make_db, server_url)
    assert [c.kind for c in result.changes] == ["constraint"], [c.sql for c in result.changes]


def test_what_goes_with_a_dropped_table_is_not_dropped_again(
        tmp_path: Path, make_db: Callable[[], str], server_url: str) -> None:
    case = Path(__file__).parent / "cases" / "table_drop_with_its_dependents"
    result = _plan((case / "a.sql").read_text(), (case / "b.sql").read_text(), tmp_path, make_db, server_url)
    dropped = {(c.kind, c.identity) for c in result.changes if c.action is Action.DROP}
    # the tables' own constraints, trigger and policies go with them; foreign keys are dropped first
    assert dropped == {("table", "app.campaigns"), ("table", "app.ads"), ("function", "app.touch ()"),
                       ("constraint", "app.reports.reports_campaign_id_fkey"),
                       ("constraint", "app.ads.ads_campaign_id_fkey"),
                       ("constraint", "app.campaigns.campaigns_org_id_fkey")}, dropped
    order = [c.identity for c in result.changes]
    assert order.index("app.reports.reports_campaign_id_fkey") < order.index("app.campaigns")
    assert order.index("app.campaigns") < order.index("app.touch ()")
    assert not any(r.hazard.value == "rls-weakened" for c in result.changes for r in c.risks)


def test_a_big_plans_rollback_is_rehearsed_in_a_transaction_of_its_own(
        tmp_path: Path, make_db: Callable[[], str], server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past a number of locks the plan is committed on the copy before its rollback is rehearsed
    (as apply commits before a rollback could run): the same rollback, proven the same way."""
    from cmis_diff import verify

    case = Path(__file__).parent / "cases" / "table_drop_with_its_dependents"
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "b.sql").write_text((case / "a.sql").read_text())
    live = make_db()
    load_sql_file(live, case / "b.sql")

    def planned() -> PlanResult:
        result = plan(tmp_path / "desired", *endpoints(live, server_url), with_rollback=True)
        assert result.verified and result.unconverged == [] and result.rollback is not None
        assert result.rollback.error is None and result.rollback.unconverged == []
        return result

    within = planned()
    committed: list[int] = []
    monkeypatch.setattr(verify, "_OWN_TRANSACTION_LOCKS", 0)
    original = verify._committed
    monkeypatch.setattr(verify, "_committed", lambda conn: (committed.append(1), original(conn)))
    apart = planned()
    assert committed == [1]
    assert [c.sql for c in apart.rollback.changes] == [c.sql for c in within.rollback.changes]  # type: ignore[union-attr]
    assert any(c.kind == "table" for c in apart.rollback.changes)  # type: ignore[union-attr]
