"""Text taken from cable PDFs: the pypdf text layer (`¶` alone on a line, one TAG per line) and the
third-party conversions that de-spaced the banner (`CONFIDENTIAL` for `C O N F I D E N T I A L`)."""

from __future__ import annotations

import re

from ..lazy_regex import lazy_compile
from .offsets import MapBuilder, OffsetMap
from .steps import Step

_LONE_PILCROW_RE = lazy_compile(r"^[ \t]*¶[ \t]*\n(?=[ \t]*\d)", re.M)
_TAGS_LABEL_RE = lazy_compile(r"^TAGS?:?[ \t]*$", re.M)
#: (From its literal, at a line's start: `^` first is tried at every position of every cable.)
_ONE_TAG_PER_LINE_RE = lazy_compile(
    r"TAG(?<![^\n]TAG)S?:?[ \t]*\n[A-Z]{2,6}[ \t]*\n[ \t]+\n[A-Z]{2,6}[ \t]*$", re.M)
#: A converted cable has at least this many lines (header, banner, preamble, text).
PDF_TEXT_MIN_LINES = 10
_TAG_LINE_RE = lazy_compile(r"[ \t]*\n(?:[ \t]*\n)*"
                            r"(?P<tag>[ \t]*[A-Z][A-Za-z0-9/&\-]{1,24}"
                            r"(?: [A-Z][A-Za-z0-9]+){0,3})[ \t]*(?=\n)")
#: The banner as a converter wrote it, without the letter spacing the telegram has.
DESPACED_BANNER_RE = lazy_compile(r"^(?P<word>CONFIDENTIAL|SECRET)(?=\s|$)", re.M)
_SPACED = {"CONFIDENTIAL": "C O N F I D E N T I A L", "SECRET": "S E C R E T"}
#: The PDF's own page header and footer (`2000HANOI00686 - CONFIDENTIAL`) and the `>` wkhtmltopdf
#: leaves.
_PAGE_FURNITURE_RE = lazy_compile(r"^[ \t]*(?:\d{4}[A-Z][A-Z0-9]*\d - (?:UNCLASSIFIED|CONFIDENTIAL|"
                                  r"SECRET)"
                                  r"[A-Z/ ]*|>)[ \t]*(?:\n|$)", re.M)
_LABEL_START_RE = lazy_compile(r"[ \t]*(?:SUBJECT|SUBJ|REF|E\.O\.|CLASSIFIED|\(|¶|\d)")


def is_pdf_extract(text: str) -> bool:
    """pypdf's text layer of a WikiLeaks cable PDF: `¶` on a line of its own, or TAGS one per line
    with a white-space line between them (in the first 80 lines)."""
    return _lone_pilcrow(text) or \
        bool(_ONE_TAG_PER_LINE_RE.search("\n".join(text.split("\n", 80)[:80])))


def _lone_pilcrow(text: str) -> bool:
    """Whether a line holds `¶` and white space only (looked for at each `¶`: a web page has one
    per paragraph, and splitting and stripping every line of every cable cost more)."""
    at = text.find("¶")
    while at != -1:
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        if text[text.rfind("\n", 0, at) + 1:end].strip() == "¶":
            return True
        at = text.find("¶", end)
    return False


def is_pdf_text(text: str) -> bool:
    """The Tika conversion of cablegate PDFs: its script removed the empty lines, so that the only
    blank lines left hold white space, and there is no empty line at all after the first (no two
    line breaks in a row)."""
    if text.count("\n") + 1 < PDF_TEXT_MIN_LINES or "\n\n" in text:
        return False
    return any(line and not line.strip() for line in text.split("\n"))


def extract_pdf_extract(text: str) -> tuple[str, OffsetMap, list[Step]]:
    """`¶` joined to its paragraph number; the TAGS that pypdf put one per line joined on the
    label's line."""
    builder = MapBuilder(text)
    at = 0
    joined = tags = 0
    edits: list[tuple[int, int, str]] = []
    for m in _LONE_PILCROW_RE.finditer(text):
        pilcrow = text.index("¶", m.start())
        edits.append((pilcrow + 1, m.end(), ""))
        joined += 1
    furniture = 0
    for m in _PAGE_FURNITURE_RE.finditer(text):
        edits.append((m.start(), m.end(), ""))
        furniture += 1
    for label in _TAGS_LABEL_RE.finditer(text):
        at_line = label.end()
        first = True
        while True:
            m = _TAG_LINE_RE.match(text, at_line)
            if m is None or _LABEL_START_RE.match(m.group("tag")):
                break
            edits.append((at_line,
                          m.start("tag") + len(m.group("tag")) - len(m.group("tag").lstrip()),
                          "" if first and text[label.end() - 1] == " " else " "))
            first = False
            tags += 1
            at_line = m.end("tag")
    for start, end, replacement in sorted(edits):
        if start < at:
            continue
        builder.copy(at, start)
        builder.replace(replacement, start, end)
        at = end
    builder.copy(at, len(text))
    extracted, offsets = builder.build()
    return extracted, offsets, [Step("pdf_pilcrows", {"count": joined}),
                                Step("pdf_tags", {"count": tags}),
                                Step("pdf_furniture", {"count": furniture})]


def extract_pdf_text(text: str) -> tuple[str, OffsetMap, list[Step]]:
    """The de-spaced banner read as the telegram writes it (the converter's change, not the
    cable's)."""
    builder = MapBuilder(text)
    at = 0
    count = 0
    for m in DESPACED_BANNER_RE.finditer(text):
        builder.copy(at, m.start())
        builder.replace(_SPACED[m.group("word")], m.start(), m.end())
        at = m.end()
        count += 1
        break       # the banner is the first; later lines are text
    builder.copy(at, len(text))
    extracted, offsets = builder.build()
    return extracted, offsets, [Step("despaced_banner", {"count": count})]
