"""A plan's hazards weighed on live, once its statements are final: live's size of every table
they touch (one query), the rows that would not survive or that a new constraint rejects
(diff/datachecks.py), expand/contract recipes where a big table is rewritten, what the rollback
cannot bring back, and squawk's findings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .catalog import session
from .diff.changes import Action, Change, Hazard
from .errors import CmisDiffError

if TYPE_CHECKING:  # a plan that has nothing to do reads its options without loading the weighing
    import psycopg

    from .catalog.inspect import Inspected
    from .diff import hazards
    from .lint import Linting

BIG_TABLE_BYTES = 100 << 20  # ACCESS EXCLUSIVE on a table this big is a hazard (queues every query behind it)
_UNITS = {"": 1, "b": 1, "kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40}


@dataclass(frozen=True)
class Options:
    online: bool = True  # online forms (plan --no-online: off)
    lint: bool = True  # squawk (plan --no-lint: off)
    big_table_bytes: int = BIG_TABLE_BYTES


def parse_size(value: object, where: str) -> int:
    """'100MB', '1.5 GB', '8kB' or a number of bytes."""
    text = str(value).strip().lower().replace(" ", "")
    number = text.rstrip("kmgtb")
    try:
        size = float(number) * _UNITS[text[len(number):]]
    except (ValueError, KeyError):
        raise CmisDiffError(f"{where}: {value!r} is not a size (e.g. 100MB, 1GB)") from None
    if size < 0:
        raise CmisDiffError(f"{where}: {value!r} is not a size (e.g. 100MB, 1GB)")
    return int(size)


@dataclass(frozen=True)
class Weighed:
    changes: list[Change]
    rollback: list[Change] | None
    lint: str


def weigh(conn: psycopg.Connection, changes: list[Change], rollback: list[Change] | None, live: Inspected,
          desired: Inspected, ctx: hazards.Context, options: Options, linting: Linting,
          back_rewritten: set[tuple[str, str]] | None = None) -> Weighed:
    """The plan (and its rollback) with every hazard weighed on live (`conn`), and `linting`'s findings."""
    from .diff import datachecks, hazards

    found = hazards.find(changes, ctx)
    back_found = hazards.find(rollback, hazards.Context(desired, live, back_rewritten)) if rollback else []
    with session.pinned(conn):
        sizes = hazards.sizes_of(conn, sorted(set(hazards.tables(found)) | set(hazards.tables(back_found))))
    big = {t for t, s in sizes.items() if s.bytes >= options.big_table_bytes}
    counted = datachecks.run(conn, hazards.counts(found), skip=big)
    weighed = _with_recipes(hazards.weigh(changes, found, sizes, counted, options.big_table_bytes), ctx, big)
    back = hazards.weigh(rollback, back_found, sizes, {}, options.big_table_bytes) if rollback else rollback
    linted = linting.result(weighed)
    return Weighed(linted.changes, _not_restored(weighed, back) if back else back, linted.status)


def _with_recipes(changes: list[Change], ctx: hazards.Context, big: set[tuple[str, str]]) -> list[Change]:
    from .render import online

    out = []
    for c in changes:
        table = tuple(c.table.split(".", 1)) if c.table else None
        if table and ctx.live_name(*table) in big and Hazard.TABLE_REWRITE in c.hazards:
            c = replace(c, notes=c.notes + online.recipe(c))
        out.append(c)
    return out


_LOST = {Hazard.DATA_LOSS: "the data is not restored: the plan destroys it, this brings back {label} without it",
         Hazard.NARROWING: "values the plan changes are not restored: this converts {label} back, not them"}


def _not_restored(plan: list[Change], back: list[Change]) -> list[Change]:
    """The rollback, saying before each statement that brings back what the plan destroyed that
    the data does not come back (and why)."""
    lost: dict[tuple[str, str], str] = {}
    for c in plan:
        for r in c.risks:
            if r.hazard in _LOST and (r.hazard is Hazard.DATA_LOSS or r.blocking):
                lost.setdefault((c.kind, c.identity), _LOST[r.hazard].format(label=c.label) + f" ({r.detail})")
    out = []
    for c in back:
        why = lost.pop((c.kind, c.identity), None) if c.action in (Action.CREATE, Action.ALTER) else None
        if why:
            c = replace(c, notes=(why, *c.notes))
        out.append(c)
    return out
