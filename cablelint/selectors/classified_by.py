"""Selectors of the Classified By line: the reason section and letters, derivative and cut lines."""

from __future__ import annotations

from ..document import Cable
from .node import Node, one
from .registry import selector


@selector("classified_by", "the Classified By line(s)")
def _classified_by(c: Cable) -> list[Node]:
    return one(c.classified_by and c.classified_by.raw.value,
               c.classified_by and c.classified_by.raw.span)


@selector("classified_by.truncated", "a Classified By line the mirror cut short with '...'")
def _truncated(c: Cable) -> list[Node]:
    return one(c.classified_by and c.classified_by.truncated and "...",
               c.classified_by and c.classified_by.raw.span)


@selector("classified_by.derivative",
          "a derivative classification (`Classified By: Derived from ...`)")
def _derivative(c: Cable) -> list[Node]:
    return one(c.classified_by and c.classified_by.derivative and "derived",
               c.classified_by and c.classified_by.raw.span)


@selector("classified_by.doubled_label",
          "the label written a second time (`Classified By: Classified by ...`)")
def _doubled_label(c: Cable) -> list[Node]:
    label = c.classified_by and c.classified_by.doubled_label
    return one(label and label.value.rstrip(), label and label.span)


@selector("classified_by.section", "reason section, normalised: 1.4 or 1.5")
def _reason_section(cable: Cable) -> list[Node]:
    cb = cable.classified_by
    if cb is None or cb.section is None:
        return []
    return [Node(cb.section_number, cb.section.span)]


@selector("classified_by.reasons[]", "each reason as `1.4(b)`")
def _reasons(cable: Cable) -> list[Node]:
    section = _reason_section(cable)
    if not section:
        return []
    return [Node(f"{section[0].value}({letter})", cable.classified_by.letters_span)
            for letter in cable.classified_by.letters]
