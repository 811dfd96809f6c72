"""marker_style: a cable that mixes marker styles should write its paragraph markers the standard
way."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic, Edit
from ..document import Cable, Paragraph, Span
from ..numbering import walk
from .base import CheckKind


def pilcrow_style(p: Paragraph) -> str:
    """How the number is introduced: `¶`, `¶ ` or nothing."""
    return ("¶ " if p.space_after_pilcrow else "¶") if p.pilcrow else ""


def mark_style(cable: Cable, p: Paragraph) -> str | None:
    """How the portion mark follows the number: ` (M)`, `(M)`, in brackets ` [M]`, `[M]`, or None
    without a mark."""
    if not p.portion_mark:
        return None
    mark = "[M]" if bracketed(cable, p) else "(M)"
    return f" {mark}" if p.space_before_mark else mark


def bracketed(cable: Cable, p: Paragraph) -> bool:
    """The portion mark is written in brackets (`2. [S/NF]`, json-body/09RPODUBAI48), not in
    parentheses."""
    line, start = cable.lines[p.portion_mark.span.line - 1], p.portion_mark.span.column - 1
    before = line[:start].rstrip(" \t")
    return before.endswith("[")


def period_style(cable: Cable, p: Paragraph) -> str:
    """What follows the number: `.` (or `)`, `..`: not judged here), a comma for the period
    (`8, (C)`) or nothing (`3  (C)`; json-body/10DOHA71, 05NEWDELHI1764)."""
    after = cable.lines[p.number_text.span.line - 1][p.number_text.span.end_column - 1:][:1]
    return "," if after == "," else "" if after in " \t\u00a0" else "."


#: The standard marker: `¶` right before the number, a space before the portion mark (`¶7. (C)`).
STANDARD_PILCROW, STANDARD_MARK = "¶", " (M)"


class MarkerStyle(CheckKind):
    """Reports paragraph markers that differ from the standard `¶N. (M)` in a cable that writes some
    markers the standard way: the pilcrow (`¶ 8.`, or a bare `8.` among `¶7.`) and, for marked
    paragraphs, the space before the portion mark (`4.(C)` among `3. (C)`). A cable that writes all
    its markers one other way (`1.(C)` throughout, a drafter's habit) is not judged on that part,
    nor asked for a pilcrow before such a marker, where no mirror writes one; a portion mark in
    brackets (`2. [S/NF]`) always is, as marks are written in parentheses. A missing mark is not a
    style (portion-mark rules report it); markdown around a marker and a spurious leading `1` are
    other rules' findings and are not counted, and so is a number wrapped from the sentence above
    that the mirror marked `¶4.` (`IN PARAGRAPH` / `¶4.`, 08CAIRO2246): it is no marker the
    drafter wrote, so it does not make the cable one that writes pilcrows. A marker whose portion
    mark is damaged (`8.QU)`, `¶1. C)`: CL098's) is judged once repaired. No parameters.

    Message placeholders: `{found}`, `{expected}`.
    """

    name = "marker_style"
    placeholders = ("found", "expected")
    needs_target = False
    provides_fix = True         # the marker rewritten in the expected style (under markdown: CL110,
    #                             CL111 take the markdown off first)

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        paragraphs = [
            step.paragraph for step in walk(cable.paragraphs) if step.status != "spurious"
        ]
        # a marker whose portion mark is damaged (`8.QU)`, CL098's) is judged once repaired
        paragraphs = [p for p in paragraphs if not p.wrapped_number and p.damaged_mark is None]
        marked = [p for p in paragraphs if p.portion_mark]
        judge_pilcrow = any(pilcrow_style(p) == STANDARD_PILCROW for p in paragraphs)
        # a number that lost its period (`15 (SBU)` among `14.(SBU)`, 07DUBAI355) is damage, not
        # the cable writing its marks the standard way
        judge_mark = any(mark_style(cable, p) == STANDARD_MARK and period_style(cable, p) == "."
                         for p in marked)
        for p in paragraphs:
            style = mark_style(cable, p)
            # brackets are no way of writing a portion mark, whatever the rest of the cable does
            mark = (STANDARD_MARK if judge_mark or "[" in style else style) if style else ""
            # no mirror writes its pilcrow before a mark glued to the number (`¶N.(`: in none of
            # the corpus's files): a cable that keeps `1.(S)` is not asked for one (09TRIPOLI415)
            pilcrow = STANDARD_PILCROW if judge_pilcrow and mark != "(M)" else pilcrow_style(p)
            found = f"{pilcrow_style(p)}N{period_style(cable, p)}{style or ''}"
            expected = f"{pilcrow}N.{mark}"
            if found == expected:
                continue
            end = p.portion_mark.span.end_column + 1 if p.portion_mark else p.marker.span.end_column
            span = Span(p.marker.span.line, p.marker.span.column, p.marker.span.line, end)
            mark = f"({p.portion_mark.value})" if p.portion_mark else ""
            written = expected.replace("N", str(p.number)).replace("(M)", mark)
            fix = None if p.markup else self.fix(Edit(span, written))  # markup first: CL110, CL111
            yield self.rule.diagnostic(cable, span, fix=fix, found=found, expected=expected)
