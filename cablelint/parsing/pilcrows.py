"""`¶N.` markers put on numbers wrapped from the sentence on the line above: a mirror took the
number for a paragraph's (`October 21, 22 and` / `¶23.`, json-body/09BERLIN1296)."""

from __future__ import annotations

import re

from ..document import Paragraph, Span, Text, WrappedPilcrow
from .lines import line_text
from .paragraphs import number_expected

#: The end of an item of an enumeration (`... of such projects; and` / `¶9. Other such forms`,
#: 07ROME2438).
ITEM_END_RE = re.compile(r";[ \t]*(?:and|or)[ \t\\]*$")
#: A pilcrow on a number no paragraph reaches, at the start of a line: a year or another number
#: wrapped from the sentence above (`... in the annual TIP report for` / `¶2006.`, 06SKOPJE105;
#: `... most recently in January` / `¶2007. The current Minister`, 07REYKJAVIK49).
PILCROW_ON_LONG_NUMBER_RE = re.compile(r"^[ \t]*(?P<marker>¶[ \t]?\d{4,}\.)")
#: ... and inside a line of a text whose line breaks were lost after the mirror marked it, where a
#: line started (`3,800 in November ¶2008.`, json-body/09STATE16285).
PILCROW_ON_LONG_NUMBER_IN_LINE_RE = re.compile(r"(?<=[ \t])(?P<marker>¶[ \t]?\d{4,}\.)")
#: A line that asks for a paragraph's number: the number wrapped after a blank line is its, even
#: with text after it, when it breaks the paragraphs' sequence (`Please see paragraph` / blank /
#: `¶6. ---------- BACKGROUND` between ¶1 and ¶2, 09STATE18867; `included in para` / blank /
#: `¶3. (Note: ...` before the real 3, 10TRIPOLI72).
ASKS_FOR_PARAGRAPH_RE = re.compile(r"\b(?:paragraphs?|paras?\.?)[ \t\u00a0\\]*$", re.I)


def wrapped_pilcrows(lines: tuple[str, ...], paragraphs: tuple[Paragraph, ...],
                     set_apart: bool = False) -> tuple[WrappedPilcrow, ...]:
    """The `¶N.` markers of `paragraphs` (without a portion mark) on a number the line right above
    expects or continues (`wrapped_number`), and every pilcrow on a number of four digits or more
    (`¶2007.`: no paragraph number reaches it, nor does the parser), in line order. Not after a
    blank line (there the marker may open a paragraph after a line cut short, `... Concerns
    Section`, 07SANJOSE1830), unless the marker stands alone on its line (`please see para` /
    blank / `¶2.` / `2.Post received`, 08CAIRO2205) or the line before the blank asks for a
    paragraph's number and the marker breaks the paragraphs' sequence, or the source layer
    `set_apart` each marker of a flattened text with one; in such a text, a pilcrow on a long
    number inside a line counts too, the words before it on its line being those it continues."""
    found = []
    for k, p in enumerate(paragraphs):
        if not p.pilcrow or p.portion_mark is not None:
            continue
        index = p.marker.span.line - 1
        alone = not lines[index][p.marker.span.end_column - 1:].strip()
        asked = index > 1 and _breaks_sequence(paragraphs, k) and (
            ASKS_FOR_PARAGRAPH_RE.search(lines[index - 2]) is not None)
        skip_blank = index > 1 and (set_apart or not lines[index - 1].strip() and (alone or asked))
        above = index - 2 if skip_blank else index - 1 if index else None
        text = lines[above] if above is not None else ""
        # (a number that breaks the count right under a sentence cut off, which the parser found
        # wrapped: `... NATO Response Force` / `¶14.`, 08STOCKHOLM272)
        if (number_expected(text) or p.wrapped_number and above == index - 1 and text.strip()) \
                and not ITEM_END_RE.search(text):
            found.append(WrappedPilcrow(p.marker, line_text(lines, above)))
    for index, line in enumerate(lines):
        if "¶" not in line:
            continue
        if m := PILCROW_ON_LONG_NUMBER_RE.match(line):
            above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
            found.append(WrappedPilcrow(_marker(m, index), line_text(lines, above)
                                        if above is not None else None))
        for m in PILCROW_ON_LONG_NUMBER_IN_LINE_RE.finditer(line) if set_apart else ():
            before = line[:m.start()]
            if before.strip():
                found.append(WrappedPilcrow(_marker(m, index),
                                            Text(before, Span(index + 1, 1, index + 1,
                                                              len(before) + 1))))
    return tuple(sorted(found, key=lambda w: (w.marker.span.line, w.marker.span.column)))


def _marker(m: re.Match, index: int) -> Text:
    """The `marker` group of a match on line `index` (0-based)."""
    return Text(m.group("marker"), Span(index + 1, m.start("marker") + 1, index + 1,
                                        m.end("marker") + 1))


def _breaks_sequence(paragraphs: tuple[Paragraph, ...], k: int) -> bool:
    """Whether paragraph `k` is not the one after its predecessor (nor a first paragraph 1), or the
    next one has its number."""
    number = paragraphs[k].number
    after_previous = number == (paragraphs[k - 1].number + 1 if k else 1)
    repeated = k + 1 < len(paragraphs) and paragraphs[k + 1].number == number
    return not after_previous or repeated
