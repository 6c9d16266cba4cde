"""What pg_dump writes about a table the engine does not see: column statistics targets, the
index a table is clustered on, replica identity, the type of a typed table (ALTER TABLE ... OF
makes the engine's plain table one), and a partition's own column defaults (the engine leaves
partitions alone; PARTITION OF copies the parent's defaults)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model, TableSettings
from ...render import sql as render
from ..changes import Action, Change

_IDENTITY = {"d": "DEFAULT", "n": "NOTHING", "f": "FULL"}
_PLAIN = TableSettings("d", None, None, None, None)  # what the engine's CREATE TABLE gives


def _alter(key: tuple[str, str], clause: sql.Composable, kind: str = "table") -> Change:
    label = ".".join(key)
    statement = sql.SQL("ALTER TABLE {} {}").format(render.qname(*key), clause)
    return Change(kind, Action.ALTER, label, render.text(statement), table=label)


def _columns(old: Model, new: Model) -> list[Change]:
    changes = []
    for key, col in sorted(new.columns.items()):
        live = old.columns.get(key)
        table, column = key[:2], sql.Identifier(key[2])
        if col.storage is not None and (live.statistics if live else None) != col.statistics:
            target = sql.Literal(col.statistics if col.statistics is not None else -1)
            changes.append(_alter(table, sql.SQL("ALTER COLUMN {} SET STATISTICS {}").format(column, target)))
        settings = new.table_settings.get(table)
        if settings is None or settings.parent is None:
            continue
        # a partition the plan creates starts with its parent's default (PARTITION OF copies it)
        parent = new.columns.get((*settings.parent, key[2]))
        start = live.default if live else parent.default if parent else None
        if start != col.default and col.generated == "":
            clause = sql.SQL("ALTER COLUMN {} DROP DEFAULT").format(column) if col.default is None else \
                sql.SQL("ALTER COLUMN {} SET DEFAULT {}").format(column, sql.SQL(col.default))
            changes.append(_alter(table, clause, "column"))
    return changes


def compare(old: Model, new: Model) -> list[Change]:
    changes = _columns(old, new)
    for key, want in sorted(new.table_settings.items()):
        have = old.table_settings.get(key, _PLAIN)
        if have.of_type != want.of_type:
            of: sql.Composable = sql.SQL("OF {}").format(sql.SQL(want.of_type)) if want.of_type else sql.SQL("NOT OF")
            changes.append(_alter(key, of))
        if (have.replica_identity, have.replica_index) != (want.replica_identity, want.replica_index):
            clause = sql.SQL("REPLICA IDENTITY USING INDEX {}").format(sql.Identifier(want.replica_index or "")) \
                if want.replica_identity == "i" else sql.SQL("REPLICA IDENTITY {}").format(
                    sql.SQL(_IDENTITY[want.replica_identity]))
            changes.append(_alter(key, clause))
        if have.cluster_index != want.cluster_index:
            cluster: sql.Composable = sql.SQL("CLUSTER ON {}").format(sql.Identifier(want.cluster_index)) \
                if want.cluster_index else sql.SQL("SET WITHOUT CLUSTER")
            changes.append(_alter(key, cluster))
    return changes
