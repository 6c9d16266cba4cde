"""Indexes left INVALID in live (an interrupted or failed CREATE INDEX CONCURRENTLY): the engine
sees their definition unchanged, yet they answer no query. One that desired has is dropped and
built again from desired's definition (one desired lacks is dropped by the engine)."""

from __future__ import annotations

from dataclasses import replace

from psycopg import sql

from ...catalog.inspect import Inspected
from ...render import sql as render
from ..changes import Action, Change
from ..classify import classify

_WHY = "INVALID in live (an interrupted CREATE INDEX CONCURRENTLY?): dropped and built again"


def rebuilt(live: Inspected, desired: Inspected) -> tuple[list[Change], list[Change]]:
    """(drops, creates) for live's invalid indexes that desired has. The drop says IF EXISTS: the
    rehearsal's copy of live (pg_dump) has no invalid index."""
    wanted = {(i.schema, i.name): i.definition for i in desired.engine_model.indexes.values()}
    drops, creates = [], []
    for key in sorted(live.model.invalid_indexes & wanted.keys()):
        statement = sql.SQL("DROP INDEX IF EXISTS {}").format(render.qname(*key))
        drops.append(Change("index", Action.DROP, ".".join(key), render.text(statement), why=_WHY, parts=key))
        creates.append(replace(classify(wanted[key]), why="built again: it was INVALID in live"))
    return drops, creates
