"""A rule's `fix:` from its pack: a replacement template on the span a finding flags.

    fix:
      description: Remove the link syntax
      safe: true          # false: applied only with --unsafe-fixes
      replace:            # substitutions on the flagged text; the first that matches is used
        - {regex: '\\[([^\\]]*)\\]\\([^)]*\\)', with: '\\1'}
        - {regex: '^#+$', with: '', absorb: '[ \\t]+'}   # absorb: what follows the span, too
      with: ''            # or: the flagged text replaced by this (here: deleted)
      lines: true         # removes the flagged text: its lines whole when nothing else is on them
      join: true          # with lines: and the blank lines around them (a caption in a sentence)
      own_line: true      # or: the flagged text put on a line of its own (a page break)
      repeat: true        # or: the flagged lines removed if they repeat those above
      unwrap_links: true  # an HTML link the source layer took out of the flagged text goes from
                          # the file, its text stays (a fragment's anchors)
      example: {before: '[¶1.](#) (C)', after: '¶1. (C)'}

With neither `replace` nor `with`, the rule's check kind provides the edits (`provides_fix`), where
a template on the span is not enough (renumbering a paragraph, dropping a repeated tag with its
comma). The schema of `fix:` is in schemas/rule-pack.schema.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from .diagnostic import Edit, Fix
from .document import Cable, Span
from .parsing.lines import is_copy

class FixTemplate:
    """The compiled `fix:` of one rule."""

    def __init__(self, spec: dict) -> None:
        self.description = spec["description"]
        self.safe = spec.get("safe", True)
        self.substitutions = [(re.compile(s["regex"], re.S), s["with"],
                               re.compile(s.get("absorb", "")))
                              for s in spec.get("replace", ())]
        self.whole = spec.get("with")
        self.lines = spec.get("lines", False)
        self.join = spec.get("join", False)
        self.own_line = spec.get("own_line", False)
        self.repeat = spec.get("repeat", False)
        self.unwrap_links = spec.get("unwrap_links", False)

    @property
    def by_template(self) -> bool:
        """True when the template makes the edit (else the check kind does)."""
        return bool(self.substitutions) or self.whole is not None or self.own_line or self.repeat

    def fix(self, cable: Cable, spans: Iterable[Span]) -> Fix | None:
        """The fix of a finding flagging `spans`: one edit each, or None when the template fits
        none. Only the edits up to the first that fits are made here, the rest when its edits are
        read."""
        edits = (edit for edit in (self.edit(cable, span) for span in spans) if edit is not None)
        first = next(edits, None)
        if first is None:
            return None
        return Fix(self.description, lambda: (first, *edits), self.safe)

    def made(self, edits: list[Edit]) -> Fix | None:
        """A Fix of this rule from edits (a check kind's own), None without any."""
        return Fix(self.description, tuple(edits), self.safe) if edits else None

    def edit(self, cable: Cable, span: Span) -> Edit | None:
        """The edit of one flagged span, or None when no substitution matches or nothing would
        change."""
        if self.lines:
            return removal(cable, span, self.join)
        if self.repeat:
            return repeat_removal(cable, span)
        if self.own_line:
            return own_line(cable, span)
        start, end = cable.offset(span.line, span.column), cable.offset(span.end_line,
                                                                         span.end_column)
        flagged = cable.text[start:end]
        replacement = self.whole
        for regex, template, absorb in self.substitutions:
            if regex.search(flagged):
                replacement = regex.sub(template, flagged)
                taken = absorb.match(cable.lines[span.end_line - 1], span.end_column - 1) \
                    if span.end_line <= len(cable.lines) else None
                if taken is not None and taken.end() > span.end_column - 1:
                    span = Span(span.line, span.column, span.end_line, taken.end() + 1)
                break
        if replacement is None and self.unwrap_links and _holds_link(cable, start, end):
            return Edit(span, flagged)      # the same text here; in the file, the link goes
        if replacement is None or replacement == flagged:
            return None
        return Edit(span, replacement)


def _holds_link(cable: Cable, start: int, end: int) -> bool:
    """Whether text from offset start to end stands for an HTML link the source layer took out."""
    links = cable.link_offsets
    first = bisect_left(links, start)
    return first < len(links) and links[first] < end


#: White space around a glued text that its own line does not keep.
_SPACES = " \t"


def own_line(cable: Cable, span: Span) -> Edit | None:
    """The edit that puts the flagged text of one line on a line of its own: the spaces around it
    become the line ends, the text before and after it stay on their lines."""
    if span.end_line != span.line:
        return None
    line = cable.lines[span.line - 1]
    start, end = span.column - 1, span.end_column - 1
    before, after = line[:start].rstrip(_SPACES), line[end:].lstrip(_SPACES)
    if not before and not after:
        return None
    replacement = ("\n" if before else "") + line[start:end] + ("\n" if after else "")
    return Edit(Span(span.line, len(before) + 1, span.line, len(line) - len(after) + 1),
                replacement)


def repeat_removal(cable: Cable, span: Span) -> Edit | None:
    """The edit that removes the flagged lines when they are a proven copy: line for line the same
    (but for trailing white space) as the as many lines right above them; None when one differs."""
    whole = span.end_line > span.line and span.end_column == 1      # ends with a line end
    last = span.end_line - 1 if whole else span.end_line
    count = last - span.line + 1
    first = span.line - 1                       # 0-based index of the first flagged line
    if not is_copy(cable.lines, first - count, first, count):
        return None
    return Edit(whole_lines(cable, span.line, last), "")


def removal(cable: Cable, span: Span, join: bool = False) -> Edit:
    """The edit that removes flagged text: its lines whole (with a line end) when nothing else
    stands on them, else the text with the separators (commas, spaces) before it, or the spaces
    after it when it opens its line. `join`: lines
    between two blank lines go with one of those, so that the text before and after meet again."""
    last = (
        span.end_line - 1 if span.end_line > span.line and span.end_column == 1 else span.end_line
    )
    head = cable.lines[span.line - 1][:span.column - 1]
    tail = cable.lines[last - 1][span.end_column - 1:] if last == span.end_line else ""
    if not (head + tail).strip():
        if (
            join
            and 1 < span.line
            and last + 1 < len(cable.lines)
            and not cable.lines[span.line - 2].strip()
            and not cable.lines[last].strip()
        ):
            return Edit(Span(span.line - 1, 1, last + 2, 1), "")
        if cable.source.flattened:
            return Edit(_with_breaks_around(cable, span.line, last), "")
        return Edit(whole_lines(cable, span.line, last), "")
    start, end = len(head), span.end_column - 1
    while start > 0 and head[start - 1] in ", \t;":
        start -= 1
    if not head.strip(" \t"):          # it opens its line: the spaces after it go with it
        line = cable.lines[span.end_line - 1]
        while end < len(line) and line[end] in " \t":
            end += 1
    return Edit(Span(span.line, start + 1, span.end_line, end + 1), "")


def _with_breaks_around(cable: Cable, first: int, last: int) -> Span:
    """Lines first to last with every line break before them back to the previous text line (or,
    at the top, after them up to the next): in text that lost its line breaks those are the virtual
    breaks that stand for the white space around the lines (`SIPDIS  SIPDIS  E.O.`, `CODEL SIPDIS
    H`, `09:20S E C R E T`), so that the edit maps onto the file exactly, and the white space on
    the other side, which stood for a line end on its own, stays."""
    before = first - 1
    while before > 0 and not cable.lines[before - 1].strip():
        before -= 1
    if before:
        return Span(before, len(cable.lines[before - 1]) + 1, last, len(cable.lines[last - 1]) + 1)
    after = last
    while after < len(cable.lines) and not cable.lines[after].strip():
        after += 1
    return Span(first, 1, after + 1, 1) if after < len(cable.lines) else \
        whole_lines(cable, first, last)


def whole_lines(cable: Cable, first: int, last: int) -> Span:
    """Lines first to last with the line end after them (before them for the file's last line)."""
    if last < len(cable.lines):
        return Span(first, 1, last + 1, 1)
    if first > 1:
        return Span(first - 1, len(cable.lines[first - 2]) + 1, last,
                    len(cable.lines[last - 1]) + 1)
    return Span(first, 1, last, len(cable.lines[last - 1]) + 1)
