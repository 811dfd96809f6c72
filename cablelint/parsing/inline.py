"""Run-ons of SUBJECT: where its label starts inside a line rather than at its start (after the
banner, in a caption line, in text without line breaks), and where a SUBJECT run into other text
ends. Columns only: `resolve.py` parses the part, once. The other parts' are found by their own
modules (`eo.find_eo`, `tags.find_tags`, `classified_by.find_classified_by`)."""

from __future__ import annotations

import re

from .classified_by import CLASSIFIED_BY_LABEL
from .tags import INLINE_SUBJECT_LABEL_RE

#: Where a SUBJECT run into other text ends: REF, Classified By, the first paragraph, or a portion
#: mark.
SUBJECT_END_RE = re.compile(r"\bREF(?:S|TEL)?\s*:|" + CLASSIFIED_BY_LABEL
                            + r"|¶|\s1\.\s*\(|\s\([A-Z/]{1,8}\)\s", re.I)


def subject_at(line: str, start: int = 0) -> int | None:
    """Column where a SUBJECT label runs on inside a line, or None."""
    m = INLINE_SUBJECT_LABEL_RE.search(line, start)
    return m.start() if m else None
