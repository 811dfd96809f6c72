"""Selectors of the REF block: its label, the items' enumerators and letters, the stations cited
(all recorded by the parser: `parsing/ref_items.py`)."""

from __future__ import annotations

import datetime as dt

from ..dating import full_year
from ..document import Cable, Span
from .node import Node
from .registry import selector


@selector("refs.label", "REF label as written, with its colon")
def _ref_label(cable: Cable) -> list[Node]:
    refs = cable.refs
    if refs is None:
        return []
    return [Node(refs.label.value + (":" if refs.colon else ""), refs.label.span)]


@selector("refs.enumerators[]", "REF item enumerators (a doubled one, `C. C)`, with both)")
def _ref_enumerators(cable: Cable) -> list[Node]:
    nodes = []
    for item in cable.refs.items if cable.refs else ():
        enumerator, doubled = item.enumerator, item.doubled
        if enumerator is None:
            continue
        if doubled is not None:
            span = Span(enumerator.span.line, enumerator.span.column, doubled.span.end_line,
                        doubled.span.end_column)
            value = item.text.value[enumerator.span.column - item.text.span.column:
                                    doubled.span.end_column - item.text.span.column]
            nodes.append(Node(value, span))
        else:
            nodes.append(Node(enumerator.value, enumerator.span))
    return nodes


@selector("refs.letters[]", "REF enumerator letters, with further items' on the same line")
def _ref_letters(cable: Cable) -> list[Node]:
    """The letters of the REF items in order, with the items after the first on a line that go on
    with the letters (`C) 06 Reykjavik 359  D) 06 Reykjavik 364`,
    `REF: 09 STATE 96625; A. A)STATE 70789; B. B) SEOUL 1144`). Of a doubled enumerator the
    inner one counts when only it goes on with the letters (`¶B. C) MEXICO 2367` after A and B:
    the mirror's `¶B.` before the cable's C)."""
    nodes: list[Node] = []
    for item in cable.refs.items if cable.refs else ():
        after = 0       # the later enumerators that count stand after this column
        if item.enumerator is not None:
            inner = item.inner
            if item.letter and item.letter == _next_ref_letter(nodes):
                nodes.append(Node(item.letter, item.enumerator.span))
            elif inner and inner.letter == _next_ref_letter(nodes):
                nodes.append(Node(inner.letter, inner.text.span))
                after = inner.text.span.column
            elif item.letter:
                nodes.append(Node(item.letter, item.enumerator.span))
        elif item.glued and item.glued.letter == _next_ref_letter(nodes):
            nodes.append(Node(item.glued.letter, item.glued.text.span))
        for later in item.later:
            if later.text.span.column > after and later.letter == _next_ref_letter(nodes):
                nodes.append(Node(later.letter, later.text.span))
    return nodes


def _next_ref_letter(letters: list[Node]) -> str:
    return chr(ord(letters[-1].value) + 1) if letters else "A"


@selector("refs.stations[]", "stations of REF items, without spaces")
def _ref_stations(cable: Cable) -> list[Node]:
    return [Node(item.station.value.replace(" ", ""), item.text.span)
            for item in cable.refs.items if item.station is not None] if cable.refs else []


@selector("refs.years[]", "1 January of the year a REF item's cable id names (`09 STATE 96625`)")
def _ref_years(cable: Cable) -> list[Node]:
    nodes = []
    for item in cable.refs.items if cable.refs else ():
        year = item.year and item.year.value
        if year and len(year) in (2, 4):
            number = full_year(int(year)) if len(year) == 2 else int(year)
            nodes.append(Node(dt.date(number, 1, 1), item.text.span))
    return nodes
