"""cmis-diff export: a live database (or a pg_dump file) as desired files in the seed's layout.

The statements are the differ's own: the plan from an empty database to live, grouped per object
(units.py), laid out per kind and domain (layout.py, domains.py), written or merged into an
existing directory (merge.py). Before anything is written the result is loaded into a scratch
database and diffed against live -- the round trip `plan --desired OUT --live L` would make --
and whatever still differs is corrected by statements added after their object (a person's
GRANT ... ON ALL TABLES may need a REVOKE after it), or reported as not converged.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from .. import ignore, waits
from ..catalog.inspect import Inspected, inspect
from ..config import Endpoint
from ..connect import connect, mask_url
from ..diff.changes import Action, Change
from ..diff.engine import diff
from ..errors import CmisDiffError
from ..pipeline import inspect_desired
from ..scratch import reap_orphans, scratch_database
from ..source.discover import MANIFEST, ROLES_FILE, DesiredFile, DesiredSource, discover
from ..source.load import load
from . import files as F
from . import headers, manifest, roles
from .domains import BUSINESS, Assignment, DomainMap, assign, load_map, read_facts
from .layout import PHASES, SHARED, Layout
from .merge import Merger, Outcome, known_tables, tables_in
from .units import Unit, units_of

_ROUNDS = 3  # round trips: the first, and up to two with corrections added


@dataclass(frozen=True)
class Options:
    out: Path
    domains: Path | None = None
    roles: bool = False
    verify: bool = True


@dataclass
class ExportResult:
    source: str  # live (password masked) or the dump file
    out: Path
    mode: str  # fresh | incremental
    files: list[tuple[str, str, int]]  # (file, created | updated | unchanged, statements), load order
    assignment: Assignment
    outcome: Outcome
    verified: bool
    not_converged: list[tuple[str, str, str]] = field(default_factory=list)
    roles_file: str | None = None
    ignored: int = 0
    seconds: float = 0.0

    @property
    def unmapped(self) -> list[tuple[str, str]]:
        return self.assignment.unmapped

    @property
    def changed_files(self) -> int:
        return sum(1 for _, status, _ in self.files if status != "unchanged")


def export_live(live: Endpoint, scratch: Endpoint, options: Options) -> ExportResult:
    """Export live into options.out."""
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn):
        return _export(conn, mask_url(live.url), scratch, options)


def export_dump(dump: Path, scratch: Endpoint, options: Options) -> ExportResult:
    """Load a `pg_dump --schema-only` file into a scratch database and export that."""
    try:
        text = dump.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CmisDiffError(f"{dump}: cannot read the dump ({exc})") from None
    source = DesiredSource(dump.parent, None, (DesiredFile(dump, str(dump), text),))
    if scratch.embedded:
        reap_orphans(scratch.url)
    with scratch_database(scratch.url) as url, connect(url, "scratch database") as conn:
        load(conn, source)
        return _export(conn, str(dump), scratch, options)


def _existing(out: Path) -> DesiredSource | None:
    """The directory's desired files when it holds any (an incremental export), else None."""
    if out.exists() and not out.is_dir():
        raise CmisDiffError(f"{out}: not a directory (export writes a directory of desired files)")
    if not out.is_dir() or not ((out / MANIFEST).exists() or any(p.name != ROLES_FILE for p in out.glob("*.sql"))):
        return None
    return discover(out)


def _empty(scratch: Endpoint) -> Inspected:
    with scratch_database(scratch.url) as url, connect(url, "scratch database") as conn:
        return inspect(conn)


def _units(changes: list[Change], rules: ignore.IgnoreRules) -> dict[tuple[str, str], Unit]:
    return units_of(c for c in changes if not rules.matches_change(c))


def _export(conn: psycopg.Connection, label: str, scratch: Endpoint, options: Options) -> ExportResult:
    t0 = time.perf_counter()
    domain_map = load_map(options.domains) if options.domains else DomainMap()
    existing = _existing(options.out)
    rules = ignore.load(options.out) if existing else ignore.IgnoreRules()
    roles_text = _roles_text(conn, options, existing)
    live = inspect(conn)
    facts = read_facts(conn)
    empty = _empty(scratch)
    new = _units(diff(empty, live), rules)
    old: dict[tuple[str, str], Unit] = {}
    sql_files: list[F.SqlFile] = []
    if existing is not None:
        old = _units(diff(empty, inspect_desired(existing, scratch)[0]), rules)
        sql_files = [F.parse(f.path.name, f.text, f.display) for f in existing.files]
    assignment = assign(facts, domain_map, known_tables(sql_files, old))
    layout = Layout(assignment, facts, live.model.depends)
    before = {f.name: tables_in(f) for f in sql_files}
    merger = Merger(sql_files, layout, new, old, lambda name: F.SqlFile(name, "-- AI Agent Context\n"))
    outcome = merger.run()
    texts = _texts(merger, assignment, before, existing, options.out, roles_text)
    verified, not_converged = False, []
    if options.verify:
        not_converged = _round_trips(merger, texts, live, scratch, rules, options.out, assignment, before, existing,
                                     roles_text)
        texts = _texts(merger, assignment, before, existing, options.out, roles_text)
        verified = True
    files = _write(options.out, texts, existing)
    ignored = len({k for fp in (live.fingerprint,) for k in fp.objects if rules.matches(*k)})
    return ExportResult(label, options.out, "incremental" if existing else "fresh", files, assignment, outcome,
                        verified, not_converged, ROLES_FILE if roles_text is not None else None, ignored,
                        time.perf_counter() - t0)


def _roles_text(conn: psycopg.Connection, options: Options, existing: DesiredSource | None) -> str | None:
    if not options.roles:
        return None
    path = options.out / ROLES_FILE
    roles.check_ours(path.read_text(encoding="utf-8") if path.is_file() else None, str(path))
    return roles.render(roles.referenced(conn))


def _texts(merger: Merger, assignment: Assignment, before: dict[str, list[tuple[str, str]]],
           existing: DesiredSource | None, out: Path, roles_text: str | None) -> dict[str, str]:
    """File name -> text, in load order (the manifest, the roles file)."""
    texts: dict[str, str] = {}
    for f in merger.files.values():
        tables = tables_in(f)
        depends = assignment.depends.get(f.name, [])
        if f.original is None:
            f.header = headers.render(f.name, tables, assignment.purpose.get(f.name), depends)
        else:
            f.header = headers.update(f.header, f.name, before.get(f.name, []), tables, depends)
        texts[f.name] = f.text
    order = _manifest(merger, assignment, existing, out)
    result = {name: texts[name] for name in order if name in texts}
    result.update({name: text for name, text in texts.items() if name not in result})
    if order and (existing is None or (out / MANIFEST).exists()):
        result[MANIFEST] = _manifest_text(merger, assignment, existing, out)
    if roles_text is not None:
        result[ROLES_FILE] = roles_text
    return result


def _manifest_phases(merger: Merger, assignment: Assignment, existing: DesiredSource | None,
                     out: Path) -> tuple[manifest.Phases, str]:
    present = {name for name, f in merger.files.items() if f.blocks or f.original is not None}
    found = manifest.read(out) if existing is not None else None
    if found is None:
        domain_files = sorted((f for f in present if f not in SHARED),
                              key=lambda f: (assignment.order.index(f) if f in assignment.order else len(present), f))
        phase_of = {f: assignment.phase.get(f, BUSINESS) for f in domain_files}
        return manifest.fresh(phase_of, domain_files, present & set(SHARED)), ""
    phases, intro = found
    listed = {f for _, fs in phases for f in fs}
    for name in sorted(present - listed, key=lambda f: (f not in SHARED, f)):
        phase = next((p for p, fs in PHASES if name in fs), None) or assignment.phase.get(name, BUSINESS)
        phases = manifest.add(phases, name, phase)
    return phases, intro


def _manifest(merger: Merger, assignment: Assignment, existing: DesiredSource | None, out: Path) -> list[str]:
    if existing is not None and not (out / MANIFEST).exists():
        return [f.path.name for f in existing.files] + sorted(n for n in merger.files
                                                              if n not in {f.path.name for f in existing.files})
    phases, _ = _manifest_phases(merger, assignment, existing, out)
    return [f for _, fs in phases for f in fs]


def _manifest_text(merger: Merger, assignment: Assignment, existing: DesiredSource | None, out: Path) -> str:
    phases, intro = _manifest_phases(merger, assignment, existing, out)
    if existing is not None:
        found = manifest.read(out)
        if found is not None and found[0] == phases:
            return (out / MANIFEST).read_text(encoding="utf-8")  # unchanged: a person's file stays as written
    return manifest.render(phases, intro)


def _source(out: Path, texts: dict[str, str]) -> DesiredSource:
    """The files about to be written, as a desired source (messages name them under out/)."""
    def one(name: str) -> DesiredFile:
        return DesiredFile(out / name, f"{out}/{name}", texts[name])
    sql = [n for n in texts if n.endswith(".sql") and n != ROLES_FILE]
    roles_file = one(ROLES_FILE) if ROLES_FILE in texts else (
        DesiredFile(out / ROLES_FILE, f"{out}/{ROLES_FILE}", (out / ROLES_FILE).read_text(encoding="utf-8"))
        if (out / ROLES_FILE).is_file() else None)
    return DesiredSource(out, roles_file, tuple(one(n) for n in sql))


def _round_trip(texts: dict[str, str], live: Inspected, scratch: Endpoint, rules: ignore.IgnoreRules,
                out: Path) -> tuple[list[Change], list[Change], list[tuple[str, str, str]]]:
    """(what would turn the files into live, what a plan of the files against live would do,
    what our fingerprint still sees differ)."""
    with scratch_database(scratch.url) as url, connect(url, "scratch database") as conn:
        load(conn, _source(out, texts))
        built = inspect(conn)
    keep = [c for c in diff(built, live) if not rules.matches_change(c) and c.action is not Action.SETTING]
    planned = [c for c in diff(live, built) if not rules.matches_change(c) and c.action is not Action.SETTING]
    differs = [d for d in live.fingerprint.differences(built.fingerprint) if not rules.matches(d[0], d[1])]
    return keep, planned, differs


def _round_trips(merger: Merger, texts: dict[str, str], live: Inspected, scratch: Endpoint,
                 rules: ignore.IgnoreRules, out: Path, assignment: Assignment,
                 before: dict[str, list[tuple[str, str]]], existing: DesiredSource | None,
                 roles_text: str | None) -> list[tuple[str, str, str]]:
    """Load the files, diff them against live, add corrections after their objects; what still
    differs after the last round is returned (kind, object, what)."""
    for n in range(_ROUNDS):
        corrections, planned, differs = _round_trip(texts, live, scratch, rules, out)
        if not corrections or n == _ROUNDS - 1:
            break
        last = [n for n in texts if n.endswith(".sql") and n != ROLES_FILE][-1]
        for unit in units_of(corrections).values():
            merger.correct(unit, last)
        texts = _texts(merger, assignment, before, existing, out, roles_text)
    seen = {(k, o) for k, o, _ in differs}
    return differs + [(c.kind, c.identity, f"a plan would still {c.action.value} it") for c in planned
                      if (c.kind, c.identity) not in seen]


def _write(out: Path, texts: dict[str, str], existing: DesiredSource | None) -> list[tuple[str, str, int]]:
    """Write what changed (each file atomically); (file, status, statements) per file."""
    out.mkdir(parents=True, exist_ok=True)
    report = []
    for name, text in texts.items():
        path = out / name
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        status = "created" if old is None else "unchanged" if old == text else "updated"
        if status != "unchanged":
            tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        count = len(F.parse(name, text).blocks) if name.endswith(".sql") else 0
        report.append((name, status, count))
    return report
