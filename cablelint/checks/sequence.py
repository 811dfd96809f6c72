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
    that restarts at 1 (a quoted text) is followed as a nested list and is neither; a skip right
    after a redaction standing for withheld paragraphs is no gap. `run_in` (a message): with `gap`,
    also report a paragraph whose marker is glued into the previous paragraph, at that marker.
    Message placeholders: `{found}`, `{expected}`; in `run_in` `{found}` and `{previous}`.
    """

    name = "sequence"
    needs_target = False
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"report": {"enum": ["gap", "spurious"]}, "run_in": {"type": "string"}}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        wanted = self.params.get("report", "gap")
        run_in = self.params.get("run_in")
        for step in walk(cable.paragraphs, cable.lines):
            if step.status == "run_in" and run_in and wanted == "gap":
                yield self.rule.diagnostic(cable, step.at, template=run_in, found=step.expected,
                                           previous=step.paragraph.number)
            elif step.status == wanted:
                yield self.rule.diagnostic(cable, step.paragraph.number_text.span,
                                           found=step.paragraph.number, expected=step.expected)
