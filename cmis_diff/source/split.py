"""Split desired SQL into statements with the real PostgreSQL parser, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass

from pglast import split as pg_split
from pglast.parser import ParseError, scan

from ..errors import CmisDiffError
from .discover import DesiredFile

# psql meta-commands pg_dump 18 writes around a dump (a guard against a malicious server's dump
# running commands); they mean nothing to the server. Any other meta-command stays an error.
_DUMP_GUARDS = ("restrict", "unrestrict")


@dataclass(frozen=True)
class Statement:
    sql: str
    file: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _guard_line(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the line at offset if it is a guard: `\\restrict KEY` or `\\unrestrict KEY`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    words = text[start:end].split()
    if len(words) == 2 and words[0].startswith("\\") and words[0][1:].lower() in _DUMP_GUARDS:
        return start, end
    return None


def without_dump_guards(text: str) -> str:
    """The text with pg_dump's `\\restrict` / `\\unrestrict` lines blanked (same length and
    lines, so positions still point into it). The scanner finds them: a backslash outside any
    string or comment, on such a line (the scanner may also stop on the random key, e.g.
    `5Gk...`, which it reads as a malformed number: that line is blanked and the scan resumes)."""
    if "\\" not in text:
        return text
    while True:
        try:
            backslashes = [t.start for t in scan(text) if t.name == "ASCII_92"]
        except ParseError as exc:
            line = _guard_line(text, exc.args[1]) if len(exc.args) > 1 else None
            if line is None:
                return text  # the split reports the error with its line
            text = text[:line[0]] + " " * (line[1] - line[0]) + text[line[1]:]
            continue
        for offset in backslashes:
            line = _guard_line(text, offset)
            if line is not None:
                text = text[:line[0]] + " " * (line[1] - line[0]) + text[line[1]:]
        return text


def split_file(f: DesiredFile) -> list[Statement]:
    text = without_dump_guards(f.text)
    try:
        slices = list(pg_split(text, with_parser=True, only_slices=True))
    except ParseError as exc:
        message, location = exc.args[0], exc.args[1] if len(exc.args) > 1 else 0
        raise CmisDiffError(f"{f.display}:{_line_of(text, location)}: {message}") from None
    out, line, at = [], 1, 0
    for s in slices:  # lines counted incrementally: a dump has thousands of statements
        line += text.count("\n", at, s.start)
        at = s.start
        out.append(Statement(text[s], f.display, line))
    return out
