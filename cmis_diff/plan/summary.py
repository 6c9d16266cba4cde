"""What a plan file does, for a person deciding whether to approve it: counts per kind and action,
hazards, what the plan leaves different (not converged) and cosmetic notes.

Built from the file itself, as written (so `plan`, `approve`, `plans` and `rollback` say the same
thing, and a plan reused from diffs/ is summarised like a fresh one): each statement is split and
classified with pglast; its hazards are the ones the plan wrote on the `-- [action]` line before it.
Comments, grants, owners and settings of objects the same plan creates are counted with their
creation ("follow-ups"), not as alterations of their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from pglast.parser import ParseError

from ..diff.changes import Action, Change, Hazard
from ..diff.classify import classify
from ..errors import CmisDiffError
from ..order import graph
from ..parsing import parse_sql
from .planfile import PlanText

_DESTRUCTIVE = "  (DESTRUCTIVE)"
_HAZARDS = "  !! "


@dataclass(frozen=True)
class Item:
    """One statement of the plan as the summary shows it."""

    kind: str
    action: str  # create | alter | drop | setting
    label: str  # the object, quoted like PostgreSQL
    hazards: str  # as the plan's comment line names them ("" when none)
    destructive: bool
    follow_up: bool  # alters an object this plan creates (its comment, grants, owner, settings)
    statement: str


@dataclass(frozen=True)
class Finding:
    """A `not-converged-N` or `note-N` header line: (kind, object, what)."""

    kind: str
    object: str
    what: str

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "object": self.object, "what": self.what}


@dataclass(frozen=True)
class Summary:
    plan: PlanText
    items: tuple[Item, ...]

    @property
    def statements(self) -> int:
        return sum(1 for i in self.items if i.action != Action.SETTING.value)

    def counts(self) -> dict[str, int]:
        """Statements per action (follow-ups included), as the header's `changes:` line counts them."""
        c = Counter(i.action for i in self.items)
        return {a.value: c.get(a.value, 0) for a in (Action.CREATE, Action.ALTER, Action.DROP)}

    def by_kind(self) -> list[tuple[str, str, int]]:
        """(action, kind, count) of the statements that are not follow-ups, drops first."""
        order = {Action.DROP.value: 0, Action.CREATE.value: 1, Action.ALTER.value: 2}
        c = Counter((i.action, i.kind) for i in self.items if not i.follow_up and i.action in order)
        return [(a, k, n) for (a, k), n in sorted(c.items(), key=lambda x: (order[x[0][0]], x[0][1]))]

    def follow_ups(self) -> dict[str, int]:
        """Per kind, the statements that complete an object this plan creates."""
        return dict(sorted(Counter(i.kind for i in self.items if i.follow_up).items()))

    def hazardous(self) -> list[Item]:
        return [i for i in self.items if i.hazards or i.destructive]

    def hazards(self) -> dict[str, int]:
        """The header's `hazards:` line, the kinds that occur (e.g. {"data-loss": 1})."""
        out = {}
        for part in self.plan.header.hazards.split(", "):
            name, _, n = part.rpartition(" ")
            if n.isdigit() and int(n):
                out[name] = int(n)
        return out

    @property
    def not_converged(self) -> list[Finding]:
        return findings(self.plan, "not-converged-")

    @property
    def notes(self) -> list[Finding]:
        return findings(self.plan, "note-")

    @property
    def verified(self) -> str:
        return self.plan.header.extra.get("verified", "no")

    def as_json(self, statements: bool = False) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "statements": self.statements,
            "counts": self.counts(),
            "by_kind": [{"action": a, "kind": k, "count": n} for a, k, n in self.by_kind()],
            "follow_ups": self.follow_ups(),
            "hazards": self.hazards(),
            "hazardous": [{"kind": i.kind, "action": i.action, "object": i.label, "hazards": i.hazards,
                           "destructive": i.destructive} for i in self.hazardous()],
            "destructive": sum(1 for i in self.items if i.destructive),
            "not_converged": [f.as_json() for f in self.not_converged],
            "notes": [f.as_json() for f in self.notes],
            "column_order_differs": len(self.notes),
            "prerequisites": list(self.plan.header.prerequisites),
            "verified": self.verified.startswith("yes"),
        }
        if statements:
            doc["statement_list"] = [{"kind": i.kind, "action": i.action, "object": i.label, "hazards": i.hazards,
                                      "statement": i.statement} for i in self.items]
        return doc


def _comment_hazards(gap: str) -> tuple[str, bool]:
    """(hazards, destructive) from the `-- [action] kind object  !! hazards  (DESTRUCTIVE)` line the
    plan wrote before a statement. A quoted name may hold "  !! " itself: the last one is ours."""
    lines = [ln for ln in gap.split("\n") if ln.startswith("-- [")]
    if not lines:
        return "", False
    line = lines[-1]
    destructive = line.endswith(_DESTRUCTIVE)
    line = line.removesuffix(_DESTRUCTIVE)
    _, sep, hazards = line.rpartition(_HAZARDS)
    return (hazards if sep else ""), destructive


def summarize(plan: PlanText, label: str) -> Summary:
    """The summary of a plan file (its statements parsed once with pglast, and classified)."""
    text = plan.statements_text
    try:
        parsed = parse_sql(text)
    except ParseError as exc:
        raise CmisDiffError(f"{label}: statements do not parse: {exc.args[0]}") from None
    changes: list[Change] = []
    gaps: list[str] = []
    end = 0
    for raw in parsed:
        start = raw.stmt_location or 0
        stop = start + raw.stmt_len if raw.stmt_len else len(text)
        sql = text[start:stop].strip()
        gaps.append(text[end:start])
        end = stop
        changes.append(classify(sql, raw.stmt))
    created = _created(changes)
    items = []
    for change, gap in zip(changes, gaps, strict=True):
        hazards, destructive = _comment_hazards(gap)
        items.append(Item(change.kind, change.action.value, change.label, hazards,
                          destructive or Hazard.DATA_LOSS in change.hazards, _follows(change, created),
                          change.sql))
    return Summary(plan, tuple(items))


def from_changes(plan: PlanText, changes: list[Change]) -> Summary:
    """The summary of a plan file just rendered from `changes` (what summarize() would read back
    from it, without parsing it again)."""
    created = _created(changes)
    return Summary(plan, tuple(Item(c.kind, c.action.value, c.label, ", ".join(h.value for h in c.hazards),
                                    c.destructive, _follows(c, created), c.sql) for c in changes))


def _created(changes: list[Change]) -> set[Any]:
    """Keys of what the plan creates. A column added to a table live has does not make the table
    new: its graph key (the table's) is left out, or every ALTER of that table would pass for a
    follow-up and drop out of the reviewer's list."""
    return {k for c in changes if c.action is Action.CREATE
            for k in ((c.kind, c.identity), None if c.kind == "column" else graph.key_of(c))}


def _follows(change: Change, created: set[Any]) -> bool:
    """Whether an ALTER completes an object the plan creates (by the object's key, the object a
    comment, grant or owner change is about, or the table it touches)."""
    if change.action is not Action.ALTER:
        return False
    keys = {graph.key_of(change), ("rel", change.table) if change.table else None}
    if change.of and change.parts:
        keys.add((change.of, ".".join(change.parts)))
        if change.of == "column":
            keys.add(("rel", ".".join(change.parts[:-1])))
    return any(k is not None and k in created for k in keys)  # one lookup a key: plans have 50,000 lines


def split_finding(value: str) -> Finding:
    """`<kind> <object> (<what>)`, as plan header lines write not-converged objects and notes. The
    kind is one word; the object ends at the first " (" after which the rest is balanced."""
    kind, _, rest = value.partition(" ")
    start = 0
    while (i := rest.find(" (", start)) >= 0:
        obj, what = rest[:i], rest[i + 2:]
        if what.endswith(")") and _balanced(obj) and _balanced(what[:-1]):
            return Finding(kind, obj, what[:-1])
        start = i + 1
    return Finding(kind, rest, "")


def _balanced(text: str) -> bool:
    depth, quote = 0, ""
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            if depth < 0:
                return False
    return depth == 0 and not quote


def findings(plan: PlanText, prefix: str) -> list[Finding]:
    keys = sorted((k for k in plan.header.extra if k.startswith(prefix) and k[len(prefix):].isdigit()),
                  key=lambda k: int(k[len(prefix):]))
    return [split_finding(plan.header.extra[k]) for k in keys]


def finding_lines(prefix: str, found: list[tuple[str, str, str]]) -> dict[str, str]:
    """Plan header lines for findings: `<prefix>1: <kind> <object> (<what>)`."""
    return {f"{prefix}{n}": f"{k} {o} ({w})" for n, (k, o, w) in enumerate(found, 1)}
