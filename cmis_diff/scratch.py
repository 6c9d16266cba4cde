"""Throw-away scratch databases: unique names, always dropped (errors, Ctrl-C, SIGTERM).

Creating one copies template0 (about 0.2 s, on the critical path of an edited plan's build). So a
build on the embedded server leaves a spare behind once its model is read, while the server is idle
(the diff is pure Python), and the next scratch database is the spare, renamed (milliseconds). A
spare's name holds its catalog signature as made (catalog/signature.py, LOCAL_SQL): one that anybody
changed since is dropped, never used.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from .connect import connect, with_database
from .errors import CmisDiffError

PREFIX = "cmis_diff_scratch_"
SPARE_PREFIX = "cmis_diff_spare_"  # + the spare's signature; not the scratch prefix: orphan reaping leaves it


def _unique_name() -> str:
    return f"{PREFIX}{os.getpid()}_{secrets.token_hex(6)}"


def _new(conn: psycopg.Connection, name: str) -> None:
    conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
    # throw-away: no need to wait for the WAL flush at every commit (never set on live)
    conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(sql.Identifier(name)))


def _create(server_url: str, name: str) -> None:
    with connect(server_url, "scratch server") as conn:
        if not _claimed_spare(conn, server_url, name):
            _new(conn, name)


def _signature(server_url: str, name: str) -> str | None:
    from .catalog import fingerprint

    with connect(with_database(server_url, name), "scratch database") as conn:
        return fingerprint.read_signature(conn, local=True)


def _spares(conn: psycopg.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)",
                                       [SPARE_PREFIX])]


def _claimed_spare(conn: psycopg.Connection, server_url: str, name: str) -> bool:
    """Whether a spare became the database `name` (renamed; as it was made, else dropped)."""
    for spare in _spares(conn):
        try:
            conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(spare), sql.Identifier(name)))
        except psycopg.Error:
            continue  # another plan took it meanwhile
        if _signature(server_url, name) == spare.removeprefix(SPARE_PREFIX):
            return True
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    return False


def make_spare(server_url: str) -> None:
    """Leave an empty database for the next scratch database to be, unless there is one. It is made
    under a scratch name: a process killed meanwhile leaves an orphan, reaped as any other."""
    name = _unique_name()
    with connect(server_url, "scratch server") as conn:
        if _spares(conn):
            return
        try:
            _new(conn, name)
            signed = _signature(server_url, name)
            if signed is not None:  # else a server whose signature cannot be read: no spare
                conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                    sql.Identifier(name), sql.Identifier(SPARE_PREFIX + signed)))
                return
        except BaseException:
            with contextlib.suppress(CmisDiffError):
                _drop(server_url, name)
            raise
    _drop(server_url, name)


def _drop(server_url: str, name: str) -> None:
    with connect(server_url, "scratch server") as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def drop(server_url: str, url: str) -> None:
    """Drop the scratch database `url` now (FORCE: whatever still runs in it is cut off)."""
    _drop(server_url, str(conninfo_to_dict(url)["dbname"]))


def reap_orphans(server_url: str) -> None:
    """Drop scratch databases left by cmis-diff processes of this host that no longer exist
    (a `kill -9` cannot run our cleanup). Only used on the embedded, local server."""
    with connect(server_url, "scratch server") as conn:
        names = [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                              [PREFIX.replace("_", r"\_") + "%"])]
    for name in names:
        pid = name[len(PREFIX):].split("_", 1)[0]
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            _drop(server_url, name)


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM arriving inside the block are held back and delivered when it ends (not
    lost, as ignoring them would lose them). Deferred by a handler rather than a signal mask: a
    mask covers one thread only, and the kernel may deliver to another (the copy's restore thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers belong to the main thread, which receives the interruption anyway
        return
    caught: list[int] = []
    wanted = (signal.SIGINT, signal.SIGTERM)
    old = {s: signal.signal(s, lambda signum, _frame: caught.append(signum)) for s in wanted}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
        if caught:
            signal.raise_signal(caught[0])


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """Create a uniquely named database on the scratch server; yield its URL; always drop it, even
    when interrupted while it was being created."""
    name = _unique_name()
    try:
        _create(server_url, name)
        yield with_database(server_url, name)
    except BaseException:
        with signals_held(), contextlib.suppress(CmisDiffError):
            _drop(server_url, name)  # the error that brought us here is the one to report
        raise
    with signals_held():
        _drop(server_url, name)
