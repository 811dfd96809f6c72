"""Labelled parts found inside a line rather than at its start: flattened text, run-on lines."""

from __future__ import annotations

import re

from ..document import Span, Subject, Text
from .classified_by import CLASSIFIED_BY_LABEL, parse_classified_by
from .eo import EO_RE, parse_eo
from .stamps import is_stamp
from .tags import INLINE_SUBJECT_LABEL_RE, TAGS_RE, parse_tags

INLINE_EO_RE = re.compile(r"(?<![A-Za-z])(?:E\.\s?O\.|EO)\s*:?\s*\d{4,5}")
#: Not inside `DECLASSIFIED BY NARA` (an old cable's review stamp); glued `CAIROClassified By` is kept.
INLINE_CLASSIFIED_RE = re.compile(r"(?:\([A-Z/]{1,6}\)\s*)?(?<![Dd][Ee])" + CLASSIFIED_BY_LABEL, re.I)
INLINE_TAGS_RE = re.compile(r"(?<![A-Za-z])TAGS?\s*:?\s", re.I)
#: Where a SUBJECT run into other text ends: REF, Classified By, the first paragraph, or a portion mark.
SUBJECT_END_RE = re.compile(r"\bREF(?:S|TEL)?\s*:|" + CLASSIFIED_BY_LABEL + r"|¶|\s1\.\s*\(|\s\([A-Z/]{1,8}\)\s",
                            re.I)


def classified_by_at(line: str, start: int = 0) -> int | None:
    """Column where a `Classified By` runs on inside a line (after SUBJECT or REF text), or None."""
    m = INLINE_CLASSIFIED_RE.search(line, start)
    return m.start() if m else None


def parse_inline(lines: tuple[str, ...], index: int, start: int, fields: dict) -> None:
    """Fill the parts still missing from `fields` (E.O., TAGS, SUBJECT, Classified By) from line `index`,
    searching from column `start`."""
    line = lines[index]
    if "eo" not in fields:
        m = INLINE_EO_RE.search(line, start)
        if m and not is_stamp(line[m.start():]):
            fields["eo"] = parse_eo(lines, index, EO_RE.match(line[m.start():]), offset=m.start())
    if "classified_by" not in fields:
        at = classified_by_at(line, start)
        if at is not None:
            fields["classified_by"] = parse_classified_by(lines, index, index, offset=at, text_may_follow=True)
    if "subject" not in fields:
        m = INLINE_SUBJECT_LABEL_RE.search(line, start)
        if m:
            end = SUBJECT_END_RE.search(line, m.end())
            stop = end.start() if end else min(len(line), m.end() + 300)
            text = line[m.end():stop].strip()
            fields["subject"] = Subject(raw=Text(line[m.start():stop].rstrip(), Span(index + 1, m.start() + 1, index + 1,
                                                                                       m.start() + 1 + len(line[m.start():stop].rstrip()))),
                                        label=Text(m.group(), Span(index + 1, m.start() + 1, index + 1, m.end() + 1)),
                                        text=text)
    if "tags" not in fields:
        m = INLINE_TAGS_RE.search(line, start)
        if m and TAGS_RE.match(line[m.start():]):
            subject = INLINE_SUBJECT_LABEL_RE.search(line, m.end())
            fields["tags"] = parse_tags(lines, index, index, at=m.start(), stop=subject.start() if subject else None)
