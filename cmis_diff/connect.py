"""Connections to live and scratch servers: clear one-line errors, never a password in output.

psycopg is imported where a function needs it: commands answered from memory (remembered.py) load
this module without paying for psycopg's import."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from .errors import CmisDiffError
from .waits import Limits, session_options

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_S = 10
_PG_SCHEMES = ("postgresql", "postgres")


def mask_url(url: str) -> str:
    """The URL as shown to people: user, host, port, database; never the password."""
    if "://" in url:
        parts = urlsplit(url)
        netloc = parts.netloc.rsplit("@", 1)
        if len(netloc) == 2:
            user = netloc[0].split(":", 1)[0]
            netloc = [f"{user}@{netloc[1]}"]
        query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith("password="))
        return urlunsplit((parts.scheme, netloc[0], parts.path, query, ""))
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "<unparsable connection string>"
    params.pop("password", None)
    return make_conninfo(**{k: str(v) for k, v in params.items()})


def _scrub(message: str, url: str) -> str:
    """Remove any password the server or libpq may echo back."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        password = conninfo_to_dict(url).get("password")
    except psycopg.ProgrammingError:
        password = None
    if password:
        message = message.replace(str(password), "***")
    return re.sub(r"(password=)\S+", r"\1***", message)


def check_url(url: str, purpose: str) -> None:
    if "://" in url and url.split("://", 1)[0].lower() not in _PG_SCHEMES:
        raise CmisDiffError(f"{purpose} URL {mask_url(url)!r} is not a PostgreSQL URL (postgresql://...)")
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise CmisDiffError(f"{purpose} URL is malformed: {_scrub(str(exc), url)}") from None


def connect(url: str, purpose: str, *, autocommit: bool = True, limits: Limits | None = None) -> psycopg.Connection:
    """Open a connection or fail with `cannot connect to <purpose> <masked url>: <reason>`.

    Every session notices a dead client (client_connection_check_interval); with `limits` (live),
    every query is bounded by lock_timeout and statement_timeout. Options of the URL are kept."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    check_url(url, purpose)
    options = " ".join(o for o in (str(conninfo_to_dict(url).get("options") or ""), session_options(limits)) if o)
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="cmis-diff", options=options)
    except psycopg.Error as exc:
        text = str(exc).strip().removeprefix("connection failed:").strip()
        reason = _scrub(text.splitlines()[0] if text else type(exc).__name__, url)
        raise CmisDiffError(f"cannot connect to {purpose} {mask_url(url)}: {reason}") from None


def child_dsn(url: str) -> tuple[str, dict[str, str]]:
    """(connection string without the password, environment adding PGPASSWORD) for a child process
    such as pg_dump: its argv is world-readable in /proc, its environment is not."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    password = params.pop("password", None)
    env = {**os.environ, "PGPASSWORD": str(password)} if password is not None else dict(os.environ)
    # like our own sessions, the child's stops on the server when the child dies
    env["PGOPTIONS"] = " ".join(o for o in (env.get("PGOPTIONS", ""), session_options(None)) if o)
    return make_conninfo(**{k: str(v) for k, v in params.items()}), env


def with_database(url: str, dbname: str) -> str:
    """The same server and credentials, another database (as a libpq key=value string)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**{k: str(v) for k, v in params.items()})


def server_version(conn: psycopg.Connection) -> str:
    return str(conn.execute("SHOW server_version").fetchone()[0]).split()[0]  # type: ignore[index]
