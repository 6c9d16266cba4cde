"""Seed-style object counts of a database, counted from the catalog (rules in queries/stats.sql)."""

from __future__ import annotations

from importlib import resources

import psycopg


def count(conn: psycopg.Connection) -> dict[str, int]:
    queries = resources.files("cmis_diff.catalog") / "queries"
    query = (queries / "_scope.sql").read_text() + (queries / "stats.sql").read_text()
    with conn.cursor() as cur:
        cur.execute(query.encode())
        row = cur.fetchone()
        assert row is not None and cur.description is not None
        return {col.name: int(value) for col, value in zip(cur.description, row, strict=True)}
