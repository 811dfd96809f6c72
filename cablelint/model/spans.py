"""Where the model's text stands: `Span` (a source range), `Text` (text as written at a span)
and `line_starts`."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from ..record import Record, set_field


#: The tuples of lines joined most recently, by identity: (lines, text, line starts).
_JOINED: dict[int, tuple[tuple[str, ...], str, list[int]]] = {}
#: How many of them are kept (a parse joins its lines and the lines above a second copy).
_JOINED_KEPT = 4


def joined(lines: tuple[str, ...]) -> tuple[str, list[int]]:
    """The lines joined by line ends, and the offset where each starts in that text: made once for
    the same tuple of lines (a parse's passes and the Cable it makes search one text). Both are
    shared: read them, never change them."""
    entry = _JOINED.get(id(lines))
    if entry is None or entry[0] is not lines:
        if len(_JOINED) >= _JOINED_KEPT:
            _JOINED.clear()
        entry = (lines, "\n".join(lines), line_starts(lines))
        if type(lines) is tuple:        # a list could change after it was joined
            _JOINED[id(lines)] = entry
    return entry[1], entry[2]


def line_starts(lines: Sequence[str]) -> list[int]:
    """The offset where each line starts in the lines joined by line ends (without a loop in Python:
    a megabyte of blank lines is 300,000 of them)."""
    return list(accumulate(map((1).__add__, map(len, lines)), initial=0))[:-1]


class Span(Record):
    """A source range: 1-based line and column, end exclusive, columns in code points."""

    line: int
    column: int
    end_line: int
    end_column: int

    __slots__ = ("line", "column", "end_line", "end_column")

    def __init__(self, line, column, end_line, end_column) -> None:
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "end_line", end_line)
        set_field(self, "end_column", end_column)

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


class Text(Record):
    """A piece of text as written in the cable, with where it stands."""

    value: str
    span: Span

    __slots__ = ("value", "span")

    def __init__(self, value, span) -> None:
        set_field(self, "value", value)
        set_field(self, "span", span)
