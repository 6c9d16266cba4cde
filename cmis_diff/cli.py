"""cmis-diff command line: parse flags, call the pipeline, print, exit with the documented code."""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__, config, server, waits
from .errors import CmisDiffError

if TYPE_CHECKING:
    from .pipeline import PlanResult

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds like Ctrl-C, so scratch databases are dropped


def friendly(fn: F) -> F:
    """One-line error and exit 1 for every expected failure; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        signal.signal(signal.SIGTERM, _sigterm)
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
              help="Plan file to write. Default: diffs/<UTC time>_<slug>.sql")
@click.option("--no-verify", is_flag=True,
              help="Skip the rehearsal on a schema-only copy of live (order and convergence unproven).")
@click.option("--allow-unconverged", is_flag=True,
              help="Exit 2 even if objects would still differ from desired after the plan (they are listed).")
@timeout_options
@format_option
@friendly
def plan(desired: Path, live_url: str | None, scratch_url: str | None, out: Path | None, no_verify: bool,
         allow_unconverged: bool, lock_timeout: float, statement_timeout: float, fmt: str) -> None:
    """Diff live against desired and write the ALTER script as a plan file.

    Exit 0: no changes (no file written); 2: a plan was written; 1: error.
    """
    from . import report
    from .pipeline import plan as build_plan
    from .source.discover import discover

    limits = _limits(lock_timeout, statement_timeout)
    source = discover(desired)  # bad desired input fails before any server work
    live = config.live(live_url, limits)
    result = build_plan(source, live, config.scratch(scratch_url), verify=not no_verify, with_rollback=True)
    path = rollback_path = None
    if result.changes:
        path, rollback_path = _write_plan_files(result, live.url, out, no_verify)
    if fmt == "json":
        report.print_json(report.plan_summary(result, live.url, path, rollback_path))
    else:
        report.print_plan(result, live.url, path, rollback_path)
    if result.unconverged and not allow_unconverged:
        raise CmisDiffError(f"{len(result.unconverged)} object(s) would still differ from desired after this plan "
                            "(listed above as 'not converged'); rerun with --allow-unconverged to accept")
    sys.exit(EXIT_CHANGES if result.changes else EXIT_OK)


def _not_converged_lines(unconverged: list[tuple[str, str, str]]) -> dict[str, str]:
    """Plan header lines naming what would still differ after the plan."""
    return {f"not-converged-{i}": f"{k} {o} ({w})" for i, (k, o, w) in enumerate(unconverged, 1)}


def _write_plan_files(result: PlanResult, live_url: str, out: Path | None,
                     no_verify: bool) -> tuple[Path, Path | None]:
    """The plan file, and beside it the rollback script when the rehearsal produced one."""
    from . import report
    from .connect import mask_url
    from .plan import planfile
    from .render import names

    live = names.text(mask_url(live_url))  # a URL is the user's, yet may hold any character
    extra = {"verified": report.verified_note(result, no_verify)}
    extra.update(_not_converged_lines(result.unconverged))
    header = planfile.header_for(live, result.live.fingerprint, result.desired_hash, result.tool, result.changes,
                                 result.prerequisites, extra, target=result.target, last_applied=result.last_applied)
    path = planfile.write(Path("diffs"), planfile.render(header, result.changes), result.changes, out)
    rollback = result.rollback
    if rollback is None or rollback.error or not rollback.changes:
        return path, None
    back_extra = {"rollback-of": names.text(path.name),
                  "verified": "yes, rehearsed after the plan on the same copy of live"}
    back_extra.update(_not_converged_lines(rollback.unconverged))
    # the rollback's desired state is live as it was: its fingerprint stands in for a desired hash
    back_header = planfile.header_for(live, rollback.after_fingerprint, result.live.fingerprint.digest,
                                      result.tool, rollback.changes, (), back_extra, target=result.target,
                                      last_applied=result.last_applied)
    back_path = path.with_name(path.stem + ".rollback.sql")
    planfile.write(path.parent, planfile.render(back_header, rollback.changes), rollback.changes, back_path)
    return path, back_path


@main.command()
@click.argument("planfile", type=click.Path(path_type=Path))
@click.option("--by", default=None, help="Who approves (default: the current user name).")
@click.option("--in-live", is_flag=True,
              help="Also record the approval in live's ledger (cmis_diff.approvals) under the database role you "
                   "connect as (session_user), for apply --require-live-approval / --four-eyes.")
@live_option
@friendly
def approve(planfile: Path, by: str | None, in_live: bool, live_url: str | None) -> None:
    """Show PLANFILE and record approval of the whole file (header and statements)."""
    import getpass

    from rich.syntax import Syntax

    from . import report
    from .plan import planfile as pf

    text = pf.read(planfile)
    out = report.console()
    out.print(Syntax(text.header_text + "\n" + text.statements_text, "sql", word_wrap=True))
    who = by or getpass.getuser()
    if in_live:
        from .apply.approvals import approve_in_live

        role = approve_in_live(config.live(live_url), text, str(planfile), who)
        out.print(f"Approval recorded in live's ledger under the role {role}")
    approved = pf.approve(planfile, who)
    out.print(f"Approved {planfile}: {approved.header.approved}")


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
@friendly
def apply(planfile: Path, live_url: str | None, lock_timeout: float, statement_timeout: float, dry_run: bool,
          role: str | None, allow_other_target: bool, require_live_approval: bool | None, four_eyes: bool | None,
          desired: Path) -> None:
    """Run an approved, unedited, not-stale PLANFILE on live, all or nothing, then verify."""
    from . import report
    from .apply.executor import ApplyOptions
    from .apply.executor import apply as run_apply

    limits = _limits(lock_timeout, statement_timeout)
    options = ApplyOptions(limits, dry_run, role, allow_other_target,
                           config.flag_default("require_live_approval") if require_live_approval is None
                           else require_live_approval,
                           config.flag_default("four_eyes") if four_eyes is None else four_eyes)
    live = config.live(live_url, limits)
    result = run_apply(planfile, live.url, options=options)
    out = report.console()
    if dry_run:
        out.print(f"Dry run of {result.plan_file}: {result.statements} statements (rolled back)")
        for t in result.timings:
            out.print(f"  {t.index:4d} {t.seconds * 1000:9.1f} ms  {t.sql.strip().splitlines()[0][:90]}")
        return
    if result.reapplied is not None:
        out.print(f"Live was back at its state before this plan's earlier application (ledger row "
                  f"{result.reapplied}): its effect had been undone, so it was applied again.")
    if result.other_target is not None:
        out.print(f"Applied to another target than planned ({result.other_target}), as --allow-other-target allows "
                  "(recorded in the ledger).")
    verb = "Resumed and finished" if result.resumed else "Applied"
    out.print(f"{verb} {result.plan_file}: {result.statements} statements")
    report.print_post_apply(report.post_apply_check(planfile, desired, live, config.scratch(None)))


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
    out = report.console()
    if not rows:
        out.print("No plan was ever applied to this database.")
    for r in rows:
        out.print(f"{r['id']:4} {str(r['started_at'])[:19]}  {r['result']!s:8} {r['plan_file']}  "
                  f"by {r['applied_by']} as {r['db_role']}; {r['approved'] or 'unapproved'}", markup=False)
        if r["error"]:
            out.print(f"     {r['error']}", markup=False)


@main.group()
def ledger() -> None:
    """The apply ledger in live (schema cmis_diff)."""


@ledger.command("init")
@live_option
@click.option("--grant-to", "grant_to", multiple=True, metavar="ROLE",
              help="Grant ROLE what apply and approve --in-live need (repeatable): use of the schema, reading "
                   "both tables, adding rows (approvals without choosing the approving role).")
@friendly
def ledger_init(live_url: str | None, grant_to: tuple[str, ...]) -> None:
    """Create the ledger in live if it is missing (for a DBA: the applying role then needs no CREATE
    privilege on the database), check that an existing one is cmis-diff's own, and grant roles."""
    from .apply.ledger import create, locked
    from .connect import connect

    live = config.live(live_url)
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn), \
            locked(conn, "ledger init", live.limits):
        done = create(conn, grant_to)
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
@click.option("--out", type=click.Path(path_type=Path), help="Also write the JSON report to FILE (atomically).")
@click.option("--prometheus", type=click.Path(path_type=Path),
              help="Write a node-exporter textfile (drift gauge per target, last-run timestamp).")
@click.option("--adopt", is_flag=True,
              help="Write what drift found in live into --desired, as a change to review: objects that differ "
                   "are rewritten where they are, new ones added to their domain file, gone ones removed.")
@timeout_options
@friendly
def drift(desired: Path, live_url: str | None, targets: Path | None, jobs: int, shard: str | None,
          scratch_url: str | None, fmt: str, out: Path | None, prometheus: Path | None, adopt: bool,
          lock_timeout: float, statement_timeout: float) -> None:
    """Is live what desired says? Exit 0 clean, 2 drift, 1 error (the worst target's, for a fleet).

    With --adopt, drift found in live is written into the desired files (exit 2: drift was found)."""
    import json
    import time

    from . import cache, report
    from . import drift as drift_mod
    from .pipeline import desired_cache_key, inspect_desired
    from .source.discover import discover

    t0 = time.perf_counter()
    limits = _limits(lock_timeout, statement_timeout)
    source = discover(desired)
    if adopt and targets is not None:
        raise CmisDiffError("--adopt writes one live database's drift into --desired; it cannot be used with --targets")
    if targets is not None:
        chosen = drift_mod.shard(drift_mod.read_targets(targets), shard)
    else:
        live = config.live(live_url)
        chosen = [drift_mod.Target("live", live.url)]
    from .ignore import load as load_ignore

    rules = load_ignore(source.root)
    scratch = config.scratch(scratch_url)
    desired_fp = cache.load_fingerprint(desired_cache_key(source, scratch))
    if desired_fp is None:  # not cached yet: build (and cache) the whole desired model now
        built = inspect_desired(source, scratch)[0]
        desired_fp = built.fingerprint
        reports = report.run_drift(chosen, desired_fp, lambda: built, jobs, rules, limits)
    else:
        reports = report.run_drift(chosen, desired_fp, lambda: inspect_desired(source, scratch)[0], jobs, rules,
                                   limits)
    doc = drift_mod.document(reports, source.hash, time.perf_counter() - t0)
    adopted = _adopt(desired, live_url, scratch, limits) if adopt and doc["status"] == "drift" else None
    if adopted is not None:
        from .export import summary

        doc["adopted"] = summary.document(adopted)
    if out:
        drift_mod.write_atomic(out, json.dumps(doc, indent=2) + "\n")
    if prometheus:
        drift_mod.write_atomic(prometheus, drift_mod.prometheus(reports))
    if fmt == "json":
        report.print_json(doc)
    else:
        report.print_drift(reports)
        if adopted is not None:
            _print_export(adopted, fmt)
    if adopted is not None and adopted.not_converged:
        raise CmisDiffError(f"adopted drift, but {len(adopted.not_converged)} object(s) of the desired files would "
                            "still differ from live (listed as 'not converged')")
    sys.exit(drift_mod.EXIT[doc["status"]])


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
@click.option("--live", "live_url", metavar="URL", help="Count this live database instead of --desired.")
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

    if live_url:
        limits = waits.Limits()
        with connect(live_url, "live", limits=limits) as conn, waits.explained(live_url, limits, conn):
            counts, label = count(conn), mask_url(live_url)
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


@main.command()
@click.argument("action", type=click.Choice(["start", "stop", "status", "url"]))
@friendly
def server_cmd(action: str) -> None:
    """Manage the embedded PostgreSQL 18 server (per-user data directory)."""
    if action == "start":
        click.echo(server.start())
    elif action == "stop":
        click.echo("stopped" if server.stop() else "not running")
    elif action == "status":
        st = server.status()
        click.echo(f"running (pid {st.pid}) data {st.pgdata}" if st.running else f"not running, data {st.pgdata}")
        sys.exit(EXIT_OK if st.running else EXIT_ERROR)
    else:
        if not server.status().running:
            raise CmisDiffError("the embedded server is not running (cmis-diff server start)")
        click.echo(server.url())


server_cmd.name = "server"
