"""The REF block: its label and items, several items on one line (each item: `ref_items`)."""

from __future__ import annotations

import re

from ..document import Refs, Span, Text
from .footers import ERA_TAIL_RE
from .lines import WS, is_blank, line_text, lines_text, match_text
from .pages import GLUED_OLD_PAGE_HEADER_RE, OLD_PAGE_HEADER_RE
from .paragraphs import FIRST_MARKER_AT_LINE_END_RE
from .ref_items import ref_item
from .subject import HANDLING_RUN_ON_RE

#: A REF item's enumerator as written: `A.`, `B)`, `(C)`, `¶B.`, a markdown link.
REF_ENUMERATOR_RE = re.compile(r"(\[[^\]]*\]\([^)]*\)|¶?[A-Za-z][.)]|\([A-Za-z]\))\s")
PLAIN_ENUMERATOR_RE = re.compile(r"\(?[A-Za-z][.)]")
REF_RE = re.compile(r"^(?P<label>REFTELS?|REFS?|Refs?|REF\(S\)|Ref\(s\))\s*:?(?=\s)\s*"
                    r"(?P<rest>.*)$")


def _ref_pieces(value: str) -> list[tuple[int, str]]:
    """(offset, text) of the REF items on one line: more than one when the next letters follow in
    the first item's plain form (`(A) THE HAGUE 2929 (B) THE HAGUE 2864`, `(C) ...; (D) ...`)."""
    enum = REF_ENUMERATOR_RE.match(value)
    if not enum or not PLAIN_ENUMERATOR_RE.fullmatch(enum.group(1)):
        return [(0, value)]
    form = enum.group(1)
    letter = form.strip("().")
    starts = [0]
    while letter not in "zZ":
        letter = chr(ord(letter) + 1)
        shape = re.escape(form.replace(form.strip("()."), letter))
        m = re.compile(rf"(?<=[ \t;,]){shape}[ \t]").search(value, starts[-1] + len(form))
        if m is None:
            break
        starts.append(m.start())
    ends = starts[1:] + [len(value)]
    return [(a, value[a:b].rstrip(" \t;,")) for a, b in zip(starts, ends)]


def _after_page_header(value: str) -> str | None:
    """An item line without the old telegram's page residue that a page break left in the block
    (02ROME1196: ` CONFIDENTIAL` / `PAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098 ...`): None
    for a line that is only the page's foot or header, the text after a header glued before it."""
    if ERA_TAIL_RE.match(value) or OLD_PAGE_HEADER_RE.match(value):
        return None
    glued = GLUED_OLD_PAGE_HEADER_RE.match(value)
    return value[glued.end():] if glued else value


def parse_refs(lines: tuple[str, ...], first: int, last: int, stop: int | None = None,
               column: int = 0) -> Refs:
    """REF block: the label line and its item lines, from column `column` of `first` (a REF run
    on after a SUBJECT) to column `stop` of `last` if given."""
    if column:      # what stands before the label is not the block's: blanked, columns kept
        lines = (*lines[:first], " " * column + lines[first][column:], *lines[first + 1:])
    m = REF_RE.match(lines[first].lstrip(WS))
    label = match_text(first, m, "label", offset=len(lines[first]) - len(lines[first].lstrip(WS)))
    items = []
    for i in range(first, last + 1):
        line = lines[i][:stop] if i == last and stop is not None else lines[i]
        if is_blank(line):
            continue
        text = line_text((line,), 0)
        text = Text(text.value, Span(i + 1, text.span.column, i + 1, text.span.end_column))
        value = text.value[m.start("rest"):] if i == first else _after_page_header(text.value)
        if value is None:
            continue
        col = text.span.column + (len(text.value) - len(value))
        for at, piece in _ref_pieces(value):
            enum = REF_ENUMERATOR_RE.match(piece)
            start = col + at
            enumerator = (Text(enum.group(1), Span(i + 1, start, i + 1, start + len(enum.group(1))))
                          if enum else None)
            items.append(ref_item(enumerator,
                                  Text(piece, Span(i + 1, start, i + 1, start + len(piece)))))
    raw = lines_text(lines, first, last)
    if items:
        raw = Text(raw.value, Span(raw.span.line, raw.span.column, items[-1].text.span.end_line,
                                   items[-1].text.span.end_column))
    run_on = "classified_by" if stop is not None and lines[last][:stop].strip(WS) else None
    if run_on is None and items and HANDLING_RUN_ON_RE.search(items[-1].text.value):
        run_on = "handling"     # `REF: BRASILIA 2100 SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT`
    elif run_on is None and items and FIRST_MARKER_AT_LINE_END_RE.search(lines[last]):
        run_on = "text"         # `REF: STATE 69691 1. (SBU)` / blank / paragraph 1's text
    colon = lines[first][label.span.end_column - 1:].lstrip().startswith(":")
    return Refs(raw=raw, label=label, items=tuple(items), run_on=run_on, colon=colon)
