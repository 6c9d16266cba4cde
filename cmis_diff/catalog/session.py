"""Catalog reads in one fixed session state, whatever the SQL run before on the connection did.

Desired files cut from pg_dump empty search_path (`set_config('search_path', '', false)`), plans
set check_function_bodies, a database or role may carry its own settings: the deparsers
(format_type, regclass::text, pg_get_expr, pg_get_function_identity_arguments) name objects and
print constants by the session's settings. Every read runs in a transaction that is rolled back
(a savepoint inside one): the session is reset to its defaults, the settings below are pinned,
and whatever was set before is back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from weakref import WeakSet

if TYPE_CHECKING:
    import psycopg

# search_path pg_catalog only: every other object is named with its schema, on both sides alike
PINNED = (("search_path", "pg_catalog"), ("DateStyle", "ISO, YMD"), ("IntervalStyle", "postgres"),
          ("TimeZone", "UTC"), ("extra_float_digits", "1"), ("bytea_output", "hex"),
          ("standard_conforming_strings", "on"), ("lc_monetary", "C"), ("xmloption", "content"))
PIN_SQL = b"RESET SESSION AUTHORIZATION; RESET ROLE; RESET ALL; " + b" ".join(
    f"SET LOCAL {name} = '{value}';".encode() for name, value in PINNED)

_pinned: WeakSet[psycopg.Connection] = WeakSet()


@contextmanager
def pinned(conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """Run catalog reads on `conn` in the fixed state; re-entrant (a nested read reuses it)."""
    if conn in _pinned:
        yield conn
        return
    with conn.transaction(force_rollback=True):
        conn.execute(PIN_SQL)
        _pinned.add(conn)
        try:
            yield conn
        finally:
            _pinned.discard(conn)
