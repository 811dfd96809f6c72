"""Selectors of damage the parser found in the lines of the text: sentences cut by blank lines,
plural possessives written with a comma, page breaks and section dividers inside lines."""

from __future__ import annotations

from ..document import Cable, Span
from .node import Node, each, tail
from .registry import selector

#: A text with at least this many cut sentences, and at least one per two paragraphs, is
#: double-spaced throughout (html-extract/05BUENOSAIRES141): one finding for the cable, not one per
#: line.
DOUBLE_SPACED_MIN = 5

selector("damaged_dividers[]", "split or cut section dividers")(each("damaged_dividers"))


@selector("splits[]", "the last words before a blank line that cuts a sentence (key: split; "
                      "subject: the SUBJECT's; double_spaced: one node for a double-spaced text, "
                      "with how many more)")
def _splits(cable: Cable) -> list[Node]:
    """Each sentence a blank line cuts, as the last words before it (`before`); in a double-spaced
    text, where most paragraphs are cut, one node at the first with the number of the others
    (`more`)."""
    splits = cable.splits
    nodes = [Node(tail(s.before.value), Span(s.before.span.line, s.before.span.column,
                                             s.after.span.line, s.after.span.end_column),
                  key="split", facts={"before": tail(s.before.value)}) for s in splits]
    if len(splits) >= DOUBLE_SPACED_MIN and 2 * len(splits) >= len(cable.paragraphs):
        first = nodes[0]
        return [Node(first.value, first.span, key="double_spaced",
                     facts={"before": first.value, "more": len(splits) - 1})]
    return _subject_cut(cable) + nodes


def _subject_cut(cable: Cable) -> list[Node]:
    """The SUBJECT's cut, as its last words before the blank line (key: subject)."""
    subject = cable.subject
    if subject is None or subject.cut is None:
        return []
    cut, end = subject.cut, subject.raw.span
    return [Node(tail(cut.value), Span(cut.span.line, cut.span.column, end.end_line,
                                       end.end_column), key="subject",
                 facts={"before": tail(cut.value)})]


selector("plural_possessives[]", "plural possessives written with a comma (`Democrats, position`)")(
    each("plural_possessives"))


@selector("glued_page_breaks[]", "page-break text inside a line of the text")
def _glued_page_breaks(cable: Cable) -> list[Node]:
    """Page-break text inside lines of the text, but not the one a SUBJECT runs on into (CL062
    reports it)."""
    subject = cable.subject
    lines = range(subject.raw.span.line, subject.raw.span.end_line + 1) \
        if subject is not None and subject.run_on == "page_break" else range(0)
    return [Node(g.from_station.value, g.from_station.span) for g in cable.glued_page_breaks
            if g.raw.span.line not in lines]
