"""Ignore rules: objects and kinds that plan and drift leave alone, counted, never silent.

Read from `<desired>/.cmis-diff-ignore` (one rule a line, # comments) and from
`[tool.cmis-diff] ignore = [...]` in ./pyproject.toml. A rule is a glob over the qualified name
(`cmis_staging.*`, `*.tmp_*`), optionally restricted to a kind (`index:*_old`). `schema:GLOB`
ignores the schemas it matches and everything in them.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import tool_settings
from .errors import CmisDiffError

if TYPE_CHECKING:
    from .diff.changes import Change

FILE = ".cmis-diff-ignore"
# our kinds, in fingerprints and in changes, as a rule may name them
_KIND_ALIASES = {"table": {"relation", "table"}, "view": {"relation", "view"}, "relation": {"relation", "table",
                 "view", "materialized view"}}


@dataclass(frozen=True)
class IgnoreRules:
    rules: tuple[tuple[str | None, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rules)

    def matches(self, kind: str, identity: str) -> bool:
        name = identity.replace('"', "")
        for rule_kind, pattern in self.rules:
            if rule_kind == "schema":
                schema = name.split(" ", 1)[-1].split(".", 1)[0] if "." in name or kind == "schema" else ""
                if fnmatch.fnmatchcase(schema, pattern):
                    return True
                continue
            if rule_kind and kind not in _KIND_ALIASES.get(rule_kind, {rule_kind}):
                continue
            if fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(name.split(" ", 1)[-1], pattern):
                return True
        return False


    def matches_change(self, change: Change) -> bool:
        """A planned change is ignored when its object, or the table it touches, is."""
        return self.matches(change.kind, change.identity) or bool(change.table and self.matches("table",
                                                                                                   change.table))


def _parse(lines: list[str], where: str) -> list[tuple[str | None, str]]:
    rules: list[tuple[str | None, str]] = []
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, sep, pattern = line.partition(":")
        if sep and not pattern.strip():
            raise CmisDiffError(f"{where}:{n}: rule {line!r} has no pattern")
        rules.append((kind.strip(), pattern.strip()) if sep else (None, line))
    return rules


def load(desired_root: Path, project: Path = Path("pyproject.toml")) -> IgnoreRules:
    rules: list[tuple[str | None, str]] = []
    path = desired_root / FILE
    if path.is_file():
        rules += _parse(path.read_text(encoding="utf-8").splitlines(), str(path))
    settings = tool_settings(project)
    rules += _parse([str(x) for x in settings.get("ignore", [])], f"{project} [tool.cmis-diff] ignore")
    return IgnoreRules(tuple(rules))
