"""The REF block (its items and their enumerators) and the Classified By line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..record import Record, set_field

if TYPE_CHECKING:
    from .spans import Span, Text


class Enumerator(Record):
    """A list item's enumerator as written and its letter, upper case (`(b)`: B)."""

    text: Text
    letter: str

    __slots__ = ("text", "letter")

    def __init__(self, text, letter) -> None:
        set_field(self, "text", text)
        set_field(self, "letter", letter)


class RefItem(Record):
    """One REF item: its enumerator as written (`A.`, `[1B.](#)`) and that enumerator's letter, the
    enumerators its text holds, and the station and year of the cable it cites."""

    enumerator: Text | None
    text: Text
    letter: str | None          # the enumerator's letter, upper case
    # after a mirror's enumerator, the cable's own of the same letter (`C. C) SINGAPORE`: `C)`)
    doubled: Text | None
    # an enumerator right after the item's own (`¶B. C) MEXICO 2367`: `C)`)
    inner: Enumerator | None
    # without an enumerator of its own, one glued to the text (`(B)SAO PAULO 10`: `(B)`)
    glued: Enumerator | None
    # enumerators of further items inside the text, not at its end (`... D) 06 Reykjavik 364`)
    later: tuple[Enumerator, ...]
    station: Text | None        # the station of the cable cited (`SAO PAULO`); None: no cable
    year: Text | None           # the year written before the station (`09 STATE 96625`: `09`)

    __slots__ = ("enumerator", "text", "letter", "doubled", "inner", "glued", "later", "station",
                 "year")

    def __init__(self, enumerator, text, letter=None, doubled=None, inner=None, glued=None,
                 later=(), station=None, year=None) -> None:
        set_field(self, "enumerator", enumerator)
        set_field(self, "text", text)
        set_field(self, "letter", letter)
        set_field(self, "doubled", doubled)
        set_field(self, "inner", inner)
        set_field(self, "glued", glued)
        set_field(self, "later", later)
        set_field(self, "station", station)
        set_field(self, "year", year)


class Refs(Record):
    """The REF block."""

    raw: Text
    label: Text
    items: tuple[RefItem, ...]
    run_on: str | None     # what ran into its last line: classified_by | handling
    colon: bool            # a colon follows the label (spaces aside)

    __slots__ = ("raw", "label", "items", "run_on", "colon")

    def __init__(self, raw, label, items, run_on=None, colon=False) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "items", items)
        set_field(self, "run_on", run_on)
        set_field(self, "colon", colon)


class ClassifiedBy(Record):
    """`Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).`"""

    raw: Text
    section: Text | None          # `1.4` or `1.5` as written
    section_number: str | None    # ... normalised (`1. 4`: 1.4)
    letters: tuple[str, ...]      # lower-cased reason letters
    letters_span: Span | None
    reason_word: bool     # `Reason(s)` written before the section (also wrapped mid-word)
    after_reason: str | None  # the rest of the reason's line, stripped; None: it wraps
    run_on: str | None     # what ran into it after the reason on the same line: text
    doubled_label: Text | None  # the label written a second time (`Classified By: Classified by`)

    __slots__ = (
        "raw", "section", "section_number", "letters", "letters_span", "reason_word",
        "after_reason", "run_on", "doubled_label",
    )

    def __init__(
            self, raw, section, letters, letters_span, reason_word=False, after_reason=None,
            run_on=None, doubled_label=None, section_number=None
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "section", section)
        set_field(self, "section_number", section_number)
        set_field(self, "letters", letters)
        set_field(self, "letters_span", letters_span)
        set_field(self, "reason_word", reason_word)
        set_field(self, "after_reason", after_reason)
        set_field(self, "run_on", run_on)
        set_field(self, "doubled_label", doubled_label)

    @property
    def truncated(self) -> bool:
        """The mirror cut the line short (`Classified By: Ambassador John ...`)."""
        return self.raw.value.rstrip().endswith(("...", "\u2026"))

    @property
    def derivative(self) -> bool:
        """Derivative classification (`Classified By: Derived from Multiple Sources`, `DERIVED FROM:
        DSCG 05-1 B, D`): it cites its sources, and the reason is theirs."""
        return re.match(r"(?:\([A-Z/]{1,6}\)\s*)?(?:Classified\s+By\s*:?\s*)?Derived\s+from\b",
                        self.raw.value, re.I) is not None
