"""The plan pipeline: desired files -> scratch database -> inspect both sides -> changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

import psycopg

from . import __version__, cache, ignore, progress, safety, waits
from .apply import ledger
from .catalog import ANALYZE_CATALOGS, fingerprint
from .catalog.inspect import Inspected, inspect
from .config import Endpoint
from .connect import connect, mask_url, server_version
from .diff import hazards, rebuild, renames
from .diff.changes import Change
from .diff.compare import extensions
from .diff.engine import diff
from .errors import CmisDiffError
from .live import target
from .render import names, online
from .scratch import drop, reap_orphans, scratch_database
from .source import renames as source_renames
from .source.discover import DesiredSource, discover
from .source.load import load
from .verify import LiveCopy, Rollback, Shaping, prepare, rehearse


@dataclass(frozen=True)
class PlanResult:
    changes: list[Change]
    live: Inspected
    desired: Inspected
    desired_hash: str
    prerequisites: tuple[str, ...]
    verified: bool  # rehearsed on a copy of live (order proven, convergence checked)
    unconverged: list[tuple[str, str, str]]  # (kind, identity, what) the plan does not fix
    target: str  # live's server system identifier and database name (apply refuses another)
    last_applied: str  # live's last applied plan, "<ledger id> <plan hash>", or "none"
    reordered: int = 0
    ignored: int = 0  # objects left alone by ignore rules
    rollback: Rollback | None = None
    timings: dict[str, float] = field(default_factory=dict)
    notices: tuple[str, ...] = ()  # e.g. a rename skipped (renames.toml)
    lint: str = ""  # what squawk said, or why it did not run
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # cosmetic differences left (column order)

    @property
    def live_fingerprint(self) -> str:
        return self.live.fingerprint.digest

    @property
    def tool(self) -> str:
        return f"cmis-diff {__version__}, scratch server {self.desired.server_version}"


def _referenced_roles(conn: psycopg.Connection) -> list[str]:
    """Roles the desired objects depend on (owners, grants, policies), from pg_shdepend."""
    rows = conn.execute(
        """SELECT DISTINCT a.rolname FROM pg_shdepend d JOIN pg_authid a ON a.oid = d.refobjid
            WHERE d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND d.refclassid = 'pg_authid'::regclass ORDER BY 1""").fetchall()
    return [r[0] for r in rows]


def _missing_roles(live: psycopg.Connection, roles: list[str]) -> tuple[str, ...]:
    present = {r[0] for r in live.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", [roles])}
    return tuple(f"role {names.ident(r)} must exist on the live server (see desired/roles.sql)"
                 for r in roles if r not in present)


def _quiet(_: object) -> None:
    pass


def _build_desired(source: DesiredSource, scratch: Endpoint, started: Callable[[str], None] = _quiet,
                   ready: Callable[[tuple[Inspected, list[str]]], None] = _quiet) -> tuple[Inspected, list[str]]:
    """Build a scratch database from the desired files, inspect it, and drop it (`started` is
    told its URL; `ready` gets the result before the drop)."""
    if scratch.embedded:
        reap_orphans(scratch.url)
    with progress.step("building desired in a scratch database"), scratch_database(scratch.url) as url, \
            connect(url, "scratch database") as conn:
        started(url)
        load(conn, source)
        conn.execute(ANALYZE_CATALOGS)  # before it is inspected
        with connect(url, "scratch database") as beside:  # our model read while the engine reads
            built = inspect(conn, beside=beside), _referenced_roles(conn)
        ready(built)
    return built


def inspect_desired(source: DesiredSource, scratch: Endpoint) -> tuple[Inspected, list[str]]:
    """The inspected desired model: from the cache when these desired files were inspected on a
    server of this major version before, else built in scratch (and cached)."""
    cache_key = cache.desired_key(source, scratch)
    hit = cache.load(cache_key)
    return hit if hit is not None else _build_and_cache(source, scratch, cache_key)


def _build_and_cache(source: DesiredSource, scratch: Endpoint, cache_key: str, started: Callable[[str], None] = _quiet,
                     ready: Callable[[tuple[Inspected, list[str]]], None] = _quiet) -> tuple[Inspected, list[str]]:
    built = _build_desired(source, scratch, started, ready)
    cache.store(cache_key, *built)
    return built


class _DesiredBuild:
    """Desired built (and cached) in scratch on a thread, while the caller inspects live: the
    servers' work overlaps, and so does the drop of the build's database. When the caller fails
    or is interrupted, the build's database is dropped at once (FORCE: its load is cut off)."""

    def __init__(self, source: DesiredSource, scratch: Endpoint, cache_key: str) -> None:
        self._scratch = scratch
        self._url: str | None = None
        self._ready: Future[tuple[Inspected, list[str]]] = Future()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmis-diff-desired")
        self._future = self._pool.submit(_build_and_cache, source, scratch, cache_key, self._started,
                                         self._ready.set_result)

    def _started(self, url: str) -> None:
        self._url = url

    def result(self) -> tuple[Inspected, list[str]]:
        """The inspected desired model as soon as it is read (its database is dropped meanwhile)."""
        wait([self._ready, self._future], return_when=FIRST_COMPLETED)
        return self._ready.result() if self._ready.done() else self._future.result()

    def __enter__(self) -> _DesiredBuild:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is not None and self._url is not None and not self._future.done():
            with suppress(CmisDiffError):
                drop(self._scratch.url, self._url)
        self._pool.shutdown(wait=True)
        if exc_type is None:
            self._future.result()  # the drop and the cache write failed loudly, as before


def _cross_version(live: psycopg.Connection, desired: Inspected) -> bool:
    return server_version(live).split(".")[0] != desired.server_version.split(".")[0]


def _first_statements_needed(conn: psycopg.Connection, changes: list[Change], current: Inspected,
                             desired: Inspected) -> bool:
    """Whether some statements must run first (verify.prepare), from `conn`'s own catalog."""
    return bool(extensions.moves(current, desired) or rebuild.drops(conn, changes, current, desired))


def _differ(live: fingerprint.Fingerprint, desired: fingerprint.Fingerprint, rules: ignore.IgnoreRules) -> bool:
    """Whether there may be work (column order alone never makes any: no statement changes it)."""
    return live.without(rules.matches)[0].cosmetic() != desired.without(rules.matches)[0].cosmetic()


def plan(desired: Path | DesiredSource, live: Endpoint, scratch: Endpoint, verify: bool = True,
         with_rollback: bool = False, options: safety.Options | None = None,
         strict_column_order: bool = False) -> PlanResult:
    """Changes that turn live into desired; verified by a rehearsal unless verify is False, and
    with a rehearsed rollback script when with_rollback is True. Renames of desired/renames.toml
    run first; online forms (options.online) replace statements that would block a live table; the
    hazards of the final statements are weighed on live (sizes, rows counted) and linted. Table
    columns out of desired's order are notes, not differences, unless strict_column_order.

    The rehearsal's copy of live is started in the background as soon as live's fingerprint shows
    that there is work (it restores while live is inspected and diffed); the same copy serves the
    cross-version comparison, the statements that must run first, the rehearsal and the rollback."""
    timings: dict[str, float] = {}
    options = options or safety.Options()
    t0 = time.perf_counter()
    source = desired if isinstance(desired, DesiredSource) else discover(desired)
    rules = ignore.load(source.root)
    entries = source_renames.read(source.root)
    with connect(live.url, "live", limits=live.limits) as live_conn, ExitStack() as stack, \
            waits.explained(live.url, live.limits, live_conn):  # fail fast on a bad live URL
        t1 = time.perf_counter()
        cache_key = cache.desired_key(source, scratch)
        cached = cache.load(cache_key)
        # not cached (an edit): desired is built in scratch while live is inspected here (the
        # servers' work overlaps, and the build's drop of its database too)
        building = stack.enter_context(_DesiredBuild(source, scratch, cache_key)) if cached is None else None
        live_fp, live_signature = cache.live_fingerprint(live_conn, mask_url(live.url))
        live_signed = cache.signed_key(mask_url(live.url), live_signature) if live_signature else None
        pinned = target(live_conn), ledger.read_last_applied(live_conn)
        copy = stack.enter_context(LiveCopy(live, source, scratch, live_signed))
        if cached is not None:
            desired_model, roles = cached
            if _cross_version(live_conn, desired_model) or (verify and _differ(live_fp, desired_model.fingerprint,
                                                                             rules)):
                copy.start()  # there is work: restore the copy while live is inspected and diffed
        elif verify:
            copy.start()  # desired changed since it was last built: most likely there is work
        with progress.step("building desired in a scratch database while live is inspected"):
            live_key = cache.live_key(pinned[0], live_fp.digest, server_version(live_conn))
            live_model = cache.load_live(live_key)
            if live_model is None:
                live_model = inspect(live_conn, live_fp)
                cache.store_live(live_key, live_model)
            t2 = time.perf_counter()
            if building is not None:
                desired_model, roles = building.result()
        cross_version = _cross_version(live_conn, desired_model)
        prerequisites = _missing_roles(live_conn, roles)
        t3 = time.perf_counter()
        # across major versions, compare the copy restored on the scratch server (same deparser)
        comparable = inspect(copy.conn()) if cross_version else live_model
        catalog = copy.conn() if cross_version else live_conn
        keep = lambda c: not rules.matches_change(c)  # noqa: E731
        changes = [c for c in diff(comparable, desired_model) if keep(c)]
        resolved = renames.resolve(live_conn, entries, desired_model) if entries else renames.Resolved()
        first: list[Change] = []
        if changes and (resolved.forward or _first_statements_needed(catalog, changes, comparable, desired_model)):
            first, changes = prepare(copy.conn(), changes, comparable, desired_model, keep, resolved.forward)
        shape = online.forms if options.online else lambda changes, current: changes
        changes = shape(changes, comparable)
        t4 = time.perf_counter()
        reordered, rollback, verified, rewritten, bounds = 0, None, False, None, {}
        notices = list(resolved.notices)
        ignored = len({k for fp in (comparable.fingerprint, desired_model.fingerprint) for k in fp.objects
                       if rules.matches(*k)})
        notes: list[fingerprint.Difference] = []
        if not first + changes:
            unconverged, notes = fingerprint.compare(comparable.fingerprint, desired_model.fingerprint,
                                                     strict_column_order)
        elif verify and not prerequisites:
            back = diff(desired_model, comparable) if with_rollback else None  # while the copy restores
            with progress.step("rehearsing the plan on a schema-only copy of live"):
                rehearsal = rehearse(copy.conn(), changes, desired_model, comparable if with_rollback else None, back,
                                     Shaping(shape, resolved.backward), strict_column_order)
            changes, reordered, unconverged = rehearsal.changes, rehearsal.reordered, rehearsal.unconverged
            rollback, rewritten, bounds = rehearsal.rollback, set(rehearsal.rewritten), rehearsal.bounds
            notes = rehearsal.notes
            verified = True
            crowded = waits.lock_room(live_conn, rehearsal.locks)
            notices = [*notices, crowded] if crowded else notices
        else:
            unconverged = []
        t5 = time.perf_counter()
        ctx = hazards.Context(comparable, desired_model, rewritten, bounds, resolved.renamed)
        weighed = safety.weigh(live_conn, first + changes, rollback.changes if rollback else None, comparable,
                               desired_model, ctx, options, server_version(live_conn),
                               set(rollback.rewritten) if rollback else None)
        if rollback is not None and weighed.rollback is not None:
            rollback = replace(rollback, changes=weighed.rollback)
    unconverged = [u for u in unconverged if not rules.matches(u[0], u[1])]
    notes = [u for u in notes if not rules.matches(u[0], u[1])]
    t6 = time.perf_counter()
    # desired is built while live is inspected: `live` is the inspection, `desired` what was left to wait for
    timings.update(discover=t1 - t0, live=t2 - t1, desired=t3 - t2, diff=t4 - t3, verify=t5 - t4, weigh=t6 - t5)
    return PlanResult(weighed.changes, live_model, desired_model, source.hash, prerequisites, verified, unconverged,
                      *pinned, reordered, ignored, rollback, timings, tuple(notices), weighed.lint, notes)
