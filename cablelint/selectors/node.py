"""A selected value and where it stands, and the small helpers selectors share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Hashable, Mapping

from ..document import Cable, Span


@dataclass(frozen=True, slots=True)
class Node:
    """A value found in a cable and the span it stands at; `key` groups values (default: the value);
    `facts`, what else the selector recorded about it, by name (a deviation's values, for
    `form`)."""

    value: Any
    span: Span
    key: Hashable = None
    facts: Mapping[str, Any] | None = None


class LazyNodes(Sequence):
    """Nodes of a selector of very many items (the tokens of a TAGS run-on), made only when read;
    their `values` are ready without them. In position order."""

    __slots__ = ("values", "_span_at")

    def __init__(self, values: Sequence, span_at: Callable[[int], Span]) -> None:
        self.values, self._span_at = values, span_at

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = range(len(self))[i]
        return Node(self.values[i], self._span_at(i))


def one(value, span) -> list[Node]:
    """A single node, or none when the value is missing (None, False or empty)."""
    return (
        []
        if value is None or value is False or value == "" or span is None
        else [Node(value, span)]
    )


def whole_line(cable: Cable, line: int | None) -> list[Node]:
    """Line `line` (0-based) of a Cable stripped, spanning the whole line; none for None."""
    if line is None:
        return []
    return [Node(cable.lines[line].strip(),
                 Span(line + 1, 1, line + 1, len(cable.lines[line]) + 1))]


def each(attribute: str):
    """A selector function giving one node per Text of the cable's tuple `attribute` (a dotted
    path: `traces.chrome`)."""
    texts = attrgetter(attribute)
    return lambda cable: [Node(t.value, t.span) for t in texts(cable)]


def tail(text: str, words: int = 6) -> str:
    """The last few words of a line, to quote it in a message."""
    parts = text.split()
    return " ".join(parts[-words:]) if len(parts) <= words else "... " + " ".join(parts[-words:])


def head(text: str, words: int = 6) -> str:
    """The first few words of a line, to quote it in a message."""
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")
