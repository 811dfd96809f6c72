"""The result cache: one file's findings, keyed by its content, its reported name and everything
that decides the findings (cablelint's code and version, the rule packs, the selected rules and
their settings, the vocabularies, the plugins). A damaged, foreign or unreadable entry is a miss,
never a wrong report."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import stat
import time
from dataclasses import asdict
from pathlib import Path

from . import __version__
from .diagnostic import Severity
from .digest import blake2b

#: Bumped when the key or the entry layout changes.
RESULT_FORMAT = 2
#: A file modified this recently (ns) is not recorded by stat: a change in the same clock tick would
#: not show.
RACY_NS = 2_000_000_000
FOLDER_NAME = ".cablelint_cache"
RESULTS = f"results-v{RESULT_FORMAT}"
_MAGIC = b"CLR1"
_DIGEST = 16
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# cablelint's cache (https://bford.info/cachedir/)\n")


def cache_folder(cli_dir: str | None, config_path: Path | None) -> Path:
    """`--cache-dir`, else `CABLELINT_CACHE_DIR`, else `.cablelint_cache` beside the configuration
    file (or in the current folder when there is none)."""
    chosen = cli_dir or os.environ.get("CABLELINT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    return (config_path.parent if config_path is not None else Path.cwd()) / FOLDER_NAME


def trusted(status: os.stat_result) -> bool:
    """A cache folder or file is used only when it is ours and nobody else may write to it (the
    policy of the rule-pack cache)."""
    if not hasattr(os, "geteuid"):          # Windows: no owner and mode bits to check
        return True
    return status.st_uid == os.geteuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def run_key(plugin_manager, registry, ruleset) -> str:
    """What decides a file's findings besides its text and name, as one hex digest."""
    digest = blake2b(f"cablelint {__version__} results {RESULT_FORMAT}\0".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(_stamp(path))
    for _, pack in registry.rule_packs:
        digest.update(blake2b(pack.read_bytes()).digest())
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
    """Findings by (run key, reported name, content), and by (run key, reported name, stat) for
    files whose stat has not changed since. Entries are written atomically; reads verify a checksum
    and the key, so a torn, truncated or tampered entry is a miss."""

    def __init__(self, folder: str, run_key: str) -> None:
        self.folder = Path(folder)
        self.run_key = run_key.encode()
        self.usable = _prepare(self.folder)
        self.results = os.path.join(folder, RESULTS)

    def _entry(self, kind: bytes, name: str, data: bytes) -> tuple[str, bytes]:
        key = blake2b(
            b"\0".join((self.run_key, kind, os.fsencode(name), data)), digest_size=20
        ).digest()
        hexed = key.hex()
        return f"{self.results}/{hexed[:2]}/{hexed[2:]}", key

    def get(self, name: str, data: bytes):
        """The cached findings (tuple of packed findings) of this content, or None."""
        return self._load(*self._entry(b"content", name, data))

    def put(self, name: str, data: bytes, findings: tuple) -> None:
        """Store findings (best effort: a full disk or a read-only folder only costs the next run
        time)."""
        self._store(*self._entry(b"content", name, data), findings)

    def get_unchanged(self, name: str, status: os.stat_result):
        """The cached findings of a file whose stat (device, inode, size, modification and change
        times) is the one recorded with them, or None: a warm run need not read the file."""
        return self._load(*self._entry(b"stat", name, _identity(status)))

    def put_unchanged(self, name: str, path: str, before: os.stat_result, findings: tuple) -> None:
        """Store findings under the file's stat `before` it was read, unless it changed since or was
        modified too recently to tell a later change apart (the clock's granularity: racy stat)."""
        try:
            after = os.stat(path)
        except OSError:
            return
        recent = time.time_ns() - RACY_NS
        if (
            _identity(after) == _identity(before)
            and max(after.st_mtime_ns, after.st_ctime_ns) < recent
        ):
            self._store(*self._entry(b"stat", name, _identity(after)), findings)

    def _load(self, path: str, key: bytes):
        if not self.usable:
            return None
        try:
            with open(path, "rb") as handle:
                if not trusted(os.fstat(handle.fileno())):
                    return None
                blob = handle.read()
        except OSError:
            return None
        return _decoded(blob, key)

    def _store(self, path: str, key: bytes, findings: tuple) -> None:
        if not self.usable:
            return
        payload = marshal.dumps((key, findings))
        blob = _MAGIC + blake2b(payload, digest_size=_DIGEST).digest() + payload
        folder, entry = os.path.split(path)
        tmp = os.path.join(folder, f".{entry}.{os.getpid()}.tmp")
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            with open(tmp, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
        except OSError:
            _unlink_quietly(tmp)


def _identity(status: os.stat_result) -> bytes:
    """What tells a file's content changed without reading it: device, inode, size, modification and
    change times (the change time moves with any write, even one that puts the old mtime back)."""
    return b"%d:%d:%d:%d:%d" % (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns,
                               status.st_ctime_ns)


def _decoded(blob: bytes, key: bytes):
    header = len(_MAGIC) + _DIGEST
    if not blob.startswith(_MAGIC) or len(blob) < header:
        return None
    payload = blob[header:]
    if blake2b(payload, digest_size=_DIGEST).digest() != blob[len(_MAGIC):header]:
        return None
    try:
        stored_key, findings = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if stored_key != key or not isinstance(findings, tuple):
        return None
    if not all(map(_well_formed, findings)):
        return None
    return findings


_PLAIN_TYPES = (str, str, int, str, str, int, int, int, int)
_SEVERITY_NUMBERS = frozenset(map(int, Severity))


def _well_formed(finding) -> bool:
    """Whether a cached finding has the shape `parallel.pack` gives: the plain fields, then maybe
    the fix (description, safe, edits of four ints and a replacement). Anything else is a miss,
    never a crash."""
    if not isinstance(finding, tuple) or len(finding) not in (9, 10):
        return False
    if tuple(map(type, finding[:9])) != _PLAIN_TYPES or finding[2] not in _SEVERITY_NUMBERS:
        return False    # (the types compared as tuples: builtin types are equal when identical)
    if len(finding) == 9:
        return True
    fix = finding[9]
    if not (
        isinstance(fix, tuple)
        and len(fix) == 3
        and type(fix[0]) is str
        and type(fix[1]) is bool
        and isinstance(fix[2], tuple)
    ):
        return False
    return all(isinstance(edit, tuple) and len(edit) == 5 and type(edit[4]) is str
               and all(type(n) is int for n in edit[:4]) for edit in fix[2])


def _prepare(folder: Path) -> bool:
    """Create the cache folder (private, tagged, ignored by git) if needed; False when it is not
    trusted."""
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
    """Remove what cablelint put in a cache folder (result entries, cached rules, its tags), then
    the folder if that left it empty. Returns what was removed; other files are left alone."""
    removed = []
    if not folder.is_dir():
        return removed
    for entry in sorted(folder.iterdir()):
        ours = entry.name.startswith("results-v") and entry.is_dir() and not entry.is_symlink()
        if ours:
            shutil.rmtree(entry)
        elif entry.name in ("CACHEDIR.TAG", ".gitignore") or (
            entry.name.startswith(("rules-", "config-")) and entry.name.endswith(".json")
        ):
            entry.unlink()
        else:
            continue
        removed.append(str(entry))
    try:
        folder.rmdir()
    except OSError:
        pass
    return removed
