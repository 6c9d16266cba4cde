"""The plan file: plain SQL that `psql -v ON_ERROR_STOP=1 -f` can run, behind a header of comments.

    -- cmis-diff plan 1
    -- live: postgresql://app@db/cmis
    -- live-fingerprint: sha256:...
    -- desired-hash: sha256:...
    -- tool: cmis-diff 0.1.0, scratch server 18.6
    -- hazards: data-loss 1, table-rewrite 0, ...
    -- changes: 3 create, 2 alter, 1 drop
    -- approved: sha256:<statements hash> by NAME at TIME      (added by `approve`)
    <blank line>
    statements, grouped and commented per object

The header ends at the first line that is not a `-- ` comment. Approval is of the statement
text: everything after the header, byte for byte.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..catalog.fingerprint import KINDS_HEADER, Fingerprint, format_kinds
from ..diff.changes import HAZARD_ORDER, Action, Change
from ..errors import CmisDiffError

FORMAT_LINE = "-- cmis-diff plan 1"
_HEADER_KEY = re.compile(r"^-- ([a-z-]+): (.*)$")


@dataclass(frozen=True)
class PlanHeader:
    live: str
    live_fingerprint: str
    desired_hash: str
    tool: str
    hazards: str
    changes: str
    prerequisites: tuple[str, ...] = ()
    approved: str | None = None  # "sha256:... by NAME at TIME"
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanText:
    header: PlanHeader
    header_text: str
    statements_text: str

    @property
    def statements_hash(self) -> str:
        return "sha256:" + hashlib.sha256(self.statements_text.encode()).hexdigest()


def count_changes(changes: list[Change]) -> dict[str, int]:
    c = Counter(ch.action for ch in changes)
    return {a.value: c.get(a, 0) for a in (Action.CREATE, Action.ALTER, Action.DROP)}


def count_hazards(changes: list[Change]) -> dict[str, int]:
    c = Counter(h for ch in changes for h in ch.hazards)
    return {h.value: c.get(h, 0) for h in HAZARD_ORDER}


def format_hazards(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items())


def format_changes(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {action}" for action, n in counts.items())


def render_statements(changes: list[Change]) -> str:
    """Statements grouped per object, each with a comment naming it and its hazards."""
    blocks = []
    for ch in changes:
        note = f"-- [{ch.action.value}] {ch.kind} {ch.identity}".rstrip()
        if ch.hazards:
            note += "  !! " + ", ".join(h.value for h in ch.hazards)
        if ch.destructive:
            note += "  (DESTRUCTIVE)"
        lines = [note] + ([f"-- why: {ch.why}"] if ch.why else [])
        blocks.append("\n".join(lines) + "\n" + ch.sql.rstrip().rstrip(";") + ";\n")
    return "\n".join(blocks)


def render(header: PlanHeader, changes: list[Change]) -> str:
    lines = [
        FORMAT_LINE,
        f"-- live: {header.live}",
        f"-- live-fingerprint: {header.live_fingerprint}",
        f"-- desired-hash: {header.desired_hash}",
        f"-- tool: {header.tool}",
        f"-- hazards: {header.hazards}",
        f"-- changes: {header.changes}",
    ]
    lines += [f"-- {k}: {v}" for k, v in header.extra.items()]
    lines += [f"-- prerequisite: {p}" for p in header.prerequisites]
    return "\n".join(lines) + "\n\n" + render_statements(changes)


def header_for(live: str, live_fingerprint: Fingerprint, desired_hash: str, tool: str, changes: list[Change],
               prerequisites: tuple[str, ...] = (), extra: dict[str, str] | None = None) -> PlanHeader:
    extra = {**(extra or {}), KINDS_HEADER: format_kinds(live_fingerprint)}
    return PlanHeader(live, live_fingerprint.digest, desired_hash, tool, format_hazards(count_hazards(changes)),
                      format_changes(count_changes(changes)), prerequisites, None, extra)


def parse(text: str, label: str) -> PlanText:
    lines = text.split("\n")
    if not lines or lines[0] != FORMAT_LINE:
        raise CmisDiffError(f"{label}: not a cmis-diff plan (first line must be {FORMAT_LINE!r})")
    n = 0
    while n < len(lines) and lines[n].startswith("-- "):
        n += 1
    values: dict[str, str] = {}
    prerequisites = []
    for line in lines[1:n]:
        m = _HEADER_KEY.match(line)
        if not m:
            raise CmisDiffError(f"{label}:{lines.index(line) + 1}: malformed header line")
        if m.group(1) == "prerequisite":
            prerequisites.append(m.group(2))
        else:
            values[m.group(1)] = m.group(2)
    required = ("live", "live-fingerprint", "desired-hash", "tool", "hazards", "changes")
    missing = [k for k in required if k not in values]
    if missing:
        raise CmisDiffError(f"{label}: header lacks '-- {missing[0]}:'")
    known = set(required) | {"approved"}
    header = PlanHeader(values["live"], values["live-fingerprint"], values["desired-hash"], values["tool"],
                        values["hazards"], values["changes"], tuple(prerequisites), values.get("approved"),
                        {k: v for k, v in values.items() if k not in known})
    header_text = "\n".join(lines[:n])
    return PlanText(header, header_text, "\n".join(lines[n:]))


def read(path: Path) -> PlanText:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CmisDiffError(f"{path}: cannot read plan ({exc})") from None
    return parse(text, str(path))


def approve(path: Path, by: str) -> PlanText:
    """Record approval of the statement text as it is now (replacing any earlier approval)."""
    plan = read(path)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    kept = [ln for ln in plan.header_text.split("\n") if not ln.startswith("-- approved: ")]
    kept.append(f"-- approved: {plan.statements_hash} by {by} at {stamp}")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(kept) + "\n" + plan.statements_text, encoding="utf-8")
    tmp.replace(path)
    return read(path)


def slug(changes: list[Change]) -> str:
    """A file-name hint: the first real change and how many follow (session settings skipped)."""
    changes = [c for c in changes if c.action is not Action.SETTING] or changes
    first = changes[0]
    base = re.sub(r"[^a-z0-9]+", "_", f"{first.action.value}_{first.kind}_{first.identity}".lower()).strip("_")[:48]
    return f"{base}_and_{len(changes) - 1}_more" if len(changes) > 1 else base


def write(diffs_dir: Path, text: str, changes: list[Change], out: Path | None = None) -> Path:
    """Write atomically into diffs/<UTC timestamp>_<slug>.sql (or --out)."""
    if out is None:
        diffs_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        out = diffs_dir / f"{stamp}_{slug(changes)}.sql"
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out
