"""A small cache of validated JSON data (the configuration), beside the rule-pack cache: keyed by a
hash of everything the data was made from, checked by a checksum, used only from a folder and file
that are ours and nobody else may write (`cache.trusted`). A miss costs a validation, never a wrong
result."""

from __future__ import annotations

import json
import os

from . import __version__
from .digest import blake2b
from .cache import trusted

MAX_ENTRIES_PER_KIND = 128


def folder() -> str:
    """The rule-pack cache's folder (CABLELINT_CACHE_DIR, else the user's cache folder)."""
    base = os.environ.get("CABLELINT_CACHE_DIR")
    if base:
        return base
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(home, "cablelint")


def key(kind: str, *parts: bytes) -> str:
    """A hex digest of the kind, cablelint's version and the parts (each length-prefixed)."""
    digest = blake2b(f"{kind}\0{__version__}\0".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()[:32]


def _checksum(data) -> str:
    return blake2b(json.dumps(data, sort_keys=True).encode()).hexdigest()


def read(kind: str, digest: str):
    """The data stored under this key, or None (a miss)."""
    base = folder()
    try:
        if not trusted(os.stat(base)):
            return None
        with open(os.path.join(base, f"{kind}-{digest}.json"), "rb") as handle:
            if not trusted(os.fstat(handle.fileno())):
                return None
            entry = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(entry, dict)
        or entry.get("key") != digest
        or entry.get("checksum") != _checksum(entry.get("data"))
    ):
        return None
    return entry["data"]


def write(kind: str, digest: str, data) -> None:
    """Store data (best effort, atomically: a read-only home only costs the validation next time),
    never into a folder others may write to, readable by its owner only; then prune the oldest
    entries."""
    base = folder()
    tmp = os.path.join(base, f".{kind}-{digest}.{os.getpid()}.tmp")
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        if not trusted(os.stat(base)):
            return
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"key": digest, "checksum": _checksum(data), "data": data}, handle)
        os.replace(tmp, os.path.join(base, f"{kind}-{digest}.json"))
        prune(base, kind, MAX_ENTRIES_PER_KIND)
    except (OSError, TypeError, ValueError):       # TypeError, ValueError: data JSON cannot hold
        try:
            os.unlink(tmp)
        except OSError:
            pass


def prune(base: str, kind: str, keep: int = MAX_ENTRIES_PER_KIND, suffix: str = ".json") -> None:
    """Remove the oldest entries of this kind past `keep`, so that a cache written on every miss (a
    new configuration, a new version) stays bounded. Run after a write only: a hit never lists the
    folder."""
    entries = []
    with os.scandir(base) as listing:
        for entry in listing:
            if entry.name.startswith(f"{kind}-") and entry.name.endswith(suffix):
                entries.append((entry.stat().st_mtime_ns, entry.path))
    entries.sort(reverse=True)
    for _, path in entries[keep:]:
        os.unlink(path)
