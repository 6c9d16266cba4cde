"""Python work in a forked child: the second core for what the GIL keeps threads from sharing.

A plan's diff back to live (its rollback) is pure Python, as is pickling the desired model into
the cache; beside the forward diff, threads would take turns. A forked child inherits the
parent's objects (nothing is pickled to it), sends its result back pickled through a pipe, and
leaves with os._exit: none of the parent's cleanup (connections, scratch databases, files) runs
in it, and it never touches the parent's connections. Whatever goes wrong in the child, the
caller gets the result computed in its own process instead (and its errors, as always). Only the
forking thread lives on in the child: what it runs must take no lock that another thread of the
parent may hold at the fork (tempfile's first name, a logging handler), or it waits forever.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Beside(Generic[T]):
    """fn(*args) computed in a forked child from now on; result() waits for it. Use as a context
    manager: a child still running when the block is left (an error, Ctrl-C) is stopped."""

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._fn, self._args = fn, args
        self._pid, self._read = 0, -1
        if not hasattr(os, "fork"):
            return
        self._read, write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: compute, send, leave (no cleanup of the parent's runs here)
            code = 1
            try:
                os.close(self._read)
                data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write)

    def result(self) -> T:
        if self._pid:
            with os.fdopen(self._read, "rb") as pipe:
                data = pipe.read()
            self._read = -1
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            if os.waitstatus_to_exitcode(status) == 0:
                try:
                    value: T = pickle.loads(data)
                    return value
                except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                    pass
        return self._fn(*self._args)  # no child, or it failed: here, with our own errors

    def __enter__(self) -> Beside[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
