"""Run-ons: where a labelled part starts inside a line rather than at its start (after the banner,
in a caption line, in text without line breaks, TAGS after the E.O.). Columns only: `resolve.py`
parses the part, once."""

from __future__ import annotations

import re

from .classified_by import CLASSIFIED_BY_LABEL
from .stamps import is_stamp
from .tags import INLINE_SUBJECT_LABEL_RE, TAGS_RE

#: Also glued to the caption or passing line before it, when an order's number follows
#: (`004403SIPDISE.O. 12958: DECL: ...`, `THE AMBASSADORE.O. 12958`, html-extract/05TELAVIV4403).
INLINE_EO_RE = re.compile(r"(?<![A-Za-z])(?:E\.\s?O\.|EO)\s*:?\s*\d{4,5}"
                          r"|E\.\s?O\.\s*:?\s*1[1-3]\d{3}\b")
#: Not inside `DECLASSIFIED BY NARA` (an old cable's review stamp); glued `CAIROClassified By` is
#: kept.
INLINE_CLASSIFIED_RE = re.compile(r"(?:\([A-Z/]{1,6}\)\s*)?(?<![Dd][Ee])" + CLASSIFIED_BY_LABEL,
                                  re.I)
INLINE_TAGS_RE = re.compile(r"(?<![A-Za-z])TAGS?\s*:?\s", re.I)
#: Where a SUBJECT run into other text ends: REF, Classified By, the first paragraph, or a portion
#: mark.
SUBJECT_END_RE = re.compile(r"\bREF(?:S|TEL)?\s*:|" + CLASSIFIED_BY_LABEL
                            + r"|¶|\s1\.\s*\(|\s\([A-Z/]{1,8}\)\s", re.I)
#: TAGS run on after the E.O. line: `E.O. 12958: N/A TAGS: ...`, `DECL: 10/24/2018TAGS: ...`.
RUN_ON_TAGS_RE = re.compile(r"(?<![A-Za-z])(?:TAGS?|Tags)\b")


def eo_end(line: str, start: int) -> int | None:
    """Column where TAGS run on after the E.O. line that starts at column `start` end it, or None
    (the TAGS are a site only if they parse: `layout.py`)."""
    m = RUN_ON_TAGS_RE.search(line, start)
    return m.start() if m else None


def eo_at(line: str, start: int = 0) -> int | None:
    """Column where an E.O. line runs on inside a line (not an archive's release stamp), or None."""
    m = INLINE_EO_RE.search(line, start)
    return m.start() if m and not is_stamp(line[m.start():]) else None


def classified_by_at(line: str, start: int = 0) -> int | None:
    """Column where a `Classified By` runs on inside a line (after SUBJECT or REF text), or None."""
    m = INLINE_CLASSIFIED_RE.search(line, start)
    return m.start() if m else None


def subject_at(line: str, start: int = 0) -> int | None:
    """Column where a SUBJECT label runs on inside a line, or None."""
    m = INLINE_SUBJECT_LABEL_RE.search(line, start)
    return m.start() if m else None


def tags_at(line: str, start: int = 0) -> tuple[int, int | None] | None:
    """(column, stop) of a TAGS list run on inside a line, stopping at a SUBJECT label after it
    (stop None: at the line's end); None without one."""
    m = INLINE_TAGS_RE.search(line, start)
    if not (m and TAGS_RE.match(line[m.start():])):
        return None
    return m.start(), subject_at(line, m.end())
