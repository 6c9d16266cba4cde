"""Bounded waits: every query on live (plan, drift, apply's checks) gives up after --lock-timeout and
names what it waited for (relation, holder pid and query); bad timeout values are refused."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from cmis_diff.plan import planfile

from .cli_helpers import run_cli

LIVE = "CREATE SCHEMA app;\nCREATE TABLE app.t (id int, note text DEFAULT 'n');\n"


@pytest.fixture
def held(tmp_path: Path, make_db: Callable[[], str]) -> Iterator[tuple[Path, str, int]]:
    """A live database whose table app.t someone holds in ACCESS EXCLUSIVE mode, a desired schema
    that differs from it, and an approved plan made before the lock was taken."""
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        conn.execute(LIVE.encode())
    (tmp_path / "desired.sql").write_text(LIVE + "COMMENT ON TABLE app.t IS 'x';\n")
    # a plan that must count rows on live (NULLs a NOT NULL would reject): a plan of desired.sql
    # needs no lock once live's fingerprint, model and copy are cached
    (tmp_path / "not_null.sql").write_text(LIVE.replace("note text", "note text NOT NULL"))
    assert run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql", cwd=tmp_path).returncode == 2
    planfile.approve(tmp_path / "p.sql", "alice")
    with psycopg.connect(live) as holder:
        holder.execute("LOCK TABLE app.t IN ACCESS EXCLUSIVE MODE")
        yield tmp_path, live, holder.info.backend_pid


@pytest.mark.parametrize("command", [["drift", "--desired", "desired.sql"], ["plan", "--desired", "not_null.sql"],
                                     ["apply", "p.sql"]])
def test_a_held_lock_ends_the_command_naming_it(held: tuple[Path, str, int], command: list[str]) -> None:
    workdir, live, holder = held
    t0 = time.monotonic()
    proc = run_cli(*command, "--live", live, "--lock-timeout", "1", cwd=workdir, timeout=60)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert time.monotonic() - t0 < 30
    said = proc.stdout + proc.stderr
    assert "lock timeout (1 s, --lock-timeout)" in said and f"app.t is locked (AccessExclusiveLock) by pid {holder}" \
        in said, said
    assert "Traceback" not in said


@pytest.mark.parametrize(("command", "flag", "value"), [("plan", "--lock-timeout", "-1"),
                                                        ("drift", "--statement-timeout", "0.0004"),
                                                        ("apply", "--lock-timeout", "-0.5")])
def test_bad_timeout_values_are_refused(command: str, flag: str, value: str, tmp_path: Path) -> None:
    args = [command, "p.sql"] if command == "apply" else [command]
    proc = run_cli(*args, "--live", "postgresql://nobody@127.0.0.1:1/x", flag, value, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: {flag} {float(value):g}: must be 0 (no limit) or at least 0.001 seconds"
