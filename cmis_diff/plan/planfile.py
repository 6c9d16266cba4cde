"""The plan file: plain SQL that `psql -v ON_ERROR_STOP=1 -f` can run, behind a header of comments.

    -- cmis-diff plan 1
    -- live: postgresql://app@db/cmis
    -- target: 7301234567890123456 cmis                (server system identifier, database)
    -- last-applied: 12 sha256:...                     (live's ledger at plan time, or none)
    -- live-fingerprint: sha256:...
    -- desired-hash: sha256:...
    -- tool: cmis-diff 0.1.0, scratch server 18.6
    -- hazards: data-loss 1, narrowing 0, table-rewrite 0, ...
    -- changes: 3 create, 2 alter, 1 drop
    -- allow-hazards: data-loss                        (plan --allow-hazards; or none)
    -- blocking-1: data-loss app.t.legacy: drops ...   (each hazard apply refuses unless allowed)
    -- approved: sha256:<seal> by NAME at TIME          (added by `approve`)
    <blank line>
    statements, grouped and commented per object

The header ends at the first line that is not a `-- ` comment. The plan hash covers the whole file
except the `-- approved:` lines of the header; an approval line seals that hash together with the
approver's name and time, so editing any line of the plan (header included) or the approval line
itself voids the approval.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pglast import split as pg_split
from pglast.parser import ParseError

from ..apply.statements import AFTER_COMMIT, DIRECTIVE
from ..catalog.fingerprint import KINDS_HEADER, Fingerprint, format_kinds
from ..diff.changes import HAZARD_ORDER, Action, Change
from ..errors import CmisDiffError
from ..render import names

FORMAT_LINE = "-- cmis-diff plan 1"
APPROVED = "approved"
ALLOW_HAZARDS = "allow-hazards"
BLOCKING_PREFIX = "blocking-"
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_REQUIRED = ("live", "target", "last-applied", "live-fingerprint", "desired-hash", "tool", "hazards", "changes")


@dataclass(frozen=True)
class PlanHeader:
    live: str
    live_fingerprint: str
    desired_hash: str
    tool: str
    hazards: str
    changes: str
    prerequisites: tuple[str, ...] = ()
    approved: str | None = None  # "sha256:<seal> by NAME at TIME"
    extra: dict[str, str] = field(default_factory=dict)
    target: str = ""  # "<system identifier> <database name>" of live at plan time
    last_applied: str = "none"  # "<ledger id> <plan hash>" of live's last applied plan at plan time


@dataclass(frozen=True)
class Approval:
    seal: str
    by: str
    at: str


@dataclass(frozen=True)
class PlanText:
    header: PlanHeader
    header_text: str
    statements_text: str

    @property
    def plan_hash(self) -> str:
        """sha256 of the whole file except the approval lines: what an approval and the ledger name."""
        kept = [ln for ln in self.header_text.split("\n") if not ln.startswith(f"-- {APPROVED}: ")]
        return _sha256("\n".join(kept) + "\n" + self.statements_text)

    @property
    def approval(self) -> Approval | None:
        return parse_approval(self.header.approved) if self.header.approved else None


def _sha256(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def seal(plan_hash: str, by: str, at: str) -> str:
    """The approval's hash: the plan hash bound to who approved and when."""
    return _sha256(f"{plan_hash}\n{by}\n{at}")


def parse_approval(value: str) -> Approval | None:
    digest, _, rest = value.partition(" by ")
    by, sep, at = rest.rpartition(" at ")
    return Approval(digest, by, at) if sep and digest.startswith("sha256:") else None


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


def _comment(line: str) -> str:
    """A `--` line as written: refused (a bug of ours) if any text could end it early."""
    if "\n" in line or "\r" in line:
        raise RuntimeError(f"refusing to write a plan comment line holding a line break: {names.text(line)}")
    return line


def _statement(change: Change) -> str:
    return change.sql.strip().rstrip(";").rstrip()


def _annotations(ch: Change) -> list[str]:
    """The comment lines after a statement's first: why, each hazard weighed on live, notes, lint
    findings, and the directive that runs it after the plan's transaction commits."""
    lines = [f"-- why: {ch.why}"] if ch.why else []
    lines += [f"-- !! {r.hazard.value}: {r.detail}" + ("  [apply refuses unless allowed]" if r.blocking else "")
              for r in ch.risks if r.detail]
    lines += [f"-- note: {n}" for n in ch.notes]
    lines += [f"-- lint: {finding}" for finding in ch.lint]
    if ch.after_commit:
        lines.append(f"{DIRECTIVE} {AFTER_COMMIT}")
    return lines


def render_statements(changes: list[Change]) -> str:
    """Statements grouped per object, each with a comment naming it and its hazards."""
    blocks = []
    for ch in changes:
        note = f"-- [{ch.action.value}] {ch.kind} {ch.label}".rstrip()
        if ch.hazards:
            note += "  !! " + ", ".join(h.value for h in ch.hazards)
        if ch.destructive:
            note += "  (DESTRUCTIVE)"
        lines = [_comment(line) for line in (note, *_annotations(ch))]
        blocks.append("\n".join(lines) + "\n" + _statement(ch) + ";\n")
    return "\n".join(blocks)


def safety_lines(changes: list[Change], allow_hazards: tuple[str, ...]) -> dict[str, str]:
    """Header lines: the hazard kinds the plan was allowed to carry, and every hazard apply refuses
    unless its kind is allowed (the approval covers both)."""
    lines = {ALLOW_HAZARDS: ", ".join(allow_hazards) or "none"}
    blocking = [r for ch in changes for r in ch.risks if r.blocking]
    lines.update({f"{BLOCKING_PREFIX}{i}": r.line for i, r in enumerate(blocking, 1)})
    return lines


def allowed_hazards(extra: dict[str, str]) -> list[str]:
    """The kinds a plan's `allow-hazards` line allows (none when absent or `none`)."""
    return [k.strip() for k in extra.get(ALLOW_HAZARDS, "none").split(",") if k.strip() not in ("", "none")]


def refused_lines(extra: dict[str, str]) -> list[str]:
    """The `blocking-N` lines whose kind the `allow-hazards` line does not allow: what apply refuses."""
    allowed = set(allowed_hazards(extra))
    return [line for key, line in extra.items()
            if key.startswith(BLOCKING_PREFIX) and line.split(" ", 1)[0] not in allowed]


def _check_statements(text: str, changes: list[Change]) -> None:
    """The statements text must parse into exactly the planned statements (defence in depth: no
    catalog text can have added, merged or cut one)."""
    try:
        found = [text[s] for s in pg_split(text, with_parser=True, only_slices=True)]
    except ParseError as exc:
        raise RuntimeError(f"refusing to write a plan that does not parse: {exc.args[0]}") from None
    wanted = [_statement(c) for c in changes]
    if found != wanted:
        n = next((i for i, (a, b) in enumerate(zip(found, wanted, strict=False)) if a != b), min(len(found),
                                                                                           len(wanted)))
        raise RuntimeError(f"refusing to write a plan whose text splits into {len(found)} statements, not the "
                           f"{len(wanted)} planned (first difference at statement {n + 1})")


def render(header: PlanHeader, changes: list[Change]) -> str:
    lines = [
        FORMAT_LINE,
        f"-- live: {header.live}",
        f"-- target: {header.target}",
        f"-- last-applied: {header.last_applied}",
        f"-- live-fingerprint: {header.live_fingerprint}",
        f"-- desired-hash: {header.desired_hash}",
        f"-- tool: {header.tool}",
        f"-- hazards: {header.hazards}",
        f"-- changes: {header.changes}",
    ]
    lines += [f"-- {k}: {v}" for k, v in header.extra.items()]
    lines += [f"-- prerequisite: {p}" for p in header.prerequisites]
    body = render_statements(changes)
    _check_statements(body, changes)
    return "\n".join(_comment(line) for line in lines) + "\n\n" + body


def header_for(live: str, live_fingerprint: Fingerprint, desired_hash: str, tool: str, changes: list[Change],
               prerequisites: tuple[str, ...] = (), extra: dict[str, str] | None = None, *, target: str,
               last_applied: str, allow_hazards: tuple[str, ...] = ()) -> PlanHeader:
    extra = {**safety_lines(changes, allow_hazards), **(extra or {}), KINDS_HEADER: format_kinds(live_fingerprint)}
    return PlanHeader(live, live_fingerprint.digest, desired_hash, tool, format_hazards(count_hazards(changes)),
                      format_changes(count_changes(changes)), prerequisites, None, extra, target, last_applied)


def _header_values(lines: list[str], label: str) -> tuple[dict[str, str], list[str]]:
    values: dict[str, str] = {}
    prerequisites = []
    for n, line in enumerate(lines, 2):
        key, sep, value = line[3:].partition(": ")
        if not sep or not key or not set(key) <= _KEY_CHARS:
            raise CmisDiffError(f"{label}:{n}: malformed header line (expected '-- key: value')")
        if key == "prerequisite":
            prerequisites.append(value)
        elif key in values:
            raise CmisDiffError(f"{label}:{n}: header line '-- {key}:' appears twice")
        else:
            values[key] = value
    return values, prerequisites


def parse(text: str, label: str) -> PlanText:
    lines = text.split("\n")
    if not lines or lines[0] != FORMAT_LINE:
        raise CmisDiffError(f"{label}: not a cmis-diff plan (first line must be {FORMAT_LINE!r})")
    n = 0
    while n < len(lines) and lines[n].startswith("-- "):
        n += 1
    values, prerequisites = _header_values(lines[1:n], label)
    missing = [k for k in _REQUIRED if k not in values]
    if missing:
        raise CmisDiffError(f"{label}: header lacks '-- {missing[0]}:' (made by an older cmis-diff? plan again)")
    known = set(_REQUIRED) | {APPROVED}
    header = PlanHeader(values["live"], values["live-fingerprint"], values["desired-hash"], values["tool"],
                        values["hazards"], values["changes"], tuple(prerequisites), values.get(APPROVED),
                        {k: v for k, v in values.items() if k not in known}, values["target"],
                        values["last-applied"])
    return PlanText(header, "\n".join(lines[:n]), "\n".join(lines[n:]))


def read(path: Path) -> PlanText:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CmisDiffError(f"{path}: cannot read plan ({exc})") from None
    return parse(text, str(path))


def read_header(path: Path) -> PlanHeader:
    """Only the header (a plan can be megabytes; its header is a few lines)."""
    lines = []
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.startswith("-- "):
                    break
                lines.append(line.rstrip("\n"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CmisDiffError(f"{path}: cannot read plan ({exc})") from None
    return parse("\n".join(lines), str(path)).header


def approve(path: Path, by: str, allow_hazards: tuple[str, ...] = ()) -> PlanText:
    """Record approval of the plan as it is now (replacing any earlier approval); `allow_hazards`
    (kinds the approver accepts, e.g. for a rollback) are added to its allow-hazards line first."""
    plan = read(path)
    if allow_hazards:
        kinds = dict.fromkeys([*allowed_hazards(plan.header.extra), *allow_hazards])
        line = f"-- {ALLOW_HAZARDS}: " + ", ".join(kinds)
        lines = [line if ln.startswith(f"-- {ALLOW_HAZARDS}: ") else ln for ln in plan.header_text.split("\n")]
        _replace(path, "\n".join(lines) + "\n" + plan.statements_text)
        plan = read(path)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    who = names.text(by)
    kept = [ln for ln in plan.header_text.split("\n") if not ln.startswith(f"-- {APPROVED}: ")]
    kept.append(_comment(f"-- {APPROVED}: {seal(plan.plan_hash, who, stamp)} by {who} at {stamp}"))
    _replace(path, "\n".join(kept) + "\n" + plan.statements_text)
    return read(path)


def _replace(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def check_approved(plan: PlanText, label: str) -> Approval:
    """The plan's approval, if it still seals this exact file; else a one-line refusal."""
    approval = plan.approval
    if plan.header.approved is None:
        raise CmisDiffError(f"{label}: not approved (run `cmis-diff approve {label}` after review)")
    if approval is None or approval.seal != seal(plan.plan_hash, approval.by, approval.at):
        raise CmisDiffError(f"{label}: edited after approval (the plan, its header or its approval line changed; "
                            "approve it again after review)")
    return approval


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
