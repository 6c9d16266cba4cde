"""The plan pipeline: desired files -> scratch database -> inspect both sides -> changes."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from . import __version__, cache, ignore
from .catalog.inspect import Inspected, inspect
from .config import Endpoint
from .connect import connect
from .diff import rebuild
from .diff.changes import Change
from .diff.compare import extensions
from .diff.engine import diff
from .scratch import reap_orphans, scratch_database
from .source.discover import DesiredSource, discover
from .source.load import load
from .verify import Rollback, inspect_copy, live_copy, needs_preparing, prepare, rehearse


@dataclass(frozen=True)
class PlanResult:
    changes: list[Change]
    live: Inspected
    desired: Inspected
    desired_hash: str
    prerequisites: tuple[str, ...]
    verified: bool  # rehearsed on a copy of live (order proven, convergence checked)
    unconverged: list[tuple[str, str, str]]  # (kind, identity, what) the plan does not fix
    reordered: int = 0
    ignored: int = 0  # objects left alone by ignore rules
    rollback: Rollback | None = None
    timings: dict[str, float] = field(default_factory=dict)

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
    return tuple(f"role {r} must exist on the live server (see desired/roles.sql)"
                 for r in roles if r not in present)


def _build_desired(source: DesiredSource, scratch: Endpoint) -> tuple[Inspected, list[str]]:
    """Build a scratch database from the desired files, inspect it, and drop it."""
    if scratch.embedded:
        reap_orphans(scratch.url)
    with scratch_database(scratch.url) as url, connect(url, "scratch database") as conn:
        load(conn, source)
        return inspect(conn), _referenced_roles(conn)


def desired_cache_key(source: DesiredSource, scratch: Endpoint) -> str:
    with connect(scratch.url, "scratch server") as conn:
        major = str(conn.execute("SHOW server_version_num").fetchone()[0])[:-4]  # type: ignore[index]
    return cache.key(source.hash, major)


def inspect_desired(source: DesiredSource, scratch: Endpoint) -> tuple[Inspected, list[str]]:
    """The inspected desired model: from the cache when these desired files were inspected on a
    server of this major version before, else built in scratch (and cached)."""
    cache_key = desired_cache_key(source, scratch)
    hit = cache.load(cache_key)
    if hit is not None:
        return hit
    inspected, roles = _build_desired(source, scratch)
    cache.store(cache_key, inspected, roles)
    return inspected, roles


def _prepared(changes: list[Change], live: Endpoint, source: DesiredSource, scratch: Endpoint,
              current: Inspected, desired: Inspected, rules: ignore.IgnoreRules) -> list[Change]:
    """The plan with the statements that must run first (verify.prepare), worked out on a copy of
    live -- made only when live's own catalog says some are needed."""
    if not needs_preparing(changes, current, desired):
        return changes
    if not extensions.moves(current, desired):
        with connect(live.url, "live") as conn:
            if not rebuild.drops(conn, changes, current, desired):
                return changes
    with live_copy(live.url, source, scratch) as conn:
        first, rest = prepare(conn, changes, current, desired, lambda c: not rules.matches_change(c))
        return first + rest


def plan(desired: Path | DesiredSource, live: Endpoint, scratch: Endpoint, verify: bool = True,
         with_rollback: bool = False) -> PlanResult:
    """Changes that turn live into desired; verified by a rehearsal unless verify is False, and
    with a rehearsed rollback script when with_rollback is True."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    source = desired if isinstance(desired, DesiredSource) else discover(desired)
    with connect(live.url, "live") as live_conn:  # fail fast on a bad live URL, before any scratch work
        t1 = time.perf_counter()
        desired_model, roles = inspect_desired(source, scratch)
        t2 = time.perf_counter()
        live_model = inspect(live_conn)
        prerequisites = _missing_roles(live_conn, roles)
    t3 = time.perf_counter()
    # across major versions, compare a copy of live restored on the scratch server (same deparser)
    comparable = live_model
    if live_model.server_version.split(".")[0] != desired_model.server_version.split(".")[0]:
        comparable = inspect_copy(live.url, source, scratch)
    rules = ignore.load(source.root)
    changes = [c for c in diff(comparable, desired_model) if not rules.matches_change(c)]
    changes = _prepared(changes, live, source, scratch, comparable, desired_model, rules)
    t4 = time.perf_counter()
    reordered = 0
    rollback = None
    verified = False
    ignored = len({k for fp in (comparable.fingerprint, desired_model.fingerprint) for k in fp.objects
                   if rules.matches(*k)})
    if not changes:
        unconverged = comparable.fingerprint.differences(desired_model.fingerprint)
    elif verify and not prerequisites:
        rehearsal = rehearse(changes, live.url, source, scratch, desired_model,
                             comparable if with_rollback else None)
        changes, reordered, unconverged = rehearsal.changes, rehearsal.reordered, rehearsal.unconverged
        rollback = rehearsal.rollback
        verified = True
    else:
        unconverged = []
    unconverged = [u for u in unconverged if not rules.matches(u[0], u[1])]
    t5 = time.perf_counter()
    timings.update(discover=t1 - t0, desired=t2 - t1, live=t3 - t2, diff=t4 - t3, verify=t5 - t4)
    return PlanResult(changes, live_model, desired_model, source.hash, prerequisites, verified, unconverged,
                      reordered, ignored, rollback, timings)

