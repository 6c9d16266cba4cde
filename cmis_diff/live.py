"""Which database live is, as a plan header pins it (apply refuses another one)."""

from __future__ import annotations

import psycopg

from .render import names


def target(conn: psycopg.Connection) -> str:
    """`<server system identifier> <database name>`: the same schema on another server or in
    another database is another target."""
    row = conn.execute("SELECT s.system_identifier::text, pg_catalog.current_database() "
                       "FROM pg_catalog.pg_control_system() s").fetchone()
    assert row is not None
    return f"{row[0]} {names.ident(row[1])}"
