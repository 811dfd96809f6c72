"""Paragraph numbering walked once, so that every rule on numbers reads the same verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .document import Paragraph


@dataclass(frozen=True, slots=True)
class Step:
    """One paragraph in the walk: the number it should have and what the walk made of it."""

    paragraph: Paragraph
    expected: int
    status: str          # ok | spurious | restart | resume | gap


def is_spurious_one(number: int, expected: int) -> bool:
    """`15` for 5, `112` for 12: a `1` (often a damaged ¶) glued before the right number."""
    text = str(number)
    return expected > 1 and number != expected and len(text) > 1 and text[0] == "1" and text[1] != "0" and int(text[1:]) == expected


def walk(paragraphs: tuple[Paragraph, ...]) -> Iterator[Step]:
    """Walk paragraph numbers once; shared by the rules on numbering so they never disagree.

    A `1` far into the sequence starts a nested list (a quoted cable, BEGIN TEXT); the outer
    numbering resumes when its next number appears.
    """
    expected, outer = 1, []
    for p in paragraphs:
        number = p.number
        if number == expected:
            status, effective = "ok", number
        elif outer and number == outer[-1]:
            outer.pop()
            status, effective = "resume", number
        elif is_spurious_one(number, expected):
            status, effective = "spurious", expected
        elif number == 1 and expected > 2:
            outer.append(expected)
            status, effective = "restart", number
        else:
            status, effective = "gap", number
        yield Step(p, expected, status)
        expected = effective + 1
