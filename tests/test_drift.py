"""drift for cron: exit codes, hand-made changes named, JSON and Prometheus output, fleets, cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from .cli_helpers import json_out, run_cli
from .support import load_sql_file

DESIRED = """CREATE SCHEMA app;
CREATE TABLE app.campaigns (campaign_id uuid PRIMARY KEY, org_id uuid NOT NULL, name text NOT NULL);
CREATE INDEX campaigns_org_idx ON app.campaigns (org_id);
CREATE FUNCTION app.campaign_count(p_org uuid) RETURNS bigint LANGUAGE sql STABLE
    AS 'SELECT count(*) FROM app.campaigns WHERE org_id = p_org';
COMMENT ON TABLE app.campaigns IS 'Marketing campaigns';
"""


@pytest.fixture
def clean_live(tmp_path: Path, make_db: Callable[[], str]) -> tuple[Path, str]:
    (tmp_path / "desired.sql").write_text(DESIRED)
    live = make_db()
    load_sql_file(live, tmp_path / "desired.sql")
    return tmp_path, live


def _drift(workdir: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    proc = run_cli("drift", "--desired", "desired.sql", "--format", "json", *args, cwd=workdir)
    assert proc.returncode in (0, 1, 2), proc.stderr
    return proc.returncode, json_out(proc)


def test_clean_after_apply(clean_live: tuple[Path, str]) -> None:
    workdir, live = clean_live
    code, doc = _drift(workdir, "--live", live)
    assert code == 0 and doc["status"] == "clean"
    assert doc["format"] == "cmis-diff drift 1"
    assert "password" not in json.dumps(doc)


@pytest.mark.parametrize(("hotfix", "kind", "name"), [
    ("ALTER TABLE app.campaigns ADD COLUMN budget numeric", "column", "budget"),
    ("DROP INDEX app.campaigns_org_idx", "index", "campaigns_org_idx"),
    ("CREATE OR REPLACE FUNCTION app.campaign_count(p_org uuid) RETURNS bigint LANGUAGE sql STABLE "
     "AS 'SELECT 0::bigint'", "function", "campaign_count"),
    ("GRANT SELECT ON app.campaigns TO cmis_readonly", "relation", "campaigns"),
    ("COMMENT ON TABLE app.campaigns IS 'changed by hand'", "relation", "campaigns"),
])
def test_hand_made_change_is_drift_naming_the_object(clean_live: tuple[Path, str], hotfix: str, kind: str,
                                                     name: str) -> None:
    workdir, live = clean_live
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(hotfix.encode())
    code, doc = _drift(workdir, "--live", live)
    assert code == 2 and doc["status"] == "drift"
    target = doc["targets"][0]
    assert any(d["kind"] == kind and name in d["object"] for d in target["drifted"]), target["drifted"]
    text = run_cli("drift", "--desired", "desired.sql", "--live", live, cwd=workdir)
    assert text.returncode == 2 and name in text.stdout


def test_ledger_schema_is_never_drift(clean_live: tuple[Path, str]) -> None:
    workdir, live = clean_live
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA cmis_diff; CREATE TABLE cmis_diff.applied (id int)")
    assert _drift(workdir, "--live", live)[0] == 0


def test_fleet_with_unreachable_target_out_file_and_prometheus(clean_live: tuple[Path, str],
                                                                make_db: Callable[[], str]) -> None:
    workdir, clean = clean_live
    drifted = make_db()
    lines = [f"clean{i}={clean}" for i in range(3)] + [f"drifted={drifted}",
                                                        "down=postgresql://app:s3cret@127.0.0.1:1/cmis"]
    (workdir / "fleet.txt").write_text("# the fleet\n" + "\n".join(lines) + "\n")
    code, doc = _drift(workdir, "--targets", "fleet.txt", "--jobs", "3", "--report", "report.json",
                       "--prometheus", "drift.prom")
    assert code == 1  # the worst target: an error
    status = {t["target"]: t["status"] for t in doc["targets"]}
    assert status == {"clean0": "clean", "clean1": "clean", "clean2": "clean", "drifted": "drift", "down": "error"}
    assert json.loads((workdir / "report.json").read_text())["status"] == "error"
    prom = (workdir / "drift.prom").read_text()
    assert 'cmis_diff_drift{target="drifted"} 1' in prom
    assert 'cmis_diff_drift{target="clean0"} 0' in prom
    assert 'cmis_diff_drift{target="down"} -1' in prom
    assert "cmis_diff_last_run_timestamp_seconds" in prom
    assert "s3cret" not in (workdir / "report.json").read_text() + prom


def test_shards_split_the_fleet(clean_live: tuple[Path, str]) -> None:
    workdir, clean = clean_live
    (workdir / "fleet.txt").write_text("\n".join(f"db{i}={clean}" for i in range(5)) + "\n")
    seen = []
    for i in (1, 2):
        code, doc = _drift(workdir, "--targets", "fleet.txt", "--shard", f"{i}/2")
        assert code == 0
        seen += [t["target"] for t in doc["targets"]]
    assert sorted(seen) == [f"db{i}" for i in range(5)]


def test_unchanged_desired_is_cached_and_a_change_invalidates(clean_live: tuple[Path, str]) -> None:
    from cmis_diff import server

    workdir, live = clean_live
    cache_dir = server.home() / "cache"
    _drift(workdir, "--live", live)
    before = set(cache_dir.glob("desired-*.pickle"))
    _drift(workdir, "--live", live)
    assert set(cache_dir.glob("desired-*.pickle")) == before  # a hit: nothing new
    (workdir / "desired.sql").write_text(DESIRED + "CREATE TABLE app.extra (id int);\n")
    code, _ = _drift(workdir, "--live", live)
    assert code == 2
    assert len(set(cache_dir.glob("desired-*.pickle")) - before) == 2  # model + fingerprint of the new desired


def test_ignore_rules_apply_to_drift_and_plan_and_are_counted(clean_live: tuple[Path, str]) -> None:
    workdir, live = clean_live
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA scratchpad; CREATE TABLE scratchpad.notes (id int);"
                     "CREATE INDEX campaigns_name_tmp_idx ON app.campaigns (name)")
    assert _drift(workdir, "--live", live)[0] == 2
    (workdir / ".cmis-diff-ignore").write_text("# hand-managed\nschema:scratchpad\nindex:*_tmp_idx\n")
    code, doc = _drift(workdir, "--live", live)
    assert code == 0, doc
    assert doc["targets"][0]["ignored"] >= 3  # schema, table, column, index
    proc = run_cli("plan", "--desired", "desired.sql", "--live", live, "--format", "json", cwd=workdir)
    assert proc.returncode == 0, proc.stderr
    assert json_out(proc)["ignored"] >= 3
