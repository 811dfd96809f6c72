"""The body: one walk over the lines below the preamble that collects its numbered paragraphs, page
breaks and split sentences, and its signature (each part parsed in its own module)."""

from __future__ import annotations

import re

from ..document import PageBreak, Paragraph, Split, Text
from ..record import Record, set_field
from .headings import is_heading_or_divider
from .lines import WS, line_text
from .pages import OLD_PAGE_HEADER_RE, page_break, page_break_match
from .paragraphs import is_paragraph_start, paragraph
from .signatures import signature
from .splits import continues_sentence


class Body(Record):
    """The text below the preamble: its paragraphs, page breaks, sentences cut by a blank line, and
    signature."""

    paragraphs: tuple[Paragraph, ...]
    page_breaks: tuple[PageBreak, ...]
    splits: tuple[Split, ...]
    signature: Text | None

    __slots__ = ("paragraphs", "page_breaks", "splits", "signature")

    def __init__(self, paragraphs, page_breaks, splits, signature) -> None:
        set_field(self, "paragraphs", paragraphs)
        set_field(self, "page_breaks", page_breaks)
        set_field(self, "splits", splits)
        set_field(self, "signature", signature)


#: The SUBJECT a page repeats under its page-break line (`Baku 00000478 002.2 of 003` / blank /
#: `SUBJECT: IRAN VIEW FROM BAKU: ...`, 09BAKU478), down to the next blank line.
REPEATED_SUBJECT_RE = re.compile(r"[ \t]*SUBJECT:")


def parse_body(lines: tuple[str, ...], start: int, beyond: str = "") -> Body:
    """Paragraphs, page breaks, splits and signature of lines[start:] (`beyond`: the line after
    them, where a second copy was cut off). `N) (C)` markers count only in a cable that has no `N.`
    markers: beside them they number questions inside a paragraph (09STATE6423)."""
    body = _parse_body(lines, start, True, beyond)
    styles = {lines[p.number_text.span.line - 1][p.number_text.span.end_column - 1]   # `.` or `)`
              for p in body.paragraphs}
    return _parse_body(lines, start, False, beyond) if len(styles) == 2 else body


def _parse_body(lines: tuple[str, ...], start: int, paren: bool, beyond: str) -> Body:
    paragraphs, page_breaks, splits = [], [], []
    open_paragraph = None      # (match, first line index, last text line index)
    # index of the last text line seen inside a paragraph, before blank lines
    last_text = None
    gap_since_text = False
    after_break = in_page_subject = False     # below a page-break line; in the SUBJECT it repeats
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip(WS):      # is_blank, inlined: this loop sees every line of the body
            gap_since_text = last_text is not None
            in_page_subject = False
            continue
        pb = page_break_match(line)
        if pb:
            page_breaks.append(page_break(lines, i, pb))
            last_text = None
            after_break = True
            continue
        if in_page_subject or after_break and REPEATED_SUBJECT_RE.match(line):
            in_page_subject, after_break = True, False     # the page's header: no text of its own
            continue
        after_break = False
        if line.lstrip(WS).startswith("PAGE") and OLD_PAGE_HEADER_RE.match(line):
            last_text = None    # the text goes on after the page header: no sentence is cut there
            continue
        marker = is_paragraph_start(lines, i, paren)
        if marker:
            if open_paragraph:
                paragraphs.append(paragraph(lines, *open_paragraph, beyond))
            open_paragraph = [marker, i, i]
            last_text, gap_since_text = i, False
            continue
        if gap_since_text and open_paragraph and continues_sentence(lines, last_text, i):
            splits.append(Split(before=line_text(lines, last_text), after=line_text(lines, i)))
        if open_paragraph and not is_heading_or_divider(lines, i):
            open_paragraph[2] = i
            last_text = i
        else:
            last_text = None
        gap_since_text = False
    if open_paragraph:
        paragraphs.append(paragraph(lines, *open_paragraph, beyond))
    signed = signature(lines)
    return Body(tuple(paragraphs), tuple(page_breaks), tuple(_before_signature(splits, signed)),
                signed)


def preamble_page_breaks(lines: tuple[str, ...], start: int, stop: int) -> tuple[PageBreak, ...]:
    """Page-break lines of lines[start:stop], above the first paragraph: a long preamble, or one
    whose paragraphs were withheld, runs over pages of its own (`PARIS 00000144  002.2 OF 004`
    under the Classified By, 10PARIS144)."""
    found = []
    for i in range(start, stop):
        m = page_break_match(lines[i])
        if m:
            found.append(page_break(lines, i, m))
    return tuple(found)


def _before_signature(splits: list[Split], signed: Text | None) -> list[Split]:
    """The splits but one whose second half opens with the signature: no sentence runs on into
    the signer's name (`Programs: $700 (energy related domestic travel)` / blank / `van Voorst`,
    08REYKJAVIK22)."""
    if signed is None:
        return splits
    return [split for split in splits if (split.after.span.line, split.after.span.column)
            != (signed.span.line, signed.span.column)]
