"""cmis_diff.parsing builds the same trees as pglast, without its attribute checks during a parse."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pglast
import pytest
from pglast import ast

from cmis_diff import parsing
from cmis_diff.source.discover import discover
from cmis_diff.source.split import split_file

ROOT = Path(__file__).resolve().parent.parent


def _shape(node: Any) -> Any:
    """Every field with its value's type: equal shapes mean equal trees, enums still enums."""
    if isinstance(node, ast.Node):
        return (type(node).__name__, tuple((name, type(getattr(node, name)).__name__, _shape(getattr(node, name)))
                                           for name in node.__slots__))
    if isinstance(node, tuple):
        return tuple(_shape(v) for v in node)
    return node


def _corpus() -> list[str]:
    statements = [st.sql for f in discover(ROOT / "desired").files for st in split_file(f)]
    for case in sorted((ROOT / "tests" / "cases").glob("*/[ab].sql")):
        statements += [case.read_text()[s] for s in pglast.split(case.read_text(), with_parser=True, only_slices=True)]
    return statements


def test_trees_are_pglasts_own_with_every_field_type() -> None:
    corpus = _corpus()
    assert len(corpus) > 3000  # the CMIS desired files and every fidelity case
    for text in corpus:
        assert _shape(parsing.parse_sql(text)) == _shape(pglast.parse_sql(text)), text


def test_nodes_made_or_changed_after_a_parse_are_checked_again() -> None:
    parsing.parse_sql("CREATE TABLE t (a int)")
    with pytest.raises(ValueError):
        ast.String(sval=1)  # type: ignore[arg-type]
    st = parsing.parse_sql("ALTER TABLE t ADD COLUMN b int")[0].stmt
    with pytest.raises(ValueError):
        st.cmds[0].subtype = "no such subtype"


def test_windows_nest_and_the_checks_come_back_after_the_outer_one() -> None:
    with parsing.unchecked():
        with parsing.unchecked():
            pass
        ast.String(sval=1)  # type: ignore[arg-type]  # still in the outer window: not checked
    with pytest.raises(ValueError):
        ast.String(sval=1)  # type: ignore[arg-type]


def test_a_parse_error_is_pglasts_and_leaves_the_checks_on() -> None:
    with pytest.raises(pglast.parser.ParseError):
        parsing.parse_sql("CREATE TABLE (")
    with pytest.raises(ValueError):
        ast.String(sval=1)  # type: ignore[arg-type]


def test_a_child_forked_during_a_parse_parses_and_checks() -> None:
    parsing._lock.acquire()  # as if another thread were parsing when the fork happened
    try:
        pid = os.fork()
        if pid == 0:
            try:
                parsing.parse_sql("SELECT 1")
                ast.String(sval=1)  # type: ignore[arg-type]
                os._exit(1)  # not checked
            except ValueError:
                os._exit(0)
            except BaseException:
                os._exit(2)
    finally:
        parsing._lock.release()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
