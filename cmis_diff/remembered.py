"""Answers remembered by live's catalog signature: a clean drift, an unchanged plan, in one round trip.

drift's clean report and plan's "No changes" are pure functions of live's catalog, the desired
files, the scratch server that built desired's fingerprint, the ignore rules, the flags that shape
them, and this tool's version and catalog queries. Live's catalog is named by its signature
(catalog/signature.py, read in the session state of every catalog read, catalog/session.py): a
signature cannot come back to an earlier value with other catalog rows, and it names the server
process, the database and the user. `remember` keeps an answer under a key of all of these;
`recall` reads live's signature through libpq (libpq.py: no psycopg import, 0.15 s) and, finding
the key, returns the answer. Anything else (no such key, a signature that cannot be read, an
error) is None: the command then works in full, and reports errors as always. The read starts
(`Signature`) as soon as the command knows live's URL, in a thread, so that its round trip
overlaps the imports and file reads the command does meanwhile.

Only a live database given by URL, with desired built on the embedded server, is answered this
way: the embedded server is named by its data directory's major version and its binary, read
without connecting.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
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


def _keying(kind: str, url: str, inputs: tuple[str, ...], create: bool = False) -> hmac.HMAC | None:
    """The key's HMAC over all but live's signature (made while the signature is read), keyed by
    this user's secret (cache.secret): the URL may hold a password."""
    embedded, secret = _embedded(), cache.secret(create)
    if embedded is None or secret is None:
        return None
    parts = (_FORMAT, kind, __version__, cache.queries_hash(), repr(session.PINNED), url, embedded, *inputs)
    return hmac.new(secret, "\0".join(parts).encode(), hashlib.sha256)


def _key(keying: hmac.HMAC, live_signature: str) -> str:
    h = keying.copy()
    h.update(b"\0" + live_signature.encode())
    return h.hexdigest()[:32]


def remember(kind: str, url: str, live_signature: str | None, inputs: tuple[str, ...], answer: dict[str, Any]) -> None:
    """Keep `answer` for live (`url`) at `live_signature` and these inputs (desired hash, rules, flags)."""
    if live_signature is None:
        return
    keying = _keying(kind, url, inputs, create=True)
    if keying is not None:
        cache.store_answer(_key(keying, live_signature), answer)


_QUERY = f"BEGIN; {session.PIN_SQL.decode()} {signature.SQL}"


class Signature:
    """Live's catalog signature, read in a thread from construction: a connection and a scan of the
    catalogs (about 30 ms on CMIS, mostly the server's) that the caller overlaps with its own work."""

    def __init__(self, url: str, limits: Limits) -> None:
        self.url, self.started = url, time.perf_counter()
        self._value: str | None = None
        self.seconds = 0.0  # the round trip's, once read
        # what needs the GIL is done here: the thread only waits on the server (libpq.py)
        params = self._params(limits)
        self._thread = threading.Thread(target=self._read, args=(params,), daemon=True)  # exit never waits
        self._thread.start()

    def _params(self, limits: Limits) -> dict[str, str] | None:
        try:
            params = libpq.parse(self.url)
        except Exception:  # as any failure to read: the caller then works in full, and reports it
            return None
        if params is None:
            return None
        # as psycopg's connections are made (connect.py): the URL's options, then ours
        options = " ".join(o for o in (params.get("options", ""), session_options(limits)) if o)
        params.update(application_name="cmis-diff", connect_timeout=str(CONNECT_TIMEOUT_S), options=options)
        return params

    def _read(self, params: dict[str, str] | None) -> None:
        try:
            # one round trip: the session state of catalog reads, pinned in a transaction that ends
            # with the connection, then the signature
            self._value = None if params is None else libpq.query_value(params, _QUERY)
        except Exception:  # as any failure to read: the caller then works in full, and reports it
            self._value = None
        finally:
            self.seconds = time.perf_counter() - self.started

    def value(self) -> str | None:
        """The signature, once read; None if it could not be."""
        self._thread.join()
        return self._value


def recall(kind: str, live: Signature, inputs: tuple[str, ...]) -> tuple[dict[str, Any], str, float] | None:
    """(the answer remembered, live's signature, seconds its read took) if live's catalog is still
    what it was when the answer was remembered with these inputs."""
    keying = _keying(kind, live.url, inputs)
    live_signature = live.value()
    if live_signature is None or keying is None:
        return None
    answer = cache.load_answer(_key(keying, live_signature))
    return (answer, live_signature, live.seconds) if answer is not None else None
