"""Flattened text (line breaks lost upstream): virtual line breaks re-inserted before the markers, so
that the line-based parser finds paragraphs, captions, REF items, page breaks and the signature.

Every break is recorded in the offset map: it either replaces the white space before the marker (two
spaces that stood for a blank line) or is inserted with no original character (`000348SipdisE.o.`).
"""

from __future__ import annotations

import re

from .offsets import MapBuilder, OffsetMap

#: Labels that open a preamble line (searched anywhere: in glued text they follow a word directly).
_LABEL_RE = re.compile(
    r"(?:E\.\s?[Oo]\.|\bEO)\s*:?\s*\d{4,5}|(?<![A-Za-z])TAGS?\s*:|Tags\s*:|SUBJECT\s*:|Subject\s*:|\bSUBJ\s*:"
    r"|\bREF(?:TELS?|S)?\s*:|\bRef(?:s|tel)?\s*:|(?:\([A-Z/]{1,6}\)\s*)?(?i:\bclassified\s+by\b)")
_CAPTION_RE = re.compile(r"SIPDIS|Sipdis|(?<![A-Za-z])(?:NOFORN|EXDIS|LIMDIS|NODIS)(?![A-Za-z])")
_PILCROW_RE = re.compile(r"¶\s?\d{1,3}\s?\.")
#: A bare paragraph number after a sentence end, white space or a closing bracket, before a portion
#: mark or a capital: `(b,d).1. (C) Summary`, `...END SUMMARY  2.  ACCORDING`.
_NUMBER_RE = re.compile(r"(?:(?<=[.)\"'\]:])|(?<=\s))(?P<n>\d{1,2})\.(?=[ \t]*(?:[(\[][A-Z/]{1,10}[)\]]|[A-Z\"]))")
_PAGE_BREAK_RE = re.compile(r"\b(?:PAGE \d{2}\s+[A-Z][A-Z ]{1,24}\d{4,8}\s+\d{2} OF \d{2}\s+\d{6}Z"
                            r"|[A-Z][A-Z ]{1,24} \d{5,8}\s+\d{3}(?:\.\d)? OF \d{3})\b")
_REF_ITEM_RE = re.compile(r"(?<=\s\s)[A-H]\.\s|(?<=\s)[A-H]\)\s")
_SIGNATURE_RE = re.compile(r"(?<=[.)\"'\]!?])[ \t]*(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})[ \t]*$")
_PREAMBLE_GAP_RE = re.compile(r"[ \t]{2,}(?=\S)")
_HEADER_RE = re.compile(
    r"(?<=VZCZC[A-Z]{3}\d{4})|\bDE R[A-Z]{3,6} #|(?<=[A-Z0-9])DE R[A-Z]{3,6} #|ZN[YR] [A-Z]{5}|(?<=ZZH)(?=[ZOPR])"
    r"|(?:\b|(?<=\d))[ZOPR]{1,2} \d{6}Z [A-Za-z]{3} \d{2}|(?<![A-Za-z \d])\d{6}Z [A-Za-z]{3} \d{2}"
    r"|(?:\b|(?<=[A-Z0-9]))FM [A-Z]|TO R[A-Z]{3,6}/|\bTO [A-Z]|(?<=[A-Z0-9])TO (?=AM|SEC|US|ALL )|(?<=[A-Z0-9])INFO R|\bINFO\b"
    r"|(?<=[A-Za-z0-9])R[A-Z]{3,6}/(?=[A-Z])")
_ROUTING_RE = re.compile(r"(?:\b|(?<=\d))([ZOPR])\1 R[A-Z]{3,6}(?: R[A-Z]{3,12})*")
_GLUED_INDICATOR_RE = re.compile(r"(?<=[A-Z]{4})RUE[A-Z]{2,4}(?=\s|$)")
#: A pseudo-paragraph number must continue the sequence: at most this far past the last one.
_SEQUENCE_REACH = 2


def reline_body(text: str) -> tuple[str, OffsetMap, int]:
    """Line breaks before the markers of a flattened cable; returns (text, map, breaks made)."""
    breaks: dict[int, str] = {}
    first_paragraph = _paragraph_breaks(text, breaks)
    preamble_end = first_paragraph if first_paragraph is not None else len(text)
    for m in _LABEL_RE.finditer(text, 0, preamble_end):
        breaks.setdefault(m.start(), "\n\n")
    for m in _CAPTION_RE.finditer(text, 0, preamble_end):
        breaks.setdefault(m.start(), "\n\n")
        breaks.setdefault(m.end(), "\n\n")
    first_label = next((m.start() for m in _LABEL_RE.finditer(text, 0, preamble_end)), preamble_end)
    for m in _PREAMBLE_GAP_RE.finditer(text, 0, first_label):   # the caption zone: two spaces were a line end
        breaks.setdefault(m.end(), "\n\n")
    _ref_item_breaks(text, preamble_end, breaks)
    for m in _PAGE_BREAK_RE.finditer(text):
        breaks.setdefault(m.start(), "\n")
        breaks.setdefault(m.end(), "\n")
    tail = _SIGNATURE_RE.search(text, max(0, len(text) - 200))
    if tail is not None and first_paragraph is not None:
        breaks.setdefault(tail.start("name"), "\n\n")
    breaks.pop(0, None)
    return (*_apply(text, breaks), len(breaks))


def reline_header(text: str) -> tuple[str, OffsetMap, int]:
    """Line breaks in a flattened routing header: after VZCZC…, before DE, ZNY, the DTG, FM, TO, INFO
    and every addressee (`…COLLECTIVERUEHAK/AMEMBASSY ANKARA`)."""
    breaks = {m.start(): "\n" for m in _HEADER_RE.finditer(text)}
    routing = _ROUTING_RE.search(text)
    if routing is not None:        # `RUEHLHRUEHPW`: two indicators of the routing line glued together
        for m in _GLUED_INDICATOR_RE.finditer(text, routing.start(), routing.end()):
            breaks.setdefault(m.start(), " ")
    breaks.pop(0, None)
    return (*_apply(text, breaks), len(breaks))


def _paragraph_breaks(text: str, breaks: dict[int, str]) -> int | None:
    """Breaks before `¶N.` and before bare numbers that continue the paragraph sequence."""
    first = None
    last = 0
    for m in _PILCROW_RE.finditer(text):
        breaks[m.start()] = "\n\n"
        first = m.start() if first is None else first
    if first is not None:
        return first
    for m in _NUMBER_RE.finditer(text):
        number = int(m.group("n"))
        if last < number <= last + _SEQUENCE_REACH and (last or number == 1):
            breaks[m.start()] = "\n\n"
            first = m.start() if first is None else first
            last = number
    return first


def _ref_item_breaks(text: str, preamble_end: int, breaks: dict[int, str]) -> None:
    """REF items `A. NEW DELHI 1282      B. ISLAMABAD 2264` each on a line of its own."""
    labels = sorted(p for p in breaks if p < preamble_end)
    for m in re.finditer(r"\bREF(?:TELS?|S)?\s*:|\bRef(?:s|tel)?\s*:", text[:preamble_end]):
        end = next((p for p in labels if p > m.start()), preamble_end)
        for item in _REF_ITEM_RE.finditer(text, m.end(), end):
            breaks.setdefault(item.start(), "\n")


def _apply(text: str, breaks: dict[int, str]) -> tuple[str, OffsetMap]:
    """Each break replaces the white space just before its position (or is inserted there)."""
    builder = MapBuilder(text)
    at = 0
    for position in sorted(breaks):
        if position <= at or position >= len(text):
            continue
        space = position
        while space > at and text[space - 1] in " \t":
            space -= 1
        builder.copy(at, space)
        builder.replace(breaks[position], space, position) if space < position \
            else builder.insert(breaks[position], position)
        at = position
    builder.copy(at, len(text))
    return builder.build()
