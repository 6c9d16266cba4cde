"""Rehearse a plan before it is written: apply it to a schema-only copy of live in scratch.

The rehearsal proves the plan applies, fixes its order where the engine got it wrong (a
statement that fails because something it needs comes later in the plan is moved after it, as
the desired loader does), leaves out what no order can make work (a type change without a cast,
an extension downgrade) and reports every object whose catalog entry still differs from desired
afterwards ("not converged", with the reason) -- so a plan never claims to do what it does not.

The copy (LiveCopy) also serves the statements that must run before the rest of the plan can be
worked out (prepare: extensions moved between schemas, objects dropped to be re-created), and the
rollback's rehearsal, which starts where the plan leaves the copy.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace

import psycopg

from .catalog import fingerprint
from .catalog.inspect import Inspected
from .config import Endpoint
from .connect import connect
from .diff import rebuild
from .diff.changes import Action, Change
from .diff.compare import extensions
from .errors import CmisDiffError
from .oracle import raw_schema_dump, strip_psql_meta
from .order import graph
from .render import names
from .scratch import scratch_database
from .source.discover import DesiredSource
from .source.load import MISSING_DEPENDENCY, run_roles

# a drop that something else still needs (it is dropped later in the plan)
_RETRYABLE = MISSING_DEPENDENCY | {"2BP01"}


@dataclass(frozen=True)
class Rollback:
    """The plan back from desired to live as it was, computed and rehearsed the same way."""

    changes: list[Change]
    after_fingerprint: fingerprint.Fingerprint  # live as the plan leaves it: the rollback's starting point
    unconverged: list[tuple[str, str, str]]
    error: str | None = None  # why there is no rollback script
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # cosmetic differences (column order)


@dataclass(frozen=True)
class Rehearsal:
    changes: list[Change]  # in an order proven to apply
    reordered: int  # how many statements had to move
    unconverged: list[tuple[str, str, str]]  # (kind, identity, missing|extra|differs...|why left out)
    rollback: Rollback | None = None
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # cosmetic differences (column order)


def _live_schema_sql(live: Endpoint) -> str:
    dump = raw_schema_dump(live.url, "cannot copy the live schema for rehearsal: pg_dump", live.limits)
    # pg_dump empties search_path, but pg_get_triggerdef cannot schema-qualify the operator that
    # IS DISTINCT FROM uses (e.g. on ltree): such a dump does not restore. Keep the default path.
    return "\n".join(line for line in strip_psql_meta(dump).split("\n")
                     if not line.startswith("SELECT pg_catalog.set_config('search_path', '', false)"))


def _message(exc: psycopg.Error) -> str:
    return (exc.diag.message_primary or str(exc)).strip().splitlines()[0]


def _does_not_apply(change: Change, exc: psycopg.Error) -> CmisDiffError:
    return CmisDiffError(f"plan does not apply (rehearsal on a copy of live): {_message(exc)} "
                         f"in: {change.sql.strip().splitlines()[0][:100]}")


_JOIN = ";\n"


def _try(conn: psycopg.Connection, changes: list[Change]) -> psycopg.Error | None:
    """Run statements under a savepoint; on failure roll back to it and return the error."""
    try:
        with conn.transaction():
            conn.execute(_JOIN.join(c.sql for c in changes).encode())
        return None
    except psycopg.Error as exc:
        return exc


def _failing_index(exc: psycopg.Error, changes: list[Change]) -> int | None:
    """Which statement of a batch failed, from the error's position in the batch text."""
    position = exc.diag.statement_position
    if not position:
        return None
    offset = int(position) - 1
    for i, change in enumerate(changes):
        offset -= len(change.sql) + len(_JOIN)
        if offset < 0:
            return i
    return None


@dataclass
class _Run:
    done: list[Change] = field(default_factory=list)  # applied, in this order
    deferred: list[Change] = field(default_factory=list)  # failed for want of a later statement
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # not converged: (kind, identity, why)


def _unplannable(change: Change, exc: psycopg.Error) -> str | None:
    """Why a statement no order can make work is left out of the plan (and reported): a type
    change without a cast (it needs a USING expression a person must write) or an extension
    version with no update path (e.g. a downgrade)."""
    if change.kind == "column" and exc.sqlstate in ("42846", "42804"):
        return f"needs a USING expression ({names.text(_message(exc))}): add the ALTER ... USING to the plan and " \
            "approve it"
    if change.kind == "extension" and exc.sqlstate == "22023":
        return f"cannot be converged in place: {names.text(_message(exc))}"
    return None


def _bisect(conn: psycopg.Connection, changes: list[Change], run: _Run) -> None:
    """Apply what applies in this order. A failing batch is cut at the statement the error points
    at (the part before it is re-run, the failing one set aside); without a position it is split
    in halves. So each statement that fails costs about one re-run of the statements before it."""
    while changes:
        exc = _try(conn, changes)
        if exc is None:
            run.done.extend(changes)
            return
        if len(changes) == 1:
            why = _unplannable(changes[0], exc)
            if why is not None:
                # named as the fingerprint names it (quoted SQL), so that its difference is matched
                run.skipped.append((changes[0].kind, names.qualified(*changes[0].parts) or changes[0].label, why))
            elif exc.sqlstate in _RETRYABLE:
                run.deferred.append(changes[0])
            else:
                raise _does_not_apply(changes[0], exc)
            return
        k = _failing_index(exc, changes)
        if k is None:
            half = len(changes) // 2
            _bisect(conn, changes[:half], run)
            changes = changes[half:]
            continue
        _bisect(conn, changes[:k], run)
        _bisect(conn, changes[k:k + 1], run)
        changes = changes[k + 1:]


def _apply_in_order(conn: psycopg.Connection, changes: list[Change]) -> tuple[_Run, int]:
    """Apply in one transaction, as `apply` will. Statements that fail because something they need
    comes later are deferred and retried after the rest, until all have applied or none makes
    progress. Returns what applied (in that order) and what was left out, and how many moved."""
    run = _Run()
    with conn.transaction():
        _bisect(conn, changes, run)
        moved = len(run.deferred)
        while run.deferred:
            retry, run.deferred = run.deferred, []
            _bisect(conn, retry, run)
            if len(run.deferred) == len(retry):
                exc = _try(conn, run.deferred[:1])
                assert exc is not None
                raise _does_not_apply(run.deferred[0], exc)
    return run, moved


def _rediff(conn: psycopg.Connection, first: list[Change], target: Inspected,
            keep: Callable[[Change], bool]) -> tuple[list[Change], Inspected]:
    """Run `first` on conn (a copy), then the diff from there to target."""
    from .catalog.inspect import inspect
    from .diff.engine import diff

    try:
        conn.execute(_JOIN.join(c.sql for c in first).encode())
    except psycopg.Error as exc:
        raise CmisDiffError(f"plan does not apply (rehearsal on a copy of live): {_message(exc)}") from None
    current = inspect(conn)
    return [c for c in diff(current, target) if keep(c)], current


def prepare(conn: psycopg.Connection, changes: list[Change], current: Inspected, target: Inspected,
            keep: Callable[[Change], bool] = lambda c: True) -> tuple[list[Change], list[Change]]:
    """(first, rest): the plan when some statements must run first and change how the rest must
    look -- extensions moved to another schema (their types move with them) and objects that must
    be dropped and re-created around what they depend on (diff/rebuild.py). The first ones are run
    on `conn` (a copy in the state `current`), which is then diffed again: dropped objects come
    back through the ordinary diff, with their grants, comments and owners. With nothing to run
    first: ([], changes), untouched."""
    first = extensions.moves(current, target)
    if first:
        changes, current = _rediff(conn, first, target, keep)
    drops = rebuild.drops(conn, changes, current, target)
    if drops:
        changes, _ = _rediff(conn, drops, target, keep)
        changes = _say_why(changes, drops)
    return first + drops, changes


def _say_why(changes: list[Change], drops: list[Change]) -> list[Change]:
    """Mark the statements that create again what a rebuild dropped, with the drop's reason."""
    why = {(d.kind, graph.key_of(d)): d.why.replace("dropped to be re-created", "re-created", 1) for d in drops}
    return [replace(c, why=why[(c.kind, graph.key_of(c))])
            if c.action is Action.CREATE and not c.why and (c.kind, graph.key_of(c)) in why else c
            for c in changes]


def _with_reasons(differences: list[tuple[str, str, str]],
                  skipped: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Fingerprint differences, with the reason where a statement was left out for one."""
    return skipped + [d for d in differences if (d[0], d[1]) not in {(k, i) for k, i, _ in skipped}]


def _rehearse_rollback(conn: psycopg.Connection, live: Inspected, desired: Inspected, converged: bool,
                       back: list[Change] | None, strict_column_order: bool) -> Rollback:
    """On the rehearsal database as the plan left it: diff back to live, apply, compare. When the
    plan converged, the database is desired (fingerprint-equal), so desired's model stands in for
    inspecting it again (a second full inspection costs about a second on CMIS), and `back`, the
    diff from desired to live worked out while the copy was restoring, is the rollback."""
    from .catalog.inspect import inspect
    from .diff.engine import diff

    after = desired if converged else inspect(conn)
    back = back if converged and back is not None else diff(after, live)
    try:
        first, back = prepare(conn, back, after, live)  # nothing to run first: ([], back)
        run, _ = _apply_in_order(conn, back)  # the first ones have run on conn
    except CmisDiffError as exc:
        return Rollback([], after.fingerprint, [], error=str(exc))
    differences, notes = fingerprint.compare(fingerprint.read(conn), live.fingerprint, strict_column_order)
    return Rollback(first + run.done, after.fingerprint, _with_reasons(differences, run.skipped), notes=notes)


def _filled_copy(live: Endpoint, url: str, source: DesiredSource) -> psycopg.Connection:
    schema_sql = _live_schema_sql(live)
    conn = connect(url, "copy of live")
    try:
        if source.roles is not None:
            run_roles(conn, source.roles)
        conn.execute(schema_sql.encode())
        conn.execute("RESET ALL")  # the dump empties search_path; the plan runs with the defaults
    except psycopg.Error as exc:
        conn.close()
        raise CmisDiffError(f"cannot copy the live schema to the scratch server: {_message(exc)}") from None
    return conn


class LiveCopy:
    """A scratch database holding live's schema (pg_dump's own SQL, no data), made on first use
    or ahead of it by start(): it is filled in a background thread, so the restore runs on the
    scratch server while live is inspected and diffed. Dropped on exit, whatever happened (a
    restore still under way is cut off by the forced drop)."""

    def __init__(self, live: Endpoint, source: DesiredSource, scratch: Endpoint) -> None:
        self._args = (live, source, scratch)
        self._stack = ExitStack()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmis-diff-copy")
        self._future: Future[psycopg.Connection] | None = None

    def start(self) -> None:
        if self._future is None:
            live, source, scratch = self._args
            url = self._stack.enter_context(scratch_database(scratch.url))
            self._future = self._pool.submit(_filled_copy, live, url, source)

    def conn(self) -> psycopg.Connection:
        self.start()
        assert self._future is not None
        return self._future.result()

    def __enter__(self) -> LiveCopy:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._stack.close()  # drops the database
        finally:
            self._pool.shutdown(wait=True)
            if self._future is not None and not self._future.cancelled() and self._future.exception() is None:
                self._future.result().close()


def rehearse(conn: psycopg.Connection, changes: list[Change], desired: Inspected,
             live: Inspected | None = None, back: list[Change] | None = None,
             strict_column_order: bool = False) -> Rehearsal:
    """Apply the plan to `conn`, a copy of live's schema (with any statements that run first
    already run); with `live`, also compute and rehearse the rollback (`back`: desired -> live,
    if already diffed). Columns out of desired's order are notes unless strict_column_order."""
    run, moved = _apply_in_order(conn, changes)
    after = fingerprint.read(conn)
    unconverged, notes = fingerprint.compare(after, desired.fingerprint, strict_column_order)
    identical = after.objects == desired.fingerprint.objects  # desired's model then stands in for the copy's
    rollback = _rehearse_rollback(conn, live, desired, identical, back, strict_column_order) \
        if live is not None else None
    return Rehearsal(run.done, moved, _with_reasons(unconverged, run.skipped), rollback, notes)
