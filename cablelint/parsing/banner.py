"""The classification banner: where it stands (at a line start or inside a line) and what it
says."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Banner, RepeatedBanner, Span, Text
from .lines import is_copy, line_text, literal_places
from .paragraphs import REDACTED_TEXT_RE

_CLS = {
    "UNCLASSIFIED": r"U\s?N\s?C\s?L\s?A\s?S(?:S\s?I\s?F\s?I\s?E\s?D)?",
    # an administrative control of the 1970s-90s, not a classification: read as unclassified
    "LIMITED OFFICIAL USE": (r"L\s?I\s?M\s?I\s?T\s?E\s?D\s{1,3}O\s?F\s?F\s?I\s?C\s?I\s?A\s?L"
                             r"\s{1,3}U\s?S\s?E"),
    "CONFIDENTIAL": r"C{1,2}\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L",
    "SECRET": r"S{1,2}\s?E\s?C\s?R\s?E\s?T",
    "TOP SECRET": r"T\s?O\s?P\s?S\s?E\s?C\s?R\s?E\s?T",
}
_CLS_ANY = "|".join(f"(?P<{name.replace(' ', '_')}>{rx})" for name, rx in _CLS.items())
BANNER_RE = re.compile(
    rf"^(?P<lead>[ \t\u00a0]*)(?P<cls>{_CLS_ANY})(?:[ \t]+E\s?F\s?T\s?O)?"
    r"(?:[ \t]+SECTION[ \t]+(?P<section>\d+)[ \t]+OF[ \t]+(?P<total>\d+))?"
    r"[ \t]+(?:\d{2}[ \t]+)?(?P<station>[A-Z][A-Z .'\-]*?)[ \t]+(?P<serial>\d{3,7})(?!\d)", re.I)


#: The longest station name (with its spacing) an inline banner is looked for with: the bound keeps
#: the search linear on a line of repeated `C O N F I D E N T I A L` (station names are far
#: shorter).
INLINE_STATION_MAX = 60
#: A banner inside a line, after other text (`Cable dated:2005-08-17T21:24:00]C O N F I D E N T I A
#: L ...`, `<code><pre>UNCLASSIFIED BUENOS AIRES 2481`): only the spaced, UNCLAS and LOU spellings
#: are distinctive enough to look for there. Old banners may carry the year before the station (`75
#: LIBREVILLE 1895`). It opens with the first letter, then looks behind it (`(?<![A-Za-z])` first
#: would leave `re` no first-character scan: it was tried at every position of every cable).
INLINE_BANNER_RE = re.compile(
    r"[CSUL](?<![A-Za-z][CSUL])(?:(?<=C) O N F I D E N T I A L|(?<=S) E C R E T|"
    r"(?<=U)NCLAS(?:SIFIED)?|(?<=L)IMITED OFFICIAL USE)[ \t]+"
    r"(?:E F T O[ \t]+)?"
    r"(?:SECTION[ \t]+\d+[ \t]+OF[ \t]+\d+[ \t]+)?[A-Z][A-Z .'\-]{0,%d}?[ \t]+\d{3,7}"
    r"(?!\d)" % INLINE_STATION_MAX)


#: What an inline banner opens with (INLINE_BANNER_RE's first words).
INLINE_BANNER_OPENINGS = ("C O N F I D E N T I A L", "S E C R E T", "UNCLAS",
                          "LIMITED OFFICIAL USE")


def inline_banners(text: str, start: int = 0) -> Iterator[re.Match]:
    """What `INLINE_BANNER_RE.finditer(text, start)` finds, the expression tried only where one of
    its openings stands (found with str.find: the expression opens with a letter of C, S, U, L,
    which it tried at each of them, a fiftieth of a cable's time)."""
    end = start
    for at in sorted(literal_places(text, INLINE_BANNER_OPENINGS, start)):
        m = INLINE_BANNER_RE.match(text, at) if at >= end else None
        if m is not None:
            yield m
            end = m.end()


def find_banner(lines: tuple[str, ...], start: int, stop: int) -> tuple[int, int] | None:
    """(line index, column) of the first banner in lines[start:stop]: at a line start, else inside a
    line."""
    for i in range(start, stop):
        if BANNER_RE.match(lines[i]):
            return i, 0
    for i in range(start, stop):
        m = INLINE_BANNER_RE.search(lines[i])
        if m:
            return i, m.start()
    return None


def parse_banner(lines: tuple[str, ...], index: int, at: int = 0) -> Banner:
    """Parse the banner at column `at` of line `index`: what is written around it and how, not
    judged (checks/form.py judges its spelling)."""
    line = lines[index]
    m = BANNER_RE.match(line[at:])
    cls = next(name.replace("_", " ")
               for name in ("UNCLASSIFIED", "LIMITED_OFFICIAL_USE", "CONFIDENTIAL", "SECRET",
                            "TOP_SECRET") if m.group(name))
    written = m.group("cls")
    words = line[at + m.end("cls"):at + m.end("serial")]
    start, end = at + len(m.group("lead")), at + m.end("serial")
    raw = Text(line[start:end], Span(index + 1, start + 1, index + 1, end + 1))
    return Banner(raw=raw, classification="UNCLASSIFIED" if cls == "LIMITED OFFICIAL USE" else cls,
                  written=written,
                  section=m.group("section"), section_total=m.group("total"),
                  station=" ".join(m.group("station").split()).upper(), serial=m.group("serial"),
                  marking=cls, before=line[:at], lead=m.group("lead"), words=words)


def repeated_banners(lines: tuple[str, ...], banner: Banner,
                     repeats: tuple[Text, ...]) -> tuple[RepeatedBanner, ...]:
    """Each banner the layout found repeated before paragraph 1, with the span of the lines from it
    that repeat, line for line, the block from the banner before it (the first or an earlier copy)
    down to it, the line end after them included (seed 004: 50-65 repeat 34-49)."""
    found, above = [], banner.raw.span.line
    for repeat in repeats:
        line, count = repeat.span.line, repeat.span.line - above
        copy = None
        if is_copy(lines, above - 1, line - 1, count):
            last = line + count - 1
            copy = Span(line, 1, last + 1, 1) if last < len(lines) else \
                Span(line, 1, last, len(lines[last - 1]) + 1)
        found.append(RepeatedBanner(repeat, copy))
        above = line
    return tuple(found)


def first_line_past_banners(lines: tuple[str, ...], start: int) -> int | None:
    """The index of the first text line from `start` on that is not a banner (the header run
    together again, a mirror's preview of it: 08STATE85663), or None."""
    return next((i for i in range(start, len(lines))
                 if lines[i].strip() and not BANNER_RE.match(lines[i])), None)


def withheld_banner(lines: tuple[str, ...], end: int) -> Text | None:
    """In a cable with no banner, a line above line `end` (its first labelled part) that is nothing
    but a redaction: the publisher withheld the lines where the banner stood (html-fragment/
    10BEIJING207: `ORIGIN: XXXXXXXXXXXX` ... `XXXXXXXXXXXX` / blank / `SIPDIS` / E.O. line)."""
    return next((line_text(lines, i) for i in range(end) if "XXXXXX" in lines[i]
                 and REDACTED_TEXT_RE.fullmatch(lines[i])), None)
