"""Caption lines under the banner that stand alone shaped like a caption (`SIPDIS`, `NOFORN`,
`CORRECTED COPY`), among what the layout collected in the caption zone."""

from __future__ import annotations

import re

from ..document import Banner, Text

#: No `/`: `WHA/CEN` is an office, not a caption.
CAPTION_WORDS_RE = re.compile(r"^[A-Z][A-Z .&-]{1,40}$")
PASS_LINE_RE = re.compile(r"\b(?:FOR|PASS|TO|INFO|DEPT|DEPARTMENT|ALSO|PLEASE)\b")


def standalone_captions(lines: tuple[str, ...], captions: tuple[Text, ...],
                        banner: Banner | None) -> tuple[Text, ...]:
    """The caption-zone lines shaped like a caption (short, capitals, after a blank line or the
    banner), not a `DEPT FOR ...` pass line nor the wrapped end of one (`MABDOO.` under `DEPT FOR
    WHA/CEN`)."""
    found = []
    for c in captions:
        above = lines[c.span.line - 2].strip() if c.span.line > 1 else ""
        after_break = not above or (banner is not None and c.span.line - 1 == banner.raw.span.line)
        if after_break and CAPTION_WORDS_RE.match(c.value) and len(c.value.split()) <= 4 \
                and not PASS_LINE_RE.search(c.value) and not c.value.endswith("."):
            found.append(c)
    return tuple(found)
