"""The embedded server: start on demand, reuse, concurrent starts, recovery after kill -9."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from cmis_diff.connect import with_database
from cmis_diff.scratch import scratch_database

from .cli_helpers import run_cli


@pytest.fixture
def own_home(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A server of its own (separate data directory), stopped afterwards."""
    env = {"CMIS_DIFF_HOME": str(tmp_path / "home")}
    yield env
    run_cli("server", "stop", cwd=tmp_path, env=env)


def _url(env: dict[str, str], cwd: Path) -> str:
    proc = run_cli("server", "url", "--scratch", cwd=cwd, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_start_status_url_stop(own_home: dict[str, str], tmp_path: Path) -> None:
    assert run_cli("server", "status", cwd=tmp_path, env=own_home).returncode == 1
    assert run_cli("server", "start", cwd=tmp_path, env=own_home).returncode == 0
    status = run_cli("server", "status", cwd=tmp_path, env=own_home)
    assert status.returncode == 0 and "running" in status.stdout
    with psycopg.connect(_url(own_home, tmp_path)) as conn:
        assert conn.execute("SHOW server_version_num").fetchone()[0].startswith("18")  # type: ignore[index]
    assert run_cli("server", "stop", cwd=tmp_path, env=own_home).stdout.startswith("stopped (data ")
    assert run_cli("server", "status", cwd=tmp_path, env=own_home).returncode == 1


def test_concurrent_starts_share_one_server(own_home: dict[str, str], tmp_path: Path) -> None:
    env = {**os.environ, **own_home}
    procs = [subprocess.Popen([sys.executable, "-m", "cmis_diff", "server", "start"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    assert sorted(o[0].split(" (pid")[0] for o in outs) == ["already running", "already running", "started"]
    assert len({o[0].split(" (pid")[1] for o in outs}) == 1  # one server (the same pid and data) for all
    with psycopg.connect(_url(own_home, tmp_path)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_recovers_after_kill_9(own_home: dict[str, str], tmp_path: Path) -> None:
    assert run_cli("server", "start", cwd=tmp_path, env=own_home).returncode == 0
    pid_file = Path(own_home["CMIS_DIFF_HOME"]) / "pg18" / "postmaster.pid"
    pid = int(pid_file.read_text().splitlines()[0])
    os.kill(pid, signal.SIGKILL)
    for _ in range(100):  # wait for the postmaster and its children to be gone
        if not Path(f"/proc/{pid}").exists():
            break
        time.sleep(0.1)
    time.sleep(1)
    assert pid_file.exists()  # the stale pid file is still there
    proc = run_cli("server", "start", cwd=tmp_path, env=own_home)
    assert proc.returncode == 0, proc.stderr
    with psycopg.connect(_url(own_home, tmp_path)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_plan_on_embedded_default_creates_live_cmis(own_home: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "a.sql").write_text("CREATE SCHEMA app;\n")
    proc = run_cli("plan", cwd=tmp_path, env=own_home)
    assert proc.returncode == 2, proc.stderr
    with psycopg.connect(_url(own_home, tmp_path)) as conn:
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = 'cmis'").fetchone() == (1,)
    # live is a real database: commits are durable (only scratch databases turn that off)
    with psycopg.connect(with_database(_url(own_home, tmp_path), "cmis")) as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone() == ("on",)
    with scratch_database(_url(own_home, tmp_path)) as url, psycopg.connect(url) as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone() == ("off",)


def test_works_as_a_normal_user(tmp_path: Path) -> None:
    """As root, the server runs as the system user embedded_postgres; as anyone else it runs as
    that user. Run the whole start/status/stop cycle as an unprivileged account."""
    if os.geteuid() != 0:
        pytest.skip("needs root to create and switch to an unprivileged account")
    user = "cmis_diff_test"
    subprocess.run(["useradd", "--create-home", user], capture_output=True)  # exists already: fine
    python = Path(sys.executable)
    reachable = subprocess.run(["su", user, "-s", "/bin/sh", "-c", f"test -x {python}"], capture_output=True)
    if reachable.returncode != 0:
        pytest.skip(f"{python} is not reachable by an unprivileged user here")
    home = Path(tempfile.mkdtemp(prefix="cmis-diff-user-"))  # pytest's tmp_path is private to root
    shutil.chown(home, user)
    script = (f"cd {home} && export CMIS_DIFF_HOME={home}/state && {python} -m cmis_diff server start && "
              f"{python} -m cmis_diff server status && {python} -m cmis_diff server stop")
    proc = subprocess.run(["su", user, "-s", "/bin/sh", "-c", script], capture_output=True, text=True, timeout=180,
                          cwd=home)
    assert proc.returncode == 0, proc.stderr
    assert "running (pid" in proc.stdout and "stopped" in proc.stdout
    assert (home / "state" / "pg18" / "PG_VERSION").stat().st_uid != 0
    shutil.rmtree(home)
