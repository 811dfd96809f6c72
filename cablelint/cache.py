"""The result cache: one file's findings, keyed by its content, its reported name and everything that decides
the findings (cablelint's code and version, the rule packs, the selected rules and their settings, the
vocabularies, the plugins). A damaged, foreign or unreadable entry is a miss, never a wrong report."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import shutil
import stat
from dataclasses import asdict
from pathlib import Path

from . import __version__

#: Bumped when the key or the entry layout changes.
RESULT_FORMAT = 1
FOLDER_NAME = ".cablelint_cache"
RESULTS = f"results-v{RESULT_FORMAT}"
_MAGIC = b"CLR1"
_DIGEST = 16
_FINDING_LENGTH = 9
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# cablelint's cache (https://bford.info/cachedir/)\n"


def cache_folder(cli_dir: str | None, config_path: Path | None) -> Path:
    """`--cache-dir`, else `CABLELINT_CACHE_DIR`, else `.cablelint_cache` beside the configuration file (or in
    the current folder when there is none)."""
    chosen = cli_dir or os.environ.get("CABLELINT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    return (config_path.parent if config_path is not None else Path.cwd()) / FOLDER_NAME


def trusted(status: os.stat_result) -> bool:
    """A cache folder or file is used only when it is ours and nobody else may write to it (the policy of
    the rule-pack cache)."""
    if not hasattr(os, "geteuid"):          # Windows: no owner and mode bits to check
        return True
    return status.st_uid == os.geteuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def run_key(plugin_manager, registry, ruleset) -> str:
    """What decides a file's findings besides its text and name, as one hex digest."""
    digest = hashlib.sha256(f"cablelint {__version__} results {RESULT_FORMAT}\0".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(_stamp(path))
    for _, pack in registry.rule_packs:
        digest.update(hashlib.sha256(pack.read_bytes()).digest())
    for name in sorted(registry.vocabularies):
        digest.update(name.encode() + _stamp(registry.vocabularies[name]))
    for name, plugin in sorted(plugin_manager.list_name_plugin(), key=lambda pair: str(pair[0])):
        digest.update(str(name).encode() + _stamp(getattr(plugin, "__file__", None)))
    for check in ruleset.checks:
        digest.update(json.dumps(asdict(check.rule), sort_keys=True, default=str).encode() + b"\0")
        digest.update(f"{type(check).__module__}.{type(check).__qualname__}\0".encode())
    return digest.hexdigest()


def _stamp(path) -> bytes:
    """Name, size and modification time of a source file (b'' when it has none on disk)."""
    if path is None:
        return b"\0"
    try:
        status = os.stat(os.fspath(path))
    except (OSError, TypeError):
        return f"{path}\0?".encode()
    return f"{path}\0{status.st_size}\0{status.st_mtime_ns}\0".encode()


class ResultCache:
    """Findings by (run key, reported name, content). Entries are written atomically; reads verify a
    checksum and the key, so a torn, truncated or tampered entry is a miss."""

    def __init__(self, folder: str, run_key: str) -> None:
        self.folder = Path(folder)
        self.run_key = run_key.encode()
        self.usable = _prepare(self.folder)
        self.results = os.path.join(folder, RESULTS)

    def _entry(self, name: str, data: bytes) -> tuple[str, bytes]:
        key = hashlib.blake2b(self.run_key + b"\0" + os.fsencode(name) + b"\0" + data, digest_size=20).digest()
        hexed = key.hex()
        return f"{self.results}/{hexed[:2]}/{hexed[2:]}", key

    def get(self, name: str, data: bytes):
        """The cached findings (tuple of packed findings) or None."""
        if not self.usable:
            return None
        path, key = self._entry(name, data)
        try:
            with open(path, "rb") as handle:
                if not trusted(os.fstat(handle.fileno())):
                    return None
                blob = handle.read()
        except OSError:
            return None
        return _decoded(blob, key)

    def put(self, name: str, data: bytes, findings: tuple) -> None:
        """Store findings (best effort: a full disk or a read-only folder only costs the next run time)."""
        if not self.usable:
            return
        path, key = self._entry(name, data)
        try:
            payload = marshal.dumps((key, findings))
        except ValueError:              # a finding with a fix is an object: not cached
            return
        blob = _MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload
        folder, entry = os.path.split(path)
        tmp = os.path.join(folder, f".{entry}.{os.getpid()}.tmp")
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            with open(tmp, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
        except OSError:
            _unlink_quietly(tmp)


def _decoded(blob: bytes, key: bytes):
    header = len(_MAGIC) + _DIGEST
    if not blob.startswith(_MAGIC) or len(blob) < header:
        return None
    payload = blob[header:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != blob[len(_MAGIC):header]:
        return None
    try:
        stored_key, findings = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if stored_key != key or not isinstance(findings, tuple):
        return None
    if not all(isinstance(f, tuple) and len(f) == _FINDING_LENGTH for f in findings):
        return None
    return findings


def _prepare(folder: Path) -> bool:
    """Create the cache folder (private, tagged, ignored by git) if needed; False when it is not trusted."""
    try:
        if not folder.exists():
            folder.mkdir(mode=0o700, parents=True)
            (folder / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")
        if not trusted(folder.stat()):
            return False
        results = folder / RESULTS
        results.mkdir(mode=0o700, exist_ok=True)
        return trusted(results.stat())
    except OSError:
        return False


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def clean(folder: Path) -> list[str]:
    """Remove what cablelint put in a cache folder (result entries, cached rules, its tags), then the folder
    if that left it empty. Returns what was removed; other files are left alone."""
    removed = []
    if not folder.is_dir():
        return removed
    for entry in sorted(folder.iterdir()):
        ours = entry.name.startswith("results-v") and entry.is_dir() and not entry.is_symlink()
        if ours:
            shutil.rmtree(entry)
        elif entry.name in ("CACHEDIR.TAG", ".gitignore") or (entry.name.startswith(("rules-", "config-"))
                                                              and entry.name.endswith(".json")):
            entry.unlink()
        else:
            continue
        removed.append(str(entry))
    try:
        folder.rmdir()
    except OSError:
        pass
    return removed
