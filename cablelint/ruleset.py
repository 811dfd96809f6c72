"""Build a ruleset: every registered pack's rules, validated (`pack_validation`) or read from the
cache of validated rules (`rule_cache`), then the checks of the rules that `selection` chooses."""

from __future__ import annotations

from dataclasses import dataclass

from .checks.base import CheckKind
from .errors import RulePackError
from .pack_validation import check_regexes, pack_schema, validated_pack
from .plugins import BUILTIN_PLUGIN, Registry
from .rule import Rule
from .rule_cache import CACHE_FORMAT, RULE_ID_LINE_RE, cache_key, read_cache, write_cache
from .selection import Selection
from .vocabularies import Vocabularies

__all__ = ["CACHE_FORMAT", "RULE_ID_LINE_RE", "RuleSet", "build", "check_regexes", "load_rules",
           "pack_schema"]


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
    key = cache_key(packs, registry)
    cached = read_cache(key, packs, registry)
    if cached is None:
        cached = [{**rule, "pack_index": index} for index, (name, where, data) in enumerate(packs)
                  for rule in validated_pack(where, data, registry)]
        write_cache(key, packs, cached)
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
