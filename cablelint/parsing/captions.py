"""Caption lines under the banner that stand alone shaped like a caption (`SIPDIS`, `NOFORN`,
`CORRECTED COPY`), among what the layout collected in the caption zone."""

from __future__ import annotations

import re

from ..document import Banner, Caption, Text

#: The handling a caption names: a corrected copy (spaced or not), NOFORN, sensitive but
#: unclassified.
CORRECTED_RE = re.compile(r"C\s?O\s?R\s?R\s?E\s?C\s?T\s?E\s?D\b")
NOFORN_RE = re.compile(r"\bNOFORN\b")
SENSITIVE_RE = re.compile(r"(?:SENSITIVE|SBU)\b")
#: No `/`: `WHA/CEN` is an office, not a caption.
CAPTION_WORDS_RE = re.compile(r"^[A-Z][A-Z .&-]{1,40}$")
PASS_LINE_RE = re.compile(r"\b(?:FOR|PASS|TO|INFO|DEPT|DEPARTMENT|ALSO|PLEASE)\b")


def parse_caption(line: Text) -> Caption:
    """A caption line the layout found, with the handling it names."""
    value = line.value
    return Caption(value, line.span, corrected=CORRECTED_RE.match(value) is not None,
                   noforn=NOFORN_RE.search(value) is not None,
                   sensitive=SENSITIVE_RE.match(value) is not None)


def standalone_captions(lines: tuple[str, ...], captions: tuple[Caption, ...],
                        banner: Banner | None) -> tuple[Caption, ...]:
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
