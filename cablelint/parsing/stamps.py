"""Archival declassification stamps: markings an archive added to the cable long after it was sent.

`Declassified/Released US Department of State EO Systematic Review 30 JUN 2005` (a header or footer,
sometimes wrapped after `EO`), and an E.O. line rewritten to record the release under the order then
in force: `E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006`, `E.O. 12958: DECL: DECLASSIFIED BY
NARA 09/02/2009`. They are not the cable's own E.O. line or DECL, and not part of its text.
"""

from __future__ import annotations

import re

from ..document import Text, joined
from ..lazy_regex import lazy_compile
from .lines import WS, line_text, match_text

#: The Department's systematic-review stamp, whole or either half of it when wrapped after `EO`.
REVIEW_STAMP_RE = lazy_compile(
    r"(?:Declassified/Released\s+US\s+Department\s+of\s+State\s+EO\b(?:\s+Systematic\s+Review\b.*)?"
    r"|Systematic\s+Review\s+\d{1,2}\s+[A-Z]{3}\s+\d{4})[ \t\u00a0]*$", re.I)
#: An E.O. line that records a later declassification instead of the cable's own instruction.
EO_STAMP_RE = lazy_compile(r"E\.?\s?O\.?\s*\d{4,5}\s*[:;.]?\s*(?:AS\s+AMENDED\s*[;:,]?\s*)?"
                           r"(?:DECL\s*[:;]?\s*)?"
                           r"DECLASSIFIED\b", re.I)
#: The same inside a line, with what follows up to the date (`... DECLASSIFIED BY NARA 09/02/2009`).
INLINE_EO_STAMP_RE = lazy_compile(
    rf"(?<![A-Za-z]){EO_STAMP_RE.pattern}(?:\s+BY\s+NARA)?(?:\s+[A-Z]*\s*[\d/,]+)*", re.I)


def is_stamp(text: str) -> bool:
    """The text (a line, or the rest of one from an E.O. label on) is an archival declassification
    stamp."""
    stripped = text.strip(WS)
    return bool(REVIEW_STAMP_RE.match(stripped) or EO_STAMP_RE.match(stripped))


def stamp_lines(lines: tuple[str, ...]) -> tuple[Text, ...]:
    """Every line that is an archival declassification stamp, as written."""
    upper = joined(lines)[0].upper()
    if "DECLASSIFIED" not in upper and "SYSTEMATIC REVIEW" not in upper:
        return ()
    stamps = []
    for i, line in enumerate(lines):
        if is_stamp(line):
            stamps.append(line_text(lines, i))
            continue
        for m in INLINE_EO_STAMP_RE.finditer(line):     # inside a flattened text or a run-on line
            stamps.append(match_text(i, m))
    return tuple(stamps)


def eo_stamps(stamps: tuple[Text, ...]) -> tuple[Text, ...]:
    """The stamps among `stamps` written in place of the E.O. line (`E.O. 12958: AS AMENDED;
    DECLASSIFIED ...`)."""
    return tuple(t for t in stamps if EO_STAMP_RE.match(t.value))
