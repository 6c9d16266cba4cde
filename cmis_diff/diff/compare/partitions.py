"""Partition bounds: a partition whose bound changes is detached and attached again with the new
one (PostgreSQL cannot alter a bound; the engine says nothing). Rows are the data-safety checks'
business: ATTACH validates them against the new bound (or fails, leaving live untouched)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model
from ...render import sql as render
from ..changes import Action, Change, Hazard


def compare(old: Model, new: Model) -> list[Change]:
    moved = sorted(k for k in old.partitions.keys() & new.partitions.keys()
                   if old.partitions[k][:2] == new.partitions[k][:2] and old.partitions[k][2] != new.partitions[k][2])
    detach, attach = [], []
    for key in moved:  # every DETACH first: a new bound may overlap another partition's old one
        parent_schema, parent, bound = new.partitions[key]
        table, child = render.qname(parent_schema, parent), render.qname(*key)
        why = "its partition bound changes: detached and attached again"
        detach.append(Change("table", Action.ALTER, ".".join(key), render.text(
            sql.SQL("ALTER TABLE {} DETACH PARTITION {}").format(table, child)), why=why,
            table=f"{parent_schema}.{parent}"))
        attach.append(Change("table", Action.ALTER, ".".join(key), render.text(
            sql.SQL("ALTER TABLE {} ATTACH PARTITION {} {}").format(table, child, sql.SQL(bound))),
            (Hazard.FULL_SCAN,), why=why, table=f"{parent_schema}.{parent}"))
    return detach + attach
