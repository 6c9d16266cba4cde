"""A plan with nothing to do, proven by fingerprints alone (issue 16): when live's catalog
fingerprint equals the cached desired one (after ignore rules, column positions included), no
statement could come out of inspecting, diffing or rehearsing, so `plan` answers "No changes" at
the cost of a drift check. Anything else (desired not cached, another server major version on live,
any difference) is left to the full pipeline."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import __version__, cache, remembered

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


def _inputs(source: DesiredSource, rules: IgnoreRules, lint_enabled: bool) -> tuple[str, ...]:
    """All but live and the scratch server that shapes the answer (remembered.py)."""
    return source.hash, repr(rules.rules), str(lint_enabled)


def check(source: DesiredSource, live: Endpoint, scratch: Endpoint, rules: IgnoreRules,
          lint_enabled: bool = True) -> Unchanged | None:
    """Unchanged when live already is desired, else None (the full pipeline decides)."""
    from . import lint, waits
    from .connect import connect, mask_url, server_version
    from .live import target

    t0 = time.perf_counter()
    with connect(scratch.url, "scratch server") as conn:
        scratch_version, major = server_version(conn), cache.major(conn)
    desired = cache.load_fingerprint(cache.key(source.hash, major))
    if desired is None:
        return None
    t1 = time.perf_counter()
    shown = mask_url(live.url)
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
        if server_version(conn).split(".")[0] != scratch_version.split(".")[0]:
            return None  # across major versions the deparsed definitions may differ: compare on a copy
        live_fp, live_signature = cache.live_fingerprint(conn, shown)
        if live_fp.without(rules.matches)[0].objects != desired.without(rules.matches)[0].objects:
            return None
        live_target = target(conn)
    ignored = len({k for fp in (live_fp, desired) for k in fp.objects if rules.matches(*k)})
    t2 = time.perf_counter()
    tool = f"cmis-diff {__version__}, scratch server {scratch_version}"
    same = Unchanged(live_fp.digest, source.hash, live_target, tool, ignored, lint.without_statements(lint_enabled),
                     {"desired": t1 - t0, "live": t2 - t1})
    if scratch.embedded and not live.embedded:  # what `recall` may answer
        answer = {k: v for k, v in dataclasses.asdict(same).items() if k != "timings"}
        remembered.remember("plan", live.url, live_signature, _inputs(source, rules, lint_enabled),
                            {"unchanged": answer, "live": shown})
    return same


def recall(source: DesiredSource, live: remembered.Signature, rules: IgnoreRules,
           lint_enabled: bool) -> tuple[Unchanged, str] | None:
    """check's answer remembered for live if live's catalog is unchanged since, and live's URL as
    shown: one round trip on live, nothing on the scratch server."""
    hit = remembered.recall("plan", live, _inputs(source, rules, lint_enabled))
    if hit is None:
        return None
    answer, _, seconds = hit
    # desired's part: what was not done while live's signature was read
    timings = {"desired": time.perf_counter() - live.started - seconds, "live": seconds}
    return Unchanged(**answer["unchanged"], timings=timings), answer["live"]
