"""Answers remembered by live's catalog signature: a clean drift, an unchanged plan, in one round trip.

drift's clean report and plan's "No changes" are pure functions of live's catalog, the desired
files, the scratch server that built desired's fingerprint, the ignore rules, the flags that shape
them, and this tool's version and catalog queries. Live's catalog is named by its signature
(catalog/signature.py, read in the session state of every catalog read, catalog/session.py): a
signature cannot come back to an earlier value with other catalog rows, and it names the server
process, the database and the user. `remember` keeps an answer under a key of all of these;
`recall` reads live's signature through libpq (libpq.py: no psycopg import, 0.15 s) and, finding
the key, returns the answer. Anything else (no such key, a signature that cannot be read, an
error) is None: the command then works in full, and reports errors as always.

Only a live database given by URL, with desired built on the embedded server, is answered this
way: the embedded server is named by its data directory's major version and its binary, read
without connecting.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import Any

from . import __version__, cache, libpq, server
from .catalog import session, signature
from .connect import CONNECT_TIMEOUT_S
from .errors import CmisDiffError
from .waits import Limits, session_options

_FORMAT = "remembered 1"


def applicable(live_url: str | None, scratch_url: str | None) -> str | None:
    """Live's URL when an answer may be remembered and recalled: live given by its URL (not the
    embedded default, which may first have to be created), desired built on the embedded server."""
    url = live_url or os.environ.get("CMIS_DIFF_LIVE_URL") or os.environ.get("DATABASE_URL")
    return url if url and not (scratch_url or os.environ.get("CMIS_DIFF_SCRATCH_URL")) else None


def _embedded() -> str | None:
    """The embedded server's major version and binary (a minor upgrade changes the version plans show)."""
    try:
        major = (server.pgdata() / "PG_VERSION").read_text(encoding="ascii").strip()
        binary = (server.bin_dir() / "postgres").stat()
    except (OSError, CmisDiffError):
        return None
    return f"{major} {binary.st_size} {binary.st_mtime_ns}"


def _key(kind: str, url: str, live_signature: str, inputs: tuple[str, ...], create: bool = False) -> str | None:
    """Keyed by this user's secret (cache.secret): the URL may hold a password."""
    embedded, secret = _embedded(), cache.secret(create)
    if embedded is None or secret is None:
        return None
    parts = (_FORMAT, kind, __version__, cache.queries_hash(), repr(session.PINNED), url, live_signature, embedded,
             *inputs)
    return hmac.new(secret, "\0".join(parts).encode(), hashlib.sha256).hexdigest()[:32]


def remember(kind: str, url: str, live_signature: str | None, inputs: tuple[str, ...], answer: dict[str, Any]) -> None:
    """Keep `answer` for live (`url`) at `live_signature` and these inputs (desired hash, rules, flags)."""
    if live_signature is None:
        return
    key = _key(kind, url, live_signature, inputs, create=True)
    if key is not None:
        cache.store_answer(key, answer)


def recall(kind: str, url: str, inputs: tuple[str, ...], limits: Limits) -> tuple[dict[str, Any], str, float] | None:
    """(the answer remembered, live's signature, seconds it took) if live's catalog is still what it
    was when the answer was remembered with these inputs."""
    t0 = time.perf_counter()
    params = libpq.parse(url)
    if params is None:
        return None
    # as psycopg's connections are made (connect.py): the URL's options, then ours
    options = " ".join(o for o in (params.get("options", ""), session_options(limits)) if o)
    params.update(application_name="cmis-diff", connect_timeout=str(CONNECT_TIMEOUT_S), options=options)
    # one round trip: the session state of catalog reads, pinned in a transaction that ends with
    # the connection, then the signature
    live_signature = libpq.query_value(params, f"BEGIN; {session.PIN_SQL.decode()} {signature.SQL}")
    if live_signature is None:
        return None
    key = _key(kind, url, live_signature, inputs)
    answer = cache.load_answer(key) if key is not None else None
    return (answer, live_signature, time.perf_counter() - t0) if answer is not None else None
