"""Find the desired files and their order (desired/manifest.toml, else file-name order)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import CmisDiffError

MANIFEST = "manifest.toml"
ROLES_FILE = "roles.sql"


@dataclass(frozen=True)
class DesiredFile:
    path: Path
    display: str  # the name used in messages, e.g. desired/all_indexes.sql
    text: str


@dataclass(frozen=True)
class DesiredSource:
    """The desired state as files: roles (cluster-wide, run first) and the ordered schema files."""

    root: Path
    roles: DesiredFile | None
    files: tuple[DesiredFile, ...]

    @property
    def hash(self) -> str:
        """sha256 over names and contents in load order: equal hashes mean equal desired input."""
        h = hashlib.sha256()
        for f in ([self.roles] if self.roles else []) + list(self.files):
            h.update(f.display.encode() + b"\0" + f.text.encode() + b"\0")
        return "sha256:" + h.hexdigest()


def _read(path: Path, display: str) -> DesiredFile:
    try:
        return DesiredFile(path, display, path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise CmisDiffError(f"{display}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise CmisDiffError(f"{display}: cannot read ({exc.strerror})") from None


def _manifest_order(root: Path, label: str) -> list[str]:
    import tomllib  # only where there is a manifest

    manifest = root / MANIFEST
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CmisDiffError(f"{label}/{MANIFEST}: {exc}") from None
    phases = data.get("phase")
    if not isinstance(phases, list) or not phases:
        raise CmisDiffError(f"{label}/{MANIFEST}: expected one or more [[phase]] tables with a files list")
    names: list[str] = []
    for phase in phases:
        files = phase.get("files") if isinstance(phase, dict) else None
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise CmisDiffError(f"{label}/{MANIFEST}: phase {phase.get('name', '?')!r} needs files = [\"...\"]")
        names.extend(files)
    return names


def discover(path: Path) -> DesiredSource:
    """Resolve --desired (a directory or one .sql file) into an ordered DesiredSource."""
    label = str(path).rstrip("/") or "."
    if not path.exists():
        raise CmisDiffError(f"{label}: desired path does not exist")
    if path.is_file():
        if path.suffix != ".sql":
            raise CmisDiffError(f"{label}: a desired file must end in .sql")
        return DesiredSource(path.parent, None, (_read(path, label),))
    on_disk = sorted(p.name for p in path.glob("*.sql") if p.name != ROLES_FILE)
    if (path / MANIFEST).exists():
        names = _manifest_order(path, label)
        missing = [n for n in names if not (path / n).is_file()]
        if missing:
            raise CmisDiffError(f"{label}/{MANIFEST}: lists {missing[0]}, which does not exist")
        unlisted = sorted(set(on_disk) - set(names))
        if unlisted:
            raise CmisDiffError(f"{label}/{unlisted[0]}: not listed in {MANIFEST} (list it or remove it)")
        if len(set(names)) != len(names):
            raise CmisDiffError(f"{label}/{MANIFEST}: a file is listed twice")
    else:
        names = on_disk
    if not names:
        raise CmisDiffError(f"{label}: no .sql files in the desired directory")
    roles_path = path / ROLES_FILE
    roles = _read(roles_path, f"{label}/{ROLES_FILE}") if roles_path.is_file() else None
    return DesiredSource(path, roles, tuple(_read(path / n, f"{label}/{n}") for n in names))
