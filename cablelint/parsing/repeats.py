"""Text a converter repeated after a stray `Q` it left where a quotation mark or a dash stood."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Span, Text

#: A `Q` glued before a word, a number, a dash or a quotation mark, not inside a word (`...
#: intelligence- Qthat threaten to undermine foreign government intelligence- and ...`,
#: 08OTTAWA918; `... Iraqi` / `QISCI is becoming`, 09BAGHDAD11; `Heroes Acre on Q-- President`,
#: 09HARARE888).
STRAY_Q_RE = re.compile(r"Q(?<![A-Za-z0-9]Q)(?=[A-Za-z0-9\-\"'(])")
#: How many characters after the `Q` must stand earlier in the text, and how far back they may.
PROBE = 18
REACH = 1500
#: The end of the word the probe ends in.
WORD_END_RE = re.compile(r"\w*")


def converter_repeats(text: str, starts: list[int], start: int) -> tuple[Text, ...]:
    """Each stray `Q` from offset `start` on whose next characters also begin a word in the text
    shortly before it (where the converter started to repeat): the `Q` and those words. A word that
    starts with a `Q` (`al-Qaeda`, `Question 23`) is not one: what follows it is never seen at a
    word's start before it."""
    found = []
    for m in STRAY_Q_RE.finditer(text, start):
        probe = text[m.end():m.end() + PROBE]
        if len(probe) < PROBE or "\n" in probe:
            continue
        if not _begins_a_word(text, probe, max(0, m.start() - REACH), m.start()):
            continue
        end = WORD_END_RE.match(text, m.end() + PROBE).end()
        line = bisect_right(starts, m.start()) - 1
        column = m.start() - starts[line] + 1
        found.append(Text(text[m.start():end],
                          Span(line + 1, column, line + 1, column + end - m.start())))
    return tuple(found)


def _begins_a_word(text: str, probe: str, start: int, end: int) -> bool:
    """Whether `probe` stands in text[start:end] after a character that is no letter."""
    at = text.find(probe, start, end)
    while at != -1:
        if at == 0 or not text[at - 1].isalpha():
            return True
        at = text.find(probe, at + 1, end)
    return False
