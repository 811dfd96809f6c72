"""Scans of the body text for what is out of place: captions inside the text, broken summary markers,
embedded copies of a header or metadata block, and damaged section dividers."""

from __future__ import annotations

import re

from ..document import Text
from .body import looks_like_heading
from .lines import WS, is_blank, line_text

CAPTION_IN_TEXT_RE = re.compile(r"^SIPDIS\b")
END_SUMMARY_RE = re.compile(r"\bEND\s+(?:OF\s+)?SUMMARY\b", re.I)
SUMMARY_RE = re.compile(r"\bSUMMARY\b", re.I)
DANGLING_END_RE = re.compile(r"(?:^|[.!?\"')]\s+)End\.?$")
EMBEDDED_RE = re.compile(
    r"^(?:VZCZC[A-Z0-9]|\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\s+\d{2}[A-Z]+\d+\b|(?:ID|ORIGIN|DESTINATION):\s)")
SPLIT_DIVIDER_RE = re.compile(r"^-{3,}(?:[ \t]+-{3,})+$")
DIVIDER_RE = re.compile(r"^-{3,}$")
#: A divider shorter than this share of the heading it frames was cut by a mirror (seed 004 L173).
SHORT_DIVIDER = 0.5


def scan(lines: tuple[str, ...], header_end: int, body_start: int) -> dict:
    """Cable fields from one pass over the lines after the header (0-based indices)."""
    captions, embedded, dividers, summary = [], [], [], []
    summary_seen = False
    for i in range(header_end, len(lines)):
        stripped = lines[i].strip(WS)
        if not stripped:
            continue
        if i >= body_start and CAPTION_IN_TEXT_RE.match(stripped):
            captions.append(line_text(lines, i))
        if EMBEDDED_RE.match(stripped):
            embedded.append(line_text(lines, i))
        if DIVIDER_RE.match(stripped) or SPLIT_DIVIDER_RE.match(stripped):
            if _damaged_divider(lines, i, stripped):
                dividers.append(line_text(lines, i))
        if i < body_start:
            continue
        end_summary = END_SUMMARY_RE.search(stripped)
        if end_summary and not summary_seen and not SUMMARY_RE.search(stripped[:end_summary.start()]):
            summary.append(Text("'END SUMMARY' without a summary start before it", line_text(lines, i).span))
        if SUMMARY_RE.search(stripped):
            summary_seen = True
        if DANGLING_END_RE.search(stripped) and _paragraph_ends(lines, i):
            summary.append(Text("'End' alone at the end of a paragraph: 'End Summary' or 'End Comment' lost "
                                "its second word", line_text(lines, i).span))
    return {"body_captions": tuple(captions), "embedded": tuple(embedded), "damaged_dividers": tuple(dividers),
            "summary_problems": tuple(summary)}


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
