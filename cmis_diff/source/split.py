"""Split desired SQL into statements with the real PostgreSQL parser, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass

from pglast import split as pg_split
from pglast.parser import ParseError

from ..errors import CmisDiffError
from .discover import DesiredFile


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


def split_file(f: DesiredFile) -> list[Statement]:
    try:
        slices = list(pg_split(f.text, with_parser=True, only_slices=True))
    except ParseError as exc:
        message, location = exc.args[0], exc.args[1] if len(exc.args) > 1 else 0
        raise CmisDiffError(f"{f.display}:{_line_of(f.text, location)}: {message}") from None
    return [Statement(f.text[s], f.display, _line_of(f.text, s.start)) for s in slices]
