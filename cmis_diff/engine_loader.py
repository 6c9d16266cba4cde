"""Load the pinned diff engine (results) without its import-time cost: its module reads each of
its 17 SQL files through a lookup of its own package that calls inspect.stack() and
inspect.getmodule() on each frame, which look up source files for every frame on the stack
(0.2-0.8 s a process). A frame's own globals name its module: the same answer, at once."""

from __future__ import annotations

import inspect
import sys
import threading
from types import FrameType, ModuleType

_STACK, _GETMODULE = inspect.stack, inspect.getmodule
_lock = threading.Lock()


def _frames_only(context: int = 1) -> list[tuple[FrameType]]:
    """From our caller on: the engine reads only each entry's frame (`frame_info[0]`)."""
    frames: list[tuple[FrameType]] = []
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        frames.append((frame,))
        frame = frame.f_back
    return frames


def _module_of(frame: FrameType) -> ModuleType | None:
    return sys.modules.get(frame.f_globals.get("__name__", ""))


def load() -> None:
    """Import the engine's inspection module (once; later calls return at once)."""
    if "results.schemainspect.pg.obj" in sys.modules:
        return
    with _lock:
        inspect.stack, inspect.getmodule = _frames_only, _module_of  # type: ignore[assignment]
        try:
            import results.schemainspect  # noqa: F401
        finally:
            inspect.stack, inspect.getmodule = _STACK, _GETMODULE
