"""Names and values from catalogs as plan files show them: quoted like PostgreSQL where needed, and
never with a raw control, invisible or line-separator character (such a name becomes a Unicode-escape
identifier `U&"..."`, such a value an `E'...'` string), so that no catalog text can end a `--`
comment line or hide what a statement does. Everything produced here is valid SQL denoting exactly
the original name or value.
"""

from __future__ import annotations

from functools import lru_cache

from psycopg import sql

_E_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def is_plain(text: str) -> bool:
    """True when every character shows as itself (no control, format, separator or unassigned one)."""
    return text.isprintable()


def _ident_escape(ch: str) -> str:
    code = ord(ch)
    return f"\\{code:04X}" if code <= 0xFFFF else f"\\+{code:06X}"


@lru_cache(maxsize=1 << 16)
def ident(name: str) -> str:
    """An identifier, quoted only when PostgreSQL needs it (as quote_ident does). Cached: a plan
    names the same schemas and tables in thousands of labels."""
    if is_plain(name):
        from pglast.keywords import COL_NAME_KEYWORDS  # pglast loads late: drift never quotes a name
        from pglast.stream import maybe_double_quote_name

        quoted = maybe_double_quote_name(name)
        return f'"{name}"' if quoted == name and name in COL_NAME_KEYWORDS else quoted
    body = "".join("\\\\" if ch == "\\" else '""' if ch == '"' else ch if ch.isprintable() else _ident_escape(ch)
                   for ch in name)
    return f'U&"{body}"'


def qualified(*parts: str) -> str:
    """A dotted name, each part through ident(); empty parts are left out."""
    return ".".join(ident(p) for p in parts if p)


def _e_escape(ch: str) -> str:
    if ch in _E_ESCAPES:
        return _E_ESCAPES[ch]
    code = ord(ch)
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def literal(value: str) -> str:
    """A string literal: psycopg's rendering, or an E'...' string with escapes when the value holds
    characters that do not show as themselves."""
    if is_plain(value):
        return sql.Literal(value).as_string(None).strip()
    body = "".join("\\\\" if ch == "\\" else "''" if ch == "'" else ch if ch.isprintable() else _e_escape(ch)
                   for ch in value)
    return f"E'{body}'"


def text(value: str) -> str:
    """Free text from a catalog or a server message (a name list, an error) shown as is when plain,
    else as a literal."""
    return value if is_plain(value) else literal(value)


def _unquote(body: str, quote: str) -> str | None:
    """The content of a quoted token, or None when it is not a single simply-quoted one."""
    inner = body[1:-1]
    if len(body) < 2 or body[0] != quote or body[-1] != quote or quote in inner.replace(quote * 2, ""):
        return None
    return inner.replace(quote * 2, quote)


def _printable_e_string(token: str) -> str:
    """An E'...' token with every raw character that does not show as itself escaped (a raw
    character after a backslash stands for itself, so the pair becomes its escape)."""
    out, i = [token[:2]], 2
    while i < len(token):
        ch = token[i]
        if ch == "\\" and i + 1 < len(token):
            nxt = token[i + 1]
            out.append(_e_escape(nxt) if not nxt.isprintable() else ch + nxt)
            i += 2
            continue
        out.append(ch if ch.isprintable() else _e_escape(ch))
        i += 1
    return "".join(out)


def _printable_token(token: str) -> str:
    if token[:1] == '"':
        name = _unquote(token, '"')
        return ident(name) if name is not None else token
    if token[:1] == "'":
        value = _unquote(token, "'")
        return literal(value) if value is not None else token
    if token[:2] in ("E'", "e'"):
        return _printable_e_string(token)
    return token  # dollar-quoted bodies, U&, bit and hex strings stay as written


def printable_sql(statement: str) -> str:
    """The same SQL with quoted identifiers and string constants that hold characters which do not
    show as themselves rewritten as U&"..." / E'...' (same meaning, read with pglast's scanner).
    Text that does not scan is returned as a literal, so it still shows safely."""
    if is_plain(statement):
        return statement
    from pglast.parser import ParseError, scan

    try:
        tokens = scan(statement)
    except ParseError:
        return literal(statement)
    out, last = [], 0
    for t in tokens:
        token = statement[t.start:t.end + 1]
        if t.name in ("IDENT", "SCONST") and not is_plain(token):
            out.append(statement[last:t.start])
            out.append(_printable_token(token))
            last = t.end + 1
    out.append(statement[last:])
    return "".join(out)
