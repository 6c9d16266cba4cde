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
from contextlib import ExitStack, nullcontext, suppress
from dataclasses import dataclass, field, replace
from typing import Any

import psycopg
from pglast import ast, parse_sql
from pglast.enums import AlterTableType as AT
from pglast.enums import ObjectType
from pglast.stream import RawStream
from psycopg import sql
from psycopg.pq import TransactionStatus

from . import copies
from .catalog import ANALYZE_CATALOGS, OUTGROWN, fingerprint, session
from .catalog.inspect import Inspected
from .config import Endpoint
from .connect import connect
from .diff import rebuild
from .diff.changes import Action, Change
from .diff.classify import relation, tree
from .diff.compare import extensions
from .errors import CmisDiffError
from .oracle import raw_schema_dump, strip_psql_meta
from .order import graph
from .render import names
from .render.online import after_commit
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
    rewritten: frozenset[tuple[str, str]] = frozenset()  # tables it rewrites (rehearsed)
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # cosmetic differences (column order)


@dataclass(frozen=True)
class Rehearsal:
    changes: list[Change]  # in an order proven to apply
    reordered: int  # how many statements had to move
    unconverged: list[tuple[str, str, str]]  # (kind, identity, missing|extra|differs...|why left out)
    rollback: Rollback | None = None
    rewritten: frozenset[tuple[str, str]] = frozenset()  # tables the plan rewrote (a new relfilenode)
    bounds: dict[tuple[str, str], str] = field(default_factory=dict)  # partitions attached: their new constraint
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # cosmetic differences (column order)
    locks: int = 0  # lock table entries the plan's transaction held (see waits.lock_room)


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


def _sql(change: Change) -> str:
    """A statement as the rehearsal runs it: all in one transaction, so an index built or dropped
    CONCURRENTLY (after the commit, in apply) is rehearsed without it."""
    st = tree(change.sql)
    if not (isinstance(st, (ast.IndexStmt, ast.DropStmt)) and st.concurrent):
        return change.sql
    mine: Any = parse_sql(change.sql)[0].stmt
    mine.concurrent = False
    return str(RawStream()(mine))


def _try(conn: psycopg.Connection, changes: list[Change]) -> psycopg.Error | None:
    """Run statements under a savepoint; on failure roll back to it and return the error."""
    try:
        with conn.transaction():
            conn.execute(_JOIN.join(_sql(c) for c in changes).encode())
        return None
    except psycopg.Error as exc:
        return exc


def _explicit_cast(change: Change, exc: psycopg.Error) -> Change | None:
    """A type change refused for want of an assignment cast, with the explicit cast the engine would
    have written (`USING col::type`: it rejects what does not convert). Where an assignment cast
    exists we write no USING, so that PostgreSQL refuses a value rather than a cast truncating it."""
    st: Any = tree(change.sql)
    cmds: Any = getattr(st, "cmds", None) or ()
    if exc.sqlstate != "42804" or not isinstance(st, ast.AlterTableStmt) or len(cmds) != 1 or \
            cmds[0].subtype != AT.AT_AlterColumnType or cmds[0].def_.raw_default is not None:
        return None
    mine: Any = parse_sql(change.sql)[0].stmt
    cmd = mine.cmds[0]
    cmd.def_.raw_default = ast.TypeCast(arg=ast.ColumnRef(fields=(ast.String(sval=cmd.name),)),
                                        typeName=cmd.def_.typeName)
    return replace(change, sql=names.printable_sql(str(RawStream()(mine))),
                   why="no assignment cast to the new type: converted with an explicit cast (a value that does not "
                       "convert makes apply fail)")


def _failing_index(exc: psycopg.Error, changes: list[Change]) -> int | None:
    """Which statement of a batch failed, from the error's position in the batch text."""
    position = exc.diag.statement_position
    if not position:
        return None
    offset = int(position) - 1
    for i, change in enumerate(changes):
        offset -= len(_sql(change)) + len(_JOIN)
        if offset < 0:
            return i
    return None


@dataclass
class _Run:
    done: list[Change] = field(default_factory=list)  # applied, in this order
    deferred: list[Change] = field(default_factory=list)  # failed for want of a later statement
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # not converged: (kind, identity, why)
    locks: int = 0  # lock table entries the transaction held at its end (apply needs as many on live)


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
            fallback = _explicit_cast(changes[0], exc)
            if fallback is not None and _try(conn, [fallback]) is None:
                run.done.append(fallback)
                return
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


def _check_phases(done: list[Change]) -> None:
    """Apply runs every transactional statement before those after the commit: a statement the
    rehearsal had to move behind one of the latter would fail there. Refuse that plan."""
    late = next((c for c in done if after_commit(c)), None)
    if late is None:
        return
    behind = [c for c in done[done.index(late):] if not after_commit(c)]
    if behind:
        raise CmisDiffError(f"plan does not apply in two phases: {behind[0].kind} {behind[0].label} needs {late.kind} "
                            f"{late.label}, which runs "
                            "after the commit (an online form); plan again with --no-online")


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
        run.locks = _locks_held(conn)
    return run, moved


def _locks_held(conn: psycopg.Connection) -> int:
    """Entries of the shared lock table this session holds (fast-path locks take none)."""
    row = conn.execute("SELECT count(*) FROM pg_catalog.pg_locks WHERE pid = pg_catalog.pg_backend_pid() "
                       "AND NOT fastpath").fetchone()
    return int(row[0]) if row else 0


def _rediff(conn: psycopg.Connection, first: list[Change], target: Inspected,
            keep: Callable[[Change], bool]) -> tuple[list[Change], Inspected]:
    """Run `first` on conn (a copy), then the diff from there to target."""
    from .diff.engine import diff

    try:
        conn.execute(_JOIN.join(c.sql for c in first).encode())
    except psycopg.Error as exc:
        raise CmisDiffError(f"plan does not apply (rehearsal on a copy of live): {_message(exc)}") from None
    current = _inspect_copy(conn)
    return [c for c in diff(current, target) if keep(c)], current


def _inspect_copy(conn: psycopg.Connection) -> Inspected:
    """Inspect the copy as the plan has changed it so far. Our model reads the rarer kinds with
    pg_dump, another session, which sees only what is committed (and waits for the locks held):
    the rehearsal's transaction is committed first (the copy is then not kept: copies.keep)."""
    from .catalog.inspect import inspect

    if conn.info.transaction_status == TransactionStatus.INTRANS:
        conn.execute("COMMIT")
    return inspect(conn)


def prepare(conn: psycopg.Connection, changes: list[Change], current: Inspected, target: Inspected,
            keep: Callable[[Change], bool] = lambda c: True,
            renames: list[Change] | None = None) -> tuple[list[Change], list[Change]]:
    """(first, rest): the plan when some statements must run first and change how the rest must
    look -- renames (desired/renames.toml), extensions moved to another schema (their types move
    with them) and objects that must be dropped and re-created around what they depend on
    (diff/rebuild.py). The first ones are run on `conn` (a copy in the state `current`), which is
    then diffed again: dropped objects come back through the ordinary diff, with their grants,
    comments and owners. With nothing to run first: ([], changes), untouched."""
    first = (renames or []) + extensions.moves(current, target)
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
                       back: list[Change] | None, shaping: Shaping, strict_column_order: bool) -> Rollback:
    """On the rehearsal database as the plan left it: diff back to live, apply, compare. When the
    plan converged, the database is desired (fingerprint-equal), so desired's model stands in for
    inspecting it again (a second full inspection costs about a second on CMIS), and `back`, the
    diff from desired to live worked out while the copy was restoring, is the rollback."""
    from .diff.engine import diff

    after = desired if converged else _inspect_copy(conn)
    back = back if converged and back is not None and not shaping.undo else diff(after, live)
    try:
        first, back = prepare(conn, back, after, live, renames=shaping.undo)  # nothing to run first: ([], back)
        before = _relfilenodes(conn)
        run, _ = _apply_in_order(conn, shaping.shape(back, after))  # the first ones have run on conn
    except CmisDiffError as exc:
        return Rollback([], after.fingerprint, [], error=str(exc))
    differences, notes = fingerprint.compare(fingerprint.read(conn), live.fingerprint, strict_column_order)
    return Rollback(first + run.done, after.fingerprint, _with_reasons(differences, run.skipped),
                    rewritten=_rewritten(before, _relfilenodes(conn)), notes=notes)


def _filled_copy(live: Endpoint, url: str, source: DesiredSource,
                 to_keep: bool) -> tuple[psycopg.Connection, str | None]:
    """The restored copy, and its own signature when it may be kept (copies.keep checks it)."""
    schema_sql = _live_schema_sql(live)
    conn = connect(url, "copy of live")
    try:
        if source.roles is not None:
            run_roles(conn, source.roles)
        conn.execute(schema_sql.encode())
        conn.execute("RESET ALL")  # the dump empties search_path; the plan runs with the defaults
        conn.execute(ANALYZE_CATALOGS)  # the rehearsal reads the copy's catalog
        return conn, fingerprint.read_signature(conn, local=True) if to_keep else None
    except psycopg.Error as exc:
        conn.close()
        raise CmisDiffError(f"cannot copy the live schema to the scratch server: {_message(exc)}") from None


class LiveCopy:
    """A scratch database holding live's schema (pg_dump's own SQL, no data), made on first use
    or ahead of it by start(): it is filled in a background thread, so the restore runs on the
    scratch server while live is inspected and diffed. Everything the plan does on it runs in one
    transaction, rolled back at the end: on the embedded server, given live's signed state
    (`live_signed`, cache.live_fingerprint), the copy is then kept for the next plans of the same
    live (copies.py), and a kept one is used instead of restoring. Otherwise it is dropped on exit,
    whatever happened (a restore still under way is cut off by the forced drop)."""

    def __init__(self, live: Endpoint, source: DesiredSource, scratch: Endpoint,
                 live_signed: str | None = None) -> None:
        self._args = (live, source, scratch)
        self._key = copies.key(live_signed, source.roles.text if source.roles else "", scratch.url) \
            if live_signed and scratch.embedded else None
        self._stack = ExitStack()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmis-diff-copy")
        self._future: Future[tuple[psycopg.Connection, str | None]] | None = None
        self._used = False  # the rehearsal's transaction began on the copy

    def start(self) -> None:
        if self._future is not None:
            return
        live, source, scratch = self._args
        kept = copies.claim(scratch.url, self._key) if self._key else None
        if kept is not None:
            self._future = Future()
            self._future.set_result((kept, None))
            return
        url = self._stack.enter_context(scratch_database(scratch.url))
        self._future = self._pool.submit(_filled_copy, live, url, source, self._key is not None)

    def conn(self) -> psycopg.Connection:
        """The copy, in the transaction that every use of it runs in (rolled back at the end)."""
        self.start()
        assert self._future is not None
        conn = self._future.result()[0]
        if not self._used:  # by hand, not conn.transaction(): _inspect_copy may have to commit it
            conn.execute("BEGIN")
            self._used = True
        return conn

    def __enter__(self) -> LiveCopy:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        done = self._future is not None and self._future.done() and not self._future.cancelled() \
            and self._future.exception() is None
        conn, restored = self._future.result() if done and self._future else (None, None)
        try:
            if conn is not None and conn.info.transaction_status != TransactionStatus.IDLE:
                with suppress(psycopg.Error) if exc_type is not None else nullcontext():  # the error to report
                    conn.execute("ROLLBACK")  # the copy is as restored (unless _inspect_copy committed)
            if conn is not None and restored is not None and exc_type is None and self._key:
                with suppress(psycopg.Error, CmisDiffError, OSError):  # not kept: dropped below, as ever
                    copies.keep(self._args[2].url, self._key, conn, restored)  # renamed: the drop misses it
        finally:
            self._stack.close()  # drops the fresh database unless it was kept
            self._pool.shutdown(wait=True)
            if conn is not None:
                conn.close()


@dataclass(frozen=True)
class Shaping:
    """How the rollback is made like the plan: its statements' final form (online forms) from the
    catalog it starts from, and the renames it undoes first."""

    shape: Callable[[list[Change], Inspected], list[Change]] = lambda changes, current: changes
    undo: list[Change] = field(default_factory=list)


def _relfilenodes(conn: psycopg.Connection) -> dict[int, tuple[int, str, str, list[tuple[str, str]]]]:
    """oid -> (relfilenode, schema, name, the partitioned tables above it) of every table."""
    rows = conn.execute("""SELECT c.oid, c.relfilenode, n.nspname, c.relname,
                                  ARRAY(SELECT ARRAY[an.nspname::text, a.relname::text]
                                          FROM pg_partition_ancestors(c.oid) x JOIN pg_class a ON a.oid = x.relid
                                          JOIN pg_namespace an ON an.oid = a.relnamespace WHERE a.oid <> c.oid)
                             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE c.relkind IN ('r', 'm')""").fetchall()
    return {r[0]: (r[1], r[2], r[3], [(a[0], a[1]) for a in r[4]]) for r in rows}


def _rewritten(before: dict[int, tuple[int, str, str, list[tuple[str, str]]]],
               after: dict[int, tuple[int, str, str, list[tuple[str, str]]]]) -> frozenset[tuple[str, str]]:
    """Tables whose storage the plan replaced (a rewrite), named as after the plan, with the
    partitioned tables above a rewritten partition."""
    out: set[tuple[str, str]] = set()
    for oid, (node, schema, name, above) in after.items():
        if oid in before and before[oid][0] != node:
            out |= {(schema, name), *above}
    return frozenset(out)


def rehearse(conn: psycopg.Connection, changes: list[Change], desired: Inspected,
             live: Inspected | None = None, back: list[Change] | None = None,
             shaping: Shaping | None = None, strict_column_order: bool = False) -> Rehearsal:
    """Apply the plan to `conn`, a copy of live's schema (with any statements that run first
    already run); with `live`, also compute and rehearse the rollback (`back`: desired -> live,
    if already diffed). Which tables the plan rewrites is seen there too: their storage changes.
    Columns out of desired's order are notes unless strict_column_order."""
    before = _relfilenodes(conn)
    run, moved = _apply_in_order(conn, changes)
    if moved:
        _check_phases(run.done)
    rewritten = _rewritten(before, _relfilenodes(conn))
    bounds = _partition_bounds(conn, run.done)
    after = _read_grown(conn)
    unconverged, notes = fingerprint.compare(after, desired.fingerprint, strict_column_order)
    identical = after.objects == desired.fingerprint.objects  # desired's model then stands in for the copy's
    if live is not None and run.locks > _OWN_TRANSACTION_LOCKS:
        _committed(conn)
    rollback = _rehearse_rollback(conn, live, desired, identical, back, shaping or Shaping(), strict_column_order) \
        if live is not None else None
    return Rehearsal(run.done, moved, _with_reasons(unconverged, run.skipped), rollback, rewritten, bounds, notes,
                     run.locks)


# Locks held past which the rollback is rehearsed in a transaction of its own. PostgreSQL hands a
# statement's locks back to its transaction by scanning every lock the transaction holds once the
# statement holds more than 15 (a DROP TABLE with its indexes and constraints): after a plan that
# created 1,890 tables, its 9,500-statement rollback spent 35 s there, quadratic in the plan's size.
_OWN_TRANSACTION_LOCKS = 10_000


def _committed(conn: psycopg.Connection) -> None:
    """The plan committed on the copy, as apply commits it before a rollback could run (in a
    transaction of its own). The copy is then not kept (copies.keep sees its catalog changed)."""
    conn.execute("COMMIT")
    conn.execute("BEGIN")


def _read_grown(conn: psycopg.Connection) -> fingerprint.Fingerprint:
    """The copy's fingerprint once the plan has run in its transaction. Its catalogs' statistics are
    those of live as restored (a plan from empty: of an empty database), or worse, of an autovacuum
    that counted only committed rows but every page: planned on those, the fingerprint's joins ran
    as nested loops (1,890 tables: 2.6 s, or 120 s). Analyzed here, inside the transaction, they
    count its rows (the statistics roll back with it; the page and row counts, written in place,
    stay: no signature or fingerprint reads them) -- when the plan grew them beyond what their
    statistics say (OUTGROWN), not for a plan of a few statements."""
    row = conn.execute(OUTGROWN).fetchone()
    if row and row[0]:
        conn.execute(ANALYZE_CATALOGS)
    return fingerprint.read(conn)


def _partition_bounds(conn: psycopg.Connection, changes: list[Change]) -> dict[tuple[str, str], str]:
    """The partition constraint (the server's deparse, schema-qualified) of each partition the plan
    attaches, as the plan leaves it: the rows of live it would reject are counted on live."""
    attached = [relation(cmd.def_.name) for c in changes for st in (tree(c.sql),)
                if isinstance(st, ast.AlterTableStmt) and st.objtype == ObjectType.OBJECT_TABLE
                for cmd in st.cmds or () if cmd.subtype == AT.AT_AttachPartition]
    out = {}
    with session.pinned(conn):
        for table in attached:
            row = conn.execute("SELECT pg_get_partition_constraintdef(to_regclass(%s))",
                               [sql.Identifier(*table).as_string(None)]).fetchone()
            if row and row[0]:
                out[table] = str(row[0])
    return out
