"""Column STORAGE and COMPRESSION (the engine is blind to both)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model
from ...render import sql as render
from ..changes import Action, Change

_STORAGE = {"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}
_COMPRESSION = {"": "DEFAULT", "p": "pglz", "l": "lz4"}


def compare(old: Model, new: Model) -> list[Change]:
    """SET STORAGE / SET COMPRESSION where desired differs from live, or, for a column the plan
    adds, from what ADD COLUMN gives it (the type's storage, the default compression)."""
    changes = []
    for key, col in sorted(new.columns.items()):
        if col.storage is None:
            continue
        live = old.columns.get(key)
        storage = live.storage if live else col.type_storage
        compression = live.compression if live else ""
        table, column = render.qname(key[0], key[1]), sql.Identifier(key[2])
        for clause, have, want, names in (("STORAGE", storage, col.storage, _STORAGE),
                                          ("COMPRESSION", compression, col.compression, _COMPRESSION)):
            if have != want:
                statement = sql.SQL("ALTER TABLE {} ALTER COLUMN {} SET {} {}").format(
                    table, column, sql.SQL(clause), sql.SQL(names[want]))
                changes.append(Change("column", Action.ALTER, ".".join(key), render.text(statement),
                                      table=".".join(key[:2]), parts=key))
    return changes
