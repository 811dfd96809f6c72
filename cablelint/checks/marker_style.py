"""marker_style: paragraph markers should all be written the way most of the cable writes them."""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable, Paragraph, Span
from ..numbering import walk
from .base import CheckKind


def marker_style(p: Paragraph) -> str:
    """The marker's shape with the number and mark abstracted: `¶N. (M)`, `N.(M)`, `¶ N. (M)`."""
    pilcrow = ("¶ " if p.space_after_pilcrow else "¶") if p.pilcrow else ""
    mark = (" (M)" if p.space_before_mark else "(M)") if p.portion_mark else ""
    return f"{pilcrow}N.{mark}"


class MarkerStyle(CheckKind):
    """Reports paragraphs whose marker differs from the cable's most common marker style.
    Markdown around a marker and a spurious leading `1` are other rules' findings and are not
    counted here. No parameters. Message placeholders: `{found}`, `{expected}`.
    """

    name = "marker_style"
    needs_target = False

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        paragraphs = [step.paragraph for step in walk(cable.paragraphs) if step.status != "spurious"]
        styles = Counter(marker_style(p) for p in paragraphs)
        if len(styles) < 2:
            return
        dominant, count = styles.most_common(1)[0]
        if list(styles.values()).count(count) > 1:
            return        # no clear house style to hold the others to
        for p in paragraphs:
            style = marker_style(p)
            if style != dominant:
                end = p.portion_mark.span.end_column + 1 if p.portion_mark else p.marker.span.end_column
                span = Span(p.marker.span.line, p.marker.span.column, p.marker.span.line, end)
                yield self.rule.diagnostic(cable, span, found=style, expected=dominant)
