"""The validated rules cached as JSON, keyed by a hash of the packs, the check kinds, the selectors
and the version: used only from a private folder, and only when the entry matches the packs it was
made from."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from . import __version__, validated_cache
from .digest import blake2b
from .cache import trusted
from .diagnostic import Severity
from .errors import RulePackError
from .pack_validation import check_regexes
from .plugins import Registry


#: Bumped when the shape of cached rules changes, so that an old cache is not read.
CACHE_FORMAT = 3


def cache_key(packs, registry: Registry) -> str:
    digest = blake2b(f"{__version__}\0{CACHE_FORMAT}".encode())
    for name, _, data in packs:
        digest.update(name.encode() + b"\0" + data)
    for name in sorted(registry.check_kinds):
        kind = registry.check_kinds[name]
        digest.update(name.encode() + json.dumps(kind.params_schema, sort_keys=True).encode())
    digest.update(json.dumps(sorted(registry.selectors)).encode())
    return digest.hexdigest()[:32]


def _cache_dir() -> Path:
    return Path(validated_cache.folder())


def read_cache(key: str, packs, registry: Registry) -> list[dict] | None:
    """The cached rules, or None (a cache miss) unless folder and file are trusted, the entry is
    well formed, was made from these very packs (their SHA-256 and rule ids) and its checksum and
    regexes hold."""
    folder = _cache_dir()
    try:
        if not trusted(folder.stat()):
            return None
        with open(folder / f"rules-{key}.json", "rb") as handle:
            if not trusted(os.fstat(handle.fileno())):
                return None
            entry = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not (
        isinstance(entry, dict)
        and entry.get("key") == key
        and entry.get("packs") == _pack_digests(packs)
        and isinstance(entry.get("rules"), list)
        and entry.get("checksum") == checksum(entry["rules"])
    ):
        return None
    rules = entry["rules"]
    if not all(_well_formed(rule, len(packs), registry) for rule in rules):
        return None
    for index, (_, _, data) in enumerate(packs):
        cached_ids = {rule["id"].encode() for rule in rules if rule["pack_index"] == index}
        if cached_ids != set(RULE_ID_LINE_RE.findall(data)):
            return None  # not the rules the pack's text names (a pack in flow style always misses)
    try:
        for position, rule in enumerate(rules):
            check_regexes("cache", rule, position,
                          registry.check_kinds[rule["check"]].params_schema,
                          written_in=packs[rule["pack_index"]][2])
    except RulePackError:
        return None
    return rules


def _pack_digests(packs) -> list[str]:
    return [blake2b(data).hexdigest() for _, _, data in packs]


def checksum(rules: list) -> str:
    return blake2b(json.dumps(rules, sort_keys=True).encode()).hexdigest()


#: A block-style rule's `id:` line in a pack, as bytes: what the cached rule ids are compared with.
RULE_ID_LINE_RE = re.compile(rb"""^[ \t]*-?[ \t]*id:[ \t]*["']?([A-Za-z0-9_.-]+)""", re.M)


#: The fields of a cached rule and their JSON types (the validated pack's rule plus `pack`,
#: `pack_index`).
_CACHED_FIELDS = {"id": str, "name": str, "severity": str, "check": str, "message": str,
                  "help": str, "pack": str, "pack_index": int}


_OPTIONAL_FIELDS = {"target": (str, type(None)), "anchor": list, "params": dict, "when": dict,
                    "overrides": list,
                    "fixable": bool, "default": bool, "fix": dict, "examples": dict}


def _well_formed(rule, pack_count: int, registry: Registry) -> bool:
    if not isinstance(rule, dict) or any(
        not isinstance(rule.get(f), t) for f, t in _CACHED_FIELDS.items()
    ):
        return False
    if any(f in rule and not isinstance(rule[f], t) for f, t in _OPTIONAL_FIELDS.items()):
        return False
    return (0 <= rule["pack_index"] < pack_count and rule["check"] in registry.check_kinds
            and rule["severity"].upper() in Severity.__members__)


def write_cache(key: str, packs, rules: list[dict]) -> None:
    """Best effort: a read-only home only costs the validation next time. Never into a folder others
    may write to; the file is readable by its owner only."""
    folder = _cache_dir()
    entry = {"key": key, "packs": _pack_digests(packs), "checksum": checksum(rules),
             "rules": rules}
    tmp = folder / f".rules-{key}.{os.getpid()}.tmp"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not trusted(folder.stat()):
            return
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(entry, handle)
        os.replace(tmp, folder / f"rules-{key}.json")
        validated_cache.prune(str(folder), "rules")
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
