"""cmis-diff command line: parse flags, call the pipeline, print, exit with the documented code."""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__, config, entry, progress, server, waits
from .errors import CmisDiffError

if TYPE_CHECKING:
    from .apply.executor import ApplyOptions
    from .catalog.inspect import Inspected
    from .pipeline import PlanResult
    from .plan import inventory as plan_inventory
    from .plan.summary import Summary
    from .source.discover import DesiredSource

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds like Ctrl-C, so scratch databases are dropped


def _interrupt_again(unraisable: Any) -> None:
    """An interruption raised while Python runs a callback it cannot raise from (a weakref callback
    of importlib's, a finalizer) is printed and dropped, and the command would carry on. Re-send it
    a moment later, from a thread, so that it arrives once the callback has returned."""
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)
        return
    if sys.is_finalizing():  # the process is ending anyway, and a thread started now never runs
        return
    timer = threading.Timer(0.01, os.kill, (os.getpid(), signal.SIGTERM))  # raises via _sigterm
    timer.daemon = True
    timer.start()


def friendly(fn: F) -> F:
    """One-line error and exit 1 for every expected failure; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        signal.signal(signal.SIGTERM, _sigterm)
        sys.unraisablehook = _interrupt_again
        progress.enable()
        try:
            return fn(*args, **kwargs)
        except CmisDiffError as exc:
            from .render.names import text

            click.echo(f"error: {text(str(exc))}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("error: interrupted; nothing was left behind", err=True)
            sys.exit(EXIT_ERROR)
        except BrokenPipeError:  # output piped into e.g. head: the reader left, nothing to report
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # a bug of ours: still one line for the user, details on request
            if os.environ.get("CMIS_DIFF_DEBUG"):
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            click.echo(f"error: internal error ({type(exc).__name__}: {first}); "
                       "rerun with CMIS_DIFF_DEBUG=1 for a traceback", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


desired_option = click.option("--desired", "desired", type=click.Path(path_type=Path), default=Path("desired"),
                              show_default=True,
                              help="Directory of desired SQL (ordered by manifest.toml, else by name) "
                                   "or one .sql file.")
live_option = click.option("--live", "live_url", metavar="URL",
                           help="Live database URL. Default: $CMIS_DIFF_LIVE_URL, else $DATABASE_URL, "
                                "else database 'cmis' on the embedded server.")
scratch_option = click.option("--scratch-url", metavar="URL",
                              help="Server where scratch databases may be created and dropped. "
                                   "Default: $CMIS_DIFF_SCRATCH_URL, else the embedded server.")
format_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                             show_default=True, help="Output format of the summary.")


def timeout_options(fn: F) -> F:
    """--lock-timeout / --statement-timeout: the same meaning in plan, drift and apply."""
    fn = click.option("--statement-timeout", type=float, default=waits.STATEMENT_TIMEOUT_S, show_default=True,
                      metavar="S", help="statement_timeout of every query on live, in seconds; 0 means no limit.")(fn)
    return click.option("--lock-timeout", type=float, default=waits.LOCK_TIMEOUT_S, show_default=True, metavar="S",
                        help="lock_timeout of every query on live, in seconds (a timeout names the lock and its "
                             "holder); 0 means no limit.")(fn)


def safety_options(fn: F) -> F:
    """--allow-hazards, --online/--no-online, --lint/--no-lint: how plan treats hazards."""
    fn = click.option("--lint/--no-lint", default=True, show_default=True,
                      help="Run squawk (squawk-cli) on the plan; its findings are listed with the hazards.")(fn)
    fn = click.option("--online/--no-online", default=True, show_default=True,
                      help="Online forms on tables live has: CREATE/DROP INDEX CONCURRENTLY, constraints added NOT "
                           "VALID and validated after the commit, SET NOT NULL through a validated CHECK.")(fn)
    return click.option("--allow-hazards", "allow_hazards", default="", metavar="KIND[,KIND]",
                        help="Hazard kinds apply may run: data-loss, narrowing (rows that would not survive), "
                             "rls-weakened. Written into the plan's header (covered by the approval); apply refuses "
                             "a plan carrying any other of these.")(fn)


def _allowed(value: str) -> tuple[str, ...]:
    from .diff.changes import HAZARD_ORDER

    kinds = tuple(dict.fromkeys(k.strip() for k in value.split(",") if k.strip()))
    known = {h.value for h in HAZARD_ORDER}
    for kind in kinds:
        if kind not in known:
            raise CmisDiffError(f"--allow-hazards: unknown hazard kind {kind!r} (one of: {', '.join(sorted(known))})")
    return kinds


def _safety(online: bool, lint: bool) -> Any:
    from .safety import BIG_TABLE_BYTES, Options, parse_size

    big = config.tool_settings().get("big_table", BIG_TABLE_BYTES)
    return Options(online, lint, parse_size(big, "pyproject.toml: [tool.cmis-diff] big_table"))


def _limits(lock_timeout: float, statement_timeout: float) -> waits.Limits:
    return waits.Limits(waits.check(lock_timeout, "--lock-timeout"),
                        waits.check(statement_timeout, "--statement-timeout"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cmis-diff")
def main() -> None:
    """Declarative schema differ for the CMIS PostgreSQL database.

    plan -> review -> approve -> apply; drift from cron. Exit codes: 0 ok / no changes,
    2 changes planned or drift found, 1 error.
    """


@main.command()
@desired_option
@live_option
@scratch_option
@click.option("--out", type=click.Path(path_type=Path),
              help="The plan file to write (its rollback script goes beside it, <name>.rollback.sql). Default: "
                   "diffs/<UTC time>_<slug>.sql, or the plan already in diffs/ for the same live, desired and "
                   "options (reused, not written again).")
@click.option("--no-verify", is_flag=True,
              help="Skip the rehearsal on a schema-only copy of live (order and convergence unproven).")
@click.option("--allow-unconverged", is_flag=True,
              help="Write the plan and exit 2 even when some objects would still differ from desired after it "
                   "(they are listed as 'not converged'); without it such a plan is written but exits 1.")
@click.option("--strict-column-order", is_flag=True,
              help="Treat table columns out of desired's order as a difference (not converged) rather than a "
                   "cosmetic note. PostgreSQL cannot reorder columns in place.")
@click.option("--allow-empty-desired", is_flag=True,
              help="Plan even when desired looks incomplete (no table, or one file while live has many) and the "
                   "plan drops more than half of live's tables.")
@click.option("--statements", "with_statements", is_flag=True,
              help="With --format json: include every statement (the summary alone by default).")
@timeout_options
@safety_options
@format_option
@friendly
def plan(desired: Path, live_url: str | None, scratch_url: str | None, out: Path | None, no_verify: bool,
         allow_unconverged: bool, strict_column_order: bool, allow_empty_desired: bool, with_statements: bool,
         lock_timeout: float, statement_timeout: float, allow_hazards: str, online: bool, lint: bool,
         fmt: str) -> None:
    """Diff live against desired and write the ALTER script as a plan file.

    Re-planning an unchanged situation (same live, desired files and options) reuses the plan
    already in diffs/ and says so. Exit 0: no changes (no file written); 2: a plan was written or
    reused; 1: error, or objects that would not converge without --allow-unconverged.
    """
    from . import ignore, remembered, unchanged
    from .connect import mask_url
    from .source.discover import discover

    limits = _limits(lock_timeout, statement_timeout)
    allowed, options = _allowed(allow_hazards), _safety(online, lint)
    source = discover(desired)  # bad desired input fails before any server work
    url = remembered.applicable(live_url, scratch_url)
    # read while the rules load, if not already since the command started (entry.py)
    signature = entry.signature(url, limits) if url else None
    rules = ignore.load(source.root)
    recalled = unchanged.recall(source, signature, rules, lint) if signature else None
    if recalled is not None:  # live's catalog is what it was when this plan had nothing to do
        _unchanged_out(*recalled, fmt, with_statements, allowed)
        entry.exit_answered(EXIT_OK)
    live = config.live(live_url, limits)
    scratch = config.scratch(scratch_url)
    same = unchanged.check(source, live, scratch, rules, lint)  # live is desired: what drift costs
    if same is not None:
        _unchanged_out(same, mask_url(live.url), fmt, with_statements, allowed)
        sys.exit(EXIT_OK)
    from .desired_build import DesiredModel

    result: PlanResult | None = None
    reused: Path | None = None
    # desired, if new, builds in scratch from here on, while the rest of the command loads (a tenth
    # of a second of imports: issue 16's edit loop); a reused plan leaves it unused, cut off
    with DesiredModel(source, scratch) as wanted:
        from . import empty_desired, report
        from .pipeline import plan as build_plan
        from .plan import inventory

        # what shapes the plan, or whether it may be written at all: a plan made otherwise is not reused
        flags = [f for f, on in (("--no-verify", no_verify), ("--strict-column-order", strict_column_order),
                                 ("--allow-empty-desired", allow_empty_desired), ("--no-online", not online),
                                 ("--no-lint", not lint), (f"--allow-hazards={','.join(allowed)}", bool(allowed)))
                 if on]
        plan_options = inventory.options_line(flags, rules)
        reused = None if out is not None else _reusable_plan(source, live, scratch, plan_options)
        if reused is None:
            result = build_plan(source, live, scratch, verify=not no_verify, with_rollback=True, options=options,
                                strict_column_order=strict_column_order, wanted=wanted)
    from .plan.planfile import read
    from .plan.summary import from_changes, summarize

    path: Path | None = None
    rollback_path: Path | None = None
    if reused is not None:
        path, rollback_path = reused, _rollback_beside(reused)
    else:
        assert result is not None
        if not allow_empty_desired:
            empty_desired.check(source, result)
        if result.changes:
            path, rollback_path = _write_plan_files(result, live.url, out, no_verify, plan_options, allowed, online)
    summary = None
    if path is not None:  # read back from the file (a fresh one: from the changes it was rendered from)
        summary = summarize(read(path), str(path)) if result is None else from_changes(read(path), result.changes)
    unconverged = summary.not_converged if summary else result.unconverged if result else []
    if fmt == "json":
        report.print_json(report.plan_document(result, summary, mask_url(live.url), path=path,
                                               rollback_path=rollback_path, reused=reused is not None,
                                               statements=with_statements) |
                          report.safety_summary(result, summary, allowed))
    else:
        report.print_plan(result, summary, mask_url(live.url), path=path, rollback_path=rollback_path, reused=reused)
        report.print_safety(result, summary, allowed)
    if unconverged and not allow_unconverged:
        n = len(unconverged)
        raise CmisDiffError(f"{n} {'object' if n == 1 else 'objects'} would still differ from desired after this "
                            "plan (listed as 'not converged'); rerun with --allow-unconverged to accept")
    sys.exit(EXIT_CHANGES if summary else EXIT_OK)


def _unchanged_out(same: Any, live: str, fmt: str, with_statements: bool, allowed: tuple[str, ...]) -> None:
    """The report of a plan with nothing to do; `live`: live's URL as shown."""
    from . import report

    if fmt == "json":
        doc = report.plan_document(same, None, live, path=None, rollback_path=None, reused=False,
                                   statements=with_statements)
        report.print_json(doc | report.safety_summary(same, None, allowed))
    else:
        report.print_plan(same, None, live, path=None, rollback_path=None, reused=None)
        report.print_safety(same, None, allowed)


def _reusable_plan(source: DesiredSource, live: config.Endpoint, scratch: config.Endpoint,
                   options: str) -> Path | None:
    """The plan in diffs/ that this plan would write again (same situation, not applied since)."""
    from . import __version__
    from .connect import connect, server_version
    from .plan import inventory

    diffs = Path("diffs")
    if not inventory.plan_files(diffs):
        return None
    with connect(scratch.url, "scratch server") as conn:
        tool = f"cmis-diff {__version__}, scratch server {server_version(conn)}"
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
        now = inventory.read_live(conn)
    wanted = inventory.Situation(now.target, now.last_applied, now.fingerprint, source.hash, tool, options)
    return inventory.reusable(diffs, wanted, now)


def _rollback_beside(path: Path) -> Path | None:
    beside = path.with_name(path.stem + ".rollback.sql")
    return beside if beside.is_file() else None


def _write_plan_files(result: PlanResult, live_url: str, out: Path | None, no_verify: bool,
                      options: str, allowed: tuple[str, ...] = (), online: bool = True) -> tuple[Path, Path | None]:
    """The plan file, and beside it the rollback script when the rehearsal produced one."""
    from . import report
    from .connect import mask_url
    from .plan import inventory, planfile
    from .plan.summary import finding_lines
    from .render import names

    live = names.text(mask_url(live_url))  # a URL is the user's, yet may hold any character
    extra = {"verified": report.verified_note(result, no_verify), inventory.OPTIONS: options,
             "online": "yes" if online else "no (--no-online)", "lint": result.lint}
    extra.update(finding_lines("not-converged-", result.unconverged))
    extra.update(finding_lines("note-", result.notes))
    extra.update({f"notice-{i}": n for i, n in enumerate(result.notices, 1)})
    header = planfile.header_for(live, result.live.fingerprint, result.desired_hash, result.tool, result.changes,
                                 result.prerequisites, extra, target=result.target, last_applied=result.last_applied,
                                 allow_hazards=allowed)
    path = planfile.write(Path("diffs"), planfile.render(header, result.changes), result.changes, out)
    rollback = result.rollback
    if rollback is None or rollback.error or not rollback.changes:
        return path, None
    back_extra = {"rollback-of": names.text(path.name),
                  "verified": "yes, rehearsed after the plan on the same copy of live"}
    back_extra.update(finding_lines("not-converged-", rollback.unconverged))
    back_extra.update(finding_lines("note-", rollback.notes))
    # the rollback's desired state is live as it was: its fingerprint stands in for a desired hash
    back_header = planfile.header_for(live, rollback.after_fingerprint, result.live.fingerprint.digest,
                                      result.tool, rollback.changes, (), back_extra, target=result.target,
                                      last_applied=result.last_applied, allow_hazards=allowed)
    back_path = path.with_name(path.stem + ".rollback.sql")
    planfile.write(path.parent, planfile.render(back_header, rollback.changes), rollback.changes, back_path)
    return path, back_path


@main.command()
@click.argument("planfile", type=click.Path(path_type=Path))
@click.option("--by", default=None, help="Who approves (default: the current user name).")
@click.option("--yes", "-y", is_flag=True,
              help="Approve without asking. On a terminal approve shows the plan (through a pager) and asks; "
                   "elsewhere it shows the plan and approves.")
@click.option("--in-live", is_flag=True,
              help="Also record the approval in live's ledger (cmis_diff.approvals) under the database role you "
                   "connect as (session_user), for apply --require-live-approval / --four-eyes.")
@live_option
@format_option
@friendly
def approve(planfile: Path, by: str | None, yes: bool, in_live: bool, live_url: str | None, fmt: str) -> None:
    """Review PLANFILE and record approval of the whole file (header and statements).

    Shows the summary first (counts per kind and action, hazards, objects that would not
    converge), then every statement in full; on a terminal through a pager, then asks.
    """
    import getpass

    from . import report
    from .plan import planfile as pf
    from .plan.summary import summarize

    text = pf.read(planfile)
    summary = summarize(text, str(planfile))
    who = by or getpass.getuser()
    if not _reviewed(planfile, summary, f"Approve {planfile} as {who}?", yes, fmt):
        raise CmisDiffError(f"{planfile}: not approved (nothing recorded)")
    role = None
    if in_live:
        from .apply.approvals import approve_in_live

        role = approve_in_live(config.live(live_url), text, str(planfile), who)
    approved = pf.approve(planfile, who)
    approval = approved.approval
    assert approval is not None
    if fmt == "json":
        report.print_json({"format": "cmis-diff approve 1", "plan_file": str(planfile),
                           "plan_hash": approved.plan_hash, "seal": approval.seal, "by": approval.by,
                           "at": approval.at, "live_role": role, **summary.as_json()})
        return
    out = report.console()
    if role is not None:
        out.print(f"Approval recorded in live's ledger under the role {role}", markup=False)
    out.print(f"Approved {planfile}: {approved.header.approved}", markup=False)


def _reviewed(path: Path, summary: Summary, question: str, yes: bool, fmt: str) -> bool:
    """Show a plan for review (text format: summary, then the whole file; through a pager on a
    terminal) and, on a terminal, ask `question` unless --yes. False: the person said no."""
    from . import report

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if fmt == "text":
        review = report.review_text(path, summary)
        if interactive:
            click.echo_via_pager(review + "\n")
        else:
            click.echo(review)
    return yes or not interactive or click.confirm(question, default=False, err=True)


@main.command()
@click.argument("planfile", type=click.Path(path_type=Path))
@live_option
@click.option("--lock-timeout", type=float, default=waits.LOCK_TIMEOUT_S, show_default=True, metavar="S",
              help="lock_timeout of every query on live, in seconds; 0 means no limit (a plan comment "
                   "'-- cmis-diff: lock_timeout=...' overrides it for the next statement).")
@click.option("--statement-timeout", type=float, default=waits.STATEMENT_TIMEOUT_S, show_default=True, metavar="S",
              help="statement_timeout of every query on live, in seconds; 0 means no limit (overridable per "
                   "statement likewise).")
@click.option("--dry-run", is_flag=True, help="Run inside a transaction and roll back; report per-statement timings.")
@click.option("--role", metavar="ROLE", help="SET ROLE first, so that created objects get this owner.")
@click.option("--allow-other-target", is_flag=True,
              help="Apply even though the plan names another target (server system identifier, database); "
                   "recorded in the ledger.")
@click.option("--require-live-approval/--no-require-live-approval", default=None,
              help="Refuse a plan without an approval recorded in live (approve --in-live). Default: "
                   "require_live_approval in [tool.cmis-diff] of ./pyproject.toml, else off.")
@click.option("--four-eyes/--no-four-eyes", default=None,
              help="Refuse unless a role other than the applying one approved in live. Default: four_eyes in "
                   "[tool.cmis-diff] of ./pyproject.toml, else off.")
@click.option("--desired", "desired", type=click.Path(path_type=Path), default=Path("desired"), show_default=True,
              help="Desired files to verify live against after applying (skipped if they changed since planning).")
@scratch_option
@format_option
@friendly
def apply(planfile: Path, live_url: str | None, lock_timeout: float, statement_timeout: float, dry_run: bool,
          role: str | None, allow_other_target: bool, require_live_approval: bool | None, four_eyes: bool | None,
          desired: Path, scratch_url: str | None, fmt: str) -> None:
    """Run an approved, unedited, not-stale PLANFILE on live, all or nothing, then verify.

    --dry-run needs no approval: it runs the statements in a transaction and rolls back.
    """
    from . import report
    from .apply.executor import ApplyOptions
    from .apply.executor import apply as run_apply

    limits = _limits(lock_timeout, statement_timeout)
    options = ApplyOptions(limits, dry_run, role, allow_other_target,
                           config.flag_default("require_live_approval") if require_live_approval is None
                           else require_live_approval,
                           config.flag_default("four_eyes") if four_eyes is None else four_eyes)
    live = config.live(live_url, limits)
    with progress.step(f"applying {planfile}"):
        result = run_apply(planfile, live.url, options=options)
    outcome = None if dry_run else report.post_apply_check(planfile, desired, live, config.scratch(scratch_url))
    if fmt == "json":
        report.print_json(report.apply_document(result, outcome))
    else:
        report.print_apply(result, outcome)


@main.command()
@live_option
@format_option
@friendly
def history(live_url: str | None, fmt: str) -> None:
    """Applied plans recorded in live (schema cmis_diff), newest first."""
    from . import report
    from .apply.executor import history as read_history

    rows = read_history(config.live(live_url).url)
    if fmt == "json":
        report.print_json({"format": "cmis-diff history 2", "applied": rows})
        return
    report.print_history(rows)


@main.group()
def ledger() -> None:
    """The apply ledger in live (schema cmis_diff)."""


@ledger.command("init")
@live_option
@click.option("--grant-to", "grant_to", multiple=True, metavar="ROLE",
              help="Grant ROLE what apply and approve --in-live need (repeatable): use of the schema, reading "
                   "both tables, adding rows (approvals without choosing the approving role).")
@format_option
@friendly
def ledger_init(live_url: str | None, grant_to: tuple[str, ...], fmt: str) -> None:
    """Create the ledger in live if it is missing (for a DBA: the applying role then needs no CREATE
    privilege on the database), check that an existing one is cmis-diff's own, and grant roles."""
    from .apply.ledger import create, locked
    from .connect import connect

    live = config.live(live_url)
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn), \
            locked(conn, "ledger init", live.limits):
        done = create(conn, grant_to)
    if fmt == "json":
        from . import report

        report.print_json({"format": "cmis-diff ledger init 1", "done": done})
        return
    click.echo("; ".join(done) if done else "the ledger exists and is cmis-diff's own; nothing to do")


@main.command()
@desired_option
@live_option
@click.option("--targets", type=click.Path(path_type=Path),
              help="Check many databases: a file with one URL or name=URL per line, or TOML [targets].")
@click.option("--jobs", default=4, show_default=True, help="Targets checked at once (with --targets).")
@click.option("--shard", metavar="I/N", help="Check only the I-th of N slices of the targets (e.g. 2/4).")
@scratch_option
@format_option
@click.option("--report", "report_file", type=click.Path(path_type=Path),
              help="Also write the JSON report (the --format json document) to FILE, atomically.")
@click.option("--out", "old_out", type=click.Path(path_type=Path), hidden=True,
              help="Deprecated name of --report.")
@click.option("--prometheus", type=click.Path(path_type=Path),
              help="Write a node-exporter textfile (drift gauge per target, last-run timestamp).")
@click.option("--strict-column-order", is_flag=True,
              help="Count table columns out of desired's order as drift (by default a cosmetic note: "
                   "PostgreSQL cannot reorder columns in place).")
@click.option("--adopt", is_flag=True,
              help="Write what drift found in live into --desired, as a change to review: objects that differ "
                   "are rewritten where they are, new ones added to their domain file, gone ones removed.")
@timeout_options
@friendly
def drift(desired: Path, live_url: str | None, targets: Path | None, jobs: int, shard: str | None,
          scratch_url: str | None, fmt: str, report_file: Path | None, old_out: Path | None, prometheus: Path | None,
          strict_column_order: bool, adopt: bool, lock_timeout: float, statement_timeout: float) -> None:
    """Is live what desired says? Exit 0 clean, 2 drift, 1 error (the worst target's, for a fleet).

    With --adopt, drift found in live is written into the desired files (exit 2: drift was found)."""
    import time

    from . import remembered

    t0 = time.perf_counter()
    if old_out is not None:
        config.notice("drift --out is deprecated: it is now --report (the JSON report file)")
        report_file = report_file or old_out
    limits = _limits(lock_timeout, statement_timeout)
    if adopt and targets is not None:
        raise CmisDiffError("--adopt writes one live database's drift into --desired; it cannot be used with --targets")
    url = remembered.applicable(live_url, scratch_url) if targets is None and not adopt else None
    # live's signature is read (one read-only round trip, from the command's start: entry.py) while desired
    # is hashed and the rest imported
    signature = entry.signature(url, limits) if url else None

    from . import drift as drift_mod
    from . import report  # it prints the answer too: imported while the signature is read
    from .ignore import load as load_ignore
    from .source.discover import discover

    source = discover(desired)
    rules = load_ignore(source.root)
    inputs = (source.hash, repr(rules.rules), str(strict_column_order))  # all else that shapes the report
    clean = drift_mod.recall_clean(signature, inputs) if signature else None
    if clean is not None:  # live's catalog is what it was at a clean check: that answer again, in one round trip
        _drift_out(drift_mod.document([clean], source.hash, time.perf_counter() - t0), [clean], fmt, report_file,
                   prometheus)
        entry.exit_answered(drift_mod.EXIT["clean"])
    from . import cache

    if targets is not None:
        chosen = drift_mod.shard(drift_mod.read_targets(targets), shard)
    else:
        live = config.live(live_url, limits)
        chosen = [drift_mod.Target("live", live.url)]
    scratch = config.scratch(scratch_url)
    desired_fp = cache.load_fingerprint(cache.desired_key(source, scratch))
    if desired_fp is None:  # not cached yet: build (and cache) the whole desired model now
        from .desired_build import inspect_desired

        built = inspect_desired(source, scratch)[0]
        desired_fp = built.fingerprint
        reports = report.run_drift(chosen, desired_fp, lambda: built, jobs, rules, limits, strict_column_order)
    else:
        def desired_model() -> Inspected:  # only when a target drifted: the pipeline loads then
            from .desired_build import inspect_desired

            return inspect_desired(source, scratch)[0]

        reports = report.run_drift(chosen, desired_fp, desired_model, jobs, rules, limits, strict_column_order)
    if url:
        drift_mod.remember_clean(url, reports[0], inputs)
    doc = drift_mod.document(reports, source.hash, time.perf_counter() - t0)
    adopted = _adopt(desired, live_url, scratch, limits) if adopt and doc["status"] == "drift" else None
    if adopted is not None:
        from .export import summary

        doc["adopted"] = summary.document(adopted)
    _drift_out(doc, reports, fmt, report_file, prometheus)
    if adopted is not None and fmt != "json":
        _print_export(adopted, fmt)
    if adopted is not None and adopted.not_converged:
        raise CmisDiffError(f"adopted drift, but {len(adopted.not_converged)} object(s) of the desired files would "
                            "still differ from live (listed as 'not converged')")
    sys.exit(drift_mod.EXIT[doc["status"]])


def _drift_out(doc: dict[str, Any], reports: list[Any], fmt: str, report_file: Path | None,
               prometheus: Path | None) -> None:
    """drift's report: the files asked for, then stdout (JSON, or text for a person)."""
    import json

    from . import atomic, report
    from . import drift as drift_mod

    if report_file:
        atomic.write(report_file, (json.dumps(doc, indent=2) + "\n").encode(), 0o644)
    if prometheus:
        atomic.write(prometheus, drift_mod.prometheus(reports).encode(), 0o644)
    if fmt == "json":
        report.print_json(doc)
    else:
        report.print_drift(reports)


def _adopt(desired: Path, live_url: str | None, scratch: Any, limits: waits.Limits) -> Any:
    """drift --adopt: an incremental export of live into the desired directory."""
    from .export.run import Options, export_live

    return export_live(config.live(live_url, limits), scratch, Options(desired))


@main.command("export")
@live_option
@click.option("--from-dump", "dump", type=click.Path(path_type=Path), metavar="FILE",
              help="Export a `pg_dump --schema-only` file (loaded into a scratch database) instead of live.")
@click.option("--out", type=click.Path(path_type=Path), required=True, metavar="DIR",
              help="Directory of desired files to write. An existing one is updated in place: only objects "
                   "that differ from the source are rewritten, new ones are added to their domain file.")
@click.option("--domains", type=click.Path(path_type=Path), metavar="FILE",
              help="Domain map (TOML: [[domain]] name, tables = [globs], optional phase and purpose). "
                   "Default: one domain per schema.")
@click.option("--roles", is_flag=True, help="Also write roles.sql: the cluster roles the objects reference.")
@click.option("--no-verify", is_flag=True,
              help="Skip the round trip (loading the files in scratch and diffing them against the source).")
@click.option("--allow-unconverged", is_flag=True,
              help="Exit 0 even if the written files would still differ from the source (they are listed).")
@scratch_option
@timeout_options
@format_option
@friendly
def export_cmd(live_url: str | None, dump: Path | None, out: Path, domains: Path | None, roles: bool,
               no_verify: bool, allow_unconverged: bool, scratch_url: str | None, lock_timeout: float,
               statement_timeout: float, fmt: str) -> None:
    """Write live (or a pg_dump file) as desired files in the seed's layout, or update a directory.

    Exit 0: written (or nothing to change); 1: error, or objects that would not converge.
    """
    from .export.run import Options, export_dump, export_live

    limits = _limits(lock_timeout, statement_timeout)
    if dump is not None and live_url:
        raise CmisDiffError("--from-dump and --live name two sources; give one")
    options = Options(out, domains, roles, verify=not no_verify)
    scratch = config.scratch(scratch_url)
    result = export_dump(dump, scratch, options) if dump is not None else \
        export_live(config.live(live_url, limits), scratch, options)
    _print_export(result, fmt)
    if result.not_converged and not allow_unconverged:
        raise CmisDiffError(f"{len(result.not_converged)} object(s) of the files would still differ from the source "
                            "(listed above as 'not converged'); rerun with --allow-unconverged to accept")


def _print_export(result: Any, fmt: str) -> None:
    from . import report
    from .export import summary

    if fmt == "json":
        report.print_json(summary.document(result))
    else:
        summary.print_text(result, report.console())


@main.command()
@desired_option
@click.option("--live", "live_url", metavar="[URL]", is_flag=False, flag_value="",
              help="Count live instead of --desired: URL, or without one $CMIS_DIFF_LIVE_URL, else $DATABASE_URL, "
                   "else database 'cmis' on the embedded server.")
@scratch_option
@format_option
@friendly
def stats(desired: Path, live_url: str | None, scratch_url: str | None, fmt: str) -> None:
    """Seed-style object counts of --desired (built in scratch) or of --live."""
    from rich.table import Table

    from . import report
    from .connect import connect, mask_url
    from .scratch import scratch_database
    from .source.discover import discover
    from .source.load import load
    from .stats import count

    if live_url is not None:
        live = config.live(live_url or None)
        with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
            counts, label = count(conn), mask_url(live.url)
    else:
        source = discover(desired)
        with scratch_database(config.scratch(scratch_url).url) as url, connect(url, "scratch database") as conn:
            load(conn, source)
            counts, label = count(conn), str(desired)
    if fmt == "json":
        report.print_json({"format": "cmis-diff stats 1", "source": label, "counts": counts})
        return
    table = Table(title=f"CMIS statistics: {label}")
    table.add_column("object")
    table.add_column("count", justify="right")
    for name, n in counts.items():
        table.add_row(name.replace("_", " "), str(n))
    report.console().print(table)


@main.group("server")
def server_group() -> None:
    """The embedded PostgreSQL 18 server (per-user data directory; live is its database `cmis`).

    It starts on demand with the first command that needs it (which says so on stderr) and keeps
    running between commands, so that they are fast; `cmis-diff server stop` stops it.
    """


@server_group.command("start")
@format_option
@friendly
def server_start(fmt: str) -> None:
    """Start the embedded server (nothing to do when it runs)."""
    started: list[str] = []  # told only when this call really started it (another may race us)
    server.start(started.append)
    _print_server(fmt, "started" if started else "already running")


@server_group.command("stop")
@format_option
@friendly
def server_stop(fmt: str) -> None:
    """Stop the embedded server (its data stays; the next command starts it again)."""
    _print_server(fmt, "stopped" if server.stop() else "not running")


@server_group.command("status")
@format_option
@friendly
def server_status(fmt: str) -> None:
    """Whether the embedded server runs. Exit 0 running, 1 not running."""
    running = server.status().running
    _print_server(fmt, "running" if running else "not running")
    sys.exit(EXIT_OK if running else EXIT_ERROR)


@server_group.command("url")
@click.option("--scratch", is_flag=True,
              help="The server's own URL (database postgres: what --scratch-url takes) instead of live's.")
@format_option
@friendly
def server_url(scratch: bool, fmt: str) -> None:
    """The URL of the embedded live database `cmis` (what --live takes), or with --scratch the server's."""
    if not server.status().running:
        raise CmisDiffError("the embedded server is not running (cmis-diff server start)")
    _print_server(fmt, "running", server.url() if scratch else config.embedded_live_url())


def _print_server(fmt: str, state: str, url: str | None = None) -> None:
    st = server.status()
    if fmt == "json":
        from . import report

        report.print_json({"format": "cmis-diff server 1", "state": state, "running": st.running, "pid": st.pid,
                           "data": str(st.pgdata), "url": url})
    elif url is not None:
        click.echo(url)
    else:
        click.echo(f"{state} (pid {st.pid}, data {st.pgdata})" if st.running else f"{state} (data {st.pgdata})")


@main.command()
@live_option
@click.option("--dir", "diffs", type=click.Path(path_type=Path), default=Path("diffs"), show_default=True,
              help="Directory of plan files.")
@format_option
@friendly
def plans(live_url: str | None, diffs: Path, fmt: str) -> None:
    """Plans in diffs/ with their state against live: pending, approved, applied, stale.

    Read from live's ledger (applied) and catalog fingerprint (stale) when live is reachable;
    otherwise judged from the files alone (pending or approved), and said so.
    """
    from . import report
    from .plan import inventory

    live, reason = _live_for_plans(live_url)
    entries = inventory.inventory(diffs, live)
    if fmt == "json":
        report.print_json({"format": "cmis-diff plans 1", "live_checked": live is not None, "live_error": reason,
                           "plans": [e.as_json() for e in entries]})
        return
    report.print_plans(entries, diffs, reason)


def _live_for_plans(live_url: str | None) -> tuple[plan_inventory.Live | None, str | None]:
    """Live's state for judging plans, or (None, why not) when it cannot be reached."""
    from .connect import connect
    from .plan import inventory

    try:
        live = config.live(live_url, waits.Limits())
        with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
            return inventory.read_live(conn), None
    except CmisDiffError as exc:
        return None, str(exc)



def _apply_options(limits: waits.Limits, dry_run: bool, require_live_approval: bool | None = None,
                   four_eyes: bool | None = None) -> ApplyOptions:
    from .apply.executor import ApplyOptions

    return ApplyOptions(limits, dry_run, None, False,
                        config.flag_default("require_live_approval") if require_live_approval is None
                        else require_live_approval,
                        config.flag_default("four_eyes") if four_eyes is None else four_eyes)


@main.command()
@desired_option
@live_option
@scratch_option
@click.option("--dir", "diffs", type=click.Path(path_type=Path), default=Path("diffs"), show_default=True,
              help="Directory of plan files.")
@click.option("--strict-column-order", is_flag=True,
              help="Count table columns out of desired's order as drift (as drift --strict-column-order).")
@timeout_options
@format_option
@friendly
def status(desired: Path, live_url: str | None, scratch_url: str | None, diffs: Path, strict_column_order: bool,
           lock_timeout: float, statement_timeout: float, fmt: str) -> None:
    """Where live stands: drift against desired, its last applied plan, plans waiting in diffs/.

    The declarative twin of migrate:status. Exit 0 clean, 2 drift, 1 error (as drift).
    """
    from . import drift as drift_mod
    from . import report
    from .apply import ledger
    from .connect import connect
    from .desired_build import inspect_desired
    from .ignore import load as load_ignore
    from .plan import inventory
    from .source.discover import discover

    limits = _limits(lock_timeout, statement_timeout)
    source = discover(desired)
    live = config.live(live_url, limits)
    scratch = config.scratch(scratch_url)
    built = inspect_desired(source, scratch)[0]
    drifted = drift_mod.check(drift_mod.Target("live", live.url), built.fingerprint, lambda: built,
                              load_ignore(source.root), limits, strict_column_order)
    with connect(live.url, "live", limits=limits) as conn, waits.explained(live.url, limits, conn):
        rows = ledger.applied_rows(conn)
        now = inventory.read_live(conn)
    last = next((r for r in reversed(rows) if r["result"] in ("applied", "partial")), None)
    waiting = [e for e in inventory.inventory(diffs, now) if e.state in ("pending", "approved", "partial")]
    if fmt == "json":
        report.print_json(report.status_document(drifted, last, waiting))
    else:
        report.print_status(drifted, last, waiting, diffs)
    sys.exit(drift_mod.EXIT[drifted.status])


@main.command()
@live_option
@click.option("--dir", "diffs", type=click.Path(path_type=Path), default=Path("diffs"), show_default=True,
              help="Directory of plan files (where the last applied plan and its rollback script are).")
@click.option("--by", default=None, help="Who approves the rollback (default: the current user name).")
@click.option("--yes", "-y", is_flag=True, help="Approve and apply without asking (on a terminal it asks).")
@click.option("--dry-run", is_flag=True, help="Run the rollback in a transaction and roll it back; approve nothing.")
@click.option("--require-live-approval/--no-require-live-approval", default=None,
              help="As apply: refuse without an approval of the rollback recorded in live.")
@click.option("--four-eyes/--no-four-eyes", default=None, help="As apply: a role other than the applying one.")
@click.option("--allow-hazards", "allow_hazards", default="", metavar="KIND[,KIND]",
              help="Hazard kinds you accept in the rollback (e.g. data-loss: it drops what the plan created, "
                   "with any rows written since); added to its allow-hazards line before it is approved.")
@timeout_options
@format_option
@friendly
def rollback(live_url: str | None, diffs: Path, by: str | None, yes: bool, dry_run: bool,
             require_live_approval: bool | None, four_eyes: bool | None, lock_timeout: float, statement_timeout: float,
             allow_hazards: str, fmt: str) -> None:
    """Approve and apply the rehearsed rollback of live's last applied plan.

    The declarative twin of migrate:rollback. Refused when live has changed since that plan was
    applied (the rollback was made for live as the plan left it): plan again instead.
    """
    import getpass

    from . import report
    from .apply import rollback as back
    from .apply.executor import apply as run_apply
    from .connect import connect
    from .plan import planfile as pf
    from .plan.summary import summarize

    limits = _limits(lock_timeout, statement_timeout)
    live = config.live(live_url, limits)
    with connect(live.url, "live", limits=limits) as conn, waits.explained(live.url, limits, conn):
        found = back.find(conn, diffs)
    who = by or getpass.getuser()
    summary = summarize(found.script, str(found.path))
    question = f"Approve {found.path} as {who} and apply it to {found.script.header.live}?"
    if not _reviewed(found.path, summary, question, yes, fmt):
        raise CmisDiffError(f"{found.path}: not approved, not applied (nothing recorded)")
    if not dry_run:
        pf.approve(found.path, who, _allowed(allow_hazards))
    with progress.step(f"applying {found.path}"):
        result = run_apply(found.path, live.url, options=_apply_options(limits, dry_run, require_live_approval,
                                                                        four_eyes))
    outcome = None if dry_run else report.post_apply_check(found.path, Path("desired"), live, config.scratch(None))
    if fmt == "json":
        report.print_json({**report.apply_document(result, outcome), "format": "cmis-diff rollback 1",
                           "rollback_of": str(found.plan_path), "ledger_row": found.row["id"]})
    else:
        report.print_apply(result, outcome)


@main.command()
@desired_option
@click.option("--live", "live_url", metavar="URL",
              help="The database to reset. Default: $CMIS_DIFF_LIVE_URL, else $DATABASE_URL, else database "
                   "'cmis' on the embedded server (the only one reset without --force).")
@click.option("--force", is_flag=True, help="Reset a database other than the embedded one (all its rows are lost).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask (on a terminal reset asks first).")
@format_option
@friendly
def reset(desired: Path, live_url: str | None, force: bool, yes: bool, fmt: str) -> None:
    """Drop live and build it again from desired: for development databases only.

    The declarative twin of migrate:fresh. The embedded database `cmis` is reset as asked; any
    other database needs --force. Nothing is planned or recorded: the database is new.
    """
    import time

    from . import report
    from .connect import mask_url
    from .reset import reset as run_reset
    from .source.discover import discover

    t0 = time.perf_counter()
    source = discover(desired)
    live = config.live(live_url)
    if not live.embedded and not force:
        raise CmisDiffError(f"refusing to reset {mask_url(live.url)}: it is not the embedded database, and reset "
                            "drops every row (pass --force if this is a development database)")
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if interactive and not yes and not click.confirm(
            f"Drop {mask_url(live.url)} and build it again from {desired}?", default=False, err=True):
        raise CmisDiffError("not reset (nothing changed)")
    with progress.step(f"building {mask_url(live.url)} from {desired}"):
        done = run_reset(live, source)
    if live.embedded:
        config.live(None)  # the embedded live database's own settings (durable commits) again
    seconds = time.perf_counter() - t0
    if fmt == "json":
        report.print_json({"format": "cmis-diff reset 1", "live": done.live, "database": done.database,
                           "owner": done.owner, "statements": done.statements, "desired": str(desired),
                           "seconds": round(seconds, 3)})
    else:
        click.echo(f"Reset {done.live}: dropped and built again from {desired} "
                   f"({report.plural(done.statements, 'statement')}, {seconds:.1f} s)")
