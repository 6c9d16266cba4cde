"""Helpers shared by tests and bench: load SQL into a database, run a plan end to end."""

from __future__ import annotations

from pathlib import Path

from cmis_diff.config import Endpoint
from cmis_diff.connect import connect, mask_url
from cmis_diff.oracle import raw_schema_dump
from cmis_diff.pipeline import PlanResult, plan
from cmis_diff.plan import planfile
from cmis_diff.source.discover import discover
from cmis_diff.source.load import load

SMALL_DESIRED = ("CREATE SCHEMA app;\n"
                 "CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n"
                 "CREATE TABLE app.users (user_id uuid PRIMARY KEY, org_id uuid REFERENCES app.orgs);\n"
                 "CREATE INDEX users_org_idx ON app.users (org_id);\n"
                 "COMMENT ON TABLE app.orgs IS 'tenants';\n")


def load_sql_file(url: str, path: Path) -> None:
    """Load one SQL file the way desired files are loaded (pglast split, dependency retry)."""
    if not path.read_text().strip():
        return
    with connect(url, "test database") as conn:
        load(conn, discover(path))


def endpoints(live_url: str, server_url: str) -> tuple[Endpoint, Endpoint]:
    return Endpoint(live_url, False), Endpoint(server_url, False)


def dump_as_desired(url: str, server_url: str, tmp_path: Path) -> None:
    """`pg_dump --schema-only` of a database, used as its desired state, plans nothing: the dump's
    session settings (an empty search_path) do not leak into inspection."""
    desired = tmp_path / "dumped"
    desired.mkdir()
    (desired / "schema.sql").write_text(raw_schema_dump(url))
    result = plan(desired, *endpoints(url, server_url))
    assert [c.sql for c in result.changes] == [] and result.unconverged == [], "dump as desired is not empty"


def approved_plan(result: PlanResult, live_url: str, path: Path) -> Path:
    """The plan file `cmis-diff plan` writes for result (header included), approved."""
    header = planfile.header_for(mask_url(live_url), result.live.fingerprint, result.desired_hash, result.tool,
                                 result.changes, target=result.target, last_applied=result.last_applied)
    planfile.write(path.parent, planfile.render(header, result.changes), result.changes, path)
    planfile.approve(path, "pytest")
    return path
