"""sequence: paragraph numbers must count 1, 2, 3 ...; a stray leading `1` is reported on its own."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..numbering import walk
from .base import CheckKind


class Sequence(CheckKind):
    """Walks the paragraph numbers once (see `cablelint.numbering.walk`) and reports one kind of break.

    Parameters: `report`: `gap` (default; a number that breaks the count: a skip, a repeat, a step
    back) or `spurious` (the expected number with a `1` glued in front, `15.` for 5). A numbering
    that restarts at 1 (a quoted text) is followed as a nested list and is neither.
    Message placeholders: `{found}`, `{expected}`.
    """

    name = "sequence"
    needs_target = False
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"report": {"enum": ["gap", "spurious"]}}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        wanted = self.params.get("report", "gap")
        for step in walk(cable.paragraphs):
            if step.status == wanted:
                yield self.rule.diagnostic(cable, step.paragraph.number_text.span,
                                           found=step.paragraph.number, expected=step.expected)
