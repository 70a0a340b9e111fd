"""`manifest.json`: what every stage's output directory says about itself.

A manifest records the stage, the inputs (with size and sha256), the fully resolved config,
counts, the medlm version and timestamps. The next stage reads it with `read_manifest`, which
fails with an actionable message when the directory is not a finished output of the expected stage.
A manifest is written last and atomically, so its presence means the stage finished.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import tempfile
from pathlib import Path
from typing import Any

from medlm import __version__
from medlm.config import to_dict
from medlm.errors import MedlmError

MANIFEST = "manifest.json"
_UMASK = os.umask(0)
os.umask(_UMASK)

# stage name -> the command that produces it, for error messages
PRODUCERS = {
    "corpus": "medlm corpus build",
    "tokenizer": "medlm tokenizer train",
    "tokens": "medlm corpus tokenize",
    "train": "medlm train",
    "grow": "medlm grow",
    "merge": "medlm merge",
    "export": "medlm export",
    "bench": "medlm bench",
    "experiment": "medlm experiment growth",
}


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def describe_file(path: str | Path) -> dict[str, Any]:
    """Manifest entry for one input file: path, size in bytes, sha256."""
    p = Path(path)
    return {"path": str(p), "bytes": p.stat().st_size, "sha256": sha256_file(p)}


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write via a temp file in the same directory and rename: readers never see a partial file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the file the permissions open() would
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: str | Path, obj: Any) -> None:
    atomic_write_bytes(path, (json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n").encode())


def write_manifest(out_dir: str | Path, stage: str, config: Any = None, **fields: Any) -> Path:
    """Write OUT/manifest.json for `stage`; `fields` are stage-specific (inputs, counts, ...)."""
    manifest = {
        "stage": stage,
        "medlm_version": __version__,
        "created_at": now(),
        "python": platform.python_version(),
        "config": to_dict(config) if config is not None else None,
        **fields,
    }
    path = Path(out_dir) / MANIFEST
    atomic_write_json(path, manifest)
    return path


def read_manifest(directory: str | Path, stage: str | tuple[str, ...] | None = None) -> dict[str, Any]:
    """Read DIR/manifest.json, checking it comes from one of the expected stages."""
    directory = Path(directory)
    stages = (stage,) if isinstance(stage, str) else tuple(stage or ())
    what = " or ".join(f"`{PRODUCERS.get(s, s)}`" for s in stages) or "a medlm stage"
    if not directory.is_dir():
        raise MedlmError(f"{directory}: no such directory (expected the output of {what})")
    path = directory / MANIFEST
    if not path.is_file():
        raise MedlmError(
            f"{directory} has no {MANIFEST}: it is not a finished output of {what} "
            "(an interrupted run leaves no manifest; run the command again to finish it)"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise MedlmError(f"{path}: corrupt manifest ({e}); re-run {what}") from None
    if stages and manifest.get("stage") not in stages:
        raise MedlmError(f"{directory} is the output of `{manifest.get('stage')}`, but {what} output is needed here")
    return manifest


def manifest_hash(directory: str | Path) -> str:
    """sha256 of DIR/manifest.json: how a later stage pins exactly which output it used."""
    return sha256_file(Path(directory) / MANIFEST)
