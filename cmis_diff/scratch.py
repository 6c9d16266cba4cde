"""Throw-away scratch databases: unique names, always dropped (errors, Ctrl-C, SIGTERM)."""

from __future__ import annotations

import os
import secrets
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from psycopg import sql

from .connect import connect, with_database

PREFIX = "cmis_diff_scratch_"


def _create(server_url: str, name: str) -> None:
    with connect(server_url, "scratch server") as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
        # throw-away: no need to wait for the WAL flush at every commit (never set on live)
        conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(sql.Identifier(name)))


def _drop(server_url: str, name: str) -> None:
    with connect(server_url, "scratch server") as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


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
def scratch_database(server_url: str) -> Iterator[str]:
    """Create a uniquely named database on the scratch server; yield its URL; always drop it."""
    name = f"{PREFIX}{os.getpid()}_{secrets.token_hex(6)}"
    _create(server_url, name)
    # Ctrl-C and SIGTERM must not interrupt the drop itself.
    try:
        yield with_database(server_url, name)
    finally:
        old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
        old_term = signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:
            _drop(server_url, name)
        finally:
            signal.signal(signal.SIGINT, old_int)
            signal.signal(signal.SIGTERM, old_term)
