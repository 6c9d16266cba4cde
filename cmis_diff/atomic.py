"""Files written whole or not at all: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write(path: Path, data: bytes, mode: int = 0o600, replace: bool = True) -> None:
    """Replace `path` with `data` (`mode`: 0600, the user's own state; 0644 for files others read,
    such as node-exporter's). A reader sees the old file or the new one. With `replace` false, an
    existing file stands (another process wrote it first). No temporary file is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # not tempfile.mkstemp: its first call takes a lock, and a forked child (forked.py, writing the
    # cache) would wait forever for one that another thread of the parent held at the fork
    tmp = path.parent / f".{path.name}.{os.urandom(8).hex()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        if replace:
            os.replace(tmp, path)
        else:
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
