"""pglast's parser, without re-checking the trees it builds.

Every attribute of a pglast node is set through a validating `Node.__setattr__`, which checks and
coerces the value against the field's C type. The parser (pglast's Cython) already passes values of
exactly those types (enums, str, bool, tuples of nodes), so for a parse the checks only cost: they
are about 70% of building a tree (30,000 statements of a 1,890-table plan: 6.5 s -> 2.1 s). The one
exception, a constant's Boolean (given the C int), keeps its check. Trees are equal either way,
field types included (tests/test_parsing.py).

The check is switched off for a window (`unchecked`): switching costs about as much as a parse
(assigning a class attribute invalidates the method caches of its ~300 node classes), so a window
covers a batch of parses, never one statement. Nodes built or changed by hand in a window are not
checked: windows hold only parses and reads.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pglast import ast
from pglast import parser as _parser

_VALIDATING = ast.Node.__setattr__
ast.Boolean.__setattr__ = _VALIDATING  # type: ignore[method-assign]  # its own: kept when Node's is off
_lock = threading.RLock()  # the GIL serializes parses anyway
_depth = 0


def _after_fork() -> None:
    """A child forked while another thread was in a window: its copy of the lock is held for ever."""
    global _lock, _depth
    _lock, _depth = threading.RLock(), 0
    ast.Node.__setattr__ = _VALIDATING  # type: ignore[method-assign]


os.register_at_fork(after_in_child=_after_fork)


@contextmanager
def unchecked() -> Iterator[None]:
    """A window in which pglast's parser builds trees without the attribute checks (nestable)."""
    global _depth
    with _lock:
        if _depth == 0:
            ast.Node.__setattr__ = object.__setattr__  # type: ignore[method-assign,assignment]
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0:
                ast.Node.__setattr__ = _VALIDATING  # type: ignore[method-assign]


def parse_sql(text: str) -> Any:
    """pglast.parse_sql(text) in a window of its own: for a text of many statements (a plan, a dump)."""
    with unchecked():
        return _parser.parse_sql(text)
