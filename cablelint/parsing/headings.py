"""Headings and dividers inside the body: lines that are no prose, so no sentence runs over
them."""

from __future__ import annotations

import re

from ..document import Span, Text
from .lines import DIVIDER_CHARS, DIVIDER_RE, WS
from .paragraphs import PARAGRAPH_RE

SENTENCE_END = ".!?:;"
#: A word of a heading.
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
SMALL_WORDS = {"and", "of", "the", "in", "on", "for", "to", "a", "an", "with", "by", "at", "vs",
               "or", "from"}


def is_heading_or_divider(lines: tuple[str, ...], i: int) -> bool:
    line = lines[i].strip(WS)
    if line[:1] in DIVIDER_CHARS and DIVIDER_RE.match(line):
        return True
    below = lines[i + 1].strip(WS) if i + 1 < len(lines) else ""
    if below[:1] in DIVIDER_CHARS and below and DIVIDER_RE.match(below):
        return True     # underlined: a heading whatever its punctuation (04BRUSSELS1868)
    if below:
        return False    # a heading of its own has no text right under it
    above = lines[i - 1].strip(WS) if i > 0 else ""
    single = not above or (above[:1] in DIVIDER_CHARS and DIVIDER_RE.match(above))
    return bool(single and looks_like_heading(line))


def looks_like_heading(line: str) -> bool:
    """A short line in capitals or title case with no closing punctuation."""
    line = line.strip(WS + "#*-_=")
    if not line or len(line) > 80 or line[-1] in SENTENCE_END or PARAGRAPH_RE.match(line):
        return False
    words = [w for w in WORD_RE.findall(line) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


#: A heading between its two dividers at the end of a line of text, the line breaks around them
#: lost: `... End Comment. -------------------------- New MB Supreme Guide Named
#: --------------------------` (html-extract/10CAIRO119).
RUN_IN_HEADING_RE = re.compile(r"(?<=\S)[ \t]+(?P<run>(?P<open>-{3,})[ \t]+"
                               r"(?P<heading>[^\s-][^\n]{0,79}?)[ \t]+(?P<close>-{3,}))[ \t]*$")
#: How much longer one of the two dividers may be than the other.
DIVIDER_SLACK = 2


def run_in_headings(lines: tuple[str, ...], start: int) -> tuple[Text, ...]:
    """The headings, with their dividers, run into the end of a line of text from line `start` on
    (the dividers as long as each other, the heading short and in title case or capitals)."""
    found = []
    for i in range(start, len(lines)):
        if " ---" not in lines[i]:
            continue
        m = RUN_IN_HEADING_RE.search(lines[i])
        if m and abs(len(m.group("open")) - len(m.group("close"))) <= DIVIDER_SLACK \
                and looks_like_heading(m.group("heading")):
            found.append(Text(m.group("heading"),
                              Span(i + 1, m.start("run") + 1, i + 1, m.end("run") + 1)))
    return tuple(found)
