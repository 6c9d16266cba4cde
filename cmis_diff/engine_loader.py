"""Load the pinned diff engine (results) without its import-time cost: its module reads each of
its 17 SQL files through a lookup of its own package that calls inspect.stack(), which reads the
source of every frame on the stack (0.2-0.8 s a process). Frames alone give the same answer."""

from __future__ import annotations

import inspect
import sys
import threading

_STACK = inspect.stack
_lock = threading.Lock()


def _frames_only(context: int = 1) -> list[inspect.FrameInfo]:
    return _STACK(0)[1:]  # from our caller on, without source lines: the engine reads only the modules


def load() -> None:
    """Import the engine's inspection module (once; later calls return at once)."""
    if "results.schemainspect.pg.obj" in sys.modules:
        return
    with _lock:
        inspect.stack = _frames_only
        try:
            import results.schemainspect  # noqa: F401
        finally:
            inspect.stack = _STACK
