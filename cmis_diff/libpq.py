"""One query through libpq itself (ctypes), for an answer that cannot wait for psycopg's import.

Importing psycopg costs about 0.15 s, half of a whole clean `drift` once its answer is remembered
(remembered.py). The libpq used is the one psycopg's binary wheel ships (the same library
psycopg would load), else the system's. Any failure is None: the caller then takes the psycopg
path, which reports errors properly. Nothing here is used for anything but reading one value.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
from pathlib import Path
from typing import Any

_CONNECTION_OK = 0
_PGRES_TUPLES_OK = 2


class _Option(ctypes.Structure):  # PQconninfoOption
    _fields_ = [("keyword", ctypes.c_char_p), ("envvar", ctypes.c_char_p), ("compiled", ctypes.c_char_p),
                ("val", ctypes.c_char_p), ("label", ctypes.c_char_p), ("dispchar", ctypes.c_char_p),
                ("dispsize", ctypes.c_int)]


def _library_path() -> str | None:
    spec = importlib.util.find_spec("psycopg_binary")  # found, not imported
    if spec is not None and spec.submodule_search_locations:
        libs = Path(next(iter(spec.submodule_search_locations))).parent / "psycopg_binary.libs"
        bundled = sorted(libs.glob("libpq-*.so*"))
        if bundled:
            return str(bundled[0])
    import ctypes.util

    return ctypes.util.find_library("pq")


class _Library:
    """libpq's functions: the two that wait on the server release the GIL (CDLL), the rest, which
    return at once, keep it (PyDLL). The signature is read in a thread beside busy imports
    (remembered.py): there, taking the GIL back after a call waits up to the interpreter's switch
    interval (5 ms)."""

    def __init__(self, path: str) -> None:
        waits, quick = ctypes.CDLL(path), ctypes.PyDLL(path)
        p, s = ctypes.c_void_p, ctypes.c_char_p
        self.PQconnectdbParams = _declare(waits.PQconnectdbParams, [ctypes.POINTER(s), ctypes.POINTER(s),
                                                                   ctypes.c_int], p)
        self.PQexec = _declare(waits.PQexec, [p, s], p)
        self.PQstatus = _declare(quick.PQstatus, [p], ctypes.c_int)
        self.PQresultStatus = _declare(quick.PQresultStatus, [p], ctypes.c_int)
        self.PQntuples = _declare(quick.PQntuples, [p], ctypes.c_int)
        self.PQgetisnull = _declare(quick.PQgetisnull, [p, ctypes.c_int, ctypes.c_int], ctypes.c_int)
        self.PQgetvalue = _declare(quick.PQgetvalue, [p, ctypes.c_int, ctypes.c_int], s)
        self.PQclear = _declare(quick.PQclear, [p], None)
        self.PQfinish = _declare(quick.PQfinish, [p], None)  # writes Terminate, waits for nothing
        self.PQconninfoParse = _declare(quick.PQconninfoParse, [s, ctypes.POINTER(p)], ctypes.POINTER(_Option))
        self.PQconninfoFree = _declare(quick.PQconninfoFree, [ctypes.POINTER(_Option)], None)
        self.PQfreemem = _declare(quick.PQfreemem, [p], None)


def _declare(function: Any, argtypes: list[Any], restype: Any) -> Any:
    function.argtypes, function.restype = argtypes, restype
    return function


@functools.cache
def _load() -> _Library | None:
    path = _library_path()
    if path is None:
        return None
    try:
        return _Library(path)
    except OSError:
        return None


def parse(conninfo: str) -> dict[str, str] | None:
    """The keywords a URL or key=value string sets, as libpq reads them; None if it cannot."""
    lib = _load()
    if lib is None:
        return None
    error = ctypes.c_void_p()
    options = lib.PQconninfoParse(conninfo.encode(), ctypes.byref(error))
    if not options:
        lib.PQfreemem(error)
        return None
    try:
        found: dict[str, str] = {}
        for option in options:
            if option.keyword is None:
                return found
            if option.val is not None:
                found[option.keyword.decode()] = option.val.decode()
        return found  # not reached: the array ends with a NULL keyword
    finally:
        lib.PQconninfoFree(options)


def query_value(params: dict[str, str], query: str) -> str | None:
    """The first column of the only row `query` returns (the result of its last statement), on a
    connection made of `params` (libpq keywords, as `parse` returns them); None on any failure."""
    lib = _load()
    if lib is None:
        return None
    keys = (ctypes.c_char_p * (len(params) + 1))(*[k.encode() for k in params], None)
    values = (ctypes.c_char_p * (len(params) + 1))(*[v.encode() for v in params.values()], None)
    conn = lib.PQconnectdbParams(keys, values, 0)
    try:
        if not conn or lib.PQstatus(conn) != _CONNECTION_OK:
            return None
        result = lib.PQexec(conn, query.encode())
        try:
            if (not result or lib.PQresultStatus(result) != _PGRES_TUPLES_OK or lib.PQntuples(result) != 1
                    or lib.PQgetisnull(result, 0, 0)):
                return None
            value: bytes = lib.PQgetvalue(result, 0, 0)
            return value.decode()
        finally:
            lib.PQclear(result)
    finally:
        lib.PQfinish(conn)  # also for a connection that failed: libpq allocated it
