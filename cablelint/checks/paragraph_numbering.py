"""paragraph_numbering: paragraph numbers must count 1, 2, 3 ...; a stray leading `1` is apart."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic, Edit
from ..document import Cable
from ..numbering import cable_walk
from .base import CheckKind, message_template


class ParagraphNumbering(CheckKind):
    """Reports paragraph numbers that break the count 1, 2, 3 ... (`cablelint.numbering.walk`).

    Parameters: `report`: `gap` (default; a number that breaks the count: a skip, a repeat, a step
    back) or `spurious` (the expected number with a `1` glued in front, `15.` for 5). A numbering
    that restarts at 1 (a quoted text) is followed as a nested list and is neither; a skip right
    after a redaction standing for withheld paragraphs is no gap, nor is an unmarked number wrapped from
    a sentence that a mirror took for a marker (`... October 21, 22 and` / `¶23.`), nor the first
    number of a second text appended after a line holding only the cable's signature. `run_in` (a
    message): with `gap`, also report a paragraph whose marker is glued into the previous paragraph,
    at that marker.
    Message placeholders: `{found}`, `{expected}`; in `run_in` `{found}` and `{previous}`.
    """

    name = "paragraph_numbering"
    placeholders = ("found", "expected")
    needs_target = False
    provides_fix = True         # `spurious`: the number written as expected (`15.` -> `5.`)
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"report": {"enum": ["gap", "spurious"]},
                                    "run_in": message_template("found", "previous")}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        wanted = self.params.get("report", "gap")
        run_in = self.params.get("run_in")
        last_run_in = None  # (paragraph, number): a second marker glued in after it is run into it
        for step in cable_walk(cable):
            if step.status == "run_in" and run_in and wanted == "gap":
                same = last_run_in is not None and last_run_in[0] is step.paragraph
                yield self.rule.diagnostic(
                    cable,
                    step.at,
                    template=run_in,
                    found=step.expected,
                    previous=last_run_in[1] if same else step.paragraph.number,
                )
                last_run_in = (step.paragraph, step.expected)
            elif step.status == wanted and not (
                wanted == "gap" and step.paragraph.wrapped_number
            ):
                span = step.paragraph.number_text.span
                fix = self.fix(Edit(span, str(step.expected))) if wanted == "spurious" else None
                yield self.rule.diagnostic(cable, span, fix=fix, found=step.paragraph.number,
                                           expected=step.expected)
