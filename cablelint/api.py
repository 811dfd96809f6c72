"""The public Python API: lint files and folders as the command line does, without private
imports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from .diagnostic import Diagnostic, Severity
from .reporters.base import Reporter


@dataclass(frozen=True)
class LintResult:
    """What `lint_paths` found: every finding (sorted per file, files in the order linted), how many
    files were linted, and the inputs that could not be read (`{"path", "message"}`)."""

    diagnostics: list[Diagnostic]
    files: int
    unreadable: list[dict]


def load_ruleset(select=None, extend_select=(), ignore=(), config=None, plugins: bool = True):
    """The rules a run uses: a configuration file's settings (`config`: a path, or None for none),
    then `select` (replacing the default set), `extend_select` and `ignore` (ids, prefixes, names or
    ALL)."""
    return prepare(select, extend_select, ignore, config, plugins).ruleset


def lint_paths(paths, select=None, extend_select=(), ignore=(), config=None, baseline=None,
               plugins: bool = True) -> LintResult:
    """Lint files and folders (walked for the configuration's include patterns, honouring excludes,
    `.gitignore`, per-file-ignores, inline directives and a baseline file) and return the findings.
    Unreadable inputs are listed in the result, not raised; a bad configuration raises
    CablelintError."""
    from .runner import Outcome, run
    ruleset, scope, _ = prepare(select, extend_select, ignore, config, plugins, baseline)
    collector = _Collector(None)
    outcome = run([str(p) for p in paths], ruleset, collector, scope, Severity.INFO, Outcome())
    return LintResult(collector.found, outcome.files, list(outcome.unreadable))


class Prepared(NamedTuple):
    """What a run is made of: its rules, its scope (include, excludes, per-file-ignores, baseline)
    and the configuration they came from."""

    ruleset: object
    scope: object
    settings: object


def prepare(select=None, extend_select=(), ignore=(), config=None, plugins: bool = True,
            baseline=None) -> Prepared:
    """The rules, scope and settings of a run with a configuration file (`config`: a path, or None
    for none) and these selections; `lint_paths` and the language server lint with them."""
    from . import baseline as baselines
    from .config import load
    from .config import Settings
    from .discover import DEFAULT_INCLUDE
    from .plugins import collect, make_plugin_manager
    from .ruleset import build, load_rules
    from .runner import Scope
    from .selection import Selection, check_settings, per_file_ignores

    settings = load(Path(config)) if config is not None else Settings()
    registry = collect(make_plugin_manager(entry_points=plugins))
    known = load_rules(registry)
    check_settings(settings, known)
    selection = Selection.of(settings, select, extend_select, ignore)
    ruleset = build(registry, **selection.options(), rules=known)
    recorded = baseline if baseline is not None else settings.baseline
    scope = Scope(include=tuple(settings.include or DEFAULT_INCLUDE), root=settings.root,
                  exclude=settings.exclude, per_file_ignores=per_file_ignores(settings, known),
                  respect_gitignore=settings.respect_gitignore,
                  baseline=baselines.load(Path(recorded)) if recorded is not None else None)
    return Prepared(ruleset, scope, settings)


class _Collector(Reporter):
    """Keeps the findings instead of writing them."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self.found: list[Diagnostic] = []

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        self.found.extend(diagnostics)
