"""A second copy of the cable, or another cable, glued after its text (its banner again after
paragraph 1, 03THEHAGUE3067; another station or serial, 73TEHRAN8233), and the site's preview of
the same cable before a full copy."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Text, joined
from .banner import BANNER_RE, inline_banners
from .lines import WS, is_blank, line_text

#: The banner at a line start, found in the whole text after a line break (searched for as a
#: literal, where `^` in multi-line mode is tried at every position: a third of the time).
LINE_BANNER_RE = re.compile("\n" + BANNER_RE.pattern.removeprefix("^"), re.I)
#: An old telegram's page header (`PAGE 02 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440`): the
#: same cable.
PAGE_HEADER_RE = re.compile(r"\bPAGE\s+\d+\b")
#: What introduces a cable quoted in the text (a repeat telegram, 08STATE125686): its banner is
#: content.
QUOTED_CABLE_RE = re.compile(r"\b(?:QUOTE|BEGIN TEXT|TEXT FOLLOWS|BEING REPEATED|"
                             r"REPEATED FOR)\b", re.I)
#: An embedded header or database row this many lines above a second copy's banner belongs to that
#: copy.
COPY_LEAD = 40

def second_copy(lines: tuple[str, ...], banner, start: int,
                body_start: int) -> tuple[int, bool] | None:
    """Line index where a second copy of the cable (its banner again after paragraph 1,
    03THEHAGUE3067) or another cable (a different station or serial, 73TEHRAN8233; also above
    paragraph 1, 73TEHRAN2077) starts, searching from line `start` after the banner: (line index,
    whether it is the same cable); None without one.

    The banner of a later SECTION of the same cable is no copy, nor an old telegram's page header,
    nor the banner repeated above paragraph 1 (a duplicate header block, `repeated_banners`)."""
    if banner is None or start >= len(lines) or not banner.serial:
        return None
    text, starts = joined(lines)
    # "\n" + text: each line start after a line break; starts[start] is the one before line `start`
    found = [m.start("cls") - 1 for m in LINE_BANNER_RE.finditer("\n" + text, starts[start])]
    found += [m.start() for m in inline_banners(text, starts[start])]
    for at in sorted(found):
        i = bisect_right(starts, at) - 1
        column = at - starts[i]
        m = BANNER_RE.match(lines[i][column:])
        if m is None or PAGE_HEADER_RE.search(lines[i][:column]) or _quoted(lines, i):
            continue
        same = (" ".join(m.group("station").split()).upper() == banner.station
                and int(m.group("serial")) == int(banner.serial))
        if not same or (i > body_start
                        and (not m.group("section") or m.group("section") == banner.section)):
            return i, same
    return None


def is_preview(lines: tuple[str, ...], body_start: int, copy_at: int) -> bool:
    """The text before a second copy is the site's preview of it, cut with `...` (`¶1. (C...`,
    08LIMA389)."""
    return any(lines[k].rstrip(WS).endswith(("...", "\u2026")) for k in range(body_start, copy_at))


def _quoted(lines: tuple[str, ...], i: int) -> bool:
    """The banner on line i opens a cable quoted in the text: `QUOTE` or `BEGIN TEXT` just above
    it."""
    above = [k for k in range(i - 1, max(-1, i - 8), -1) if not is_blank(lines[k])][:3]
    return any(QUOTED_CABLE_RE.search(lines[k]) for k in above)


def copy_embedded(lines: tuple[str, ...], before: tuple[Text, ...], at: int) -> tuple[Text, ...]:
    """The embedded parts above a second copy starting at line `at`, and the copy once: its banner
    line, unless a header or database row just above it already stands for it."""
    if any(at - COPY_LEAD <= t.span.line - 1 < at for t in before):
        return before
    return before + (line_text(lines, at),)
