"""Enums, all ours (the engine pastes labels raw): created and dropped whole, and a changed enum's
values only added become ALTER TYPE ... ADD VALUE in place (no rewrite); anything else re-creates
the type and converts every column using it. Labels always go through sql.Literal."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import EnumColumn, Model
from ...render import sql as render
from ..changes import Action, Change


def _is_only_added(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    it = iter(new)
    return all(label in it for label in old)  # old is a subsequence of new


def _add_values(schema: str, name: str, old: tuple[str, ...], new: tuple[str, ...]) -> list[Change]:
    changes = []
    present = list(old)
    for i, label in enumerate(new):
        if label in present:
            continue
        # place it after its predecessor in the desired order (or before the first value)
        where = (sql.SQL("AFTER {}").format(sql.Literal(new[i - 1])) if i > 0
                 else sql.SQL("BEFORE {}").format(sql.Literal(present[0])) if present else sql.SQL(""))
        statement = sql.SQL("ALTER TYPE {} ADD VALUE {} {}").format(render.qname(schema, name), sql.Literal(label),
                                                                    where)
        changes.append(Change("type", Action.ALTER, f"{schema}.{name}", render.text(statement).strip(),
                              parts=(schema, name)))
        present.insert(present.index(new[i - 1]) + 1 if i > 0 else 0, label)
    return changes


def _recreate(schema: str, name: str, labels: tuple[str, ...],
              columns: tuple[tuple[EnumColumn, str | None], ...]) -> list[Change]:
    """columns: each live column of the type with the default desired gives it."""
    old_name = f"{name}__cmis_diff_old"
    qtype = render.qname(schema, name)
    why = "values removed or reordered: the type is re-created and its columns converted"
    out = [sql.SQL("ALTER TYPE {} RENAME TO {}").format(qtype, sql.Identifier(old_name)),
           sql.SQL("CREATE TYPE {} AS ENUM ({})").format(qtype, sql.SQL(", ").join(map(sql.Literal, labels)))]
    for col, desired_default in columns:
        table, column = render.qname(col.schema, col.table), sql.Identifier(col.column)
        target = sql.SQL("{}[]").format(qtype) if col.is_array else qtype
        via = sql.SQL("text[]") if col.is_array else sql.SQL("text")
        if col.default is not None:  # live's default is of the old type
            out.append(sql.SQL("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT").format(table, column))
        out.append(sql.SQL("ALTER TABLE {} ALTER COLUMN {} TYPE {} USING {}::{}::{}").format(
            table, column, target, column, via, target))
        if desired_default is not None:
            out.append(sql.SQL("ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}").format(table, column,
                                                                                   sql.SQL(desired_default)))
    out.append(sql.SQL("DROP TYPE {}").format(render.qname(schema, old_name)))
    return [Change("type", Action.ALTER, f"{schema}.{name}", render.text(s), why=why,
                   parts=(schema, name))
            for s in out]


def recreated(old: Model, new: Model) -> list[tuple[str, str]]:
    """Enums whose values are removed or reordered: they are re-created, not altered in place."""
    return [key for key in sorted(old.enums.keys() & new.enums.keys())
            if old.enums[key] != new.enums[key] and not _is_only_added(old.enums[key], new.enums[key])]


def _create(schema: str, name: str, labels: tuple[str, ...]) -> Change:
    statement = sql.SQL("CREATE TYPE {} AS ENUM ({})").format(render.qname(schema, name),
                                                              sql.SQL(", ").join(map(sql.Literal, labels)))
    return Change("type", Action.CREATE, f"{schema}.{name}", render.text(statement), parts=(schema, name))


def compare(old: Model, new: Model) -> list[Change]:
    changes = [_create(*key, new.enums[key]) for key in sorted(new.enums.keys() - old.enums.keys())]
    changes += [Change("type", Action.DROP, ".".join(key), render.drop_type("TYPE", *key), parts=key)
                for key in sorted(old.enums.keys() - new.enums.keys())]
    for key in sorted(old.enums.keys() & new.enums.keys()):
        before, after = old.enums[key], new.enums[key]
        if before == after:
            continue
        if _is_only_added(before, after):
            changes += _add_values(*key, before, after)
        else:
            # convert the columns live has; desired gives their defaults
            desired_defaults = {(c.schema, c.table, c.column): c.default for c in new.enum_columns.get(key, ())}
            columns = tuple((c, desired_defaults.get((c.schema, c.table, c.column)))
                            for c in old.enum_columns.get(key, ()))
            changes += _recreate(*key, after, columns)
    return changes
