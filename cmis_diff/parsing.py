"""pglast's parser, without re-checking the tree it builds.

Every attribute of a pglast node is set through a validating `Node.__setattr__`, which checks and
coerces the value against the field's C type. The parser (pglast's Cython) already passes values of
exactly those types (enums, str, bool, tuples of nodes), so for a parse the checks only cost: they
are about 70% of building a tree (the 58,000 statements of a 1,890-table plan: 10.2 s -> 3.0 s).
The one exception, a constant's Boolean (given the C int), keeps its check. Trees are equal either
way, field types included (tests/test_parsing.py). Trees changed or built by hand later are
validated as ever: the check is off only while parse_sql runs.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from pglast import ast
from pglast import parser as _parser

_VALIDATING = ast.Node.__setattr__
ast.Boolean.__setattr__ = _VALIDATING  # type: ignore[method-assign]  # its own: kept when Node's is off
_lock = threading.Lock()  # one parse at a time flips the class attribute (the GIL serializes parses anyway)


def _after_fork() -> None:
    """A child forked while another thread parsed: its copy of the lock is held for ever."""
    global _lock
    _lock = threading.Lock()
    ast.Node.__setattr__ = _VALIDATING  # type: ignore[method-assign]


os.register_at_fork(after_in_child=_after_fork)


def parse_sql(text: str) -> Any:
    """pglast.parse_sql(text): the same tuple of RawStmt, built without the attribute checks."""
    with _lock:
        ast.Node.__setattr__ = object.__setattr__  # type: ignore[method-assign,assignment]
        try:
            return _parser.parse_sql(text)
        finally:
            ast.Node.__setattr__ = _VALIDATING  # type: ignore[method-assign]
