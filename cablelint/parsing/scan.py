"""Scans of the text for what is out of place: captions inside the text, broken summary markers,
embedded copies of a header or metadata block, damaged section dividers, glued page breaks.

Each scan is one regular-expression search over the whole text (fast), mapped back to lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Span, Text
from .body import PAGE_BREAK_RE, looks_like_heading
from .lines import WS, is_blank, line_text

# The line scans start with a literal newline (the text is searched with one put in front), which
# lets the regex engine skip ahead to candidate lines instead of trying every position.
CAPTION_IN_TEXT_RE = re.compile(r"\n[ \t\u00a0]*SIPDIS\b")
#: SIPDIS glued to the end of a line of text (`... the Secretary. SIPDIS`); what precedes is checked in code.
TRAILING_CAPTION_RE = re.compile(r"(?<! ) +SIPDIS[ \t\u00a0]*(?=\n|$)")   # from a run's first space only
#: Searched in the lower-cased text; starting with a literal lets the engine skip ahead.
END_SUMMARY_RE = re.compile(r"end\s+(?:of\s+)?summary\b")
#: A line ending in `End` (what precedes it is checked in code: a line start or a sentence end).
DANGLING_END_RE = re.compile(r"End\.?[ \t\u00a0]*$", re.M)
EMBEDDED_RE = re.compile(
    r"\n[ \t]*(?:VZCZC[A-Z0-9]|\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?[ \t]+\d{2}[A-Z]+\d+\b|(?:ID|ORIGIN|DESTINATION):[ \t])")
DIVIDER_LINE_RE = re.compile(r"\n[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*(?=\n|$)")
SPLIT_DIVIDER_RE = re.compile(r"^-{3,}(?:[ \t]+-{3,})+$")
DIVIDER_RE = re.compile(r"^-{3,}$")
#: The page-break line's serial, page and total; inside a line of text it marks a glued page break.
PAGE_BREAK_CORE_RE = re.compile(r"\b\d{8} \d{3}(?:\.\d)? OF \d{3}\b")
#: The same, found from its ` OF ` (located with str.find, which is much faster than a regex scan).
PAGE_BREAK_BEFORE_OF_RE = re.compile(r"\d{8} \d{3}(?:\.\d)?$")
PAGE_BREAK_AFTER_OF_RE = re.compile(r" OF \d{3}\b")
#: A divider shorter than this share of the heading it frames was cut by a mirror (seed 004 L173).
SHORT_DIVIDER = 0.5


def scan(lines: tuple[str, ...], header_end: int, body_start: int, last_label: int | None = None) -> dict:
    """Cable fields from searches of the text after the header (0-based line indices); a summary may
    start from the last label line on (earlier SUBJECT or REF words do not count)."""
    text = "\n".join(lines)
    starts = _line_starts(lines)
    after_header = starts[header_end] if header_end < len(lines) else len(text)
    in_body = starts[body_start] if body_start < len(lines) else len(text)
    summary_from = starts[last_label] if last_label is not None and last_label < len(lines) else after_header

    padded = "\n" + text     # so that a scan starting with "\n" also finds the first line

    def indices(regex: re.Pattern, start: int, *needles: str) -> list[int]:
        """Lines where regex (starting with "\n") matches; skipped when no needle occurs in the text."""
        if not any(needle in text for needle in needles):
            return []
        return sorted({bisect_right(starts, m.start()) - 1 for m in regex.finditer(padded, start)})

    return {
        "body_captions": tuple(line_text(lines, i) for i in sorted(
            set(indices(CAPTION_IN_TEXT_RE, in_body, "SIPDIS")) | set(_trailing_captions(text, starts, in_body)))),
        "embedded": tuple(line_text(lines, i) for i in indices(EMBEDDED_RE, after_header, "VZCZC", ":")),
        "damaged_dividers": tuple(line_text(lines, i) for i in indices(DIVIDER_LINE_RE, after_header, "---")
                                  if _damaged_divider(lines, i, lines[i].strip(WS))),
        "summary_problems": tuple(_summary_problems(lines, text, starts, summary_from, in_body)),
        "glued_page_breaks": tuple(t for i in _page_break_lines(text, starts, in_body)
                                   if not PAGE_BREAK_RE.match(lines[i]) for t in _glued_page_break(lines, i)),
    }


def _trailing_captions(text: str, starts: list[int], start: int) -> list[int]:
    """Lines of text that end in a glued `SIPDIS` (after a word or a punctuation mark)."""
    if "SIPDIS" not in text:
        return []
    return [bisect_right(starts, m.start()) - 1 for m in TRAILING_CAPTION_RE.finditer(text, start)
            if m.start() > 0 and re.match(r"[.,;:a-z]", text[m.start() - 1])]


def _page_break_lines(text: str, starts: list[int], start: int) -> list[int]:
    """Lines holding page-break text (`00000604 002 OF 003`), found from each ` OF `."""
    found, at = set(), text.find(" OF ", start)
    while at != -1:
        if PAGE_BREAK_AFTER_OF_RE.match(text, at) and PAGE_BREAK_BEFORE_OF_RE.search(text, max(0, at - 14), at):
            found.add(bisect_right(starts, at) - 1)
        at = text.find(" OF ", at + 4)
    return sorted(found)


def _line_starts(lines: tuple[str, ...]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def _summary_problems(lines: tuple[str, ...], text: str, starts: list[int], summary_from: int, in_body: int):
    """`END SUMMARY` before any summary start (a `SUMMARY` heading above paragraph 1 counts), and a
    paragraph ending in a lone `End`."""
    lowered = text.lower()
    first_summary = lowered.find("summary", summary_from)
    if first_summary != -1:
        end_summary = next((m for m in END_SUMMARY_RE.finditer(lowered, in_body)
                            if not lowered[m.start() - 1:m.start()].isalpha()), None)   # not `weekend summary`
        if end_summary and first_summary >= end_summary.start():
            i = bisect_right(starts, end_summary.start()) - 1
            yield Text("'END SUMMARY' without a summary start before it", line_text(lines, i).span)
    for m in DANGLING_END_RE.finditer(text, in_body):
        before = text[max(0, m.start() - 3):m.start()]
        if not (m.start() == 0 or before.endswith("\n") or re.search(r"[.!?\"')][ \t]+$", before)):
            continue
        i = bisect_right(starts, m.start()) - 1
        if _paragraph_ends(lines, i):
            yield Text("'End' alone at the end of a paragraph: 'End Summary' or 'End Comment' lost its second word",
                       line_text(lines, i).span)


def _paragraph_ends(lines: tuple[str, ...], i: int) -> bool:
    """Line i is the last text line before a blank line (and the next text does not finish the marker)."""
    if i + 1 < len(lines) and not is_blank(lines[i + 1]):
        return False
    following = next((lines[j].strip(WS) for j in range(i + 1, len(lines)) if not is_blank(lines[j])), "")
    return not re.match(r"(?:Summary|Comment|Note|Text)\b", following, re.I)


def _damaged_divider(lines: tuple[str, ...], i: int, stripped: str) -> bool:
    """Split in pieces (`----- -----`), or a frame above and below a heading far shorter than it."""
    if SPLIT_DIVIDER_RE.match(stripped):
        return True
    for heading, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= other < len(lines) and 0 <= heading < len(lines) and DIVIDER_RE.match(lines[other].strip(WS)):
            title = lines[heading].strip(WS)
            if looks_like_heading(title) and len(stripped) < SHORT_DIVIDER * len(title):
                return True
    return False


def _glued_page_break(lines: tuple[str, ...], i: int) -> list[Text]:
    """A page-break line's text inside a line of the text (08BRASILIA351), with its station."""
    m = PAGE_BREAK_CORE_RE.search(lines[i])
    if m is None:
        return []
    station = re.search(r"[A-Z][A-Z .]{0,11}\s$", lines[i][:m.start()])
    start = station.start() if station else m.start()
    return [Text(lines[i][start:m.end()], Span(i + 1, start + 1, i + 1, m.end() + 1))]
