"""Schema-only copies of live kept on the embedded server between plans (issue 16's edit loop).

A plan rehearses on a copy of live's schema (verify.LiveCopy); restoring it costs about as much
as building desired. While live's catalog is unchanged (its signature, catalog/signature.py), the
copy would be the same, so the copy of the last plans is kept and used again. That is sound
because a rehearsal never commits on the copy (it runs in one transaction rolled back at its end)
and because a kept copy is used only while its own catalog signature is the one it had when it
was restored. One plan at a time uses a copy (an advisory lock); copies are kept only on the
embedded server (a scratch server of the user's own gets nothing left behind), KEEP at most.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from pathlib import Path

import psycopg
from psycopg import sql

from . import atomic, cache, server
from .catalog import fingerprint
from .connect import connect, with_database
from .errors import CmisDiffError

PREFIX = "cmis_diff_copy_"  # not the scratch prefix: orphan reaping leaves kept copies alone
KEEP = 2
_LOCK = 0x636D6973  # the advisory lock a plan holds on the copy it uses


def key(live_signed: str, roles_sql: str, scratch_url: str) -> str:
    """What a copy is a copy of: live at its signature, restored after desired/roles.sql."""
    return hashlib.sha256(f"{live_signed}|{roles_sql}|{scratch_url}".encode()).hexdigest()[:32]


def _record(copy_key: str) -> Path:
    return server.home() / "cache" / f"copy-{copy_key}.json"


def claim(scratch_url: str, copy_key: str) -> psycopg.Connection | None:
    """A connection to the kept copy for `copy_key`, locked for this plan, if there is one and it
    is as it was restored; else None (a fresh copy is made)."""
    try:
        kept = json.loads(_record(copy_key).read_text())
        conn = connect(with_database(scratch_url, kept["database"]), "kept copy of live")
    except (OSError, ValueError, KeyError, CmisDiffError):
        return None
    try:
        locked = conn.execute("SELECT pg_try_advisory_lock(%s)", [_LOCK]).fetchone()
        if locked and locked[0] and fingerprint.read_signature(conn, local=True) == kept["signature"]:
            return conn
    except psycopg.Error:
        pass
    conn.close()
    return None


def keep(scratch_url: str, copy_key: str, conn: psycopg.Connection, restored: str) -> None:
    """Keep the fresh copy `conn` (its rehearsal rolled back) for the next plans, if its catalog is
    still as `restored` says. Called before the copy would be dropped: a renamed copy is not."""
    if fingerprint.read_signature(conn, local=True) != restored:
        return
    name = f"{PREFIX}{copy_key[:16]}_{secrets.token_hex(4)}"
    old = conn.info.dbname
    conn.close()
    with connect(scratch_url, "scratch server") as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(old), sql.Identifier(name)))
    atomic.write(_record(copy_key), json.dumps({"database": name, "signature": restored}).encode())
    _prune(scratch_url)


def _prune(scratch_url: str) -> None:
    """Drop copies beyond the KEEP newest, and copies no record names (a plan killed meanwhile)."""
    records = sorted((server.home() / "cache").glob("copy-*.json"), key=cache.mtime, reverse=True)
    wanted = set()
    for n, record in enumerate(records):
        with contextlib.suppress(OSError, ValueError, KeyError):
            if n < KEEP:
                wanted.add(json.loads(record.read_text())["database"])
                continue
            record.unlink()
    with connect(scratch_url, "scratch server") as admin:
        names = [r[0] for r in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                               [PREFIX.replace("_", r"\_") + "%"])]
        for name in names:
            if name not in wanted:
                with contextlib.suppress(psycopg.Error):  # in use by a plan right now: next time
                    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))

