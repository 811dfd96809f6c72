"""The engine: one cable's text in, its sorted diagnostics out. A pure function of text, path and rules."""

from __future__ import annotations

from .checks.base import applies
from .diagnostic import Diagnostic
from .errors import CablelintError
from .parsing import parse
from .source import decode


class RuleCrash(CablelintError):
    """A check kind raised: a bug in the rule or its plugin, reported with the rule and the file."""


def lint_text(text: str, path: str, ruleset, encoding: str = "utf-8") -> list[Diagnostic]:
    """Lint one cable's text with a RuleSet; diagnostics sorted by line, column and rule id."""
    return lint_cable(parse(text, path, encoding), ruleset)


def lint_cable(cable, ruleset) -> list[Diagnostic]:
    """Lint a parsed Cable (for callers that also read the model, like `cablelint stats`)."""
    path = cable.path
    empty = cable.is_empty          # a property that walks every line: once per cable, not once per rule
    found: list[Diagnostic] = []
    for check in ruleset.checks:
        if empty != check.rule.when.get("empty", False):
            continue        # an empty file is one finding (CL135), not a list of everything missing
        if check.rule.when and not applies(check.rule.when, cable):
            continue
        try:
            found.extend(check.check(cable))
        except Exception as exc:  # plugin boundary: name the rule and the file
            raise RuleCrash(f"{path}: rule {check.rule.id} ({check.rule.name}) crashed: "
                            f"{type(exc).__name__}: {exc}") from exc
    found.sort(key=lambda d: d.sort_key)
    return found


def lint_bytes(data: bytes, path: str, ruleset) -> list[Diagnostic]:
    """Decode (UTF-8, else cp1252/latin-1) and lint. Raises InputError for binary data."""
    return lint_input(data, path, ruleset)[1]


def lint_input(data: bytes, path: str, ruleset) -> tuple[str, list[Diagnostic]]:
    """As lint_bytes, also returning the text that was linted (reporters quote it or hash its lines)."""
    source = decode(data, path)
    return source.text, lint_text(source.text, path, ruleset, source.encoding)
