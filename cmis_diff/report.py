"""What a person or a script sees: the plan summary as rich text or JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from .catalog.fingerprint import Fingerprint
from .catalog.inspect import Inspected
from .config import Endpoint
from .connect import mask_url
from .diff.changes import Action
from .drift import DriftReport, Target, check_all
from .errors import CmisDiffError
from .ignore import IgnoreRules
from .pipeline import PlanResult
from .plan.planfile import count_changes, count_hazards
from .waits import Limits

_LIST_LIMIT = 8
_STYLE = {Action.CREATE: "green", Action.ALTER: "yellow", Action.DROP: "red"}


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def plan_summary(result: PlanResult, live_url: str, path: Path | None,
                 rollback_path: Path | None = None) -> dict[str, Any]:
    return {
        "format": "cmis-diff plan summary 1",
        "status": "changes" if result.changes else "no-changes",
        "live": mask_url(live_url),
        "live_fingerprint": result.live.fingerprint.digest,
        "desired_hash": result.desired_hash,
        "tool": result.tool,
        "plan_file": str(path) if path else None,
        "rollback_file": str(rollback_path) if rollback_path else None,
        "counts": count_changes(result.changes),
        "hazards": count_hazards(result.changes),
        "prerequisites": list(result.prerequisites),
        "verified": result.verified,
        "ignored": result.ignored,
        "reordered": result.reordered,
        "not_converged": [{"kind": k, "object": o, "what": w} for k, o, w in result.unconverged],
        "changes": [{"kind": c.kind, "action": c.action.value, "object": c.identity,
                     "hazards": [h.value for h in c.hazards], "destructive": c.destructive, "statement": c.sql}
                    for c in result.changes if c.action is not Action.SETTING],
        "timings_s": {k: round(v, 4) for k, v in result.timings.items()},
    }


def run_drift(targets: list[Target], desired_fp: Fingerprint, desired: Callable[[], Inspected],
              jobs: int, rules: IgnoreRules, limits: Limits) -> list[DriftReport]:
    """Check targets; a progress bar on a terminal when there are several, silence in cron."""
    out = console(stderr=True)
    if len(targets) < 2 or not out.is_terminal:
        return check_all(targets, desired_fp, desired, jobs, rules=rules, limits=limits)
    with Progress(console=out, transient=True) as bar:
        task = bar.add_task("checking drift", total=len(targets))
        return check_all(targets, desired_fp, desired, jobs, progress=lambda _: bar.advance(task), rules=rules,
                         limits=limits)


def print_drift(reports: list[DriftReport]) -> None:
    out = console()
    for r in reports:
        name = "" if r.target == "live" else f"{escape(r.target)}: "
        ignored = f"; ignored: {r.ignored} objects" if r.ignored else ""
        if r.status == "clean":
            out.print(f"{name}[green]clean[/] ({escape(r.live)} matches desired{ignored})")
        elif r.status == "error":
            out.print(f"{name}[bold red]error[/] {escape(r.error or '')}")
        else:
            out.print(f"{name}[bold yellow]drift[/] in {escape(r.live)}: {len(r.drifted)} object(s) differ{ignored}")
            for d in r.drifted:
                out.print(f"    {d['what']:8} {d['kind']} {escape(d['object'])}")
            for c in r.changes:
                out.print(f"    fix: {escape(c['statement'].splitlines()[0][:110])}")


def post_apply_check(plan_path: Path, desired: Path, live: Endpoint, scratch: Endpoint) -> str | list[str]:
    """After apply: does live now match desired? Only judged with the desired files the plan was
    made from (same hash); returns a reason string when it cannot judge."""
    from . import waits
    from .catalog import fingerprint
    from .connect import connect
    from .pipeline import inspect_desired
    from .plan.planfile import read
    from .source.discover import discover

    plan = read(plan_path)
    try:
        source = discover(desired)
    except CmisDiffError as exc:
        return f"not verified: {exc}"
    if source.hash != plan.header.desired_hash:
        return f"not verified: {desired} changed since planning"
    wanted = inspect_desired(source, scratch)[0].fingerprint
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
        now = fingerprint.read(conn)
    return [f"{what} {kind} {obj}" for kind, obj, what in now.differences(wanted)]


def print_post_apply(outcome: str | list[str]) -> None:
    out = console()
    if isinstance(outcome, str):
        out.print(f"[yellow]{escape(outcome)}[/]")
    elif not outcome:
        out.print("[green]Live now matches desired.[/]")
    else:
        out.print(f"[bold red]Live still differs from desired in {len(outcome)} object(s):[/]")
        for line in outcome:
            out.print(f"    {escape(line)}")


def verified_note(result: PlanResult, skipped: bool) -> str:
    if skipped:
        return "no (--no-verify)"
    if result.prerequisites:
        return "no (prerequisites missing on live)"
    return f"yes, rehearsed on a schema-only copy of live ({result.reordered} statements reordered)"


def _print_unconverged(out: Console, result: PlanResult) -> None:
    for kind, obj, what in result.unconverged:
        out.print(f"[bold red]not converged:[/] {kind} {escape(obj)} ({what})")


def print_json(doc: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(doc, indent=2) + "\n")


def print_plan(result: PlanResult, live_url: str, path: Path | None, rollback_path: Path | None = None) -> None:
    out = console()
    if not result.changes:
        if result.unconverged:
            out.print(f"No statements planned, but {mask_url(live_url)} differs from desired:")
            _print_unconverged(out, result)
        else:
            out.print(f"No changes: {mask_url(live_url)} matches desired.")
        return
    counts = count_changes(result.changes)
    out.print(f"[bold]Plan for {mask_url(live_url)}[/]: " + ", ".join(f"{n} {a}" for a, n in counts.items()))
    real = [c for c in result.changes if c.action is not Action.SETTING]
    for (kind, action), group in groupby(sorted(real, key=lambda c: (c.action.value, c.kind)),
                                         key=lambda c: (c.kind, c.action)):
        items = list(group)
        out.print(f"  [{_STYLE[action]}]{action.value:6}[/] {kind} ({len(items)})")
        # every hazardous change is listed; harmless ones only up to a screenful per group
        shown = [c for c in items if c.hazards] + [c for c in items if not c.hazards][:_LIST_LIMIT]
        for c in shown:
            mark = "  [bold red]DESTRUCTIVE[/]" if c.destructive else ""
            hz = f"  [magenta]{', '.join(h.value for h in c.hazards)}[/]" if c.hazards else ""
            out.print(f"         {escape(c.label)}{hz}{mark}")
        if len(items) > len(shown):
            out.print(f"         … and {len(items) - len(shown)} more (see the plan file)")
    hazards = {k: v for k, v in count_hazards(result.changes).items() if v}
    if hazards:
        out.print("[bold magenta]Hazards:[/] " + ", ".join(f"{k} {v}" for k, v in hazards.items()))
    destructive = [c for c in real if c.destructive]
    if destructive:
        out.print(f"[bold red]{len(destructive)} destructive statement(s): review before approving.[/]")
    for p in result.prerequisites:
        out.print(f"[bold yellow]Prerequisite:[/] {p}")
    if result.ignored:
        out.print(f"ignored: {result.ignored} objects (ignore rules)")
    _print_unconverged(out, result)
    if result.rollback is not None and result.rollback.error:
        out.print(f"[yellow]No rollback script: {escape(result.rollback.error)}[/]")
    if path:
        out.print(f"Plan written to [bold]{path}[/]. Review it, then: cmis-diff approve {path}")
    if rollback_path:
        out.print(f"Rollback script (rehearsed, unapproved): {rollback_path}")
