"""A plan with nothing to do, proven by fingerprints alone (issue 16): when live's catalog
fingerprint equals the cached desired one (after ignore rules, column positions included), no
statement could come out of inspecting, diffing or rehearsing, so `plan` answers "No changes" at
the cost of a drift check. Anything else (desired not cached, another server major version on live,
any difference) is left to the full pipeline."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import __version__, cache, lint, waits
from .apply import ledger
from .connect import connect, mask_url, server_version
from .live import target

if TYPE_CHECKING:
    from .config import Endpoint
    from .diff.changes import Change
    from .ignore import IgnoreRules
    from .source.discover import DesiredSource


@dataclass(frozen=True)
class Unchanged:
    """What the report needs of a plan without statements (the fields a PlanResult has too)."""

    live_fingerprint: str
    desired_hash: str
    target: str
    last_applied: str
    tool: str
    ignored: int
    lint: str
    timings: dict[str, float] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    unconverged: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    prerequisites: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    verified: bool = False
    reordered: int = 0
    rollback: None = None


def check(source: DesiredSource, live: Endpoint, scratch: Endpoint, rules: IgnoreRules,
          lint_enabled: bool = True) -> Unchanged | None:
    """Unchanged when live already is desired, else None (the full pipeline decides)."""
    t0 = time.perf_counter()
    with connect(scratch.url, "scratch server") as conn:
        scratch_version, major = server_version(conn), cache.major(conn)
    desired = cache.load_fingerprint(cache.key(source.hash, major))
    if desired is None:
        return None
    t1 = time.perf_counter()
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
        if server_version(conn).split(".")[0] != scratch_version.split(".")[0]:
            return None  # across major versions the deparsed definitions may differ: compare on a copy
        live_fp = cache.live_fingerprint(conn, mask_url(live.url))[0]
        if live_fp.without(rules.matches)[0].objects != desired.without(rules.matches)[0].objects:
            return None
        pinned = target(conn), ledger.read_last_applied(conn)
    ignored = len({k for fp in (live_fp, desired) for k in fp.objects if rules.matches(*k)})
    t2 = time.perf_counter()
    return Unchanged(live_fp.digest, source.hash, *pinned, f"cmis-diff {__version__}, scratch server {scratch_version}",
                     ignored, lint.without_statements(lint_enabled), {"desired": t1 - t0, "live": t2 - t1})
