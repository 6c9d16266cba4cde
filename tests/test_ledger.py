"""The ledger is ours and tamper-evident: squatted ledgers are refused without firing anything,
ledger init lets a role without CREATE apply, first applies do not race, missing or edited history
is refused, and a plan whose effect was undone by hand can be applied again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from cmis_diff.apply import ledger
from cmis_diff.apply.executor import apply
from cmis_diff.catalog import fingerprint
from cmis_diff.errors import CmisDiffError
from cmis_diff.plan import planfile

from .cli_helpers import run_cli

SQUATS = {
    # a trigger that would run as whoever applies (here: it would fill the canary)
    "trigger": """CREATE FUNCTION public.squat() RETURNS trigger LANGUAGE plpgsql AS
                  $$BEGIN INSERT INTO public.canary VALUES (1); RETURN NEW; END$$;
                  CREATE TRIGGER squat BEFORE INSERT ON cmis_diff.applied FOR EACH ROW
                  EXECUTE FUNCTION public.squat();""",
    "owner": "ALTER TABLE cmis_diff.applied OWNER TO cmis_app;",
    "column": "ALTER TABLE cmis_diff.applied ADD COLUMN note text DEFAULT public.squat_value();",
    "policy": """ALTER TABLE cmis_diff.applied ENABLE ROW LEVEL SECURITY;
                 CREATE POLICY squat ON cmis_diff.applied USING (public.squat_value() IS NOT NULL);""",
    "rule": "CREATE RULE squat AS ON INSERT TO cmis_diff.applied DO ALSO INSERT INTO public.canary VALUES (2);",
    "privilege": "GRANT TRIGGER ON cmis_diff.applied TO PUBLIC;",
}


def _digest(url: str) -> str:
    with psycopg.connect(url) as conn:
        return fingerprint.read(conn).digest


def test_a_squatted_ledger_is_refused_without_firing(planned: tuple[Path, str]) -> None:
    plan, live = planned
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.canary (n int)")
        conn.execute("CREATE FUNCTION public.squat_value() RETURNS text LANGUAGE sql "
                     "AS $$INSERT INTO public.canary VALUES (3) RETURNING 'x'$$")
    planfile.approve(plan, "alice")
    for squat in SQUATS.values():
        with psycopg.connect(live, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS cmis_diff CASCADE; DROP FUNCTION IF EXISTS public.squat()")
            ledger.create(conn)  # exactly our ledger, then tampered with
            conn.execute(squat.encode())
        before = _digest(live)
        with pytest.raises(CmisDiffError, match="is not cmis-diff's own, refusing to use it"):
            apply(plan, live)
        assert _digest(live) == before
        with psycopg.connect(live) as conn:
            assert conn.execute("SELECT count(*) FROM public.canary").fetchone() == (0,), squat


def test_ledger_init_lets_a_role_without_create_apply(planned: tuple[Path, str], server_url: str) -> None:
    plan, live = planned
    deployer = live.replace("user=postgres", "user=cmis_deployer")
    with psycopg.connect(server_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'cmis_deployer'").fetchone():
            conn.execute("CREATE ROLE cmis_deployer LOGIN")
    with psycopg.connect(live, autocommit=True) as conn:  # it may create in public, not in the database
        conn.execute("GRANT CREATE ON SCHEMA public TO cmis_deployer")
    (plan.parent / "d.sql").write_text("CREATE TABLE public.t (id int);\n")
    assert run_cli("plan", "--desired", "d.sql", "--live", live, "--out", "d_plan.sql",
                   cwd=plan.parent).returncode == 2
    assert run_cli("approve", "d_plan.sql", cwd=plan.parent).returncode == 0
    refused = run_cli("apply", "d_plan.sql", "--live", deployer, cwd=plan.parent)
    assert refused.returncode == 1 and "cmis-diff ledger init" in refused.stderr, refused.stderr
    init = run_cli("ledger", "init", "--live", live, "--grant-to", "cmis_deployer", cwd=plan.parent)
    assert init.returncode == 0 and "created table cmis_diff.applied" in init.stdout, init.stderr
    applied = run_cli("apply", "d_plan.sql", "--live", deployer, cwd=plan.parent)
    assert applied.returncode == 0, applied.stderr
    with psycopg.connect(live) as conn:
        assert conn.execute("SELECT db_role, result FROM cmis_diff.applied").fetchall() == [("cmis_deployer",
                                                                                          "applied")]


def test_two_first_applies_at_once(planned: tuple[Path, str]) -> None:
    plan, live = planned
    planfile.approve(plan, "alice")
    procs = [subprocess.Popen([sys.executable, "-m", "cmis_diff", "apply", str(plan), "--live", live],
                              cwd=plan.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outcomes = sorted((p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs)
    assert [code for code, _ in outcomes] == [0, 1], outcomes
    assert "already applied" in outcomes[1][1] and len(outcomes[1][1].strip().splitlines()) == 1
    with psycopg.connect(live) as conn:
        assert conn.execute("SELECT result FROM cmis_diff.applied").fetchall() == [("applied",)]


def test_removed_or_edited_history_is_refused(planned: tuple[Path, str], tmp_path: Path) -> None:
    plan, live = planned
    planfile.approve(plan, "alice")
    apply(plan, live)
    (tmp_path / "d2.sql").write_text((tmp_path / "desired.sql").read_text() + "CREATE TABLE app.more (id int);\n")
    assert run_cli("plan", "--desired", "d2.sql", "--live", live, "--out", "second.sql", cwd=tmp_path).returncode == 2
    second = tmp_path / "second.sql"
    assert "-- last-applied: 1 sha256:" in second.read_text()
    planfile.approve(second, "alice")
    with psycopg.connect(live, autocommit=True) as conn:  # an edited row breaks the hash chain
        conn.execute("UPDATE cmis_diff.applied SET applied_by = 'someone else'")
    with pytest.raises(CmisDiffError, match="row 1 breaks its hash chain"):
        apply(second, live)
    with psycopg.connect(live, autocommit=True) as conn:  # history emptied
        conn.execute("DELETE FROM cmis_diff.applied")
    with pytest.raises(CmisDiffError, match="no longer holds row 1"):
        apply(second, live)
    with psycopg.connect(live, autocommit=True) as conn:  # the ledger dropped: not silently re-created
        conn.execute("DROP SCHEMA cmis_diff CASCADE")
    with pytest.raises(CmisDiffError, match=r"ledger cmis_diff\.applied is missing, but when this plan was made"):
        apply(second, live)


def test_a_plan_undone_by_hand_applies_again(planned: tuple[Path, str]) -> None:
    plan, live = planned
    planfile.approve(plan, "alice")
    apply(plan, live)
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("DROP SCHEMA app CASCADE")  # live is back where it was before the plan
    again = apply(plan, live)
    assert again.reapplied == 1
    with pytest.raises(CmisDiffError, match=r"already applied \(recorded in cmis_diff.applied, row 2\)"):
        apply(plan, live)
