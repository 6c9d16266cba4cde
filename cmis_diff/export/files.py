"""Desired files as export reads and writes them: a header, then statement blocks.

A block is the text before a statement (blank lines, a person's comments), the `-- <kind>
<label>` line export writes above each statement (recognised only when it is exactly the line
export would write for that statement), the statement as written, and its semicolon. Blocks
that export does not touch keep their bytes, so rewriting one object changes only its lines.
Statements are found with pglast (split and scan), never with regular expressions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from pglast import split as pg_split
from pglast.parser import ParseError, scan

from ..errors import CmisDiffError
from ..source.split import without_dump_guards
from .units import Statement, describe


@dataclass(eq=False)  # blocks are compared by identity: two may hold the same text
class Block:
    lead: str  # text between the previous statement's end and this one (blank lines, comments)
    statement: Statement
    ours: bool  # preceded by export's own comment line (rewritten with the statement)
    term: str = ";"  # the text that ends the statement (its semicolon)

    @property
    def text(self) -> str:
        line = f"{self.statement.comment_line}\n" if self.ours else ""
        if "\n" in line[:-1] or "\r" in line:  # a bug of ours: catalog text must never end a comment
            raise RuntimeError(f"refusing to write a comment line holding a line break: {line!r}")
        return f"{self.lead}{line}{self.statement.sql}{self.term}"


@dataclass
class SqlFile:
    name: str
    header: str  # the leading comment lines (the AI Agent Context), each ending in a newline
    blocks: list[Block] = field(default_factory=list)
    tail: str = "\n"
    original: str | None = None  # the text read from disk (None: a new file)

    @property
    def text(self) -> str:
        return self.header + "".join(b.text for b in self.blocks) + (self.tail if self.blocks else "")

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def insert(self, index: int, statement: Statement, before: bool = False) -> None:
        """A new block at index, one blank line from its neighbours. `before`: it goes in front of
        the block at index, under that block's leading comments (a person's section title);
        otherwise it follows the block before it and the next block keeps its comments."""
        nxt = self.blocks[index] if index < len(self.blocks) else None
        if nxt is not None and (before or index == 0):
            lead, nxt.lead = nxt.lead, "\n\n"
        else:
            lead = "\n\n" if index > 0 else ("\n" if self.header else "")
            if nxt is not None and not nxt.lead.startswith("\n\n"):
                nxt.lead = "\n" + nxt.lead
        self.blocks.insert(index, Block(lead, statement, True))

    def remove(self, index: int) -> None:
        """Drop a block; a person's comments before it stay, before the next statement."""
        gone = self.blocks.pop(index)
        if gone.lead.strip() and index < len(self.blocks):
            nxt = self.blocks[index]
            nxt.lead = gone.lead.rstrip(" \t\n") + "\n" + nxt.lead.lstrip("\n")
        elif index == 0 and self.blocks:
            self.blocks[0].lead = gone.lead[:len(gone.lead) - len(gone.lead.lstrip("\n"))]

    def replace_statement(self, index: int, statement: Statement) -> None:
        block = self.blocks[index]
        self.blocks[index] = replace(block, statement=statement, ours=True, term=";")


def _header_end(text: str) -> int:
    """Offset after the leading comment lines (the file's header)."""
    at = 0
    while text.startswith("--", at):
        nl = text.find("\n", at)
        if nl < 0:
            return len(text)
        at = nl + 1
    return at


def _terminator(gap: str) -> int:
    """Length of the text that ends a statement: up to and including its semicolon (0 if none)."""
    try:
        tokens = scan(gap)
    except ParseError:
        return 0
    return next((t.end + 1 for t in tokens if t.name == "ASCII_59"), 0)


def _ours(lead: str, statement: Statement) -> bool:
    line = statement.comment_line + "\n"
    return lead.endswith(line) and (len(lead) == len(line) or lead[-len(line) - 1] == "\n")


def parse(name: str, text: str, display: str | None = None) -> SqlFile:
    """Blocks of an existing file (a syntax error names the file and line). pg_dump's psql guards
    (`\\restrict`) are blanked, as the loader does."""
    text = without_dump_guards(text)
    try:
        slices = list(pg_split(text, with_parser=True, only_slices=True))
    except ParseError as exc:
        offset = exc.args[1] if len(exc.args) > 1 else 0
        raise CmisDiffError(f"{display or name}:{text.count(chr(10), 0, offset) + 1}: {exc.args[0]}") from None
    head = _header_end(text)
    if slices and slices[0].start < head:
        head = text.rfind("\n", 0, slices[0].start) + 1
    out = SqlFile(name, text[:head], original=text)
    at = head
    for n, s in enumerate(slices):
        sql = text[s]
        statement = describe(sql) or Statement(sql, None, "statement", "")
        lead = text[at:s.start]
        ours = _ours(lead, statement)
        if ours:
            lead = lead[:-len(statement.comment_line) - 1]
        stop = slices[n + 1].start if n + 1 < len(slices) else len(text)
        end = s.stop + _terminator(text[s.stop:stop])
        out.blocks.append(Block(lead, statement, ours, text[s.stop:end]))
        at = end
    out.tail = text[at:] if out.blocks else ""
    if not out.blocks:
        out.header = text
    return out


def read(directory: Path, name: str) -> SqlFile:
    path = directory / name
    try:
        return parse(name, path.read_text(encoding="utf-8"), f"{directory}/{name}")
    except UnicodeDecodeError as exc:
        raise CmisDiffError(f"{directory}/{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise CmisDiffError(f"{directory}/{name}: cannot read ({exc.strerror})") from None
