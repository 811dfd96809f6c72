"""sequence and spurious_digit: paragraph numbers must count 1, 2, 3 ...; a stray leading `1` is its own defect."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..numbering import walk
from .base import CheckKind


class Sequence(CheckKind):
    """Paragraph numbers count up by one from 1. Reports each number that breaks the count
    (not a spurious leading `1`, which `spurious_digit` reports). No parameters.

    Message placeholders: `{found}`, `{expected}`.
    """

    name = "sequence"
    needs_target = False

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for step in walk(cable.paragraphs):
            if step.status == "gap":
                yield self.rule.diagnostic(cable, step.paragraph.number_text.span,
                                           found=step.paragraph.number, expected=step.expected)


class SpuriousDigit(CheckKind):
    """Reports paragraph numbers that are the expected number with a `1` glued in front
    (`15.` for 5). No parameters. Message placeholders: `{found}`, `{expected}`.
    """

    name = "spurious_digit"
    needs_target = False

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for step in walk(cable.paragraphs):
            if step.status == "spurious":
                yield self.rule.diagnostic(cable, step.paragraph.number_text.span,
                                           found=step.paragraph.number, expected=step.expected)
