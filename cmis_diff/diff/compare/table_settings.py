"""What pg_dump writes about a table the engine does not see: identity columns' sequence options,
column statistics targets, the
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


_TYPE_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}
_OPTIONS = ("START WITH", "INCREMENT BY", "MINVALUE", "MAXVALUE", "CACHE")


def _identity_default(increment: int, type_name: str) -> tuple[int, int, int, int, int, bool, str]:
    """What GENERATED ... AS IDENTITY gives without options (for the increment desired asks)."""
    top = _TYPE_MAX.get(type_name, _TYPE_MAX["bigint"])
    low, high = (1, top) if increment > 0 else (-top - 1, -1)
    return (low if increment > 0 else high, 1, low, high, 1, False, type_name)


def _identities(old: Model, new: Model) -> list[Change]:
    """ALTER TABLE ... ALTER COLUMN ... SET START WITH / INCREMENT BY / ... where an identity
    column's sequence options differ (from live's, or from what the engine's ADD gives)."""
    changes = []
    for key, want in sorted(new.identity_sequences.items()):
        have = old.identity_sequences.get(key) or _identity_default(1, want[6])
        if have[6] != want[6]:
            have = _identity_default(1, want[6])  # the type changes with the column: its sequence restarts
        parts: list[sql.Composable] = [sql.SQL("SET {} {}").format(sql.SQL(name), sql.Literal(w))
                 for name, h, w in zip(_OPTIONS, have[:5], want[:5], strict=True) if h != w]
        if have[5] != want[5]:
            parts.append(sql.SQL("SET CYCLE" if want[5] else "SET NO CYCLE"))
        if parts:
            clause = sql.SQL("ALTER COLUMN {} {}").format(sql.Identifier(key[2]), sql.SQL(" ").join(parts))
            changes.append(_alter(key[:2], clause, "column"))
    return changes


def compare(old: Model, new: Model) -> list[Change]:
    changes = _identities(old, new) + _columns(old, new)
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
