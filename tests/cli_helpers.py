"""Run the real `cmis-diff` console script in a subprocess, as a user or cron would."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "cmis_diff", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout)


def json_out(proc: subprocess.CompletedProcess) -> dict[str, Any]:
    return json.loads(proc.stdout)


def scratch_databases(server_url: str, prefix: str = "cmis_diff_scratch_") -> list[str]:
    """The databases of the server whose names start with `prefix` (scratch ones by default)."""
    with psycopg.connect(server_url, autocommit=True) as conn:
        return [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [prefix])]


def app_in_desired_and_live(tmp_path: Path, make_db: Callable[[], str], folder: str = "desired") -> tuple[Path, str]:
    """A desired directory `folder` (a hash no other test has) and a live database holding the same schema."""
    desired = tmp_path / folder
    desired.mkdir()
    schema = "CREATE SCHEMA app;\nCREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);\n"
    (desired / "10_app.sql").write_text(f"-- {secrets.token_hex(8)}\n{schema}")
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(schema.encode())
    return desired, live
