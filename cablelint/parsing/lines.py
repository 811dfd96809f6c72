"""Helpers shared by the parser stages: spans of lines and regex matches, blank-line tests,
the places of literals."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Span, Text

#: White space as it occurs in mirrored cables: spaces, tabs, no-break spaces and the Unicode line
#: and paragraph separators some mirrors left inside lines (html-extract/08MEXICO2187).
WS = " \t\u00a0\u2028\u2029"
#: A rule of dashes, underscores, equals signs, stars or hashes: a divider or a heading's underline.
DIVIDER_RE = re.compile(r"^[\s\-_=*#]+$")
DIVIDER_CHARS = frozenset("-_=*#")
#: A publisher's bracketed placeholder for withheld text: `[DETAILS REMOVED]`, `[Source removed]`.
BRACKETED_REDACTION = r"\[[A-Za-z ]{0,30}\b(?i:removed)\]"


def literal_places(text: str, literals, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Every position between start and end where one of the literals starts, overlapping ones too
    (two in a run of three quotation marks), literal by literal: by str.find, which a regex tried at
    each position of a text is many times slower than."""
    end = len(text) if end is None else end
    for literal in literals:
        at = text.find(literal, start, end)
        while at != -1:
            yield at
            at = text.find(literal, at + 1, end)


def is_blank(line: str) -> bool:
    """True for a line holding only white space (including NBSP)."""
    return not line.strip(WS)


def last_non_blank(lines: tuple[str, ...]) -> int | None:
    """The index of the last line that holds more than white space (any, as `str.strip` sees it),
    or None."""
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)


def is_copy(lines: tuple[str, ...] | list[str], original: int, copy: int, count: int) -> bool:
    """Whether `count` (> 0) lines from index `copy` repeat those from index `original`, line for
    line, trailing white space aside."""
    if count <= 0 or original < 0 or copy + count > len(lines):
        return False
    return all(lines[original + k].rstrip() == lines[copy + k].rstrip() for k in range(count))


def line_text(lines: tuple[str, ...] | list[str], index: int) -> Text:
    """The line at 0-based index, stripped of surrounding white space, with its span."""
    line = lines[index]
    start = len(line) - len(line.lstrip(WS))
    end = len(line.rstrip(WS))
    if end <= start:
        start, end = 0, len(line)
    return Text(line[start:end], Span(index + 1, start + 1, index + 1, end + 1))


def lines_text(lines: tuple[str, ...] | list[str], first: int, last: int) -> Text:
    """Lines first..last (0-based, inclusive) joined by a space, spanning from the first to the
    last."""
    head, tail = line_text(lines, first), line_text(lines, last)
    value = " ".join(lines[i].strip(WS) for i in range(first, last + 1) if not is_blank(lines[i]))
    return Text(value,
                Span(head.span.line, head.span.column, tail.span.end_line, tail.span.end_column))


def match_text(index: int, match: re.Match, group: int | str = 0, offset: int = 0) -> Text:
    """A regex group of a match on line `index` (0-based) as Text; offset shifts the columns."""
    start, end = match.span(group)
    return Text(match.group(group),
                Span(index + 1, offset + start + 1, index + 1, offset + end + 1))


def group_span(index: int, match: re.Match, group: int | str, offset: int = 0) -> Span:
    """Span of one regex group on line `index` (0-based)."""
    start, end = match.span(group)
    return Span(index + 1, offset + start + 1, index + 1, offset + end + 1)
