"""marker_style: paragraph markers should all be written the way most of the cable writes them."""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable, Paragraph, Span
from ..numbering import walk
from .base import CheckKind


def pilcrow_style(p: Paragraph) -> str:
    """How the number is introduced: `¶`, `¶ ` or nothing."""
    return ("¶ " if p.space_after_pilcrow else "¶") if p.pilcrow else ""


def mark_style(p: Paragraph) -> str | None:
    """How the portion mark follows the number: ` (M)`, `(M)`, or None without a mark."""
    return (" (M)" if p.space_before_mark else "(M)") if p.portion_mark else None


def _dominant(counts: Counter):
    """The clear majority value, or None when the two most common tie."""
    common = counts.most_common(2)
    if not common or (len(common) == 2 and common[0][1] == common[1][1]):
        return None
    return common[0][0]


class MarkerStyle(CheckKind):
    """Reports paragraphs whose marker differs from the cable's most common style: the pilcrow
    (`¶1.`, `¶ 1.`, `1.`) and, for marked paragraphs, the space before the portion mark (`1. (C)`,
    `1.(C)`). A missing mark is not a style (portion-mark rules report it); markdown around a marker
    and a spurious leading `1` are other rules' findings and are not counted. No parameters.

    Message placeholders: `{found}`, `{expected}`.
    """

    name = "marker_style"
    needs_target = False

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        paragraphs = [step.paragraph for step in walk(cable.paragraphs) if step.status != "spurious"]
        pilcrow = _dominant(Counter(pilcrow_style(p) for p in paragraphs))
        mark = _dominant(Counter(mark_style(p) for p in paragraphs if p.portion_mark))
        for p in paragraphs:
            wrong_pilcrow = pilcrow is not None and pilcrow_style(p) != pilcrow
            wrong_mark = mark is not None and p.portion_mark is not None and mark_style(p) != mark
            if not (wrong_pilcrow or wrong_mark):
                continue
            found = f"{pilcrow_style(p)}N.{mark_style(p) or ''}"
            expected = f"{pilcrow if pilcrow is not None else pilcrow_style(p)}N." + \
                ((mark if mark is not None else mark_style(p)) if p.portion_mark else "")
            end = p.portion_mark.span.end_column + 1 if p.portion_mark else p.marker.span.end_column
            span = Span(p.marker.span.line, p.marker.span.column, p.marker.span.line, end)
            yield self.rule.diagnostic(cable, span, found=found, expected=expected)
