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
from .diff.changes import Action, Change, Risk
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
                     "hazards": [h.value for h in c.hazards], "destructive": c.destructive, "statement": c.sql,
                     "risks": [_risk_doc(r) for r in c.risks], "after_commit": c.after_commit,
                     "notes": list(c.notes), "lint": list(c.lint)}
                    for c in result.changes if c.action is not Action.SETTING],
        "timings_s": {k: round(v, 4) for k, v in result.timings.items()},
    }


def _risk_doc(r: Risk) -> dict[str, Any]:
    return {"hazard": r.hazard.value, "object": r.subject, "detail": r.detail, "blocking": r.blocking}


def _refused(changes: list[Change], allowed: tuple[str, ...]) -> list[Risk]:
    return [r for c in changes for r in c.risks if r.blocking and r.hazard.value not in allowed]


def safety_summary(result: PlanResult, allowed: tuple[str, ...]) -> dict[str, Any]:
    """The JSON summary's safety fields: what apply will refuse, what was allowed, lint, notices."""
    back = result.rollback.changes if result.rollback is not None else []
    return {"allow_hazards": list(allowed),
            "refused_unless_allowed": [_risk_doc(r) for r in _refused(result.changes, allowed)],
            "rollback_refused_unless_allowed": [_risk_doc(r) for r in _refused(back, allowed)],
            "lint": result.lint, "notices": list(result.notices)}


def print_safety(result: PlanResult, allowed: tuple[str, ...]) -> None:
    """What the reviewer must weigh: each hazard with live's sizes and counts, recipes, lint, and
    whether apply will refuse the plan."""
    out = console()
    for n in result.notices:
        out.print(f"[yellow]notice:[/] {escape(n)}")
    real = [c for c in result.changes if c.risks or c.lint or c.notes]
    if real:
        out.print("[bold magenta]Hazards, weighed on live:[/]")
    for c in real:
        for r in c.risks:
            mark = "[bold red]refused unless allowed[/] " if r.blocking and r.hazard.value not in allowed else ""
            out.print(f"  {mark}[magenta]{r.hazard.value}[/] {escape(r.subject)}: {escape(r.detail)}")
        for note in c.notes:
            out.print(f"    note: {escape(note)}")
        for finding in c.lint:
            out.print(f"  [cyan]lint[/] {escape(c.label)}: {escape(finding)}")
    if result.lint:
        out.print(f"lint: {escape(result.lint)}")
    refused = _refused(result.changes, allowed)
    if refused:
        kinds = ",".join(sorted({r.hazard.value for r in refused}))
        out.print(f"[bold red]apply will refuse this plan ({len(refused)} hazard(s) not allowed); after review, plan "
                  f"again with --allow-hazards {kinds}[/]")


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
