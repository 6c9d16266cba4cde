"""Refuse a plan that would drop most of live because desired looks incomplete.

`--desired desired/roles.sql` (no schema objects), a directory holding only part of the schema,
or a file cut short plan to drop whatever they do not mention. When such a desired (no tables at
all, or a single file while live has many tables) would drop more than half of live's tables, the
plan is refused unless `--allow-empty-desired` says it is meant.
"""

from __future__ import annotations

from .diff.changes import Action
from .errors import CmisDiffError
from .pipeline import PlanResult
from .source.discover import DesiredSource

MANY_TABLES = 10  # a live database with this many tables is not planned away from one file unasked


def check(source: DesiredSource, result: PlanResult) -> None:
    live_tables = len(result.live.engine_model.tables)
    dropped = sum(1 for c in result.changes if c.kind == "table" and c.action is Action.DROP)
    if not live_tables or dropped * 2 <= live_tables:
        return
    desired_tables = len(result.desired.engine_model.tables)
    if desired_tables == 0:
        why = "it defines no table"
    elif len(source.files) == 1 and live_tables >= MANY_TABLES:
        why = f"it is a single file ({source.files[0].display}, {desired_tables} tables)"
    else:
        return
    label = source.files[0].display if len(source.files) == 1 else str(source.root)
    raise CmisDiffError(f"{label}: refusing to plan dropping {dropped} of live's {live_tables} tables: desired looks "
                        f"incomplete ({why}); check --desired, or pass --allow-empty-desired if that is meant")
