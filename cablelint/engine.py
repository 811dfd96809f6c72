"""The engine: one cable's text in, its sorted diagnostics out. A pure function of text, path and rules."""

from __future__ import annotations

from dataclasses import replace

from .checks.base import applies
from .diagnostic import Diagnostic
from .errors import CablelintError
from .parsing import parse
from .source import decode


#: The most findings one rule reports in one file; the rest become one finding that counts them, so that a
#: damaged megabyte cannot flood a report (GitHub code scanning keeps 25,000 results of a SARIF run).
MAX_FINDINGS_PER_RULE = 100


class RuleCrash(CablelintError):
    """A check kind raised: a bug in the rule or its plugin, reported with the rule and the file."""


def lint_text(text: str, path: str, ruleset, encoding: str = "utf-8") -> list[Diagnostic]:
    """Lint one cable's text with a RuleSet; diagnostics sorted by line, column and rule id."""
    cable = parse(text, path, encoding)
    found: list[Diagnostic] = []
    for check in ruleset.checks:
        if cable.is_empty != check.rule.when.get("empty", False):
            continue        # an empty file is one finding (CL135), not a list of everything missing
        if check.rule.when and not applies(check.rule.when, cable):
            continue
        try:
            findings = list(check.check(cable))
        except Exception as exc:  # plugin boundary: name the rule and the file
            raise RuleCrash(f"{path}: rule {check.rule.id} ({check.rule.name}) crashed: "
                            f"{type(exc).__name__}: {exc}") from exc
        found.extend(capped(findings))
    found.sort(key=lambda d: d.sort_key)
    return found


def capped(findings: list[Diagnostic], limit: int = MAX_FINDINGS_PER_RULE) -> list[Diagnostic]:
    """One rule's findings in one file: the first `limit` by position, then, when there are more, one finding
    at the first one left out that says how many were left out."""
    if len(findings) <= limit:
        return findings
    findings = sorted(findings, key=lambda d: d.sort_key)
    more = len(findings) - limit
    summary = replace(findings[limit], fix=None, message=f"{more} more findings of this rule in this file are not "
                      f"shown (at most {limit} per rule and file)")
    return [*findings[:limit], summary]


def lint_bytes(data: bytes, path: str, ruleset) -> list[Diagnostic]:
    """Decode (UTF-8, else cp1252/latin-1) and lint. Raises InputError for binary data."""
    source = decode(data, path)
    return lint_text(source.text, path, ruleset, source.encoding)
