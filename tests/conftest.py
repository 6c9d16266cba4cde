"""Test fixtures: one private embedded PostgreSQL 18 for the whole session, fresh databases per test."""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from .cli_helpers import run_cli
from .support import SMALL_DESIRED

REPO = Path(__file__).resolve().parent.parent
ROLES_SQL = REPO / "desired" / "roles.sql"


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A private embedded server (own CMIS_DIFF_HOME), so tests never touch a user's databases."""
    home = os.environ.get("CMIS_DIFF_TEST_HOME") or tempfile.mkdtemp(prefix="cmis-diff-test-")
    os.environ["CMIS_DIFF_HOME"] = home
    for var in ("CMIS_DIFF_LIVE_URL", "DATABASE_URL", "CMIS_DIFF_SCRATCH_URL"):
        os.environ.pop(var, None)
    from cmis_diff import server

    url = server.start()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(ROLES_SQL.read_text().encode())
    yield url
    if "CMIS_DIFF_TEST_HOME" not in os.environ:
        server.stop()


@pytest.fixture
def make_db(server_url: str) -> Iterator[Callable[[], str]]:
    """Factory of fresh, uniquely named databases; all dropped after the test."""
    from cmis_diff.connect import with_database

    names: list[str] = []

    def make() -> str:
        name = f"t_{secrets.token_hex(5)}"
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        names.append(name)
        return with_database(server_url, name)

    yield make
    with psycopg.connect(server_url, autocommit=True) as conn:
        for name in names:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def password_user(server_url: str) -> str:
    """A role that must log in with a password (the embedded server trusts everyone else)."""
    from cmis_diff import server

    hba = server.pgdata() / "pg_hba.conf"
    line = "local all cmis_pw_test scram-sha-256\n"
    if line not in hba.read_text():
        hba.write_text(line + hba.read_text())
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS cmis_pw_test")
        conn.execute("CREATE ROLE cmis_pw_test LOGIN PASSWORD 's3cret-right'")
        conn.execute("SELECT pg_reload_conf()")
    return "cmis_pw_test"


@pytest.fixture
def planned(tmp_path: Path, make_db: Callable[[], str]) -> tuple[Path, str]:
    (tmp_path / "desired.sql").write_text(SMALL_DESIRED)
    live = make_db()
    proc = run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "plan.sql", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    return tmp_path / "plan.sql", live
