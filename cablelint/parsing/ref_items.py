"""One REF item: the letter of its enumerator, the enumerators its text holds (a mirror's doubled
one, one glued to the text, further items' on the same line), and the cable it cites."""

from __future__ import annotations

import re

from ..document import Enumerator, RefItem, Span, Text
from .lines import WS

#: A month's name, in full or cut short.
_MONTH = (r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
          r"SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)")
#: A REF item's station before its serial; a serial followed by a month is a date's day
#: (`PARIS POINTS 20 SEPTEMBER 2007`, html-extract/07PARIS3956), no cable's.
REF_STATION_RE = re.compile(
    r"^(?:\[[^\]]*\]\([^)]*\)|¶?[A-Za-z][.):]|\([A-Za-z]\))?\s*"
    # the label written again (`REF: REFTEL RPO DUBAI 362`, `A. REF A STATE 122214`)
    r"(?:REF(?:TEL|S)?:?\s+(?:(?:[A-H][.):]?|\([A-H]\))\s+)?)?"
    r"(?:(?P<year>\d{2,4})\s+)?"
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
#: A REF item's enumerator glued to its text (the parser takes none): `(B)SAO PAULO 10`,
#: `(C )SAN JOSE`.
REF_GLUED_ENUM_RE = re.compile(
    r"\s*(?P<enum>\((?P<paren>[A-Za-z]) ?\)|(?P<bare>[A-Za-z])\))(?=[A-Z0-9])"
)
#: A further REF item's enumerator inside a line, after a space, `;` or `,`: `D) 06 Reykjavik 364`.
REF_LATER_ENUM_RE = re.compile(
    r"(?<![^\s;,])(?P<enum>\((?P<paren>[A-Za-z])\)|(?P<bare>[A-Za-z])[.)])(?=\s|$)"
)
#: The item's text after its enumerator opens with the same letter's enumerator again: a mirror's
#: list numbering before the cable's own (`C. C) SINGAPORE 675`, `¶B. (B) STATE 41489`,
#: `A. A)STATE 70789`, `A. A: VATICAN 249`; html-extract/09STATE79165, 09STATE72105,
#: 06VATICAN256).
REF_DOUBLED_ENUM_RE = re.compile(
    r"[ \t]+(?P<enum>\((?P<paren>[A-Za-z])\)|(?P<bare>[A-Za-z])[.):])(?=[\sA-Z0-9]|$)"
)


def ref_item(enumerator: Text | None, text: Text) -> RefItem:
    """The REF item of `text` (on one line), opened by `enumerator` if the parser took one."""
    value, line, column = text.value, text.span.line, text.span.column
    letter = doubled = inner = glued = None
    start = 0
    if enumerator is not None:
        start = enumerator.span.end_column - column
        m = REF_ENUM_LETTER_RE.search(enumerator.value.rstrip(".)"))
        letter = m.group(1).upper() if m else None
        twice = REF_DOUBLED_ENUM_RE.match(value, start)
        if twice and letter and _letter(twice) == letter:
            doubled = _enumerator(twice, line, column).text
        found = REF_LATER_ENUM_RE.match(value, len(value) - len(value[start:].lstrip(WS)))
        inner = found and _enumerator(found, line, column)
    else:
        found = REF_GLUED_ENUM_RE.match(value)
        glued = found and _enumerator(found, line, column)
    end = len(value.rstrip(WS))
    later = tuple(_enumerator(m, line, column) for m in REF_LATER_ENUM_RE.finditer(value, start)
                  if m.end() < end)
    # the station follows the cable's own enumerator
    cited = doubled.span.column - column if doubled is not None else 0
    m = REF_STATION_RE.match(value[cited:])
    station = year = None
    if m and not NOT_A_CABLE_RE.match(m.group("station")):    # `OSC EUP ...`, `POINTS JULY 15`
        station = _group(m, "station", line, column + cited)
        year = _group(m, "year", line, column + cited) if m.group("year") else None
    return RefItem(enumerator, text, letter, doubled, inner, glued, later, station, year)


def _letter(m: re.Match) -> str:
    return (m.group("paren") or m.group("bare")).upper()


def _enumerator(m: re.Match, line: int, column: int) -> Enumerator:
    start = column + m.start("enum")
    return Enumerator(Text(m.group("enum"), Span(line, start, line, start + len(m.group("enum")))),
                      _letter(m))


def _group(m: re.Match, name: str, line: int, column: int) -> Text:
    return Text(m.group(name), Span(line, column + m.start(name), line, column + m.end(name)))
