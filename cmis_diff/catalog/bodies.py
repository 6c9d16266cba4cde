"""What function bodies reference where the catalog cannot know: a LANGUAGE sql or plpgsql body
kept as a string has no pg_depend entries for the tables, views and functions it uses. Read with
pglast (the real parser; plpgsql bodies through its plpgsql parser), for the dependency graph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pglast
from pglast import ast
from pglast.visitors import Visitor, referenced_relations

Key = tuple[str, str]


class _Calls(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        self.names: set[tuple[str, ...]] = set()

    def visit_FuncCall(self, ancestors: Any, node: ast.FuncCall) -> None:
        self.names.add(tuple(str(n.sval) for n in node.funcname or ()))


def _queries(tree: Any) -> Iterator[str]:
    if isinstance(tree, dict):
        for key, value in tree.items():
            if key == "query" and isinstance(value, str):
                yield value
            else:
                yield from _queries(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from _queries(value)


def _statements(language: str, definition: str, source: str) -> Iterator[str]:
    if language == "sql":
        yield source
        return
    for query in _queries(pglast.parse_plpgsql(definition)):
        # assignments ("n := n + f(1)") are expressions after the target
        yield query if ":=" not in query.split("(", 1)[0] else "SELECT " + query.split(":=", 1)[1]


def references(language: str, definition: str, source: str, schema: str) -> set[Key]:
    """('rel', schema.name) and ('func', schema.name) a body uses; unqualified names resolve to
    `schema` (the first of the function's own search_path, else public)."""
    out: set[Key] = set()
    try:
        texts = list(_statements(language, definition, source))
    except pglast.parser.ParseError:
        return out
    for text in texts:
        try:
            tree = pglast.parse_sql(text)
        except pglast.parser.ParseError:
            continue  # dynamic or partial SQL: the rehearsal is the backstop
        out |= {("rel", name if "." in name else f"{schema}.{name}") for name in referenced_relations(text)}
        calls = _Calls()
        calls(tree)
        out |= {("func", ".".join(n[-2:]) if len(n) > 1 else f"{schema}.{n[0]}")
                for n in calls.names if n and n[0] != "pg_catalog"}
    return out
