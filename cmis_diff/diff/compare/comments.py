"""Comments on every kind: schemas, extensions, tables, columns, views, sequences, indexes, enum and
range types, functions and procedures, constraints, triggers, policies (domains and composite
types: compare/types.py)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Comment
from ...render import sql as render
from ..changes import Action, Change


def _target(c: Comment) -> sql.Composable:
    if c.kind == "SCHEMA":
        return sql.SQL("SCHEMA {}").format(sql.Identifier(c.schema))
    if c.kind == "EXTENSION":
        return sql.SQL("EXTENSION {}").format(sql.Identifier(c.name))
    if c.kind == "COLUMN":
        return sql.SQL("COLUMN {}").format(sql.Identifier(c.schema, c.parent, c.name))
    if c.kind in ("FUNCTION", "PROCEDURE"):  # parent holds the identity arguments
        return sql.SQL("{} {}({})").format(sql.SQL(c.kind), render.qname(c.schema, c.name), sql.SQL(c.parent))
    if c.parent:
        return sql.SQL("{} {} ON {}").format(sql.SQL(c.kind), sql.Identifier(c.name), render.qname(c.schema, c.parent))
    return sql.SQL("{} {}").format(sql.SQL(c.kind), render.qname(c.schema, c.name))


CommentKey = tuple[str, str, str, str]


def compare(old: dict[CommentKey, Comment], new: dict[CommentKey, Comment]) -> list[Change]:
    """Set the comment of every desired object whose comment differs (created objects start with none)."""
    changes = []
    for key in sorted(new):
        before = old[key].text if key in old else None
        c = new[key]
        if c.text != before:
            value = sql.Literal(c.text) if c.text is not None else sql.SQL("NULL")
            statement = render.text(sql.SQL("COMMENT ON {} IS {}").format(_target(c), value))
            routine = c.kind in ("FUNCTION", "PROCEDURE")
            parts = (c.schema, c.name) if routine else tuple(p for p in (c.schema, c.parent, c.name) if p)
            args = c.parent if routine else ""
            label = ".".join(parts) + (f"({args})" if routine else "")
            changes.append(Change("comment", Action.ALTER, f"{c.kind.lower()} {label}", statement, parts=parts,
                                  args=args, of=c.kind.lower()))
    return changes
