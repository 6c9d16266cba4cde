"""On-disk cache of the inspected desired model, so unchanged desired files need no scratch build.

Keyed by the desired hash, the scratch server's major version, the tool and engine versions, the
catalog queries and the session settings they run under;
a changed file changes the hash (a miss), and old entries are pruned (at most KEEP entries and
MAX_MB megabytes, $CMIS_DIFF_CACHE_MB). Entries are pickles written
by this tool into the user's own state directory, atomically. Live's inspected model is kept the
same way (live_key: live's server and database, fingerprint and server version; KEEP_LIVE entries),
and live's fingerprint by its catalog signature (catalog/signature.py; KEEP_SIGNED entries): a
drift check or a no-op plan of an unchanged live then reads a few milliseconds of catalog.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import gc
import hashlib
import itertools
import os
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import __version__, atomic, server
from .catalog import session

if TYPE_CHECKING:  # drift reads only the fingerprint: the model's modules load when unpickled
    import psycopg

    from .catalog.fingerprint import Fingerprint
    from .catalog.inspect import Inspected
    from .config import Endpoint
    from .source.discover import DesiredSource

T = TypeVar("T")

KEEP = 8  # entries kept at most; the oldest beyond this are removed
KEEP_LIVE = 4  # live models kept at most (the databases planned against lately)
KEEP_SIGNED = 256  # live fingerprints kept at most (a fleet checked by drift: a few hundred KB each)
MAX_MB = 32.0  # and at most this much on disk (CMIS_DIFF_CACHE_MB), the newest entry always kept


def _dir() -> Path:
    return server.home() / "cache"


@functools.cache
def queries_hash() -> str:
    """The catalog queries shape the cached model: a changed query is a different model."""
    h = hashlib.sha256()
    # by path, not importlib.resources (whose import, zipfile and tempfile, would cost a remembered
    # answer 6 ms): the package is installed as files, as pyproject.toml builds it
    for f in sorted((Path(__file__).parent / "catalog" / "queries").iterdir(), key=lambda f: f.name):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


@functools.cache
def _version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def key(desired_hash: str, server_major: str) -> str:
    parts = (f"{desired_hash}|pg{server_major}|cmis-diff {__version__}|results {_version('results')}"
             f"|queries {queries_hash()}|session {session.PINNED}")
    return hashlib.sha256(parts.encode()).hexdigest()[:32]


def major(conn: psycopg.Connection) -> str:
    """The server's major version, as keys have it."""
    return str(conn.execute("SHOW server_version_num").fetchone()[0])[:-4]  # type: ignore[index]


def desired_key(source: DesiredSource, scratch: Endpoint) -> str:
    """The cache key of these desired files inspected on the scratch server (its major version)."""
    from .connect import connect

    with connect(scratch.url, "scratch server") as conn:
        return key(source.hash, major(conn))


def _read(path: Path, compressed: bool = False) -> Any:
    if path.name.endswith(".fingerprint.pickle") or path.name.startswith(("signed-", "memo-", "answer-")) \
            or not path.exists():
        pass  # fingerprints, memos and remembered answers are plain data
    else:
        from . import engine_loader

        engine_loader.load()  # a model holds the engine's objects: unpickling imports it
    try:
        data = path.read_bytes()
        value = _unpickled(zlib.decompress(data) if compressed else data)
    except (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    with contextlib.suppress(FileNotFoundError):  # pruned meanwhile by another process or thread
        os.utime(path)  # recently used: pruned last
    return value


def _unpickled(data: bytes) -> Any:
    """A model is millions of new objects, none of them garbage: the cyclic collector's passes
    while they are made doubled the time (1.4 s of a 1,890-table model). Paused meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()


def has(cache_key: str) -> bool:
    """Whether the desired model of this key is cached (load may still find it gone or unreadable)."""
    return (_dir() / f"desired-{cache_key}.pickle").is_file()


def load(cache_key: str) -> tuple[Inspected, list[str]] | None:
    """The whole inspected desired model (unpickling it imports the diff engine: ~0.5 s)."""
    entry = _read(_dir() / f"desired-{cache_key}.pickle")
    if entry is not None and not (_dir() / f"desired-{cache_key}.fingerprint.pickle").exists():
        _write(_dir(), f"desired-{cache_key}.fingerprint.pickle", entry[0].fingerprint)
    return entry  # type: ignore[no-any-return]


def load_fingerprint(cache_key: str) -> Fingerprint | None:
    """Only the desired fingerprint: enough to tell that live has not drifted, and cheap."""
    return _read(_dir() / f"desired-{cache_key}.fingerprint.pickle")  # type: ignore[no-any-return]


def _write(folder: Path, name: str, value: Any, compressed: bool = False) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    atomic.write(folder / name, zlib.compress(data, 1) if compressed else data)


def _detached(inspected: Inspected) -> Inspected:
    model = copy.copy(inspected.engine_model)
    model.c = None  # the engine keeps its cursor; a cached model never queries again
    return dataclasses.replace(inspected, engine_model=model)


def store(cache_key: str, inspected: Inspected, roles: list[str]) -> None:
    folder = _dir()
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, f"desired-{cache_key}.pickle", (_detached(inspected), roles))
    _write(folder, f"desired-{cache_key}.fingerprint.pickle", inspected.fingerprint)
    _prune(folder)


def live_key(target: str, digest: str, version: str) -> str:
    """Live's inspected model is keyed by live itself (server and database), its catalog
    fingerprint and full server version: while they stay the same, so does what inspection finds."""
    return key(f"live {target} {digest}", version)


def load_live(cache_key: str) -> Inspected | None:
    """Live's model inspected by an earlier plan, while live has not changed since (the edit loop
    plans again and again against the same live)."""
    return _read(_dir() / f"live-{cache_key}.pickle")  # type: ignore[no-any-return]


def store_live(cache_key: str, inspected: Inspected) -> None:
    folder = _dir()
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, f"live-{cache_key}.pickle", _detached(inspected))
    _prune(folder, "live", KEEP_LIVE)


def live_fingerprint(conn: psycopg.Connection, target: str) -> tuple[Fingerprint, str | None]:
    """fingerprint.read(conn) of live (`target`: its masked URL), from the cache while live's catalog
    signature is the one it was read at; and that signature (None where there is none), which names
    live's state for other caches (signed_key: copies.py; remembered.py)."""
    from .catalog import fingerprint
    from .catalog.fingerprint import Fingerprint

    signature = fingerprint.read_signature(conn)
    if signature is None:  # not readable here: no caching (nor a second try)
        return fingerprint.read(conn), None
    cached = _read(_dir() / f"signed-{signed_key(target, signature)}.pickle", compressed=True)
    if isinstance(cached, Fingerprint):
        return cached, signature
    fp, signature = fingerprint.read_signed(conn)  # the signature again, in the fingerprint's snapshot
    if signature is None:
        return fp, None
    folder = _dir()
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, f"signed-{signed_key(target, signature)}.pickle", fp, compressed=True)  # a fleet's worth fits
    _prune(folder, "signed", KEEP_SIGNED)
    return fp, signature


def signed_key(target: str, signature: str) -> str:
    """The key of live (`target`: its masked URL) in the state its catalog signature names."""
    return key(f"signed {target} {signature}", "-")


def secret(create: bool = False) -> bytes | None:
    """This user's random secret, for keys made of what may hold a password (a live URL): a file
    name then tells nothing of it. None when there is none yet and `create` is false."""
    path = _dir() / "secret"
    with contextlib.suppress(FileNotFoundError):
        return path.read_bytes()
    if not create:
        return None
    atomic.write(path, os.urandom(32), replace=False)  # another process made one first: theirs counts
    return path.read_bytes()


def load_answer(answer_key: str) -> dict[str, Any] | None:
    """An answer kept by remembered.remember."""
    value = _read(_dir() / f"answer-{answer_key}.pickle")
    return value if isinstance(value, dict) else None


def store_answer(answer_key: str, answer: dict[str, Any]) -> None:
    folder = _dir()
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, f"answer-{answer_key}.pickle", answer)
    _prune(folder, "answer", KEEP_SIGNED)


MEMO_ENTRIES = 20_000  # results a memo keeps at most: those of this run first


def memoized(name: str, compute: Callable[..., T], inputs: list[tuple[str, ...]]) -> list[T]:
    """compute(*i) for each input, remembered on disk across runs (`name`: a pure function of its
    text inputs and of this tool's and its parser's versions): the bodies of an unchanged desired's
    functions are parsed once, not at every build."""
    path = _dir() / f"memo-{name}.pickle"
    memo = _read(path)
    memo = memo if isinstance(memo, dict) else {}
    salt = f"{__version__}|pglast {_version('pglast')}|".encode()
    keys = [hashlib.sha256(salt + "\0".join(i).encode()).hexdigest() for i in inputs]
    out = [memo[k] if k in memo else compute(*i) for k, i in zip(keys, inputs, strict=True)]
    if any(k not in memo for k in keys):
        kept = dict(zip(keys, out, strict=True))
        kept.update(itertools.islice(((k, v) for k, v in memo.items() if k not in kept),
                                     max(0, MEMO_ENTRIES - len(kept))))
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path.parent, path.name, kept)
    return out


def max_bytes() -> int:
    raw = os.environ.get("CMIS_DIFF_CACHE_MB", "")
    try:
        return int(float(raw) * 2**20) if raw else int(MAX_MB * 2**20)
    except ValueError:
        return int(MAX_MB * 2**20)


def mtime(path: Path) -> float:
    return _stat(path)[0]


def _stat(path: Path) -> tuple[float, int]:
    """(mtime, size); (0, 0) once gone (drift's threads prune the same folder at once)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return 0.0, 0
    return st.st_mtime, st.st_size


def _prune(folder: Path, kind: str = "desired", keep: int = KEEP) -> None:
    """Keep the most recently used entries of a kind, at most `keep` of them and max_bytes() in all."""
    entries = sorted(folder.glob(f"{kind}-*[0-9a-f].pickle"), key=mtime, reverse=True)
    budget, total = max_bytes(), 0
    for n, entry in enumerate(entries):
        sidecar = entry.with_name(entry.name.replace(".pickle", ".fingerprint.pickle"))
        total += _stat(entry)[1] + _stat(sidecar)[1]
        if n and (n >= keep or total > budget):
            entry.with_name(entry.name.replace(".pickle", ".fingerprint.pickle")).unlink(missing_ok=True)
            entry.unlink(missing_ok=True)
