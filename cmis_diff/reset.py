"""`cmis-diff reset`: live dropped and built again from desired, for development databases (the
declarative twin of `migrate:fresh`). Never a plan, never recorded: the database is new.

Allowed on the embedded database without more ado, on any other only with --force: it destroys
every row. The database is dropped and created again (same owner) from the server's maintenance
database, then the desired files are loaded into it as into a scratch database.
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from .config import Endpoint
from .connect import connect, mask_url, with_database
from .errors import CmisDiffError
from .scratch import signals_held
from .source.discover import DesiredSource
from .source.load import load

MAINTENANCE_DATABASES = ("postgres", "template1")


@dataclass(frozen=True)
class ResetResult:
    live: str  # masked URL
    database: str
    owner: str
    statements: int


def _database(url: str) -> str:
    name = conninfo_to_dict(url).get("dbname")
    if not name:
        raise CmisDiffError(f"live URL {mask_url(url)} names no database")
    return str(name)


def _maintenance_url(url: str, database: str) -> str:
    for candidate in MAINTENANCE_DATABASES:
        if candidate != database:
            return with_database(url, candidate)
    raise CmisDiffError("no maintenance database to connect to")  # unreachable: two candidates


def reset(live: Endpoint, source: DesiredSource) -> ResetResult:
    """Drop live's database, create it again with the same owner, load desired into it."""
    database = _database(live.url)
    with connect(_maintenance_url(live.url, database), "live server") as conn:
        row = conn.execute("SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database "
                           "WHERE datname = %s", [database]).fetchone()
        owner = str(row[0]) if row else None
        with signals_held():  # never leave live dropped but not created again
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database)))
            create = sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(database))
            if owner:
                create = sql.SQL("{} OWNER {}").format(create, sql.Identifier(owner))
            conn.execute(create)
        owner = owner or str(conn.execute("SELECT current_user").fetchone()[0])  # type: ignore[index]
    with connect(live.url, "live", limits=live.limits) as conn:
        report = load(conn, source)
    return ResetResult(mask_url(live.url), database, owner, report.statements)
