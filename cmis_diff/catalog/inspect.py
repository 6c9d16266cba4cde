"""Inspect a database: the engine's model (for diffing) and our own fingerprint (for checking)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

from ..connect import server_version
from . import fingerprint

LEDGER_SCHEMA = "cmis_diff"  # our apply ledger: never part of any diff


@dataclass(frozen=True)
class Inspected:
    engine_model: Any  # results.schemainspect.PostgreSQL
    fingerprint: fingerprint.Fingerprint
    server_version: str


def inspect(conn: psycopg.Connection) -> Inspected:
    from results.schemainspect import PostgreSQL  # heavy import: only when diffing

    with conn.cursor() as cur:
        model = PostgreSQL(cur)
    model.exclude_schema(LEDGER_SCHEMA)
    return Inspected(model, fingerprint.read(conn), server_version(conn))
