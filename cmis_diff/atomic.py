"""Files written whole or not at all: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write(path: Path, data: bytes, mode: int = 0o600, replace: bool = True) -> None:
    """Replace `path` with `data` (`mode`: 0600, the user's own state; 0644 for files others read,
    such as node-exporter's). A reader sees the old file or the new one. With `replace` false, an
    existing file stands (another process wrote it first). No temporary file is left behind."""
    import tempfile  # 6 ms of imports (shutil, random): only where a file is written, not to read one

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
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
