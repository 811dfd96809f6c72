"""Inline directives: `# cablelint: disable-next-line CL091`, `disable-file`, `disable` …
`enable`.

A directive line is not part of the cable. `without_directives` removes those lines before parsing
and `Directives.file_line` maps a line of the remaining text back to the file's, so that findings
keep the file's line numbers. `apply` drops the findings the directives suppress and reports the
directives that suppressed nothing (`unused-suppression`, like ruff's RUF100) or name a rule that
does not exist.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from .diagnostic import Diagnostic, Edit, Fix
from .document import Span
from .lazy_regex import lazy_compile

DIRECTIVE_RE = lazy_compile(r"^[ \t]*#[ \t]*cablelint:[ \t]*"
                            r"(?P<action>disable-next-line|disable-file|disable|enable)"
                            r"\b[ \t]*(?P<rules>[^#\n]*?)[ \t]*$")
UNUSED_RULE, UNKNOWN_RULE = "unused-suppression", "suppression-unknown-rule"
MARKER = "cablelint:"


@dataclass
class Directive:
    """One directive line: what it does, to which rules (ids, resolved from ids or names), and
    where."""

    action: str
    line: int                     # 1-based line of the file
    text: str                     # the directive line, for the fix that deletes it
    rules: tuple[str, ...]        # rule ids
    unknown: tuple[str, ...]      # names given that are no rule
    used: set = field(default_factory=set)   # rule ids this directive suppressed at least once


@dataclass
class Directives:
    """The directives of one file and the lines they occupied."""

    found: list[Directive]

    @property
    def removed(self) -> list[int]:
        return [d.line for d in self.found]

    def file_line(self, line: int) -> int:
        """The file's line number of `line` in the text without directive lines."""
        removed, shift = self.removed, 0
        while shift < len(removed) and removed[shift] <= line + shift:
            shift += 1
        return line + shift


def without_directives(text: str, known) -> tuple[str, Directives | None]:
    """The text with directive lines removed, and the directives (None when the text has none).

    `known` are the Rule objects a directive may name (by id or by name)."""
    if MARKER not in text:
        return text, None
    lines = text.split("\n")
    by_name = {rule.name: rule.id for rule in known} | {rule.id: rule.id for rule in known}
    found, kept = [], []
    for number, line in enumerate(lines, start=1):
        match = DIRECTIVE_RE.match(line) if MARKER in line else None
        if match is None:
            kept.append(line)
            continue
        named = [part.strip() for part in match["rules"].split(",") if part.strip()]
        rules = tuple(by_name[n.upper() if n.upper() in by_name else n] for n in named
                      if n in by_name or n.upper() in by_name)
        unknown = tuple(n for n in named if n not in by_name and n.upper() not in by_name)
        found.append(Directive(match["action"], number, line, rules, unknown))
    if not found:
        return text, None
    return "\n".join(kept), Directives(found)


def to_file_lines(diagnostics: list[Diagnostic], directives: Directives) -> list[Diagnostic]:
    """Diagnostics of the text without directive lines, moved to the file's line numbers."""
    def moved(span: Span) -> Span:
        return span.replace(line=directives.file_line(span.line),
                            end_line=directives.file_line(span.end_line))

    result = []
    for d in diagnostics:
        fix = d.fix
        if fix is not None:
            fix = fix.with_edits(tuple(replace(e, span=moved(e.span)) for e in fix.edits))
        result.append(replace(d, line=directives.file_line(d.line),
                              end_line=directives.file_line(d.end_line), fix=fix))
    return result


def apply(
    diagnostics: list[Diagnostic], directives: Directives, ruleset, path: str
) -> list[Diagnostic]:
    """The diagnostics the directives leave, plus findings about the directives themselves (when
    those rules are selected)."""
    from .selection import rule_hint
    kept = [d for d in diagnostics if not _suppressed(d, directives)]
    rules = {rule.name: rule for rule in ruleset.rules}
    unused_rule, unknown_rule = rules.get(UNUSED_RULE), rules.get(UNKNOWN_RULE)
    for directive in directives.found:
        span = Span(directive.line, 1, directive.line, len(directive.text) + 1)
        if unknown_rule is not None:
            for name in directive.unknown:
                kept.append(_finding(unknown_rule, path, span, rule=name,
                                     close=rule_hint(name, ruleset.known)))
        unused = [rule_id for rule_id in directive.rules if rule_id not in directive.used]
        if unused_rule is not None and directive.action != "enable" and unused:
            delete = Fix("Remove the directive",
                         (Edit(Span(directive.line, 1, directive.line + 1, 1), ""),))
            kept.append(_finding(unused_rule, path, span, fix=delete, rules=", ".join(unused)))
    kept.sort(key=lambda d: d.sort_key)
    return kept


def _suppressed(d: Diagnostic, directives: Directives) -> bool:
    """True when a directive covers d; marks the directive used."""
    for directive in directives.found:
        if d.rule_id in directive.rules and _covers(directive, d.line, directives):
            directive.used.add(d.rule_id)
            return True
    return False


def _covers(directive: Directive, line: int, directives: Directives) -> bool:
    if directive.action == "disable-file":
        return True
    if directive.action == "disable-next-line":
        return line == _next_line(directive.line, directives)
    if directive.action == "disable" and line > directive.line:
        ends = [e.line for e in directives.found if e.action == "enable" and e.line > directive.line
                and any(rule in e.rules for rule in directive.rules)]
        return line < min(ends, default=line + 1)
    return False


def _next_line(line: int, directives: Directives) -> int:
    """The first line after `line` that is not a directive (directives may stack above one line)."""
    removed = directives.removed
    line += 1
    index = bisect.bisect_left(removed, line)
    while index < len(removed) and removed[index] == line:
        line, index = line + 1, index + 1
    return line


def _finding(of, path: str, span: Span, fix: Fix | None = None, **values) -> Diagnostic:
    message = of.message.format_map(values)
    return Diagnostic(of.id, of.name, of.severity, message, path, span.line, span.column,
                      span.end_line, span.end_column, fix)
