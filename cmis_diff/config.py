"""Where live and scratch are: flags, then environment, then the embedded server."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import server
from .connect import check_url
from .errors import CmisDiffError
from .waits import Limits

EMBEDDED_LIVE_DB = "cmis"


@dataclass(frozen=True)
class Endpoint:
    url: str
    embedded: bool
    limits: Limits = field(default_factory=Limits)  # lock and statement timeouts of every query on live


def notice(text: str) -> None:
    """A one-line notice for the person running cmis-diff, on stderr (stdout may be JSON)."""
    sys.stderr.write(f"cmis-diff: {text}\n")


def _embedded_live() -> str:
    from psycopg import sql

    from .connect import connect

    server_url = server.start(notice)
    with connect(server_url, "embedded server") as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [EMBEDDED_LIVE_DB]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'")
                         .format(sql.Identifier(EMBEDDED_LIVE_DB)))
        # a server started by an earlier cmis-diff ran with synchronous_commit=off for every database;
        # live is a real database: its commits are durable whatever the server's command line says
        source = conn.execute("SELECT source FROM pg_settings WHERE name = 'synchronous_commit'").fetchone()
        if source and source[0] == "command line":
            conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = on").format(
                sql.Identifier(EMBEDDED_LIVE_DB)))
    return server.url(EMBEDDED_LIVE_DB)


def embedded_live_url() -> str:
    """The embedded server's live database (the default live; created when missing)."""
    return _embedded_live()


def live(flag: str | None, limits: Limits | None = None) -> Endpoint:
    """--live, else $CMIS_DIFF_LIVE_URL, else $DATABASE_URL, else `cmis` on the embedded server."""
    url = flag or os.environ.get("CMIS_DIFF_LIVE_URL") or os.environ.get("DATABASE_URL")
    if url:
        check_url(url, "live")
        return Endpoint(url, False, limits or Limits())
    return Endpoint(_embedded_live(), True, limits or Limits())


def tool_settings(project: Path = Path("pyproject.toml")) -> dict[str, Any]:
    """`[tool.cmis-diff]` of ./pyproject.toml (empty when there is none)."""
    if not project.is_file():
        return {}
    import tomllib  # only where there is a file to read

    try:
        table = tomllib.loads(project.read_text(encoding="utf-8")).get("tool", {}).get("cmis-diff", {})
    except tomllib.TOMLDecodeError as exc:
        raise CmisDiffError(f"{project}: {exc}") from None
    return table if isinstance(table, dict) else {}


def flag_default(name: str, project: Path = Path("pyproject.toml")) -> bool:
    """A boolean setting of [tool.cmis-diff] (false when absent); anything but true/false is an error."""
    value = tool_settings(project).get(name, False)
    if not isinstance(value, bool):
        raise CmisDiffError(f"{project}: [tool.cmis-diff] {name} must be true or false")
    return value


def scratch(flag: str | None) -> Endpoint:
    """--scratch-url, else $CMIS_DIFF_SCRATCH_URL, else the embedded server."""
    url = flag or os.environ.get("CMIS_DIFF_SCRATCH_URL")
    if url:
        check_url(url, "scratch")
        return Endpoint(url, False)
    return Endpoint(server.start(notice), True)
