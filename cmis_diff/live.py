"""Which database live is, as a plan header pins it (apply refuses another one)."""

from __future__ import annotations

import psycopg

from .render import names


def target(conn: psycopg.Connection) -> str:
    """`<server system identifier> <database name>`: the same schema on another server or in
    another database is another target."""
    row = conn.execute("SELECT s.system_identifier::text, pg_catalog.current_database(), "
                       "pg_catalog.quote_ident(pg_catalog.current_database()) "
                       "FROM pg_catalog.pg_control_system() s").fetchone()
    assert row is not None
    # the server quotes a printable name as names.ident does (every keyword but the unreserved
    # ones): no parser to load for a plan that has nothing to do
    return f"{row[0]} {row[2] if names.is_plain(row[1]) else names.ident(row[1])}"
