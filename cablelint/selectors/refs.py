"""Selectors of the REF block: its label, the items' enumerators and letters, the stations cited."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..dating import full_year
from ..document import Cable, RefItem, Span
from ..parsing.lines import WS
from .node import Node
from .registry import selector

#: A month's name, in full or cut short.
_MONTH = (r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
          r"SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)")
#: A REF item's station before its serial; a serial followed by a month is a date's day
#: (`PARIS POINTS 20 SEPTEMBER 2007`, html-extract/07PARIS3956), no cable's.
REF_STATION_RE = re.compile(
    r"^(?:\[[^\]]*\]\([^)]*\)|¶?[A-Za-z][.)]|\([A-Za-z]\))?\s*(?:(?P<year>\d{2,4})\s+)?"
    r"(?:(?:AM)?EMBASSY\s+)?"     # `EMBASSY VIENNA 1450`: the post named with its kind
    r"(?P<station>[A-Z][A-Z ]*?[A-Z])\s+0*\d{2,}\b(?![/-]\d)"
    r"(?!\s+" + _MONTH + r"\b)"
)
#: REF items that cite something other than a cable (`IIR 6 865 0123 08`, `OCTOBER 5 E-MAIL`,
#: `UNSCR 1737`, `OSC EUP 20061127123001`, `PARIS POINTS APRIL 10`);
#: a number that starts a date is no serial either (`LONDON DAILY 11/3/2009`, `MCWHIRTER 12/14/07`).
NOT_A_CABLE_RE = re.compile(r"^(?:IIR|DIA|CIA(?:WASH)?|FBIS|UNSCR|OSC(?: .*)?|(?:.* )?"
                            + _MONTH + ")$")
REF_ENUM_LETTER_RE = re.compile(r"([A-Za-z])[.)\]]*(?:\]\([^)]*\))?$")
#: A further REF item's enumerator inside a line, after a space, `;` or `,`: `D) 06 Reykjavik 364`.
#: A REF item's enumerator glued to its text (the parser takes none): `(B)SAO PAULO 10`,
#: `(C )SAN JOSE`.
REF_GLUED_ENUM_RE = re.compile(
    r"\s*(?P<enum>\((?P<paren>[A-Za-z]) ?\)|(?P<bare>[A-Za-z])\))(?=[A-Z0-9])"
)
REF_LATER_ENUM_RE = re.compile(
    r"(?<![^\s;,])(?P<enum>\((?P<paren>[A-Za-z])\)|(?P<bare>[A-Za-z])[.)])(?=\s|$)"
)


@selector("refs.label", "REF label as written")
def _ref_label(cable: Cable) -> list[Node]:
    refs = cable.refs
    if refs is None:
        return []
    line = cable.lines[refs.label.span.line - 1]
    after = line[refs.label.span.end_column - 1:].lstrip()
    value = refs.label.value + (":" if after.startswith(":") else "")
    return [Node(value, refs.label.span)]


#: The item's text after its enumerator opens with the same letter's enumerator again: a mirror's
#: list numbering before the cable's own (`C. C) SINGAPORE 675`, `¶B. (B) STATE 41489`,
#: `A. A)STATE 70789`; html-extract/09STATE79165, 09STATE72105).
REF_DOUBLED_ENUM_RE = re.compile(
    r"[ \t]+(?:\((?P<paren>[A-Za-z])\)|(?P<bare>[A-Za-z])[.)])(?=[\sA-Z0-9]|$)"
)


@selector("refs.enumerators[]", "REF item enumerators (a doubled one, `C. C)`, with both)")
def _ref_enumerators(cable: Cable) -> list[Node]:
    nodes = []
    for item in cable.refs.items if cable.refs else ():
        if item.enumerator is None:
            continue
        enumerator, text = item.enumerator, item.text
        doubled = _doubled_enumerator(item)
        if doubled:
            value = text.value[enumerator.span.column - text.span.column:doubled.end()]
            span = enumerator.span
            end = span.column + len(value)
            nodes.append(Node(value, Span(span.line, span.column, span.line, end)))
        else:
            nodes.append(Node(enumerator.value, enumerator.span))
    return nodes


def _doubled_enumerator(item) -> re.Match | None:
    """The cable's own enumerator after the mirror's in a doubled one (`C. C)`), matched in the
    item's text, or None."""
    enumerator, text = item.enumerator, item.text
    if enumerator is None or enumerator.span.line != text.span.line:
        return None
    doubled = REF_DOUBLED_ENUM_RE.match(text.value, enumerator.span.end_column - text.span.column)
    letter = REF_ENUM_LETTER_RE.search(enumerator.value.rstrip(".)"))
    return doubled if doubled and letter and _letter(doubled) == letter.group(1).upper() else None


@selector("refs.letters[]", "REF enumerator letters")
def _ref_letters(cable: Cable) -> list[Node]:
    """The letters of the REF items in order, with the items after the first on a line that go on
    with the letters (`C) 06 Reykjavik 359  D) 06 Reykjavik 364`,
    `REF: 09 STATE 96625; A. A)STATE 70789; B. B) SEOUL 1144`). Of a doubled enumerator the
    inner one counts when only it goes on with the letters (`¶B. C) MEXICO 2367` after A and B:
    the mirror's `¶B.` before the cable's C)."""
    nodes: list[Node] = []
    for item in cable.refs.items if cable.refs else ():
        text, span = item.text.value, item.text.span
        start = 0
        if item.enumerator is not None:
            start = item.enumerator.span.end_column - span.column
            m = REF_ENUM_LETTER_RE.search(item.enumerator.value.rstrip(".)"))
            inner = REF_LATER_ENUM_RE.match(text, len(text) - len(text[start:].lstrip(WS)))
            if m and m.group(1).upper() == _next_ref_letter(nodes):
                nodes.append(Node(m.group(1).upper(), item.enumerator.span))
            elif inner and _letter(inner) == _next_ref_letter(nodes):
                nodes.append(_letter_node(inner, span))
                start = inner.end()
            elif m:
                nodes.append(Node(m.group(1).upper(), item.enumerator.span))
        else:
            glued = REF_GLUED_ENUM_RE.match(text)
            if glued and _letter(glued) == _next_ref_letter(nodes):
                nodes.append(_letter_node(glued, span))
                start = glued.end()
        for later in REF_LATER_ENUM_RE.finditer(text, start):
            if later.end() < len(text.rstrip(WS)) and _letter(later) == _next_ref_letter(nodes):
                nodes.append(_letter_node(later, span))
    return nodes


def _next_ref_letter(letters: list[Node]) -> str:
    return chr(ord(letters[-1].value) + 1) if letters else "A"


def _letter(enumerator: re.Match) -> str:
    return (enumerator.group("paren") or enumerator.group("bare")).upper()


def _letter_node(enumerator: re.Match, line: Span) -> Node:
    column = line.column + enumerator.start("enum")
    end = column + len(enumerator.group("enum"))
    return Node(_letter(enumerator), Span(line.line, column, line.line, end))


def _cited_cables(cable: Cable) -> Iterator[tuple[RefItem, re.Match]]:
    """Each REF item that cites a cable, with its station match."""
    for item in cable.refs.items if cable.refs else ():
        doubled = _doubled_enumerator(item)     # the station follows the cable's own enumerator
        m = REF_STATION_RE.match(item.text.value[doubled.start():].lstrip(WS) if doubled
                                 else item.text.value)
        # `OSC EUP ...`, `POINTS JULY 15`: no cable
        if m and not NOT_A_CABLE_RE.match(m.group("station")):
            yield item, m


@selector("refs.stations[]", "stations of REF items, without spaces")
def _ref_stations(cable: Cable) -> list[Node]:
    return [Node(m.group("station").replace(" ", ""), item.text.span)
            for item, m in _cited_cables(cable)]


@selector("refs.years[]", "1 January of the year a REF item's cable id names (`09 STATE 96625`)")
def _ref_years(cable: Cable) -> list[Node]:
    nodes = []
    for item, m in _cited_cables(cable):
        year = m.group("year")
        if year is not None and len(year) in (2, 4):
            number = full_year(int(year)) if len(year) == 2 else int(year)
            nodes.append(Node(dt.date(number, 1, 1), item.text.span))
    return nodes
