"""Selectors of the text below the header parts: where it starts and ends, the signature and date
line, sentences cut by blank lines, summary markers, dividers and page breaks inside lines."""

from __future__ import annotations

from ..document import Cable, Span
from ..parsing.lines import last_non_blank
from .node import Node, each, one, tail
from .registry import selector

#: A text with at least this many cut sentences, and at least one per two paragraphs, is
#: double-spaced throughout (html-extract/05BUENOSAIRES141): one finding for the cable, not one per
#: line.
DOUBLE_SPACED_MIN = 5

selector("summary.lone_ends[]", "lines whose paragraph ends in `End` alone")(each("lone_ends"))
selector("damaged_dividers[]", "split or cut section dividers")(each("damaged_dividers"))
selector("lettered_pilcrows[]", "`¶C.`: a mirror's pilcrow on a lettered item of the text")(
    each("traces.lettered_pilcrows"))


@selector("summary.unopened_end", "an `END SUMMARY` line with no summary start before it")
def _unopened_end_summary(c: Cable) -> list[Node]:
    return one(c.unopened_end_summary and c.unopened_end_summary.value,
               c.unopened_end_summary and c.unopened_end_summary.span)


@selector("below_header", "the first text line below the transmission header")
def _below_header(cable: Cable) -> list[Node]:
    """The first text line below the transmission header (`Cable.first_line_below_header`)."""
    return _whole_line(cable, cable.first_line_below_header)


@selector("body", "paragraph 1, else the first text line below the header parts")
def _body(cable: Cable) -> list[Node]:
    """The cable's text below its header parts: paragraph 1, else the first text line after them
    that is not the banner again (`Cable.first_line_below_parts`); none for a header snippet whose
    text is not there."""
    if cable.paragraphs:
        return [Node(cable.paragraphs[0].number, cable.paragraphs[0].span)]
    return _whole_line(cable, cable.first_line_below_parts)


@selector("last_line", "the last non-blank line")
def _last_line(cable: Cable) -> list[Node]:
    return _whole_line(cable, last_non_blank(cable.lines))


@selector("withheld_end", "the last line, when it ends in text the publisher withheld")
def _withheld_end(cable: Cable) -> list[Node]:
    """The last line when it ends in a bracketed redaction (`Traces.withheld_end`): the signature
    may have been withheld with it."""
    return _last_line(cable) if cable.traces.withheld_end else []


def _whole_line(cable: Cable, line: int | None) -> list[Node]:
    """Line `line` (0-based) stripped, spanning the whole line; none for None."""
    if line is None:
        return []
    return [Node(cable.lines[line].strip(),
                 Span(line + 1, 1, line + 1, len(cable.lines[line]) + 1))]


@selector("signature", "signature")
def _signature(c: Cable) -> list[Node]:
    return one(c.signature and c.signature.value, c.signature and c.signature.span)


@selector("dateline", "date line")
def _dateline(c: Cable) -> list[Node]:
    dateline = c.traces.dateline
    return one(dateline and dateline.value, dateline and dateline.span)


@selector("splits[]", "the last words before a blank line that cuts a sentence (key: split; "
                      "double_spaced: one node for a double-spaced text, with how many more)")
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
    return nodes


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
