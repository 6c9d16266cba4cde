"""What a person or a script sees: the plan summary as rich text or JSON."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .drift import check_all
from .errors import CmisDiffError

if TYPE_CHECKING:  # a clean drift or an unchanged plan prints without loading rich or the pipeline
    from rich.console import Console

    from .apply.executor import ApplyResult
    from .catalog.fingerprint import Fingerprint
    from .catalog.inspect import Inspected
    from .config import Endpoint
    from .diff.changes import Change, Risk
    from .drift import DriftReport, Target
    from .ignore import IgnoreRules
    from .pipeline import PlanResult
    from .plan.inventory import Entry
    from .plan.summary import Summary
    from .unchanged import Unchanged
    from .waits import Limits

_LIST_LIMIT = 8
PLAN_FORMAT = "cmis-diff plan 1"


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    """Text shown as itself in rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 statement`, `2 statements` (`many` for irregular plurals)."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(plural(n, action) for action, n in counts.items())


def plan_document(result: PlanResult | Unchanged | None, summary: Summary | None, live: str, *, path: Path | None,
                  rollback_path: Path | None, reused: bool, statements: bool) -> dict[str, Any]:
    """`cmis-diff plan --format json` (docs/json/plan.schema.json): a summary; statements only on
    request. `live`: live's URL as shown (connect.mask_url)."""
    header = summary.plan.header if summary else None
    doc: dict[str, Any] = {
        "format": PLAN_FORMAT,
        "status": "changes" if summary else "no-changes",
        "reused": reused,
        "live": live,
        "target": header.target if header else result.target if result else None,
        "live_fingerprint": header.live_fingerprint if header else result.live_fingerprint if result else None,
        "desired_hash": header.desired_hash if header else result.desired_hash if result else None,
        "tool": header.tool if header else result.tool if result else None,
        "plan_file": str(path) if path else None,
        "rollback_file": str(rollback_path) if rollback_path else None,
        "approved": header.approved if header else None,
    }
    if summary is not None:
        doc.update(summary.as_json(statements))
    else:
        unconverged = result.unconverged if result else []
        notes = result.notes if result else []
        doc.update({"statements": 0, "counts": {"create": 0, "alter": 0, "drop": 0}, "by_kind": [], "follow_ups": {},
                    "hazards": {}, "hazardous": [], "destructive": 0,
                    "not_converged": [{"kind": k, "object": o, "what": w} for k, o, w in unconverged],
                    "notes": [{"kind": k, "object": o, "what": w} for k, o, w in notes],
                    "column_order_differs": len(notes),
                    "prerequisites": list(result.prerequisites) if result else [],
                    "verified": bool(result and result.verified)})
        if statements:
            doc["statement_list"] = []
    doc["ignored"] = result.ignored if result else None
    doc["reordered"] = result.reordered if result else None
    doc["timings_s"] = {k: round(v, 4) for k, v in result.timings.items()} if result else {}
    return doc


def summary_lines(summary: Summary, list_limit: int | None = _LIST_LIMIT) -> list[str]:
    """The plan's summary as plain lines: counts per kind and action (with objects, up to
    list_limit per group; every hazardous one), follow-ups, hazards, not converged, notes."""
    lines = [f"{plural(summary.statements, 'statement')}: {_counts_text(summary.counts())}"]
    for action, kind, n in summary.by_kind():
        lines.append(f"  {action:6} {kind} ({n:,})")
        items = [i for i in summary.items if i.action == action and i.kind == kind and not i.follow_up]
        shown = [i for i in items if i.hazards or i.destructive] + \
            [i for i in items if not (i.hazards or i.destructive)][:list_limit]
        listed = Counter(f"{i.label}{f'  !! {i.hazards}' if i.hazards else ''}"
                         f"{'  (DESTRUCTIVE)' if i.destructive else ''}"
                         for i in (shown if list_limit is not None else items))
        for line, n in listed.items():  # one line per object and hazards: "(3 statements)" when several
            lines.append(f"         {line}" + (f"  ({plural(n, 'statement')})" if n > 1 else ""))
        if list_limit and len(items) > len(shown):
            lines.append(f"         ... and {len(items) - len(shown):,} more (see the plan file)")
    follow = summary.follow_ups()
    if follow:
        lines.append("  and, on the objects this plan creates: " + ", ".join(
            plural(n, k) for k, n in follow.items()))
    hazards = summary.hazards()
    if hazards:
        lines.append("Hazards: " + ", ".join(f"{k} {n}" for k, n in hazards.items()))
    destructive = sum(1 for i in summary.items if i.destructive)
    if destructive:
        lines.append(f"{plural(destructive, 'destructive statement')}: review before approving.")
    lines += [f"Prerequisite: {p}" for p in summary.plan.header.prerequisites]
    lines += finding_lines([(f.kind, f.object, f.what) for f in summary.not_converged],
                           [(f.kind, f.object, f.what) for f in summary.notes])
    return lines


def review_text(path: Path, summary: Summary) -> str:
    """What `approve` shows: the summary first (counts, hazards, what stays different), then the
    whole file as it is, every statement in full."""
    plan, header = summary.plan, summary.plan.header
    lines = [f"Plan {path}",
             f"  for        {header.live} (target {header.target}; last applied plan: {header.last_applied})",
             f"  made from  live {header.live_fingerprint}, desired {header.desired_hash}",
             f"  by         {header.tool}; options: {header.extra.get('options', 'none')}",
             f"  verified   {summary.verified}"]
    if "rollback-of" in header.extra:
        lines.append(f"  rollback of {header.extra['rollback-of']}")
    if plan.approval is not None:
        lines.append(f"  approved   by {plan.approval.by} at {plan.approval.at} (approving again replaces it)")
    lines += summary_lines(summary, list_limit=0)
    body = plan.header_text + "\n" + plan.statements_text
    lines += ["", f"----- {path}, in full ({plural(body.count(chr(10)) + 1, 'line')}) -----", body]
    return "\n".join(lines)


def finding_lines(unconverged: list[tuple[str, str, str]], notes: list[tuple[str, str, str]]) -> list[str]:
    lines = [f"not converged: {kind} {obj} ({what})" for kind, obj, what in unconverged]
    if notes:
        from .catalog.fingerprint import ORDER_NOTE

        objects = ", ".join(obj for _, obj, _ in notes)
        lines.append(f"note: {plural(len(notes), 'column')} out of desired's order ({ORDER_NOTE}; cosmetic, "
                     f"--strict-column-order to treat it as a difference): {objects}")
    return lines


def print_plan(result: PlanResult | Unchanged | None, summary: Summary | None, live: str, *, path: Path | None,
               rollback_path: Path | None, reused: Path | None) -> None:
    """The plan for a person; `live`: live's URL as shown (connect.mask_url)."""
    out = console()
    if summary is None:
        assert result is not None  # nothing planned: the result says why
        if result.unconverged:
            out.print(f"No statements planned, but {live} differs from desired:", markup=False)
        else:
            out.print(f"No changes: {live} matches desired.", markup=False)
        for line in finding_lines(result.unconverged, result.notes):
            out.print(line, markup=False)
        return
    if reused is not None:
        approval = summary.plan.approval
        state = f"approved by {approval.by} at {approval.at}" if approval else "not approved yet"
        out.print(f"Unchanged since {reused} (same live, desired files and options): reusing it ({state}).",
                  markup=False)
    out.print(f"Plan for {live}: " + _counts_text(summary.counts()), markup=False)
    for line in summary_lines(summary)[1:]:
        out.print(line, markup=False)
    if result is not None and result.ignored:
        out.print(f"ignored: {plural(result.ignored, 'object')} (ignore rules)", markup=False)
    if result is not None and result.rollback is not None and result.rollback.error:
        out.print(f"No rollback script: {result.rollback.error}", markup=False)
    if path:
        out.print(f"Plan written to {path}. Review it, then: cmis-diff approve {path}", markup=False)
    if rollback_path:
        out.print(f"Rollback script (rehearsed, unapproved): {rollback_path}", markup=False)


def _risk_doc(r: Risk) -> dict[str, Any]:
    return {"hazard": r.hazard.value, "object": r.subject, "detail": r.detail, "blocking": r.blocking}


def _line_doc(line: str) -> dict[str, Any]:
    """A `blocking-N` header line (`kind object: detail`) as a risk document. The object is quoted
    like PostgreSQL, so the first ": " ends it unless the name itself holds one (then detail is "")."""
    hazard, _, rest = line.partition(" ")
    subject, _, detail = rest.partition(": ")
    return {"hazard": hazard, "object": subject, "detail": detail, "blocking": True}


def _refused(changes: list[Change], allowed: tuple[str, ...]) -> list[Risk]:
    return [r for c in changes for r in c.risks if r.blocking and r.hazard.value not in allowed]


def _header_refused(summary: Summary | None) -> list[str]:
    """The `blocking-N` header lines apply refuses on (a reused plan: its risks are in the file)."""
    from .plan.planfile import refused_lines

    return refused_lines(summary.plan.header.extra) if summary else []


def _header_notices(summary: Summary | None) -> list[str]:
    extra = summary.plan.header.extra if summary else {}
    return [v for k, v in extra.items() if k.startswith("notice-")]


def safety_summary(result: PlanResult | Unchanged | None, summary: Summary | None,
                   allowed: tuple[str, ...]) -> dict[str, Any]:
    """The JSON document's safety fields: each hazard weighed on live, what apply will refuse, what
    was allowed, lint, notices. A reused plan has them from its header (refusals as header lines)."""
    if result is None:
        from .plan.planfile import allowed_hazards

        extra = summary.plan.header.extra if summary else {}
        return {"allow_hazards": allowed_hazards(extra),
                "risks": None, "refused_unless_allowed": [_line_doc(line) for line in _header_refused(summary)],
                "rollback_refused_unless_allowed": None, "lint": extra.get("lint", ""),
                "notices": _header_notices(summary)}
    back = result.rollback.changes if result.rollback is not None else []
    return {"allow_hazards": list(allowed),
            "risks": [{"statement": c.label, "after_commit": c.after_commit, **_risk_doc(r)}
                      for c in result.changes for r in c.risks],
            "refused_unless_allowed": [_risk_doc(r) for r in _refused(result.changes, allowed)],
            "rollback_refused_unless_allowed": [_risk_doc(r) for r in _refused(back, allowed)],
            "lint": result.lint, "notices": list(result.notices)}


def print_safety(result: PlanResult | Unchanged | None, summary: Summary | None, allowed: tuple[str, ...]) -> None:
    """What the reviewer must weigh: each hazard with live's sizes and counts, recipes, lint, and
    whether apply will refuse the plan."""
    out = console()
    if result is None:  # reused: the file says it
        for n in _header_notices(summary):
            out.print(f"[yellow]notice:[/] {escape(n)}")
        refused_lines = _header_refused(summary)
        for line in refused_lines:
            out.print(f"  [bold red]refused unless allowed[/] {escape(line)}")
        if refused_lines:
            kinds = ",".join(sorted({line.split(" ", 1)[0] for line in refused_lines}))
            out.print("[bold red]apply will refuse this plan; after review, plan again with "
                      f"--allow-hazards {kinds}[/]")
        return
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
              jobs: int, rules: IgnoreRules, limits: Limits, strict_column_order: bool = False) -> list[DriftReport]:
    """Check targets; a progress bar on a terminal when there are several, silence in cron."""
    if len(targets) < 2 or not sys.stderr.isatty() or not (out := console(stderr=True)).is_terminal:
        return check_all(targets, desired_fp, desired, jobs, rules=rules, limits=limits,
                         strict_column_order=strict_column_order)
    from rich.progress import Progress

    with Progress(console=out, transient=True) as bar:
        task = bar.add_task("checking drift", total=len(targets))
        return check_all(targets, desired_fp, desired, jobs, progress=lambda _: bar.advance(task), rules=rules,
                         limits=limits, strict_column_order=strict_column_order)


def print_drift(reports: list[DriftReport]) -> None:
    out = console()
    for r in reports:
        name = "" if r.target == "live" else f"{escape(r.target)}: "
        ignored = f"; ignored: {plural(r.ignored, 'object')}" if r.ignored else ""
        if r.status == "clean":
            out.print(f"{name}[green]clean[/] ({escape(r.live)} matches desired{ignored})")
        elif r.status == "error":
            out.print(f"{name}[bold red]error:[/] {escape(r.error or '')}")
        else:
            n = len(r.drifted)
            out.print(f"{name}[bold yellow]drift[/] in {escape(r.live)}: {plural(n, 'object')} "
                      f"{'differs' if n == 1 else 'differ'}{ignored}")
            for d in r.drifted:
                out.print(f"    {escape(d['what'])}: {d['kind']} {escape(d['object'])}")
            for c in r.changes:
                first, *more = c["statement"].strip().splitlines()
                out.print(f"    fix: {escape(first)}{' ...' if more else ''}")
        for line in finding_lines([], [(d["kind"], d["object"], d["what"]) for d in r.notes]):
            out.print(f"    {escape(line)}")


def post_apply_check(plan_path: Path, desired: Path, live: Endpoint, scratch: Endpoint) -> str | list[str]:
    """After apply: does live now match desired? Only judged with the desired files the plan was
    made from (same hash); returns a reason string when it cannot judge."""
    from . import waits
    from .catalog import fingerprint
    from .connect import connect
    from .desired_build import inspect_desired
    from .plan.planfile import read
    from .source.discover import discover

    plan = read(plan_path)
    header = plan.header
    if "rollback-of" in header.extra:  # its "desired" is live as it was before that plan (a fingerprint)
        with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
            now = fingerprint.read(conn)
        return [] if now.digest == header.desired_hash else \
            [f"live is not back at its fingerprint before {header.extra['rollback-of']} ({header.desired_hash})"]
    try:
        source = discover(desired)
    except CmisDiffError as exc:
        return f"not verified: {exc}"
    if source.hash != header.desired_hash:
        return f"not verified: {desired} changed since planning"
    wanted = inspect_desired(source, scratch)[0].fingerprint
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
        now = fingerprint.read(conn)
    strict = "--strict-column-order" in header.extra.get("options", "").split()
    return [f"{what}: {kind} {obj}" for kind, obj, what in fingerprint.compare(now, wanted, strict)[0]]


def apply_document(result: ApplyResult, outcome: str | list[str] | None) -> dict[str, Any]:
    """`cmis-diff apply --format json` (docs/json/apply.schema.json)."""
    if outcome is None:
        verification: dict[str, Any] = {"status": "skipped", "reason": "dry run", "differences": []}
    elif isinstance(outcome, str):
        verification = {"status": "not-verified", "reason": outcome, "differences": []}
    else:
        verification = {"status": "differs" if outcome else "matches", "reason": None, "differences": outcome}
    return {"format": "cmis-diff apply 1", "plan_file": str(result.plan_file),
            "result": "dry-run" if result.dry_run else "resumed" if result.resumed else "applied",
            "statements": result.statements, "reapplied_after_row": result.reapplied,
            "other_target": result.other_target,
            "timings": [{"index": t.index, "ms": round(t.seconds * 1000, 3), "statement": t.sql.strip()}
                        for t in result.timings],
            "verification": verification}


def print_apply(result: ApplyResult, outcome: str | list[str] | None) -> None:
    out = console()
    if result.dry_run:
        out.print(f"Dry run of {result.plan_file}: {plural(result.statements, 'statement')} (rolled back)",
                  markup=False)
        for t in result.timings:
            first, *more = t.sql.strip().splitlines()
            out.print(f"  {t.index:4d} {t.seconds * 1000:9.1f} ms  {first}{' ...' if more else ''}", markup=False)
        return
    if result.reapplied is not None:
        out.print(f"Live was back at its state before this plan's earlier application (ledger row "
                  f"{result.reapplied}): its effect had been undone, so it was applied again.", markup=False)
    if result.other_target is not None:
        out.print(f"Applied to another target than planned ({result.other_target}), as --allow-other-target allows "
                  "(recorded in the ledger).", markup=False)
    verb = "Resumed and finished" if result.resumed else "Applied"
    out.print(f"{verb} {result.plan_file}: {plural(result.statements, 'statement')}", markup=False)
    if outcome is not None:
        print_post_apply(outcome)


def print_post_apply(outcome: str | list[str]) -> None:
    out = console()
    if isinstance(outcome, str):
        out.print(f"[yellow]{escape(outcome)}[/]")
    elif not outcome:
        out.print("[green]Live now matches desired.[/]")
    else:
        out.print(f"[bold red]Live still differs from desired in {plural(len(outcome), 'object')}:[/]")
        for line in outcome:
            out.print(f"    {escape(line)}")


def verified_note(result: PlanResult, skipped: bool) -> str:
    if skipped:
        return "no (--no-verify)"
    if result.prerequisites:
        return "no (prerequisites missing on live)"
    return f"yes, rehearsed on a schema-only copy of live ({result.reordered} statements reordered)"


def print_json(doc: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(doc, indent=2) + "\n")


def print_plans(entries: list[Entry], diffs: Path, live_error: str | None) -> None:
    out = console()
    if live_error:
        out.print(f"live not reachable ({live_error}): states judged from the files alone", markup=False)
    if not entries:
        out.print(f"No plans in {diffs}.", markup=False)
    for e in entries:
        header = e.plan.header if e.plan else None
        what = f"rollback of {header.extra['rollback-of']}; " if header and "rollback-of" in header.extra else ""
        changes = f"{header.changes}; " if header else ""
        out.print(f"{e.state:9} {e.path}  ({what}{changes}{e.detail})", markup=False)


def print_history(rows: list[dict[str, Any]]) -> None:
    """The ledger, newest first, one plan a line under column headers (errors on the next line)."""
    out = console()
    if not rows:
        out.print("No plan was ever applied to this database.")
        return
    out.print(f"{'id':>4}  {'started (UTC)':19}  {'result':8}  {'applied by':24}  {'plan':40}  approval", markup=False)
    for r in rows:
        who = f"{r['applied_by']} as {r['db_role']}"
        approval = r["approved"].split(" by ", 1)[-1] if r["approved"] else "unapproved"
        out.print(f"{r['id']:>4}  {str(r['started_at'])[:19]:19}  {r['result']!s:8}  {who:24}  {r['plan_file']!s:40}  "
                  f"{'by ' + approval if r['approved'] else approval}", markup=False)
        if r["error"]:
            out.print(f"{'':6}{r['error']}", markup=False)


def _last_json(last: dict[str, Any] | None) -> dict[str, Any] | None:
    if last is None:
        return None
    return {"id": last["id"], "plan_file": last["plan_file"], "plan_hash": last["plan_hash"], "result": last["result"],
            "applied_by": last["applied_by"], "db_role": last["db_role"], "finished_at": str(last["finished_at"])}


def status_document(drifted: DriftReport, last: dict[str, Any] | None, waiting: list[Entry]) -> dict[str, Any]:
    """`cmis-diff status --format json` (docs/json/status.schema.json)."""
    return {"format": "cmis-diff status 1", "status": drifted.status, "live": drifted.live,
            "drift": drifted.as_json(), "last_applied": _last_json(last), "waiting": [e.as_json() for e in waiting]}


def print_status(drifted: DriftReport, last: dict[str, Any] | None, waiting: list[Entry], diffs: Path) -> None:
    out = console()
    if drifted.status == "clean":
        out.print(f"live      {drifted.live}: matches desired", markup=False)
    elif drifted.status == "error":
        out.print(f"live      {drifted.live}: error: {drifted.error}", markup=False)
    else:
        n = len(drifted.drifted)
        out.print(f"live      {drifted.live}: drift, {plural(n, 'object')} {'differs' if n == 1 else 'differ'} from "
                  "desired (cmis-diff drift names them; cmis-diff plan makes the plan)", markup=False)
    for line in finding_lines([], [(d["kind"], d["object"], d["what"]) for d in drifted.notes]):
        out.print(f"          {line}", markup=False)
    if last is None:
        out.print("last      no plan was ever applied", markup=False)
    else:
        out.print(f"last      {last['plan_file']} ({last['result']} at {str(last['finished_at'])[:19]} by "
                  f"{last['applied_by']} as {last['db_role']}; ledger row {last['id']})", markup=False)
    if not waiting:
        out.print(f"waiting   no pending plan in {diffs}", markup=False)
    for e in waiting:
        header = e.plan.header if e.plan else None
        what = f"rollback of {header.extra['rollback-of']}; " if header and "rollback-of" in header.extra else ""
        out.print(f"waiting   {e.state:9} {e.path} ({what}{e.detail})", markup=False)
