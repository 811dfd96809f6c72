"""The compiled form of the start-up's regular expressions, cached beside the rule-pack cache.

Compiling the ~200 expressions of the modules, the packs and the standard library's modules that the
command line imports (gettext, argparse) is a quarter of a one-cable run. `load` (at the package's
import, before any module compiles one) puts the cached expressions into the `re` module's own
cache, so every `re.compile` of the same pattern and flags returns at once, with no module of
ours changed; `remember` (once the rules are built, before any cable's own patterns) stores what
this start-up compiled that the file lacked. A steady-state run reads the file and writes nothing.

`re`'s cache is bounded (512 entries; when full it drops its oldest, the preloaded ones first), so
the file holds at most half of it (`MAX_PATTERNS`): a start-up may compile 256 expressions the file
lacks before a preloaded one is dropped unused (and that one is only compiled again). When the file
is full, a rewrite keeps this run's new expressions, then the entries this run used (kept by a
module, or compiled again), then the others; a start-up whose new and used expressions do not fit
(one that validated the rule packs, or an unusually large configuration) writes nothing, so that
no run rewrites the file every time (the reverted first version of this cache did).

An entry is the interpreter's own compiled code of that pattern, checked when written to give the
pattern `re.compile` gives; the file is checksummed and keyed by the interpreter's build, and read
only from a folder and file that are ours (`cache.trusted`), as Python trusts its own
`__pycache__`. Without the interpreter's internals (`re._compiler`, `_sre.compile`: Python 3.10)
or on any doubt (a damaged, foreign or untrusted file), nothing is loaded and `re` compiles as
usual.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib

try:
    import _sre
    from re import _compiler, _parser
except ImportError:         # Python 3.10 (sre_compile) or another interpreter: no cache
    _sre = _compiler = _parser = None

from . import validated_cache
from .cache import trusted

KIND = "regex"
SUFFIX = ".bin"
_MAGIC = b"CLX2"
#: At most this many compiled expressions in the file and in `re`'s cache from it: half of `re`'s
#: own bound, so that a run may compile as many again before any preloaded entry is dropped.
MAX_PATTERNS = getattr(re, "_MAXCACHE", 512) // 2
#: At most this many keys of expressions the file names without their code.
MAX_KEYS = 4 * MAX_PATTERNS

#: (pattern, flags) -> its entry, of every compiled expression in the file this process read.
_entries: dict[tuple[str | bytes, int], tuple] = {}
#: The keys of the entries put into `re`'s cache.
_loaded: set[tuple[str | bytes, int]] = set()
#: Keys the file names without their code: expressions this interpreter compiles another way.
_uncacheable: set[tuple[str | bytes, int]] = set()


def _path() -> str:
    build = f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
    digest = validated_cache.key(KIND, _MAGIC, build.encode())
    return os.path.join(validated_cache.folder(), f"{KIND}-{digest}{SUFFIX}")


def load() -> None:
    """Put the cached compiled expressions into `re`'s cache until it holds `MAX_PATTERNS` (a
    miss or any doubt: nothing)."""
    if _sre is None:
        return
    try:
        with open(_path(), "rb") as handle:
            if not trusted(os.fstat(handle.fileno())):
                return
            data = handle.read()
        if not trusted(os.stat(validated_cache.folder())):
            return
        if data[:4] != _MAGIC or int.from_bytes(data[4:8], "little") != zlib.crc32(data[8:]):
            return
        held, uncacheable = marshal.loads(data[8:])
        entries = {(entry[0], entry[1]): entry for entry in held[:MAX_PATTERNS]}
        compiled = []
        present = len(re._cache)
        for key, entry in entries.items():
            cache_key = (type(key[0]), *key)
            if cache_key not in re._cache:
                if present >= MAX_PATTERNS:
                    break
                compiled.append((cache_key, key, _compiled(entry)))
                present += 1
        uncacheable = {(pattern, flags) for pattern, flags in uncacheable}
    except Exception:       # unreadable, damaged or of another interpreter: compile as usual
        return
    for cache_key, key, pattern_object in compiled:
        re._cache.setdefault(cache_key, pattern_object)
        _loaded.add(key)
    _entries.update(entries)
    _uncacheable.update(uncacheable)


def _compiled(entry: tuple) -> re.Pattern:
    """`re.compile`'s result, from an entry's code (what `re._compiler.compile` passes on)."""
    pattern, _, final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def remember() -> None:
    """Store the expressions this process compiled so far that the file lacked (best effort,
    atomically, readable by its owner only): these first, then the file's that this run used, then
    its others, up to `MAX_PATTERNS`. Nothing when the file lacked none (a steady state), or when
    this run's expressions do not fit (a start-up that validated the rule packs, or an unusually
    large configuration: the next start-up like it compiles as without a cache)."""
    if _sre is None:
        return
    unheld = 0
    holder = {None: object()}       # stands for `re`'s cache keeping a pattern nobody else does
    for _, probe in list(holder.items()):
        unheld = sys.getrefcount(probe)
    missing, used = [], []
    for (kind, pattern, flags), pattern_object in list(re._cache.items()):
        key = (pattern, flags)
        if kind not in (str, bytes) or key in _uncacheable:
            continue
        if key not in _entries:
            missing.append((key, pattern_object))
        elif key not in _loaded or sys.getrefcount(pattern_object) > unheld:
            used.append(key)    # compiled again, or kept by a module (or by `re` on 3.12+)
    if not missing or len(missing) + len(used) > MAX_PATTERNS:
        return
    entries: list[tuple] = []
    uncacheable = list(_uncacheable)
    for key, pattern_object in missing:
        entry = _entry(key, pattern_object)
        if entry is None:
            uncacheable.append(key)
        else:
            entries.append(entry)
    entries += [_entries[key] for key in used]
    used_keys = set(used)
    entries += [entry for key, entry in _entries.items() if key not in used_keys]
    _write(tuple(entries[:MAX_PATTERNS]), tuple(uncacheable[-MAX_KEYS:]))


def _entry(key: tuple[str | bytes, int], pattern_object: re.Pattern) -> tuple | None:
    """The cache entry of one expression, or None unless it compiles to `pattern_object`."""
    pattern, flags = key
    try:
        tree = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(tree, flags)]
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (pattern, flags, flags | tree.state.flags, code, tree.state.groups - 1,
                 groupindex, tuple(indexgroup))
        again = _compiled(entry)
        if (again != pattern_object or again.groups != pattern_object.groups
                or again.groupindex != pattern_object.groupindex):
            return None
    except Exception:       # an expression this interpreter compiles another way: not cached
        return None
    return entry


def _write(entries: tuple, uncacheable: tuple) -> None:
    path = _path()
    base = os.path.dirname(path)
    payload = marshal.dumps((entries, uncacheable))
    tmp = os.path.join(base, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        if not trusted(os.stat(base)):
            return
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload)
        os.replace(tmp, path)
        validated_cache.prune(base, KIND, keep=8, suffix=SUFFIX)
    except (OSError, ValueError):   # ValueError: something marshal cannot hold
        try:
            os.unlink(tmp)
        except OSError:
            pass
