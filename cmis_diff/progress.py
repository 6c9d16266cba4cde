"""Progress for work that takes seconds (building desired in scratch, copying live, the rehearsal):
a spinner on stderr when it is a terminal and the command line turned it on; nothing otherwise
(cron, pipes, JSON on stdout and the library stay quiet)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.status import Status

DELAY_S = 2.0  # work shorter than this shows nothing

_enabled = False
_lock = threading.Lock()
_labels: list[str] = []
_status: list[Status] = []


def enable() -> None:
    """Show progress from now on, if stderr is a terminal (the command line calls this)."""
    global _enabled
    if not sys.stderr.isatty():  # cron, pipes, tests: rich is not even loaded
        return
    from rich.console import Console

    _enabled = Console(stderr=True).is_terminal


def _show() -> None:
    from rich.console import Console
    from rich.status import Status

    with _lock:
        if _labels and not _status:
            status = Status(_labels[-1], console=Console(stderr=True))
            status.start()
            _status.append(status)


@contextmanager
def step(label: str) -> Iterator[None]:
    """Say `label` while the block runs, once it has run for DELAY_S (nested steps relabel it)."""
    if not _enabled or threading.current_thread() is not threading.main_thread():
        yield
        return
    with _lock:
        _labels.append(label)
        if _status:
            _status[0].update(label)
    timer = threading.Timer(DELAY_S, _show)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with _lock:
            _labels.pop()
            if _status and _labels:
                _status[0].update(_labels[-1])
            elif _status:
                _status.pop().stop()
