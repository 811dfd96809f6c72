"""The server's lint of one document, on the command line's code path: the configuration the CLI
would use for the document's file (the closest `.cablelint.yaml` / `pyproject.toml`, read again when
one of its files changes), the client's settings over it (as command-line options are), then the
engine (`lint_input`) and the configuration's filters (`kept_findings`: per-file-ignores, the
baseline)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..api import Prepared, prepare
from ..config import find
from ..diagnostic import Diagnostic, Severity
from ..engine import lint_input
from ..errors import InputError, UsageError
from ..fixing import fix_text
from ..runner import kept_findings
from ..selection import fail_level
from ..source import normalise_newlines

#: `codeDescription.href` of a finding: the rule's page in cablelint's documentation ({id}: CL091,
#: {name}: paragraph-number-spurious-one). The client setting `docs-url` replaces it.
DOCS_URL = "https://cablelint.readthedocs.io/en/latest/rules/{id}/"
#: Documents larger than this (UTF-8 bytes) are not linted as you type; the client setting
#: `max-size`.
MAX_SIZE = 2 * 1024 * 1024
#: Seconds between the last change and the lint; the client setting `debounce` (milliseconds).
DEBOUNCE = 0.1
FAIL_LEVELS = ("error", "warning", "info")


@dataclass(frozen=True)
class ClientSettings:
    """What the editor asks for, over the configuration file: the rule selection (as `--select`,
    `--extend-select`, `--ignore`), the fail level, and how the server behaves."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: str | None = None
    debounce: float = DEBOUNCE
    max_size: int = MAX_SIZE
    docs_url: str = DOCS_URL

    @staticmethod
    def knows(data: dict) -> bool:
        """Whether every key of a settings object is one of ours."""
        return all(_key(key) in _KEYS for key in data)

    @classmethod
    def from_client(cls, data) -> "ClientSettings":
        """Settings from the client's JSON (initializationOptions or didChangeConfiguration), keys
        in kebab-case or camelCase, rule lists as lists or comma-separated text. Bad values are a
        UsageError."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise UsageError(f"client settings: expected an object, got {type(data).__name__}")
        given = {_key(key): value for key, value in data.items()}
        unknown = sorted(key for key in data if _key(key) not in _KEYS)
        if unknown:
            raise UsageError(f"client settings: unknown setting '{unknown[0]}' (known: "
                             f"{', '.join(_KEYS.values())})")
        select = given.get("select")
        fail_level = given.get("faillevel")
        if fail_level is not None and fail_level not in FAIL_LEVELS:
            raise UsageError("client settings: fail-level must be one of "
                             f"{', '.join(FAIL_LEVELS)}, got {fail_level!r}")
        return cls(select=None if select is None else _rules("select", select),
                   extend_select=_rules("extend-select", given.get("extendselect", ())),
                   ignore=_rules("ignore", given.get("ignore", ())), fail_level=fail_level,
                   debounce=_number("debounce", given.get("debounce", DEBOUNCE * 1000)) / 1000,
                   max_size=int(_number("max-size", given.get("maxsize", MAX_SIZE))),
                   docs_url=str(given.get("docsurl", DOCS_URL)))


_KEYS = {"select": "select", "extendselect": "extend-select", "ignore": "ignore",
         "faillevel": "fail-level",
         "debounce": "debounce", "maxsize": "max-size", "docsurl": "docs-url"}


def _key(name: str) -> str:
    """`fail-level`, `failLevel` and `fail_level` are one setting."""
    return name.replace("-", "").replace("_", "").lower()


def _rules(key: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)) or not all(isinstance(part, str) for part in value):
        raise UsageError(f"client settings: {key} must be a list of rule ids, prefixes or names")
    return tuple(part.strip() for part in value if part.strip())


def _number(key: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise UsageError(f"client settings: {key} must be a number >= 0, got {value!r}")
    return value


@dataclass
class _Entry:
    stamps: tuple
    prepared: Prepared


@dataclass
class Projects:
    """The prepared run (rules, scope, settings) of each configuration file with the client's
    selection, prepared again when a file it was read from (the configuration, those it extends, its
    baseline) has changed since; a closer configuration file appearing is found on the next lint."""

    plugins: bool = True
    entries: dict = field(default_factory=dict)

    def prepared(self, folder: Path, client: ClientSettings) -> Prepared:
        """The run for a document in `folder`."""
        config = find(folder)
        key = (config, client.select, client.extend_select, client.ignore)
        entry = self.entries.get(key)
        if entry is not None and entry.stamps == _stamps(entry.prepared):
            return entry.prepared
        prepared = prepare(client.select, client.extend_select, client.ignore, config, self.plugins)
        self.entries[key] = _Entry(_stamps(prepared), prepared)
        return prepared

    def forget(self) -> None:
        """Read every configuration again on the next lint (a watched file changed)."""
        self.entries.clear()


def _stamps(prepared: Prepared) -> tuple:
    settings = prepared.settings
    files = {settings.path, *settings.origins.values(), settings.baseline} - {None}
    return tuple(sorted((str(path), _stamp(path)) for path in files))


def _stamp(path: Path) -> tuple:
    try:
        info = os.stat(path)
    except OSError:
        return ()
    return info.st_mtime_ns, info.st_size


@dataclass(frozen=True)
class Linted:
    """One document's lint: the text linted (newlines as LF), its findings, the run that found
    them."""

    text: str
    findings: list[Diagnostic]
    run: "DocumentRun"


@dataclass(frozen=True)
class DocumentRun:
    """How one document is linted: its name (the file's path), the prepared run, the client's
    settings."""

    name: str
    prepared: Prepared
    client: ClientSettings

    @property
    def fail_level(self) -> Severity:
        """The client's fail level, else the configuration's, else info."""
        return fail_level(self.client.fail_level, self.prepared.settings)

    @property
    def rules(self) -> dict:
        """Every known rule by id (for hover and documentation links)."""
        return {rule.id: rule for rule in self.prepared.ruleset.known}

    def lint(self, text: str) -> Linted:
        """The findings the CLI reports for this text as the file `name`; none when the
        configuration excludes the file (as `--force-exclude` does). Raises CablelintError: binary
        text, too large, a rule that crashed."""
        data = text.encode("utf-8", "replace")          # a lone surrogate becomes one '?'
        if len(data) > self.client.max_size:
            raise InputError(
                f"{self.name}: {len(data):,} bytes, larger than max-size "
                f"{self.client.max_size:,}; not linted as you type (the command line lints it)"
            )
        scope = self.prepared.scope
        if scope.exclude and scope.excluded(self.name):
            return Linted(normalise_newlines(text), [], self)
        linted_text, found = lint_input(data, self.name, self.prepared.ruleset)
        return Linted(linted_text, kept_findings(scope, self.name, linted_text, found), self)

    def fixed(self, text: str) -> str:
        """The text with every safe fix applied, by the loop of `cablelint --fix` (the same rules
        skipped)."""
        scope = self.prepared.scope
        if scope.exclude and scope.excluded(self.name):
            return text
        return fix_text(text, self.name, self.prepared.ruleset,
                        skip=scope.ignored_rules(self.name)).text
