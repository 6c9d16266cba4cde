"""desired/renames.toml: renames a schema cannot express, so that a plan renames in place instead of
dropping and adding (and losing the data):

    [[rename]]
    kind = "column"
    from = "cmis.users.full_name"
    to = "cmis.users.display_name"

Names are written as in SQL (unquoted parts fold to lower case; "Quoted" parts are kept), read with
PostgreSQL's own scanner (pglast). A function may name its argument types, `cmis.f(uuid, text)`;
an enum value is the type's name followed by the label, `cmis.status."Draft"`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pglast.parser import ParseError, scan

from ..errors import CmisDiffError

FILE = "renames.toml"
# kind -> how many name parts (schema first); the last part is what changes
PARTS = {"schema": 1, "table": 2, "index": 2, "type": 2, "function": 2, "column": 3, "constraint": 3,
         "enum value": 3}


@dataclass(frozen=True)
class Rename:
    number: int  # 1-based position in the file
    kind: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    args: str | None = None  # a function's argument types as written (None: the only function of that name)

    @property
    def shown(self) -> str:
        from ..render import names

        return f"rename {self.number} ({self.kind} {names.qualified(*self.old)} -> {names.ident(self.new[-1])})"


def _name(text: str, where: str) -> tuple[tuple[str, ...], str | None]:
    """(parts, function argument types or None) of a dotted SQL name."""
    try:
        tokens = scan(text)
    except ParseError:
        tokens = []
    parts: list[str] = []
    expect_part = True
    for n, t in enumerate(tokens):
        token = text[t.start:t.end + 1]
        if token == "(" and parts and not expect_part and text.rstrip().endswith(")"):
            return tuple(parts), text[t.start + 1:text.rstrip().rindex(")")].strip()
        if expect_part and (t.name == "IDENT" or t.kind != "NO_KEYWORD"):
            parts.append(token[1:-1].replace('""', '"') if token.startswith('"') else token.lower())
        elif not expect_part and token == ".":
            pass
        else:
            raise CmisDiffError(f"{where}: {text!r} is not a dotted name (at {token!r}, token {n + 1})")
        expect_part = not expect_part
    if not parts or expect_part:
        raise CmisDiffError(f"{where}: {text!r} is not a dotted name")
    return tuple(parts), None


def _entry(n: int, item: object, label: str) -> Rename:
    where = f"{label}: rename {n}"
    if not isinstance(item, dict) or set(item) != {"kind", "from", "to"} or \
            not all(isinstance(v, str) for v in item.values()):
        raise CmisDiffError(f"{where}: needs exactly kind, from and to (strings)")
    kind = item["kind"]
    if kind not in PARTS:
        raise CmisDiffError(f"{where}: unknown kind {kind!r} (one of: {', '.join(PARTS)})")
    (old, args), (new, new_args) = _name(item["from"], where), _name(item["to"], where)
    if len(old) != PARTS[kind] or len(new) != PARTS[kind] or new_args is not None or \
            (args is not None and kind != "function"):
        raise CmisDiffError(f"{where}: a {kind} is named by {PARTS[kind]} dotted part(s)"
                            + (" (a function may add its argument types)" if kind == "function" else ""))
    if old[:-1] != new[:-1]:
        raise CmisDiffError(f"{where}: 'to' must differ from 'from' in its last part only (a rename does not move "
                            "an object to another schema or table)")
    if old == new:
        raise CmisDiffError(f"{where}: 'from' and 'to' are the same")
    return Rename(n, kind, old, new, args)


def read(root: Path) -> list[Rename]:
    """The renames of desired/renames.toml, in file order (none when there is no such file)."""
    path = (root if root.is_dir() else root.parent) / FILE
    if not path.is_file():
        return []
    label = f"{root.name}/{FILE}" if root.is_dir() else str(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise CmisDiffError(f"{label}: {exc}") from None
    items = doc.get("rename", [])
    if set(doc) - {"rename"} or not isinstance(items, list):
        raise CmisDiffError(f"{label}: expected only [[rename]] entries")
    return [_entry(n, item, label) for n, item in enumerate(items, 1)]
