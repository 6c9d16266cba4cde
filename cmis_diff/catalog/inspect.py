"""Inspect a database: the engine's model (for diffing) and our own fingerprint (for checking)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from ..connect import server_version
from ..errors import CmisDiffError
from . import LEDGER_SCHEMA, fingerprint, model, session


@dataclass(frozen=True)
class Inspected:
    engine_model: Any  # results.schemainspect.PostgreSQL
    fingerprint: fingerprint.Fingerprint
    server_version: str
    model: model.Model  # our own model of the kinds the engine is blind to


def _without_comments(engine_model: Any) -> None:
    """Comments are ours (diff/compare/comments.py): the engine would re-create a view or a
    materialized view to change its comment, and comments procedures as functions."""
    for objects in vars(engine_model).values():
        for obj in objects.values() if isinstance(objects, dict) else ():
            if hasattr(obj, "comment"):
                obj.comment = None
            columns = getattr(obj, "columns", None)
            for column in columns.values() if isinstance(columns, dict) else ():
                if hasattr(column, "comment"):
                    column.comment = None


def _qualified_collations(engine_model: Any, ours: model.Model) -> None:
    """The engine names a column's collation without its schema (`collate "bytewise"` fails
    unless app is on the search_path): give it ours, schema-qualified and quoted (regcollation),
    which diff/engine.py renders as it is."""
    for rel in engine_model.relations.values():
        for column in rel.columns.values():
            if getattr(column, "collation", None):
                found = ours.columns.get((rel.schema, rel.name, column.name))
                column.collation = found.collation if found and found.collation else \
                    sql.Identifier(column.collation).as_string(None)


def _refuse_multiple_inheritance(conn: psycopg.Connection) -> None:
    """The engine models one parent per table (its inspection fails on more): say so, in one line."""
    row = conn.execute(model.query("multiple_inheritance")).fetchone()
    if row is not None:
        raise CmisDiffError(f"table {row[0]} inherits from more than one table ({row[1]}): "
                            "multiple inheritance is not supported")


def inspect(conn: psycopg.Connection, fp: fingerprint.Fingerprint | None = None,
            beside: psycopg.Connection | None = None) -> Inspected:
    """The engine's model, our fingerprint (pass one just read to save reading it again) and our model.
    With `beside`, a second connection to the same database that nothing changes meanwhile (a
    scratch build), our model and fingerprint are read there on a thread while the engine reads:
    the server answers both at once."""
    from .. import engine_loader

    engine_loader.load()  # heavy import: only when diffing
    from results.schemainspect import PostgreSQL

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmis-diff-inspect") as pool, \
            session.pinned(conn), conn.cursor() as cur:
        _refuse_multiple_inheritance(conn)
        ours_read = pool.submit(_ours, beside, fp) if beside is not None else None
        engine_model = PostgreSQL(cur)
        engine_model.exclude_schema(LEDGER_SCHEMA)
        engine_model.collations.clear()  # ours: diff/compare/others.py
        _without_comments(engine_model)
        ours, fp = ours_read.result() if ours_read is not None else _ours(conn, fp)
        _qualified_collations(engine_model, ours)
        return Inspected(engine_model, fp, server_version(conn), ours)


def _ours(conn: psycopg.Connection,
          fp: fingerprint.Fingerprint | None) -> tuple[model.Model, fingerprint.Fingerprint]:
    with session.pinned(conn):
        return model.read(conn), fp or fingerprint.read(conn)
