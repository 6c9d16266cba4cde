"""The plan pipeline: desired files -> scratch database -> inspect both sides -> changes."""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

import psycopg

from . import __version__, cache, ignore, lint, progress, safety, waits
from .apply import ledger
from .catalog import fingerprint
from .catalog.inspect import Inspected, inspect
from .config import Endpoint
from .connect import connect, mask_url, server_version
from .desired_build import DesiredModel
from .diff import hazards, rebuild, renames
from .diff.changes import Change
from .diff.compare import extensions
from .diff.engine import diff
from .forked import Beside
from .live import target
from .render import names, online
from .source import renames as source_renames
from .source.discover import DesiredSource, discover
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


def _missing_roles(live: psycopg.Connection, roles: list[str]) -> tuple[str, ...]:
    present = {r[0] for r in live.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", [roles])}
    return tuple(f"role {names.ident(r)} must exist on the live server (see desired/roles.sql)"
                 for r in roles if r not in present)


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
         strict_column_order: bool = False, wanted: DesiredModel | None = None) -> PlanResult:
    """Changes that turn live into desired; verified by a rehearsal unless verify is False, and
    with a rehearsed rollback script when with_rollback is True. Renames of desired/renames.toml
    run first; online forms (options.online) replace statements that would block a live table; the
    hazards of the final statements are weighed on live (sizes, rows counted) and linted. Table
    columns out of desired's order are notes, not differences, unless strict_column_order.

    The rehearsal's copy of live is started in the background as soon as live's fingerprint shows
    that there is work (it restores while live is inspected and diffed); the same copy serves the
    cross-version comparison, the statements that must run first, the rehearsal and the rollback.
    `wanted`: desired's model begun by the caller (who closes it), of the same desired and scratch."""
    timings: dict[str, float] = {}
    options = options or safety.Options()
    t0 = time.perf_counter()
    source = desired if isinstance(desired, DesiredSource) else discover(desired)
    rules = ignore.load(source.root)
    entries = source_renames.read(source.root)
    with connect(live.url, "live", limits=live.limits) as live_conn, ExitStack() as stack, \
            waits.explained(live.url, live.limits, live_conn):  # fail fast on a bad live URL
        t1 = time.perf_counter()
        # not cached (an edit): desired is built in scratch while live is inspected here (the
        # servers' work overlaps, and the build's drop of its database too)
        if wanted is None:
            wanted = stack.enter_context(DesiredModel(source, scratch))
        shown = mask_url(live.url)
        live_fp, live_signature = cache.live_fingerprint(live_conn, shown)
        live_signed = cache.signed_key(shown, live_signature) if live_signature else None
        pinned = target(live_conn), ledger.read_last_applied(live_conn)
        copy = stack.enter_context(LiveCopy(live, source, scratch, live_signed))
        if wanted.cached():
            cached, roles = wanted.result()
            if _cross_version(live_conn, cached) or (verify and _differ(live_fp, cached.fingerprint, rules)):
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
            built, roles = wanted.result()
        cross_version = _cross_version(live_conn, built)
        prerequisites = _missing_roles(live_conn, roles)
        t3 = time.perf_counter()
        # across major versions, compare the copy restored on the scratch server (same deparser)
        comparable = inspect(copy.conn()) if cross_version else live_model
        catalog = copy.conn() if cross_version else live_conn
        keep = lambda c: not rules.matches_change(c)  # noqa: E731
        # the rollback's diff on the second core meanwhile (the servers are idle while we diff)
        back_diff = stack.enter_context(Beside(diff, built, comparable)) if verify and with_rollback else None
        changes = [c for c in diff(comparable, built) if keep(c)]
        resolved = renames.resolve(live_conn, entries, built) if entries else renames.Resolved()
        first: list[Change] = []
        if changes and (resolved.forward or _first_statements_needed(catalog, changes, comparable, built)):
            first, changes = prepare(copy.conn(), changes, comparable, built, keep, resolved.forward)
        shape = online.forms if options.online else lambda changes, current: changes
        changes = shape(changes, comparable)
        # squawk reads the plan on the second core while it is rehearsed and weighed
        linting = lint.Linting(first + changes, server_version(live_conn), options.lint)
        stack.callback(linting.cancel)  # no squawk left running when the plan fails on the way
        t4 = time.perf_counter()
        reordered, rollback, verified, rewritten, bounds = 0, None, False, None, {}
        notices = list(resolved.notices)
        ignored = len({k for fp in (comparable.fingerprint, built.fingerprint) for k in fp.objects
                       if rules.matches(*k)})
        notes: list[fingerprint.Difference] = []
        if not first + changes:
            unconverged, notes = fingerprint.compare(comparable.fingerprint, built.fingerprint,
                                                     strict_column_order)
        elif verify and not prerequisites:
            back = back_diff.result() if back_diff is not None else None
            with progress.step("rehearsing the plan on a schema-only copy of live"):
                rehearsal = rehearse(copy.conn(), changes, built, comparable if with_rollback else None, back,
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
        ctx = hazards.Context(comparable, built, rewritten, bounds, resolved.renamed)
        weighed = safety.weigh(live_conn, first + changes, rollback.changes if rollback else None, comparable,
                               built, ctx, options, linting, set(rollback.rewritten) if rollback else None)
        if rollback is not None and weighed.rollback is not None:
            rollback = replace(rollback, changes=weighed.rollback)
    unconverged = [u for u in unconverged if not rules.matches(u[0], u[1])]
    notes = [u for u in notes if not rules.matches(u[0], u[1])]
    t6 = time.perf_counter()
    # desired is built while live is inspected: `live` is the inspection, `desired` what was left to wait for
    timings.update(discover=t1 - t0, live=t2 - t1, desired=t3 - t2, diff=t4 - t3, verify=t5 - t4, weigh=t6 - t5)
    return PlanResult(weighed.changes, live_model, built, source.hash, prerequisites, verified, unconverged,
                      *pinned, reordered, ignored, rollback, timings, tuple(notices), weighed.lint, notes)
