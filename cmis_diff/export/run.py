"""cmis-diff export: a live database (or a pg_dump file) as desired files in the seed's layout.

The statements are the differ's own: the plan from an empty database to the source, grouped per
object (units.py), laid out per kind and domain (layout.py, domains.py), written or merged into
an existing directory (merge.py). Before anything is written the files are loaded into a scratch
database and diffed against the source -- the round trip `plan --desired OUT --live SOURCE`
makes -- and whatever still differs is corrected by statements added after their object (a
person's GRANT ... ON ALL TABLES may need a REVOKE after it), or reported as not converged.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from pglast import split as pg_split

from .. import ignore, waits
from ..catalog.inspect import Inspected, inspect
from ..config import Endpoint
from ..connect import connect, mask_url
from ..desired_build import inspect_desired
from ..diff.changes import Action, Change
from ..diff.engine import diff
from ..errors import CmisDiffError
from ..scratch import reap_orphans, scratch_database
from ..source.discover import MANIFEST, ROLES_FILE, DesiredFile, DesiredSource, discover
from ..source.load import load
from . import files as F
from . import headers, manifest, roles
from .domains import Assignment, DomainMap, Table, assign, load_map, read_facts
from .layout import Layout
from .merge import Merger, Outcome, known_tables, tables_in
from .units import Key, Unit, units_of

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
    def unmapped(self) -> list[Table]:
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


_EMPTY: dict[str, Inspected] = {}


def _empty(scratch: Endpoint) -> Inspected:
    """An empty database's model (what the plan from nothing starts from), once per scratch server."""
    if scratch.url not in _EMPTY:
        with scratch_database(scratch.url) as url, connect(url, "scratch database") as conn:
            _EMPTY[scratch.url] = inspect(conn)
    return _EMPTY[scratch.url]


def _units(changes: list[Change], rules: ignore.IgnoreRules) -> dict[Key, Unit]:
    return units_of(c for c in changes if not rules.matches_change(c))


@dataclass
class _Directory:
    """The directory being written: its files (merged), the manifest, the roles file."""

    out: Path
    existing: DesiredSource | None
    merger: Merger
    assignment: Assignment
    roles_text: str | None
    before: dict[str, list[Table]]  # tables of each existing file, as read

    def texts(self) -> dict[str, str]:
        """File name -> text, in load order, then manifest.toml and roles.sql."""
        for f in self.merger.files.values():
            tables, depends = tables_in(f), self.assignment.depends.get(f.name, [])
            if f.original is None:
                f.header = headers.render(f.name, tables, self.assignment.purpose.get(f.name), depends)
            else:
                f.header = headers.update(f.header, f.name, self.before.get(f.name, []), tables, depends)
        present = [n for n, f in self.merger.files.items() if f.blocks or f.original is not None]
        has_manifest = self.existing is None or (self.out / MANIFEST).exists()
        found = manifest.read(self.out) if self.existing is not None and has_manifest else None
        phases = manifest.phases(present, self.assignment, found[0] if found else None)
        order = [f for _, fs in phases for f in fs] if has_manifest else present
        texts = {n: self.merger.files[n].text for n in order if n in self.merger.files}
        texts.update({n: self.merger.files[n].text for n in present if n not in texts})
        if has_manifest:
            texts[MANIFEST] = (self.out / MANIFEST).read_text(encoding="utf-8") \
                if found is not None and found[0] == phases else manifest.render(phases, found[1] if found else "")
        if self.roles_text is not None:
            texts[ROLES_FILE] = self.roles_text
        return texts

    def source(self, texts: dict[str, str]) -> DesiredSource:
        """The files about to be written, as a desired source (messages name them under out/)."""
        def one(name: str, text: str) -> DesiredFile:
            return DesiredFile(self.out / name, f"{self.out}/{name}", text)
        roles_path = self.out / ROLES_FILE
        roles_text = texts.get(ROLES_FILE) or (roles_path.read_text(encoding="utf-8") if roles_path.is_file() else None)
        return DesiredSource(self.out, one(ROLES_FILE, roles_text) if roles_text is not None else None,
                             tuple(one(n, t) for n, t in texts.items() if n.endswith(".sql") and n != ROLES_FILE))

    def statements(self, name: str) -> int:
        f = self.merger.files.get(name)
        return len(f.blocks) if f is not None else 0


def _export(conn: psycopg.Connection, label: str, scratch: Endpoint, options: Options) -> ExportResult:
    t0 = time.perf_counter()
    domain_map = load_map(options.domains) if options.domains else DomainMap()
    existing = _existing(options.out)
    rules = ignore.load(options.out)
    roles_text = _roles_text(conn, options)
    live = inspect(conn)
    facts = read_facts(conn)
    empty = _empty(scratch)
    new = _units(diff(empty, live), rules)
    old: dict[Key, Unit] = {}
    sql_files: list[F.SqlFile] = []
    if existing is not None:
        old = _units(diff(empty, inspect_desired(existing, scratch)[0]), rules)
        sql_files = [F.parse(f.path.name, f.text, f.display) for f in existing.files]
    assignment = assign(facts, domain_map, known_tables(sql_files, old))
    before = {f.name: tables_in(f) for f in sql_files}
    merger = Merger(sql_files, Layout(assignment, facts, live.model.depends), new, old,
                    lambda name: F.SqlFile(name, "-- AI Agent Context\n"))
    outcome = merger.run()
    directory = _Directory(options.out, existing, merger, assignment, roles_text, before)
    not_converged = _round_trips(directory, live, scratch, rules) if options.verify else []
    texts = directory.texts()
    _check_split(texts, merger)
    files = _write(options.out, texts, directory)
    ignored = sum(1 for k in live.fingerprint.objects if rules.matches(*k))
    return ExportResult(label, options.out, "incremental" if existing else "fresh", files, assignment, outcome,
                        options.verify, not_converged, ROLES_FILE if roles_text is not None else None, ignored,
                        time.perf_counter() - t0)


def _roles_text(conn: psycopg.Connection, options: Options) -> str | None:
    if not options.roles:
        return None
    path = options.out / ROLES_FILE
    roles.check_ours(path.read_text(encoding="utf-8") if path.is_file() else None, str(path))
    return roles.render(roles.referenced(conn))


def _round_trip(directory: _Directory, texts: dict[str, str], live: Inspected, scratch: Endpoint,
                rules: ignore.IgnoreRules) -> tuple[list[Change], list[Change], list[tuple[str, str, str]]]:
    """(what would turn the files into live, what a plan of the files against live would do,
    what our fingerprint still sees differ)."""
    with scratch_database(scratch.url) as url, connect(url, "scratch database") as conn:
        load(conn, directory.source(texts))
        built = inspect(conn)

    def kept(changes: list[Change]) -> list[Change]:
        return [c for c in changes if not rules.matches_change(c) and c.action is not Action.SETTING]
    differs = [d for d in live.fingerprint.differences(built.fingerprint) if not rules.matches(d[0], d[1])]
    return kept(diff(built, live)), kept(diff(live, built)), differs


def _round_trips(directory: _Directory, live: Inspected, scratch: Endpoint,
                 rules: ignore.IgnoreRules) -> list[tuple[str, str, str]]:
    """Load the files, diff them against live, add corrections after their objects while that
    helps (corrections that fail to load, or leave as much different, are taken back); what
    still differs is returned (kind, object, what)."""
    corrections, planned, differs = _round_trip(directory, directory.texts(), live, scratch, rules)
    for _ in range(_ROUNDS - 1):
        if not corrections:
            break
        saved = directory.merger.snapshot()
        last = [n for n in directory.texts() if n.endswith(".sql") and n != ROLES_FILE][-1]
        for unit in units_of(corrections).values():
            directory.merger.correct(unit, last)
        try:
            after = _round_trip(directory, directory.texts(), live, scratch, rules)
        except CmisDiffError:
            after = None
        if after is None or len(after[1]) + len(after[2]) >= len(planned) + len(differs):
            directory.merger.restore(saved)
            break
        corrections, planned, differs = after
    # our fingerprint names what differs best; a plan's statements tell when it sees nothing
    return differs or [(c.kind, c.identity, f"a plan of the files would {c.action.value} it") for c in planned]


def _check_split(texts: dict[str, str], merger: Merger) -> None:
    """Each file written splits (pglast) into exactly its statements: no catalog text added, merged
    or cut one (defence in depth, as for plan files)."""
    for name, text in texts.items():
        f = merger.files.get(name)
        if f is None or text == f.original:
            continue
        found = [text[s] for s in pg_split(text, with_parser=True, only_slices=True)]
        if found != [b.statement.sql for b in f.blocks]:
            raise RuntimeError(f"refusing to write {name}: its text does not split into its {len(f.blocks)} statements")


def _write(out: Path, texts: dict[str, str], directory: _Directory) -> list[tuple[str, str, int]]:
    """Write what changed: every file to a temporary name first, then each renamed into place."""
    out.mkdir(parents=True, exist_ok=True)
    report, pending = [], []
    for name, text in texts.items():
        path = out / name
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        status = "created" if old is None else "unchanged" if old == text else "updated"
        if status != "unchanged":
            tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            pending.append((tmp, path))
        report.append((name, status, directory.statements(name)))
    for tmp, path in pending:
        tmp.replace(path)
    return report
