"""Which rules run, at which severity, and from which severity findings fail a run: `select`,
`extend-select`, `ignore`, `per-file-ignores`, `severity` and `fail-level` applied to the rules
(for `per-file-ignores`, to the rules of each file's path: `PerFileIgnores`).

The configuration (`config.Settings`) only holds these settings; the command line's options (or an
editor's client settings) go over them here, in `Selection.of`. Rules are named as ruff names
them: a rule id, an id prefix (`CL09`), a rule name, or `ALL`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .diagnostic import Severity
from .errors import ConfigError, UsageError
from .patterns import matches
from .rule import Rule


@dataclass(frozen=True)
class Selection:
    """A run's choice of rules: `select` replaces the default set, `extend_select` adds, `ignore`
    removes; `severity` sets the severity of a rule id."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)

    @classmethod
    def of(cls, settings, select=None, extend_select=(), ignore=()) -> Selection:
        """The configuration's selection with the command line's over it: `select` replaces the
        configuration's, `extend_select` and `ignore` add to the configuration's."""
        return cls(select=tuple(select) if select is not None else settings.select,
                   extend_select=(*settings.extend_select, *extend_select),
                   ignore=(*settings.ignore, *ignore), severity=dict(settings.severity))

    def options(self) -> dict:
        """The keyword arguments of `ruleset.build` for this selection."""
        return {"select": self.select, "extend_select": self.extend_select, "ignore": self.ignore,
                "severity": self.severity}

    def chosen(self, rules: list[Rule]) -> list[Rule]:
        """The rules that run, in the order of `rules`, each at the severity the selection sets."""
        if self.select is None:
            ids = {rule.id for rule in rules if rule.default}
        else:
            ids = resolve(rules, self.select)
        ids |= resolve(rules, self.extend_select)
        ids -= resolve(rules, self.ignore)
        overrides = {rule_id: Severity.parse(level) for rule_id, level in self.severity.items()}
        return [rule.with_severity(overrides[rule.id]) if rule.id in overrides else rule
                for rule in rules if rule.id in ids]


def resolve(rules, selectors) -> set[str]:
    """Rule ids matched by selectors (ids, id prefixes, names, ALL); an unmatched selector is a
    UsageError."""
    chosen = set()
    for selector in selectors or ():
        hits = {rule.id for rule in rules
                if selector == "ALL" or rule.id.startswith(selector) or rule.name == selector}
        if not hits:
            hint = rule_hint(selector, rules)
            raise UsageError(f"no rule matches '{selector}'{hint} "
                             f"(give a rule id, id prefix or name; see 'cablelint rules')")
        chosen |= hits
    return chosen


def rule_hint(word: str, rules) -> str:
    """The hint ` (did you mean 'CL090'?)` for a mistyped rule id or name: O read as 0,
    I and L as 1; then an id with two digits transposed, the closest id, or the closest name."""
    from .schema_errors import did_you_mean

    upper = word.upper()
    as_id = upper[:2] + upper[2:].replace("O", "0").replace("I", "1").replace("L", "1")
    if any(rule.id.startswith(as_id) for rule in rules) and as_id != word:
        return f" (did you mean '{as_id}'?)"
    swapped = [rule.id for rule in rules if sorted(rule.id) == sorted(as_id)]  # digits transposed
    if swapped:
        return f" (did you mean '{swapped[0]}'?)"
    return (did_you_mean(as_id, [rule.id for rule in rules], cutoff=0.7)
            or did_you_mean(word, [rule.name for rule in rules]))


def check_settings(settings, rules) -> None:
    """Every rule the configuration names must exist; a ConfigError names the file and the key."""
    named = [("select", settings.select or ()), ("extend-select", settings.extend_select),
             ("ignore", settings.ignore),
             *((f"per-file-ignores/{glob}", selectors)
               for glob, selectors in settings.per_file_ignores.items())]
    for key, selectors in named:
        for index, selector in enumerate(selectors):
            try:
                resolve(rules, [selector])
            except UsageError as exc:
                hint = str(exc).split(" (give")[0].removeprefix(f"no rule matches '{selector}'")
                raise ConfigError(f"{settings.path}: /{key}/{index}: "
                                  f"no rule matches '{selector}'{hint}") from None
    ids = {rule.id for rule in rules}
    for rule_id in settings.severity:
        if rule_id not in ids:
            raise ConfigError(f"{settings.path}: /severity/{rule_id}: no rule has this id")


@dataclass(frozen=True)
class PerFileIgnores:
    """The configuration's per-file-ignores resolved: each pattern (`.gitignore` syntax, relative
    to the configuration's folder) with the ids of the rules it drops in the files it matches."""

    rules: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.rules)

    def dropped(self, relative: str) -> frozenset[str]:
        """The ids of the rules dropped in the file at `relative` ('/'-separated, from the
        configuration's folder)."""
        return frozenset(rule for pattern, ids in self.rules.items()
                         if matches((pattern,), relative) for rule in ids)


def per_file_ignores(settings, rules) -> PerFileIgnores:
    """The configuration's per-file-ignores, each glob's rule names resolved to the ids of the
    rules it drops (the runner filters a file's findings with them)."""
    return PerFileIgnores({glob: frozenset(resolve(rules, selectors))
                           for glob, selectors in settings.per_file_ignores.items()})


def fail_level(given: str | None, settings) -> Severity:
    """The severity from which a finding fails the run: the one given (command line, editor), else
    the configuration's, else info."""
    return Severity.parse(given or settings.fail_level or "info")
