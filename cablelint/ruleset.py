"""Load rule packs, validate them (JSON Schema, cached by content hash), and build the checks of
the rules that `selection` chooses."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import __version__, placeholders, regex_policy, validated_cache
from .cache import trusted
from .checks import renamed
from .checks.base import CheckKind
from .diagnostic import Severity
from .errors import RulePackError
from .examples import KEYS as EXAMPLE_KEYS, PARTS as EXAMPLE_PARTS
from .plugins import BUILTIN_PLUGIN, Registry
from .resources import data_dir
from .rule import WHEN_SCHEMA, Rule
from .selection import Selection
from .vocabularies import Vocabularies


#: Bumped when the shape of cached rules changes, so that an old cache is not read.
CACHE_FORMAT = 3


@dataclass(frozen=True)
class RuleSet:
    """The rules that will run, each with its built check, plus every known rule for
    `rules`/`rule`."""

    checks: tuple[CheckKind, ...]
    known: tuple[Rule, ...]

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(check.rule for check in self.checks)


def load_rules(registry: Registry) -> list[Rule]:
    """Every rule of every registered pack, validated. Raises RulePackError with file, rule and
    pointer."""
    packs = [
        (str(getattr(p, "name", p)), str(p), _pack_bytes(plugin, p))
        for plugin, p in registry.rule_packs
    ]
    key = _cache_key(packs, registry)
    cached = _read_cache(key, packs, registry)
    if cached is None:
        cached = [{**rule, "pack_index": index} for index, (name, where, data) in enumerate(packs)
                  for rule in _validated_pack(where, data, registry)]
        _write_cache(key, packs, cached)
    rules = sorted((Rule.from_entry(entry) for entry in cached), key=lambda r: r.id)
    for entry in cached:
        plugin, pack = registry.rule_packs[entry["pack_index"]]
        if entry["id"].startswith("CL") and plugin != BUILTIN_PLUGIN:
            raise RulePackError(f"{pack}: rule {entry['id']}: the CL prefix is cablelint's own; "
                                f"a plugin's rules need a prefix of their own")
    _refuse_duplicates(cached, registry)
    return rules


def _pack_bytes(plugin: str, pack) -> bytes:
    try:
        return pack.read_bytes()
    except OSError as exc:
        raise RulePackError(f"{pack}: rule pack of plugin '{plugin}' cannot be read: "
                            f"{exc.strerror or exc}") from None


def _refuse_duplicates(entries: list[dict], registry: Registry) -> None:
    """A rule id or name used twice is a RulePackError naming both rules, their packs and
    plugins."""
    seen: dict[str, dict] = {}
    for entry in sorted(entries, key=lambda e: (e["pack_index"], e["id"])):
        for ident in (entry["id"], entry["name"]):
            if ident in seen:
                raise RulePackError(
                    f"'{ident}' is used twice: by rule {seen[ident]['id']} in "
                    f"{_origin(seen[ident], registry)} and by rule {entry['id']} in "
                    f"{_origin(entry, registry)}"
                )
            seen[ident] = entry


def _origin(entry: dict, registry: Registry) -> str:
    plugin, pack = registry.rule_packs[entry["pack_index"]]
    return f"pack '{entry['pack']}' ({pack}, plugin '{plugin}')"


def build(registry: Registry, select: list[str] | None = None, extend_select: list[str] = (),
          ignore: list[str] = (), severity: dict[str, str] | None = None,
          rules: list[Rule] | None = None) -> RuleSet:
    """The checks of the rules a selection chooses (`selection.Selection`: `select` replaces the
    default set, `extend_select` adds, `ignore` removes, `severity` overrides). `rules` are the
    loaded rules, when the caller has them already."""
    rules = load_rules(registry) if rules is None else rules
    selection = Selection(select=None if select is None else tuple(select),
                          extend_select=tuple(extend_select), ignore=tuple(ignore),
                          severity=dict(severity or {}))
    vocabularies = Vocabularies(registry.vocabularies)
    checks = tuple(registry.check_kinds[rule.check](rule, vocabularies)
                   for rule in selection.chosen(rules))
    return RuleSet(checks=checks, known=tuple(rules))


def pack_schema(registry: Registry) -> dict:
    """The rule-pack schema with the selector names and the check kinds filled in."""
    schema = json.loads((data_dir("schemas") / "rule-pack.schema.json").read_text(encoding="utf-8"))
    schema["$defs"]["selector"] = {"enum": sorted(registry.selectors)}
    schema["$defs"]["when"] = WHEN_SCHEMA
    schema["$defs"]["example"]["propertyNames"] = {"enum": [*EXAMPLE_KEYS, *EXAMPLE_PARTS]}
    schema["$defs"]["rule"]["properties"]["check"] = {"enum": sorted(registry.check_kinds)}
    return schema


def _validated_pack(where: str, data: bytes, registry: Registry) -> list[dict]:
    import jsonschema

    from . import safe_yaml

    pack = safe_yaml.load(data, where, RulePackError)
    _refuse_renamed_kinds(where, pack, registry)
    schema = pack_schema(registry)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    _raise_first(where, pack, validator.iter_errors(pack))
    for index, rule in enumerate(pack["rules"]):
        kind = registry.check_kinds[rule["check"]]
        if kind.needs_target and "target" not in rule:
            raise RulePackError(f"{where}: rule {rule['id']}: /rules/{index}: check '{kind.name}' "
                                "needs a 'target'")
        params_schema = {**kind.params_schema, "$defs": schema["$defs"]}
        errors = jsonschema.Draft202012Validator(
            params_schema, format_checker=jsonschema.FormatChecker()
        ).iter_errors(rule.get("params", {}))
        _raise_first(where, pack, errors, prefix=f"/rules/{index}/params")
        check_regexes(where, rule, index, kind.params_schema)
        _check_placeholders(where, rule, index, kind)
        _check_fix(where, rule, index, kind)
        rule["pack"] = pack["pack"]
    return pack["rules"]


def _refuse_renamed_kinds(where: str, pack, registry: Registry) -> None:
    """A rule naming a check kind by its old name (checks/renamed.py) is refused, saying what to
    write instead."""
    rules = pack.get("rules") if isinstance(pack, dict) else None
    for index, rule in enumerate(rules if isinstance(rules, list) else ()):
        if isinstance(rule, dict) and rule.get("check") not in registry.check_kinds:
            instead = renamed.replacement(rule)
            if instead:
                raise RulePackError(f"{where}: rule {rule.get('id')}: /rules/{index}/check: "
                                    f"check kind '{rule['check']}' was renamed: {instead}")


def _check_placeholders(where: str, rule: dict, index: int, kind) -> None:
    """The placeholders of the rule's message and of its message parameters are names the kind
    fills."""
    params = _marked(kind.params_schema, rule.get("params", {}), f"/rules/{index}/params",
                     _is_message)
    templates = [(f"/rules/{index}/message", rule["message"], kind.placeholders)]
    templates += [(f"/rules/{index}/overrides/{number}/message", override["message"],
                   kind.placeholders)
                  for number, override in enumerate(rule.get("overrides", ()))
                  if "message" in override]
    templates += [
        (pointer, template, schema["placeholders"]) for pointer, template, schema in params
    ]
    for pointer, template, filled in templates:
        why = placeholders.problem(template, filled)
        if why:
            raise RulePackError(f"{where}: rule {rule['id']}: {pointer}: {why}")


def _check_fix(where: str, rule: dict, index: int, kind) -> None:
    """A `fix:` without a template needs a check kind that makes the edits; its regexes obey the
    policy."""
    spec = rule.get("fix")
    if spec is None:
        return
    by_template = any(key in spec for key in ("replace", "with", "own_line", "repeat"))
    if not by_template and not getattr(kind, "provides_fix", False):
        raise RulePackError(f"{where}: rule {rule['id']}: /rules/{index}/fix: check '{kind.name}' "
                            f"makes no edits; give 'replace' or 'with'")
    for position, substitution in enumerate(spec.get("replace", ())):
        why = regex_policy.problem(substitution["regex"], 0)
        if why:
            raise RulePackError(
                f"{where}: rule {rule['id']}: /rules/{index}/fix/replace/{position}/regex: regex"
                f" {substitution['regex']!r} refused: {why}"
            )


def check_regexes(
    where: str, rule: dict, index: int, params_schema: dict, written_in: bytes = b""
) -> None:
    """Refuse a rule whose regexes break the regex policy (regex_policy.py), naming pack, rule and
    pointer.

    A regex that `written_in` (the text of the pack a cached rule came from) holds verbatim is not
    checked again: the policy passed it when the cache was written from that very pack (the entry
    names the pack's digest), and a regex planted in the cache would have to be a piece of the
    pack's own text. Checking the others keeps a tampered cache a miss, at a fraction of the cost
    (the policy check of every regex was a third of a one-cable run)."""
    params = rule.get("params", {})
    flags = re.I if params.get("ignore_case") else 0
    for pointer, pattern, _ in _marked(params_schema, params, f"/rules/{index}/params", _is_regex):
        if written_in and pattern.encode("utf-8") in written_in:
            continue
        why = regex_policy.problem(pattern, flags)
        if why:
            shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
            raise RulePackError(f"{where}: rule {rule['id']}: {pointer}: regex {shown!r} refused: "
                                f"{why}")


def _marked(schema: dict, value, pointer: str, marked):
    """(JSON pointer, string, its schema) of each string value whose schema `marked(schema)`
    holds."""
    if marked(schema) and isinstance(value, str):
        yield pointer, value, schema
    elif isinstance(value, dict):
        for key, item in value.items():
            sub = schema.get("properties", {}).get(key, schema.get("additionalProperties"))
            if isinstance(sub, dict):
                yield from _marked(sub, item, f"{pointer}/{key}", marked)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for position, item in enumerate(value):
            yield from _marked(schema["items"], item, f"{pointer}/{position}", marked)


def _is_regex(schema: dict) -> bool:
    return schema.get("format") == "regex"


def _is_message(schema: dict) -> bool:
    return "placeholders" in schema


def _raise_first(where: str, pack, errors, prefix: str = "") -> None:
    from .schema_errors import first_problem

    problem = first_problem(errors, prefix)
    if problem is not None:
        rule_id = _rule_id_at(pack, problem.pointer)
        raise RulePackError(f"{where}: {rule_id}{problem.pointer}: {problem.message}{problem.hint}")


def _rule_id_at(pack, pointer: str) -> str:
    parts = pointer.split("/")
    if len(parts) > 2 and parts[1] == "rules" and parts[2].isdigit() and isinstance(pack, dict):
        rules = pack.get("rules") or []
        index = int(parts[2])
        if index < len(rules) and isinstance(rules[index], dict) and "id" in rules[index]:
            return f"rule {rules[index]['id']}: "
    return ""


def _cache_key(packs, registry: Registry) -> str:
    digest = hashlib.sha256(f"{__version__}\0{CACHE_FORMAT}".encode())
    for name, _, data in packs:
        digest.update(name.encode() + b"\0" + data)
    for name in sorted(registry.check_kinds):
        kind = registry.check_kinds[name]
        digest.update(name.encode() + json.dumps(kind.params_schema, sort_keys=True).encode())
    digest.update(json.dumps(sorted(registry.selectors)).encode())
    return digest.hexdigest()[:32]


def _cache_dir() -> Path:
    return Path(validated_cache.folder())


def _read_cache(key: str, packs, registry: Registry) -> list[dict] | None:
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
        and entry.get("checksum") == _checksum(entry["rules"])
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
    return [hashlib.sha256(data).hexdigest() for _, _, data in packs]


def _checksum(rules: list) -> str:
    return hashlib.sha256(json.dumps(rules, sort_keys=True).encode()).hexdigest()


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


def _write_cache(key: str, packs, rules: list[dict]) -> None:
    """Best effort: a read-only home only costs the validation next time. Never into a folder others
    may write to; the file is readable by its owner only."""
    folder = _cache_dir()
    entry = {"key": key, "packs": _pack_digests(packs), "checksum": _checksum(rules),
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
