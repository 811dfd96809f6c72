"""Run-ons: where a labelled part starts inside a line rather than at its start (after the banner,
in a caption line, in text without line breaks). Columns only: `resolve.py` parses the part, once.
The E.O. line's, and where TAGS run on after it, are `eo.find_eo`'s."""

from __future__ import annotations

import re

from .classified_by import CLASSIFIED_BY_LABEL
from .tags import INLINE_SUBJECT_LABEL_RE, TAGS_RE

#: Not inside `DECLASSIFIED BY NARA` (an old cable's review stamp); glued `CAIROClassified By` is
#: kept.
INLINE_CLASSIFIED_RE = re.compile(r"(?:\([A-Z/]{1,6}\)\s*)?(?<![Dd][Ee])" + CLASSIFIED_BY_LABEL,
                                  re.I)
INLINE_TAGS_RE = re.compile(r"(?<![A-Za-z])TAGS?\s*:?\s", re.I)
#: Where a SUBJECT run into other text ends: REF, Classified By, the first paragraph, or a portion
#: mark.
SUBJECT_END_RE = re.compile(r"\bREF(?:S|TEL)?\s*:|" + CLASSIFIED_BY_LABEL
                            + r"|¶|\s1\.\s*\(|\s\([A-Z/]{1,8}\)\s", re.I)


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
