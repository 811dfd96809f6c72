"""Flattened text (line breaks lost upstream): virtual line breaks re-inserted before the markers,
so that the line-based parser finds paragraphs, captions, REF items, page breaks and the signature.

Every break is recorded in the offset map: it either replaces the white space before the marker (two
spaces that stood for a blank line) or is inserted with no original character (`000348SipdisE.o.`).
"""

from __future__ import annotations

import re

from ..lazy_regex import lazy_compile
from .offsets import MapBuilder, OffsetMap

#: Labels that open a preamble line (searched anywhere: in glued text they follow a word directly;
#: TAGS after a letter only after the E.O. line's `N/A`, `E.O. 12958: N/ATAGS:`, 08MUNICH355). An
#: order cited with a comma after it is a sentence's (`Classified By: PolCouns Janice G. Weiner,
#: E.O. 12958, reasons 1.4 (b) and (d).`, json-body/05ANKARA7215).
_LABEL_RE = lazy_compile(
    r"(?:E\.\s?[Oo]\.|\bEO)\s*:?\s*\d{4,5}(?![\d,])"
    r"|(?:(?<![A-Za-z])|(?<=N/A))TAGS?(?:\s*:|\s+(?=[A-Z]{2,5}\b))|Tags\s*:|"
    r"SUBJECT\s*:"
    r"|Subject\s*:|\bSUBJ\s*:|REF(?:TELS?|S)?\s*:(?=\s*[A-Z(0-9])|\bRef(?:s|tel)?\s*:"
    r"|(?:\([A-Z/]{1,6}\)\s*)?(?<![A-Za-z])(?i:classified\s+by\b)")
#: The banner, with any spacing (`C O N F I D E N T I A L  NEW DELHI 005734`) and in any case (the
#: early site's sentence-cased `C o n f i d e n t i a l section 01 of 04 ankara 000348`), near the
#: start.
_BANNER_RE = lazy_compile(r"(?:C O N F I D E N T I A L|S E C R E T|UNCLAS(?:SIFIED)?|CONFIDENTIAL|"
                          r"SECRET)[ \t]+"
                          r"(?:E F T O[ \t]+)?"
                          r"(?:SECTION[ \t]+\d+[ \t]+OF[ \t]+\d+[ \t]+|\d+[ \t]+OF[ \t]+\d+[ \t]+)?"
                          r"(?P<station>[A-Z][A-Z .'\-]*?)[ \t]+\d{3,7}(?!\d)", re.I)
BANNER_REACH = 300
#: What may stand between two labels that are one: `Classified By: (U) CLASSIFIED BY ...`.
_LABEL_GAP_RE = lazy_compile(r":?[ \t]*(?:\([A-Z/]{1,6}\))?[ \t]*")
_CAPTION_RE = lazy_compile(r"SIPDIS|Sipdis|(?<![A-Za-z])(?:NOFORN|EXDIS|LIMDIS|NODIS)(?![A-Za-z])")
_PILCROW_RE = lazy_compile(r"¶\s?\d{1,3}\s?\.")
#: A number whose period was lost before its portion mark (`8, (C)`, `3  (C)`, `2 (C)`:
#: json-body/10DOHA71, 05NEWDELHI1764, json-record/wl20101128-0140).
_LOST_PERIOD = r"(?:,|(?=[ \t]+\())(?=[ \t]*\([A-Z/]{1,8}\))"
#: A portion mark in brackets, as long as a caveat makes it: `(SBU//NOFORN)`
#: (json-record/delhi-0072).
_PORTION_MARK = r"[(\[][ \t]?[A-Z/]{1,12}[ \t]?[)\]]"     # `[S/NF ]` (json-body/09RPODUBAI121)
#: A bare paragraph number after a sentence end, white space or a closing bracket, before a portion
#: mark or a capital: `(b,d).1. (C) Summary`, `...END SUMMARY  2.  ACCORDING`.
_NUMBER_RE = lazy_compile(r"(?:(?<=[.)\"'\]:])|(?<=\s))(?P<n>\d{1,2})"
                          r"(?:\.(?=[ \t]*(?:" + _PORTION_MARK + r"|[A-Z\"]))|"
                          + _LOST_PERIOD + ")")
#: A bare paragraph number with its portion mark right after it (`12.(S)`, `3. [C]`, after a
#: redaction `xxxxx5.(C)`), or whose period was lost.
_MARKED_NUMBER_RE = lazy_compile(r"(?:(?<=[.)\"'\]:])|(?<=\s)|(?<=[xX]{4}))(?P<n>\d{1,2})"
                                 r"(?:\.(?=[ \t]*" + _PORTION_MARK + ")|" + _LOST_PERIOD + ")")
_PAGE_BREAK_RE = lazy_compile(r"\b(?:PAGE \d{2}\s+[A-Z][A-Z ]{1,24}\d{4,8}\s+\d{2} OF \d{2}"
                              r"\s+\d{6}Z|[A-Z][A-Z ]{1,24} \d{5,8}\s+\d{3}(?:\.\d)? OF \d{3})\b")
_REF_LABEL_RE = lazy_compile(r"REF(?:TELS?|S)?\s*:(?=\s*[A-Z(0-9])|\bRef(?:s|tel)?\s*:")
#: A REF item after the spaces that stood for its line break; a mirror may have put its pilcrow on
#: the letter (`A. BISHKEK 96      ¶B. BISHKEK 85`, json-record/wl20101128-0105), which CL071
#: reports; a long list goes past H (`¶O. ABU DHABI 1724`, json-body/06ABUDHABI1725).
_REF_ITEM_RE = lazy_compile(r"(?<=\s\s)¶?[A-Z]\.\s|(?<=\s)[A-Z]\)\s")
#: The enumerator just before a REF item's: the same letter twice is one item's doubled
#: enumerator (`REF: A. A) IRPO 261      B. B) IRPO 285`, json-body/09RPODUBAI317), CL071's.
_ENUMERATOR_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])([A-Z])\.[ \t]+$")
#: The signature at the text's end, after a sentence, or glued by a change of case to the last word
#: when its line break was lost (`reporting at atxxxxxCrockart`, json-body/08MUNICH355;
#: `Portal:Unit ed_KingdomSUSMAN`, 10LONDON131), or after the code word ending a list item
#: (`Waste Safety (NSRW), IAEA MULFORD`, 05NEWDELHI1248; `Organizations:  UN CLINTON`).
_SIGNATURE_RE = lazy_compile(r"(?:(?<=[.)\"'\]!?])[ \t]*(?P<name>[A-Z][A-Za-z'\-]+"
                             r"(?: [A-Z][A-Za-z'\-]+){0,2})|(?<=[a-z_])(?P<glued>[A-Z](?:[a-z]{3,}"
                             r"|[A-Z]{3,}))|(?<=[,;:])[ \t]+[A-Z]{2,5}[ \t]+(?P<coded>[A-Z]{4,}))"
                             r"[ \t]*$")
_PREAMBLE_GAP_RE = lazy_compile(r"(?<![ \t])[ \t]{2,}(?=\S)")     # tried once per run of spaces
_HEADER_RE = lazy_compile(
    r"(?<=VZCZC[A-Z]{3}\d{4})|\bDE R[A-Z]{3,6} #|(?<=[A-Z0-9])DE R[A-Z]{3,6} #|ZN[YR] [A-Z]{5}|"
    r"(?<=ZZH)(?=[ZOPR])"
    r"|(?:\b|(?<=\d))[ZOPR]{1,2} \d{6}Z [A-Za-z]{3} \d{2}|(?<![A-Za-z \d])\d{6}Z [A-Za-z]{3} \d{2}"
    r"|(?:\b|(?<=[A-Z0-9]))FM [A-Z]|TO R[A-Z]{3,6}/|\bTO [A-Z]|(?<=[A-Z0-9])TO (?=AM|SEC|US|ALL )"
    r"|(?<=[A-Z0-9])INFO R|\bINFO\b"
    r"|(?<=[A-Za-z0-9])R[A-Z]{3,6}/(?=[A-Z])")
_ROUTING_RE = lazy_compile(r"(?:\b|(?<=\d))([ZOPR])\1 R[A-Z]{3,6}(?: R[A-Z]{3,12})*")
_GLUED_INDICATOR_RE = lazy_compile(r"(?<=[A-Z]{4})RUE[A-Z]{2,4}(?=\s|$)")
#: What every page break has (`001 OF 003`, `01 OF 02`): a text without it is not scanned for them.
_PAGE_OF_RE = lazy_compile(r" (?i:OF) \d{2}")
#: The width of the station on a page line: `BUENOS AIR 00000118  002 OF 006`.
PAGE_STATION_WIDTH = 10
#: A pseudo-paragraph number must continue the sequence: at most this far past the last one.
_SEQUENCE_REACH = 2


def reline_body(text: str) -> tuple[str, OffsetMap, int]:
    """Line breaks before the markers of a flattened cable; returns (text, map, breaks made)."""
    breaks: dict[int, str] = {}
    first_paragraph = _paragraph_breaks(text, breaks)
    preamble_end = first_paragraph if first_paragraph is not None else len(text)
    banner = _BANNER_RE.search(text, 0, min(preamble_end, BANNER_REACH))
    banner_end = banner.end() if banner is not None else 0
    # a mirror's date line glued to it: `Friday, 12 June 2009, 12:11S E C R E T`
    if banner is not None:
        breaks.setdefault(banner.start(), "\n\n")
    previous_end, first_label = -1, None
    for m in _LABEL_RE.finditer(text, banner_end, preamble_end):
        # not `Classified By: (U) CLASSIFIED BY`
        if not _LABEL_GAP_RE.fullmatch(text, previous_end, m.start()):
            breaks.setdefault(m.start(), "\n\n")
        previous_end = m.end()
        first_label = m.start() if first_label is None else first_label
    for m in _CAPTION_RE.finditer(text, 0, preamble_end):
        breaks.setdefault(m.start(), "\n\n")
        breaks.setdefault(m.end(), "\n\n")
    first_label = preamble_end if first_label is None else first_label
    # captions: two spaces were a line end
    for m in _PREAMBLE_GAP_RE.finditer(text, banner_end, first_label):
        breaks.setdefault(m.end(), "\n\n")
    _ref_item_breaks(text, preamble_end, breaks)
    for m in _page_break_re(banner).finditer(text) if _PAGE_OF_RE.search(text) else ():
        breaks.setdefault(m.start(), "\n")
        breaks.setdefault(m.end(), "\n")
    tail = _SIGNATURE_RE.search(text, max(0, len(text) - 200))
    if tail is not None and first_paragraph is not None:
        name = next(group for group in ("name", "glued", "coded") if tail.group(group))
        breaks.setdefault(tail.start(name), "\n\n")
    breaks.pop(0, None)
    return (*_apply(text, breaks), len(breaks))


def _page_break_re(banner: re.Match | None) -> re.Pattern:
    """Page breaks of this cable: `DUBAI 00000047  001.2 OF 002` names the banner's station (or its
    last word), which keeps a TAG before it (`TX, IR BAKU 00000478`) out of the page break, also
    when the lines around were glued to it (`IRGC, MOISDUBAI 00000049 001.2 OF 003CLASSIFIED BY`),
    and when the station and `of` are in lower case (`If he were notAnkara 00001905 002 of
    002in`); the page line cuts a longer station to its first ten characters (`UNVIE VIEN
    00000540  002 OF 005`, json-body/09UNVIEVIENNA540)."""
    if banner is None:
        return _PAGE_BREAK_RE
    station = " ".join(banner.group("station").upper().split())
    cut = station[:PAGE_STATION_WIDTH].rstrip()
    names = "|".join(dict.fromkeys(re.escape(name) for name in (station, station.split()[-1], cut)))
    return re.compile(rf"\bPAGE \d{{2}}\s+(?:{names})\s+\d{{4,8}}\s+\d{{2}} OF \d{{2}}\s+\d{{6}}Z\b"
                      rf"|(?i:{names}) \d{{5,8}}\s+\d{{3}}(?:\.\d)? (?i:OF) \d{{3}}(?!\d)")


def reline_header(text: str) -> tuple[str, OffsetMap, int]:
    """Line breaks in a flattened routing header: after VZCZC…, before DE, ZNY, the DTG, FM, TO,
    INFO and every addressee (`…COLLECTIVERUEHAK/AMEMBASSY ANKARA`)."""
    breaks = {m.start(): "\n" for m in _HEADER_RE.finditer(text)}
    routing = _ROUTING_RE.search(text)
    # `RUEHLHRUEHPW`: two indicators of the routing line glued together
    if routing is not None:
        for m in _GLUED_INDICATOR_RE.finditer(text, routing.start(), routing.end()):
            breaks.setdefault(m.start(), " ")
    breaks.pop(0, None)
    return (*_apply(text, breaks), len(breaks))


def _paragraph_breaks(text: str, breaks: dict[int, str]) -> int | None:
    """Breaks before `¶N.` and before bare numbers that continue the paragraph sequence (an
    unmarked one that skips a number is none when that number comes later with its portion mark),
    or repeat its last number with a portion mark; beside `¶N.` markers, only a bare number with
    its portion mark does (`[DETAILS REMOVED]12.(S) In 2007`: the mirror gave no `¶` to a marker
    without a space)."""
    pilcrows = [(m.start(), int(re.search(r"\d+", m.group()).group()), True)
                for m in _PILCROW_RE.finditer(text)]
    bare = _MARKED_NUMBER_RE if pilcrows else _NUMBER_RE
    candidates = sorted(pilcrows + [(m.start(), int(m.group("n")), False)
                                    for m in bare.finditer(text)])
    marked = {at for at, _, _ in candidates if _MARKED_NUMBER_RE.match(text, at)}
    last_marked = {number: at for at, number, _ in candidates if at in marked}  # the last of each
    first, last = None, 0
    for at, number, pilcrow in candidates:
        # the same number again with its portion mark: a marker repeated (`14.  (C) We
        # recognized ... 14.  (SBU) India is`, json-body/05NEWDELHI1824), CL090's to report
        repeated = number == last > 0 and at in marked
        continues = last < number <= last + _SEQUENCE_REACH and (last or number == 1)
        if continues and number > last + 1 and not pilcrow and at not in marked \
                and last_marked.get(last + 1, -1) > at:
            continue    # a number in a sentence (`met on March 1 and 3.  Mousavi`) before the
            #             marked one expected (`2. [S/NF]`, json-record/iran-0140)
        if pilcrow or repeated or continues:
            breaks[at] = "\n\n"
            first = at if first is None else first
            last = number
    return first


def _ref_item_breaks(text: str, preamble_end: int, breaks: dict[int, str]) -> None:
    """REF items `A. NEW DELHI 1282      B. ISLAMABAD 2264` each on a line of its own."""
    labels = sorted(p for p in breaks if p < preamble_end)
    for m in _REF_LABEL_RE.finditer(text, 0, preamble_end):
        end = next((p for p in labels if p > m.start()), preamble_end)
        for item in _REF_ITEM_RE.finditer(text, m.end(), end):
            before = _ENUMERATOR_BEFORE_RE.search(text, max(0, item.start() - 8), item.start())
            if before is not None and before.group(1) == item.group().lstrip("¶")[0]:
                continue                                # `A. A)`: one item, doubled
            if text[m.end():item.start()].strip():      # the first item stays on the label's line
                breaks.setdefault(item.start(), "\n")


def _apply(text: str, breaks: dict[int, str]) -> tuple[str, OffsetMap]:
    """Each break replaces the white space just before its position (or is inserted there)."""
    builder = MapBuilder(text)
    at = 0
    positions = sorted(p for p in breaks if 0 < p < len(text))
    for index, position in enumerate(positions):
        if position <= at:
            continue
        following = positions[index + 1] if index + 1 < len(positions) else None
        if following is not None and not text[position:following].strip(" \t"):
            continue        # only white space up to the next break: that one stands for both
        space = position
        while space > at and text[space - 1] in " \t":
            space -= 1
        builder.copy(at, space)
        builder.replace(breaks[position], space, position) if space < position \
            else builder.insert(breaks[position], position)
        at = position
    builder.copy(at, len(text))
    return builder.build()
