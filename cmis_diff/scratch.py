"""Throw-away scratch databases: unique names, always dropped (errors, Ctrl-C, SIGTERM)."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from .connect import connect, with_database
from .errors import CmisDiffError

PREFIX = "cmis_diff_scratch_"


def _create(server_url: str, name: str) -> None:
    with connect(server_url, "scratch server") as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
        # throw-away: no need to wait for the WAL flush at every commit (never set on live)
        conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(sql.Identifier(name)))


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
    name = f"{PREFIX}{os.getpid()}_{secrets.token_hex(6)}"
    try:
        _create(server_url, name)
        yield with_database(server_url, name)
    except BaseException:
        with signals_held(), contextlib.suppress(CmisDiffError):
            _drop(server_url, name)  # the error that brought us here is the one to report
        raise
    with signals_held():
        _drop(server_url, name)
