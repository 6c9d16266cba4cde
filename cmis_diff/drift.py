"""Drift: is live what desired says? Cheap when it is, and over a fleet.

The fast path compares our catalog fingerprint of live with the (cached) desired one: equal
fingerprints mean no drift, and the diff engine is never loaded. Only when they differ is the full
diff computed, to name each drifted object and the statement that would fix it.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache, remembered
from .connect import connect, mask_url
from .errors import CmisDiffError
from .ignore import IgnoreRules
from .waits import Limits, explained

if TYPE_CHECKING:  # loaded when a target is checked: a remembered answer needs neither (remembered.py)
    from .catalog import fingerprint
    from .catalog.inspect import Inspected

FORMAT = "cmis-diff drift 1"
EXIT = {"clean": 0, "drift": 2, "error": 1}
_SEVERITY = {"clean": 0, "drift": 1, "error": 2}  # the fleet's exit code is its worst target's


@dataclass(frozen=True)
class Target:
    name: str
    url: str


@dataclass(frozen=True)
class DriftReport:
    target: str
    live: str  # masked URL
    status: str  # clean | drift | error
    live_fingerprint: str = ""
    drifted: list[dict[str, str]] = field(default_factory=list)  # per object: kind, object, what
    changes: list[dict[str, Any]] = field(default_factory=list)  # statements that would fix it
    error: str | None = None
    ignored: int = 0
    seconds: float = 0.0
    notes: list[dict[str, str]] = field(default_factory=list)  # cosmetic differences (column order): not drift
    signature: str | None = field(default=None, repr=False)  # live's catalog signature, when it was read

    def as_json(self) -> dict[str, Any]:
        return {"target": self.target, "live": self.live, "status": self.status,
                "live_fingerprint": self.live_fingerprint, "drifted": self.drifted, "changes": self.changes,
                "notes": self.notes, "column_order_differs": len(self.notes), "ignored": self.ignored,
                "error": self.error, "seconds": round(self.seconds, 4)}


def check(target: Target, desired_fp: fingerprint.Fingerprint, desired: Callable[[], Inspected],
          rules: IgnoreRules | None = None, limits: Limits | None = None,
          strict_column_order: bool = False) -> DriftReport:
    """desired_fp decides clean or not; desired() (the whole model, loaded on demand) explains drift.
    Every query waits at most `limits` (a timeout is this target's error, naming the lock). Table
    columns out of desired's order are notes, not drift, unless strict_column_order."""
    from .catalog import fingerprint

    t0 = time.perf_counter()
    rules = rules or IgnoreRules()
    limits = limits or Limits()
    try:
        with connect(target.url, f"target {target.name}", limits=limits) as conn, \
                explained(target.url, limits, conn):
            read, signature = cache.live_fingerprint(conn, mask_url(target.url))
            live_fp, ignored = read.without(rules.matches)
            wanted, ignored_desired = desired_fp.without(rules.matches)
            ignored = max(ignored, ignored_desired)
            same = live_fp.objects == wanted.objects
            drifted, notes = ([], []) if same else fingerprint.compare(live_fp, wanted, strict_column_order)
            if not drifted:
                return DriftReport(target.name, mask_url(target.url), "clean", live_fp.digest, ignored=ignored,
                                   seconds=time.perf_counter() - t0, notes=_as_dicts(notes), signature=signature)
            from .catalog.inspect import inspect
            from .diff.engine import diff

            changes = [c for c in diff(inspect(conn), desired()) if not rules.matches_change(c)]
    except CmisDiffError as exc:
        return DriftReport(target.name, mask_url(target.url), "error", error=str(exc),
                           seconds=time.perf_counter() - t0)
    statements = [{"kind": c.kind, "object": c.identity, "action": c.action.value, "statement": c.sql,
                   "hazards": [h.value for h in c.hazards]} for c in changes if c.action.value != "setting"]
    return DriftReport(target.name, mask_url(target.url), "drift", live_fp.digest, _as_dicts(drifted), statements,
                       ignored=ignored, seconds=time.perf_counter() - t0, notes=_as_dicts(notes))


def remember_clean(url: str, report: DriftReport, inputs: tuple[str, ...]) -> None:
    """A clean report of live (`url`), for recall_clean (remembered.py)."""
    if report.status == "clean":
        answer = {k: v for k, v in dataclasses.asdict(report).items() if k not in ("seconds", "signature")}
        remembered.remember("drift", url, report.signature, inputs, answer)


def recall_clean(live: remembered.Signature, inputs: tuple[str, ...]) -> DriftReport | None:
    """The clean report of live remembered with these inputs, if its catalog is unchanged since."""
    hit = remembered.recall("drift", live, inputs)
    if hit is None:
        return None
    answer, live_signature, seconds = hit
    return DriftReport(**answer, seconds=seconds, signature=live_signature)


def _as_dicts(differences: list[fingerprint.Difference]) -> list[dict[str, str]]:
    return [{"kind": k, "object": o, "what": w} for k, o, w in differences]


def read_targets(path: Path) -> list[Target]:
    """One URL or name=URL per line (# comments), or TOML: [targets] name = "url"."""
    import tomllib

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CmisDiffError(f"{path}: cannot read targets ({exc.strerror})") from None
    if path.suffix == ".toml":
        try:
            table = tomllib.loads(text).get("targets", {})
        except tomllib.TOMLDecodeError as exc:
            raise CmisDiffError(f"{path}: {exc}") from None
        return [Target(str(k), str(v)) for k, v in table.items()]
    targets = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, url = line.partition("=")
        if sep and "://" not in name and " " not in name:
            targets.append(Target(name.strip(), url.strip()))
        elif "://" in line or "=" in line:
            targets.append(Target(mask_url(line), line))
        else:
            raise CmisDiffError(f"{path}:{n}: expected a URL or name=URL")
    if not targets:
        raise CmisDiffError(f"{path}: no targets")
    return targets


def shard(targets: list[Target], spec: str | None) -> list[Target]:
    """--shard I/N: the I-th (1-based) of N interleaved slices of the targets sorted by name."""
    if not spec:
        return targets
    try:
        i, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise CmisDiffError(f"--shard {spec!r}: expected I/N, e.g. 2/4") from None
    if not 1 <= i <= n:
        raise CmisDiffError(f"--shard {spec!r}: I must be between 1 and N")
    return sorted(targets, key=lambda t: t.name)[i - 1::n]


def check_all(targets: list[Target], desired_fp: fingerprint.Fingerprint, desired: Callable[[], Inspected],
              jobs: int, progress: Callable[[DriftReport], None] | None = None,
              rules: IgnoreRules | None = None, limits: Limits | None = None,
              strict_column_order: bool = False) -> list[DriftReport]:
    from concurrent.futures import ThreadPoolExecutor  # not loaded for a remembered answer (remembered.py)

    lock = threading.Lock()
    loaded: list[Inspected] = []

    def model() -> Inspected:  # loaded at most once, and only if some target drifted
        with lock:
            if not loaded:
                loaded.append(desired())
            return loaded[0]

    def one(t: Target) -> DriftReport:
        report = check(t, desired_fp, model, rules, limits, strict_column_order)
        if progress:
            progress(report)
        return report

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, targets))


def overall(reports: list[DriftReport]) -> str:
    return max((r.status for r in reports), key=_SEVERITY.__getitem__, default="clean")


def document(reports: list[DriftReport], desired_hash: str, seconds: float) -> dict[str, Any]:
    return {"format": FORMAT, "status": overall(reports), "desired_hash": desired_hash,
            "targets": [r.as_json() for r in reports], "seconds": round(seconds, 4)}


def prometheus(reports: list[DriftReport]) -> str:
    """node-exporter textfile: a drift gauge per target and the time of this run."""
    def label(value: str) -> str:
        return json.dumps(value)  # a double-quoted, escaped string, as the exposition format wants

    lines = ["# HELP cmis_diff_drift 1 if the target's schema differs from desired, 0 if clean, -1 on error.",
             "# TYPE cmis_diff_drift gauge"]
    lines += [f"cmis_diff_drift{{target={label(r.target)}}} {({'clean': 0, 'drift': 1}).get(r.status, -1)}"
              for r in reports]
    lines += ["# HELP cmis_diff_last_run_timestamp_seconds When cmis-diff drift last ran.",
              "# TYPE cmis_diff_last_run_timestamp_seconds gauge",
              f"cmis_diff_last_run_timestamp_seconds {time.time():.0f}"]
    return "\n".join(lines) + "\n"
