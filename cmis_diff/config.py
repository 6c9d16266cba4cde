"""Where live and scratch are: flags, then environment, then the embedded server."""

from __future__ import annotations

import os
from dataclasses import dataclass

from psycopg import sql

from . import server
from .connect import check_url, connect, with_database

EMBEDDED_LIVE_DB = "cmis"


@dataclass(frozen=True)
class Endpoint:
    url: str
    embedded: bool


def _embedded_live() -> str:
    server_url = server.start()
    with connect(server_url, "embedded server") as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [EMBEDDED_LIVE_DB]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'")
                         .format(sql.Identifier(EMBEDDED_LIVE_DB)))
    return with_database(server_url, EMBEDDED_LIVE_DB)


def live(flag: str | None) -> Endpoint:
    """--live, else $CMIS_DIFF_LIVE_URL, else $DATABASE_URL, else `cmis` on the embedded server."""
    url = flag or os.environ.get("CMIS_DIFF_LIVE_URL") or os.environ.get("DATABASE_URL")
    if url:
        check_url(url, "live")
        return Endpoint(url, False)
    return Endpoint(_embedded_live(), True)


def scratch(flag: str | None) -> Endpoint:
    """--scratch-url, else $CMIS_DIFF_SCRATCH_URL, else the embedded server."""
    url = flag or os.environ.get("CMIS_DIFF_SCRATCH_URL")
    if url:
        check_url(url, "scratch")
        return Endpoint(url, False)
    return Endpoint(server.start(), True)
