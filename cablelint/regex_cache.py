"""The compiled form of the start-up's regular expressions, cached beside the rule-pack cache.

Compiling the ~200 expressions of the modules and the packs was a third of a one-cable run. `load`
(at the package's import, before any module compiles one) puts the cached expressions into the
`re` module's own cache, so every `re.compile` of the same pattern and flags returns at once;
`remember` (once the rules are built) stores what this process compiled that the cache lacked.
An entry is the interpreter's own compiled code of that pattern, checked when written to give
the pattern `re.compile` gives; the file is checksummed and keyed by the interpreter's build, and
read only from a folder and file that are ours (`cache.trusted`), as Python trusts its own
`__pycache__`. Without the interpreter's internals (`re._compiler`, `_sre.compile`) or on any
doubt, nothing is loaded and `re` compiles as usual.
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
_MAGIC = b"CLX1"
#: At most this many expressions in the cache (the `re` module keeps 512 of its own).
MAX_PATTERNS = 384

#: (pattern, flags) -> its cached entry, as loaded by this process.
_loaded: dict[tuple[str | bytes, int], tuple] = {}


def _path() -> str:
    build = f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
    digest = validated_cache.key(KIND, build.encode())
    return os.path.join(validated_cache.folder(), f"{KIND}-{digest}{SUFFIX}")


def load() -> None:
    """Put the cached compiled expressions into `re`'s cache (a miss or any doubt: nothing)."""
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
        entries = {entry[:2]: entry for entry in marshal.loads(data[8:])}
        compiled = {key: _compiled(entry) for key, entry in entries.items()}
    except Exception:       # unreadable, damaged or of another interpreter: compile as usual
        return
    for (pattern, flags), pattern_object in compiled.items():
        re._cache.setdefault((type(pattern), pattern, flags), pattern_object)
    _loaded.update(entries)


def _compiled(entry: tuple) -> re.Pattern:
    """`re.compile`'s result, from an entry's code (what `re._compiler.compile` passes on)."""
    pattern, _, final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def remember() -> None:
    """Store the expressions this process compiled so far, if the cache lacked any (best effort,
    atomically, readable by its owner only)."""
    if _sre is None:
        return
    held = {(key[1], key[2]): pattern_object for key, pattern_object in list(re._cache.items())
            if key[0] in (str, bytes)}
    if held.keys() <= _loaded.keys():
        return
    entries = [_loaded.get(key) or _entry(key, pattern_object)
               for key, pattern_object in held.items()]
    entries += [entry for key, entry in _loaded.items() if key not in held]
    _write([entry for entry in entries if entry is not None][:MAX_PATTERNS])


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
        if _compiled(entry) != pattern_object:
            return None
    except Exception:       # an expression this interpreter compiles another way: not cached
        return None
    return entry


def _write(entries: list[tuple]) -> None:
    path = _path()
    base = os.path.dirname(path)
    payload = marshal.dumps(tuple(entries))
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        if not trusted(os.stat(base)):
            return
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload)
        os.replace(tmp, path)
        validated_cache.prune(base, KIND, keep=8, suffix=SUFFIX)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
