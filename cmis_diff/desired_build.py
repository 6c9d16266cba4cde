"""Desired's inspected model: from the cache, or built in a scratch database and inspected there.

A build keeps the scratch server busy for seconds (CMIS: about 2,900 statements), so a plan starts
it as soon as it knows that it has to plan (DesiredModel), on a thread, and goes on meanwhile (its
imports, live's inspection).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from . import cache, progress
from .catalog import ANALYZE_CATALOGS
from .connect import connect
from .errors import CmisDiffError
from .forked import Beside
from .scratch import drop, reap_orphans, scratch_database
from .source.load import load

if TYPE_CHECKING:
    import psycopg

    from .catalog.inspect import Inspected
    from .config import Endpoint
    from .source.discover import DesiredSource

Built = tuple["Inspected", list[str]]  # the model, and the roles its objects refer to


def _referenced_roles(conn: psycopg.Connection) -> list[str]:
    """Roles the desired objects depend on (owners, grants, policies), from pg_shdepend."""
    rows = conn.execute(
        """SELECT DISTINCT a.rolname FROM pg_shdepend d JOIN pg_authid a ON a.oid = d.refobjid
            WHERE d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND d.refclassid = 'pg_authid'::regclass ORDER BY 1""").fetchall()
    return [r[0] for r in rows]


def _quiet(_: object) -> None:
    pass


def build(source: DesiredSource, scratch: Endpoint, started: Callable[[str], None] = _quiet,
          ready: Callable[[Built], None] = _quiet) -> Built:
    """Build a scratch database from the desired files, inspect it, and drop it (`started` is
    told its URL; `ready` gets the result before the drop)."""
    from .catalog.inspect import inspect

    if scratch.embedded:
        reap_orphans(scratch.url)
    with progress.step("building desired in a scratch database"), scratch_database(scratch.url) as url, \
            connect(url, "scratch database") as conn:
        started(url)
        load(conn, source)
        conn.execute(ANALYZE_CATALOGS)  # before it is inspected
        with connect(url, "scratch database") as beside:  # our model read while the engine reads
            built = inspect(conn, beside=beside), _referenced_roles(conn)
        ready(built)
    return built


def _build_and_cache(source: DesiredSource, scratch: Endpoint, cache_key: str, started: Callable[[str], None] = _quiet,
                     ready: Callable[[Built], None] = _quiet) -> Built:
    built = build(source, scratch, started, ready)
    with Beside(cache.store, cache_key, *built) as stored:  # pickled on the other core, not beside the diff's GIL
        stored.result()
    return built


def inspect_desired(source: DesiredSource, scratch: Endpoint) -> Built:
    """The inspected desired model: from the cache when these desired files were inspected on a
    server of this major version before, else built in scratch (and cached)."""
    cache_key = cache.desired_key(source, scratch)
    hit = cache.load(cache_key)
    return hit if hit is not None else _build_and_cache(source, scratch, cache_key)


class _CutOff(Exception):
    """A build whose model is no longer wanted, stopped as soon as it has a database."""


class DesiredModel:
    """inspect_desired, begun on a thread when made: the cache is looked up there and, when desired
    is new, built (and cached) at once, while the caller goes on. A cached model is read only when
    asked for (reading it loads the diff engine). Use as a context manager: a build whose model was
    never asked for, or left by an error or Ctrl-C, is cut off (its database dropped with FORCE);
    the drop of a finished build's database goes on meanwhile."""

    def __init__(self, source: DesiredSource, scratch: Endpoint) -> None:
        self._source, self._scratch = source, scratch
        self._url: str | None = None
        self._asked = False
        self._cut = threading.Event()  # the model will not be asked for: a build not yet begun never begins
        self._key: Future[str] = Future()
        self._hit: Future[bool] = Future()
        self._ready: Future[Built] = Future()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmis-diff-desired")
        self._future = self._pool.submit(self._run)

    def _run(self) -> Built | None:
        try:
            key = cache.desired_key(self._source, self._scratch)
            hit = cache.has(key)
        except BaseException as exc:
            self._hit.set_exception(exc)
            raise
        self._key.set_result(key)
        self._hit.set_result(hit)
        if hit or self._cut.is_set():
            return None
        return _build_and_cache(self._source, self._scratch, key, self._started, self._ready.set_result)

    def _started(self, url: str) -> None:
        self._url = url
        if self._cut.is_set():  # cut off while its database was being created: dropped on the way out
            raise _CutOff

    def cached(self) -> bool:
        """Whether desired's model was in the cache (else it is being built)."""
        return self._hit.result()

    def result(self) -> Built:
        """The inspected desired model, as soon as it is read (a build's database is dropped meanwhile)."""
        self._asked = True
        either: list[Future[Any]] = [self._ready, self._future]
        wait(either, return_when=FIRST_COMPLETED)
        if self._ready.done():
            return self._ready.result()
        built = self._future.result()
        if built is not None:
            return built
        # cached when looked up: read it now, once for every caller (pruned since: built here)
        key = self._key.result()
        hit = cache.load(key)
        self._ready.set_result(hit if hit is not None else _build_and_cache(self._source, self._scratch, key))
        return self._ready.result()

    def __enter__(self) -> DesiredModel:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is not None or not self._asked:
            self._cut.set()  # before the URL is looked at: the build sets it, then looks at this
            if self._url is not None and not self._future.done():
                with suppress(CmisDiffError):
                    drop(self._scratch.url, self._url)
        self._pool.shutdown(wait=True)
        if exc_type is None and self._asked:
            self._future.result()  # the drop and the cache write failed loudly, as before

