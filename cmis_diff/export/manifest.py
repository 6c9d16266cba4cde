"""manifest.toml: the seed's five phases and the files each loads, in order."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from ..errors import CmisDiffError
from ..source.discover import MANIFEST
from . import layout as L

Phases = list[tuple[str, list[str]]]

_INTRO = ("# Load order of the desired schema: the seed's phases (written by cmis-diff export).\n"
          "# roles.sql (cluster-wide roles), when present, runs on the scratch server before these files.\n")


def fresh(phase_of: dict[str, str], order: list[str], shared: set[str]) -> Phases:
    """The five phases: the shared files that exist, domain files in their phase and load order."""
    phases: Phases = []
    for name, files in L.PHASES:
        listed = [f for f in files if f in shared] or [f for f in order if phase_of.get(f) == name]
        phases.append((name, listed))
    return phases


def read(directory: Path) -> tuple[Phases, str] | None:
    """The phases of an existing manifest and its leading comment lines, or None without one."""
    path = directory / MANIFEST
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CmisDiffError(f"{path}: {exc}") from None
    phases = [(str(p.get("name", f"phase_{n}")), [str(f) for f in p.get("files", [])])
              for n, p in enumerate(data.get("phase", []), 1) if isinstance(p, dict)]
    intro = []
    for line in text.split("\n"):
        if not line.startswith("#"):
            break
        intro.append(line + "\n")
    return phases, "".join(intro)


def add(phases: Phases, file: str, phase: str) -> Phases:
    """The manifest with a new file at the end of its phase (the phase added in the seed's order)."""
    out = [(n, list(fs)) for n, fs in phases]
    for name, files in out:
        if name == phase:
            files.append(file)
            return out
    order = [n for n, _ in L.PHASES]
    rank = order.index(phase) if phase in order else len(order)
    at = next((i for i, (n, _) in enumerate(out) if n in order and order.index(n) > rank), len(out))
    out.insert(at, (phase, [file]))
    return out


def render(phases: Phases, intro: str = _INTRO) -> str:
    blocks = []
    for name, files in phases:
        if not files:
            continue
        listed = "".join(f"    {json.dumps(f)},\n" for f in files)
        blocks.append(f"[[phase]]\nname = {json.dumps(name)}\nfiles = [\n{listed}]\n")
    return (intro or _INTRO) + "\n" + "\n".join(blocks)
