"""render/names.py against a real server: what it writes parses (pglast) and denotes exactly the
original name or value, and never holds a raw control or line-separator character."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from pglast import parse_sql

from cmis_diff.render.names import ident, literal, printable_sql, qualified

NAMES = ["abc", "Abc", "a b", "user", "between", "name", "x\nDROP TABLE t; --", 'x"y', "back\\slash", "é",
         "\u2028ls", "\U0001F600", "tab\there", "*/", "$$", "a" * 63, "é" * 31 + "z", "1abc", "a$b", "\x7f",
         "\u202e", "nb\u00a0sp", "select", "U&", "\\0041", "\x01\r\n"]
VALUES = ["plain", "it's", "back\\slash", "new\nline", "\r\n", "x\u2028y", "\U0001F600", "\x01", "\\\n", "$$ */"]


@pytest.fixture(scope="module")
def conn(server_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(server_url, autocommit=True) as c:
        yield c


def _shown(text: str) -> bool:
    return text.isprintable()


def test_identifiers_denote_the_same_name(conn: psycopg.Connection) -> None:
    for name in NAMES:
        written = ident(name)
        assert _shown(written), written
        parse_sql(f"SELECT 1 AS {written}")
        assert conn.execute(f"SELECT 1 AS {written}").description[0].name == name
        if name.isprintable():  # quoted exactly when PostgreSQL quotes it
            assert conn.execute("SELECT quote_ident(%s)", [name]).fetchone() == (written,)
    assert qualified("app", "x\ny", "") == 'app.U&"x\\000Ay"'


def test_literals_denote_the_same_value(conn: psycopg.Connection) -> None:
    for value in VALUES:
        written = literal(value)
        assert _shown(written), written
        parse_sql(f"SELECT {written}")
        assert conn.execute(f"SELECT {written}").fetchone() == (value,)


def test_printable_sql_keeps_the_meaning(conn: psycopg.Connection) -> None:
    statement = ("SELECT 'x\ny''z' AS \"a\nb\"\"c\", E'q\\\nr', $$body\nx$$ AS d, 'plain' AS \"\u202e\"")
    written = printable_sql(statement)
    assert "\u202e" not in written and "'x\ny" not in written and "$$body\nx$$" in written
    before, after = conn.execute(statement), conn.execute(written)
    assert before.fetchone() == after.fetchone()
    assert [d.name for d in before.description] == [d.name for d in after.description]
