"""Page breaks: a page's header line (`BRUSSELS 00001234 002 OF 004`) and an old telegram's
page header (`PAGE 02 ...`)."""

from __future__ import annotations

import re

from ..document import GluedPageBreak, PageBreak, Span, Text
from .lines import line_text

PAGE_BREAK = (r"[ \t]*(?P<station>[A-Z][A-Za-z .]{0,11}?)[ \t]+(?P<serial>\d{8})[ \t]+"
              r"(?P<page>\d{3}(?:\.\d)?)[ \t]+(?i:OF)[ \t]+(?P<total>\d{3})")
PAGE_BREAK_RE = re.compile(r"^" + PAGE_BREAK + r"[ \t\\]*$")
#: An old telegram's page header, station, serial and DTG: `PAGE 02 HARARE 05461 01 OF 02
#: 271458Z` (00HARARE5461), `PAGE 02  ROME  01725 ...`, `PAGE 01 ... ACTION AF-00`.
_OLD_PAGE_HEADER = (r"PAGE[ \t]+\d{2}[ \t]+[A-Z][A-Z .]{0,11}?[ \t]+\d{5}(?:[ \t]+\d{2} OF \d{2})?"
                    r"[ \t]+\d{6}Z(?:[ \t]+ACTION[ \t]+[A-Z]+-\d+)?")
#: ... on a line of its own, or with the routing indicator: `PAGE 02 RUEHFRA0170 S E C R E T`
#: (07PARIS170).
OLD_PAGE_HEADER_RE = re.compile(
    r"^[ \t]*(?:PAGE[ \t]+\d{2}[ \t]+R[A-Z]{3,6}\d{4}[ \t]+[A-Z][A-Z0-9 ]*|" + _OLD_PAGE_HEADER
    + r")[ \t]*$")
#: ... with the text of the page run on after it: `PAGE 02 VATICA 00819 190632Z ARCHIVE FROM
#: THE APOSTOLIC NUNCIATURE ...` (02VATICAN819).
GLUED_OLD_PAGE_HEADER_RE = re.compile(r"^[ \t]*(?P<header>" + _OLD_PAGE_HEADER
                                      + r")[ \t]+(?!ACTION[ \t]+[A-Z]+-\d+\b)(?=\S)")


def page_break_match(line: str) -> re.Match | None:
    """The page-break line's match, tried only on a line that holds ` OF ` (any case)."""
    return PAGE_BREAK_RE.match(line) if " OF " in line.upper() else None


def page_break(lines: tuple[str, ...], i: int, m: re.Match) -> PageBreak:
    return _page_break_of(line_text(lines, i), m)


def _page_break_of(raw: Text, m: re.Match) -> PageBreak:
    return PageBreak(raw=raw, station=" ".join(m.group("station").split()),
                     serial=m.group("serial"),
                     page=m.group("page"), total=m.group("total"))


def glued_page_break(text: Text) -> PageBreak | None:
    """The page break that a page-break text found inside a line of the text stands for."""
    m = PAGE_BREAK_RE.match(text.value)
    return _page_break_of(text, m) if m else None


def glued(raw: Text, station: str | None) -> GluedPageBreak:
    """Page-break text found inside a line, and the same from where the banner's `station` starts
    in the words the scan took for its station (`U.S. BEIJING 00002305 003 OF 003`: `BEIJING
    ...`)."""
    value, span = raw.value, raw.span
    words = value.split()
    serial = next((k for k, word in enumerate(words) if len(word) == 8 and word.isdigit()), 0)
    for k in range(serial):
        if station is not None and " ".join(words[k:serial]).upper() in station:
            at = value.index(words[k], len(" ".join(words[:k])) if k else 0)
            return GluedPageBreak(raw, Text(value[at:], Span(span.line, span.column + at,
                                                             span.end_line, span.end_column)))
    return GluedPageBreak(raw, raw)
