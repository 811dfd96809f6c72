"""A rule's `fix:` from its pack: a replacement template on the span a finding flags.

    fix:
      description: Remove the link syntax
      safe: true                      # false: applied only with --unsafe-fixes
      replace:                        # substitutions on the flagged text; the first that matches is used
        - {regex: '\\[([^\\]]*)\\]\\([^)]*\\)', with: '\\1'}
      with: ''                        # or: the flagged text replaced by this (here: deleted)
      lines: true                     # the edit takes the flagged lines whole, their line end included
      example: {before: '[¶1.](#) (C)', after: '¶1. (C)'}

With neither `replace` nor `with`, the rule's check kind provides the edits (`provides_fix`), where a
template on the span is not enough (renumbering a paragraph, dropping a repeated tag with its comma).
The schema of `fix:` is in schemas/rule-pack.schema.json.
"""

from __future__ import annotations

import re

from .diagnostic import Edit, Fix
from .document import Cable, Span

class FixTemplate:
    """The compiled `fix:` of one rule."""

    def __init__(self, spec: dict) -> None:
        self.description = spec["description"]
        self.safe = spec.get("safe", True)
        self.substitutions = [(re.compile(s["regex"], re.S), s["with"]) for s in spec.get("replace", ())]
        self.whole = spec.get("with")
        self.lines = spec.get("lines", False)

    @property
    def by_template(self) -> bool:
        """True when the template makes the edit (else the check kind does)."""
        return bool(self.substitutions) or self.whole is not None

    def fix(self, cable: Cable, spans: list[Span]) -> Fix | None:
        """The fix of a finding flagging `spans`: one edit each, or None when the template fits none."""
        edits = [edit for edit in (self.edit(cable, span) for span in spans) if edit is not None]
        return self.made(edits)

    def made(self, edits: list[Edit]) -> Fix | None:
        """A Fix of this rule from edits (a check kind's own), None without any."""
        return Fix(self.description, tuple(edits), self.safe) if edits else None

    def edit(self, cable: Cable, span: Span) -> Edit | None:
        """The edit of one flagged span, or None when no substitution matches or nothing would change."""
        if self.lines:
            span = whole_lines(cable, span)
        start, end = offset(cable, span.line, span.column), offset(cable, span.end_line, span.end_column)
        flagged = cable.text[start:end]
        replacement = self.whole
        for regex, template in self.substitutions:
            if regex.search(flagged):
                replacement = regex.sub(template, flagged)
                break
        if replacement is None or replacement == flagged:
            return None
        return Edit(span, replacement)


def offset(cable: Cable, line: int, column: int) -> int:
    """The offset in `cable.text` of a 1-based line and column."""
    if line > len(cable.lines):
        return len(cable.text)
    return cable.line_starts[line - 1] + column - 1


def whole_lines(cable: Cable, span: Span) -> Span:
    """The lines a span touches, with the line end after them (before them for the last line)."""
    last = span.end_line - 1 if span.end_line > span.line and span.end_column == 1 else span.end_line
    if last < len(cable.lines):
        return Span(span.line, 1, last + 1, 1)
    if span.line > 1:
        return Span(span.line - 1, len(cable.lines[span.line - 2]) + 1, last, len(cable.lines[last - 1]) + 1)
    return Span(span.line, 1, last, len(cable.lines[last - 1]) + 1)
