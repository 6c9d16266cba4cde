"""The "AI Agent Context" header of each exported file: purpose, tables, what it depends on.

Catalog text (table names, a schema's comment used as a purpose) goes through names.py, so a
header line never holds a line break. In an existing file the header is a person's: export
rewrites only its Tables and Depends lines, and only when the file's tables changed.
"""

from __future__ import annotations

from ..render import names
from . import layout as L
from .domains import Table, domain_name

_WIDTH = 100
_LABEL = 14  # "-- Purpose:   " -- continuation lines are indented to the same column

_SHARED = {
    L.FOUNDATION: ("Phase 1 foundation: schemas and extensions every other file builds on, with their "
                   "comments and grants.", "none.", "nothing (roles.sql, when present, "
                   "creates the cluster roles first)."),
    L.SEQUENCES: ("Phase 4: sequences with their OWNED BY, comments and grants.",
                  "as each OWNED BY says.", "every domain_*.sql file."),
    L.CONSTRAINTS: ("Phase 4: primary keys, unique and exclusion constraints, then foreign keys, added once "
                    "every table exists (CHECK constraints stay with their tables in the domain files).",
                    "all domains' tables.", "every domain_*.sql file."),
    L.INDEXES: ("Phase 4: indexes other than those backing constraints, with their comments.",
                "all domains' tables.", "every domain_*.sql file and all_constraints.sql."),
    L.FUNCTIONS: ("Phase 5: functions and procedures (and aggregates, operators, casts), with their comments "
                  "and grants.", "read and written as each function says.", "every domain_*.sql file."),
    L.TRIGGERS: ("Phase 5: triggers (and rules, event triggers, publications); last, default privileges (for "
                 "objects created later; the objects above have their grants written out).", "as each trigger says.",
                 "all_functions.sql."),
}


def field(label: str, items: list[str], sep: str = ",") -> list[str]:
    """`-- Label:   a, b, c` wrapped at the width, items never split (sep "" for prose)."""
    lines, line = [], f"-- {label + ':':<{_LABEL - 3}}"
    for n, item in enumerate(items):
        piece = item + (sep if n < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > _WIDTH and line.strip() not in ("--", f"-- {label}:"):
            lines.append(line.rstrip())
            line = "--" + " " * (_LABEL - 2)
        line += piece + " "
    lines.append(line.rstrip())
    return lines


def prose(label: str, text: str) -> list[str]:
    return field(label, text.split(), sep="")


def _tables(tables: list[Table]) -> list[str]:
    return [names.qualified(*t) for t in tables] or ["none."]


def _depends(depends: list[str]) -> list[str]:
    """The files a domain needs: the foundation, and the domains its foreign keys reference."""
    return [L.FOUNDATION, *[f"{d} (foreign keys)" for d in depends]]


def render(file: str, tables: list[Table], purpose: str | None, depends: list[str]) -> str:
    """The header of a new file."""
    if file in _SHARED:
        text, what, needs = _SHARED[file]
        lines = prose("Purpose", text) + prose("Tables", what) + prose("Depends", needs)
    else:
        about = names.text(purpose) if purpose else \
            f"domain {domain_name(file)}: its tables with their types, CHECK constraints, row-level security, " \
            "comments, grants and policies, and the views that read them."
        lines = prose("Purpose", about) + field("Tables", _tables(tables)) + \
            field("Depends", _depends(depends))
    return "\n".join(["-- AI Agent Context", *lines]) + "\n"


def _field_span(lines: list[str], label: str) -> tuple[int, int] | None:
    """Line range of a header field: its `-- Label:` line and the continuation lines after it."""
    start = next((i for i, ln in enumerate(lines) if ln.startswith(f"-- {label}:")), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and lines[end].startswith("--  "):
        end += 1
    return start, end


def _listed(lines: list[str]) -> set[str]:
    text = " ".join(ln.removeprefix("--").strip() for ln in lines).split(":", 1)[-1]
    return {item.strip().rstrip(".") for item in text.split(",") if item.strip()}


def update(header: str, file: str, old_tables: list[Table], tables: list[Table], depends: list[str]) -> str:
    """An existing header with its Tables and Depends lines regenerated when the file's tables
    changed; anything else in it (a person's Purpose, notes) kept as written."""
    if file in _SHARED or set(old_tables) == set(tables) or not header.startswith("-- AI Agent Context"):
        return header
    lines = header.rstrip("\n").split("\n")
    span = _field_span(lines, "Tables")
    if span is None or _listed(lines[span[0]:span[1]]) == {names.qualified(*t) for t in tables}:
        return header
    lines[span[0]:span[1]] = field("Tables", _tables(tables))
    dep = _field_span(lines, "Depends")
    if dep is not None and lines[dep[0]].startswith(f"-- Depends:   {L.FOUNDATION}"):  # ours, not a person's
        lines[dep[0]:dep[1]] = field("Depends", _depends(depends))
    return "\n".join(lines) + "\n"
