"""Selectors of the text below the header parts: where it starts and ends, the signature and date
line, sentences cut by blank lines, summary markers, dividers and page breaks inside lines."""

from __future__ import annotations

import re

from ..document import Cable, Span
from ..numbering import BRACKETED_REDACTION
from ..parsing.banner import BANNER_RE
from .node import Node, each, one, tail
from .registry import selector

#: A text with at least this many cut sentences, and at least one per two paragraphs, is
#: double-spaced throughout (html-extract/05BUENOSAIRES141): one finding for the cable, not one per
#: line.
DOUBLE_SPACED_MIN = 5
#: The end of a text that the publisher withheld (`... Comment: [DETAILS REMOVED]`,
#: json-body/08RPODUBAI49); a run of X there is a redacted address or name (`Classified Website:
#: XXXXXXXXXXXX`), not the text's end.
WITHHELD_END_RE = re.compile(BRACKETED_REDACTION + r"[ \t.\"'}]*$")

selector("summary.lone_ends[]", "lines whose paragraph ends in `End` alone")(each("lone_ends"))
selector("damaged_dividers[]", "split or cut section dividers")(each("damaged_dividers"))
selector("lettered_pilcrows[]", "`¶C.`: a mirror's pilcrow on a lettered item of the text")(
    each("lettered_pilcrows"))


@selector("summary.unopened_end", "an `END SUMMARY` line with no summary start before it")
def _unopened_end_summary(c: Cable) -> list[Node]:
    return one(c.unopened_end_summary and c.unopened_end_summary.value,
               c.unopened_end_summary and c.unopened_end_summary.span)


@selector("below_header", "the first text line below the transmission header")
def _below_header(cable: Cable) -> list[Node]:
    """The first text line below the transmission header (`Cable.first_line_below_header`)."""
    line = cable.first_line_below_header
    if line is None:
        return []
    return [Node(cable.lines[line].strip(),
                 Span(line + 1, 1, line + 1, len(cable.lines[line]) + 1))]


@selector("body", "paragraph 1, else the first text line below the header parts")
def _body(cable: Cable) -> list[Node]:
    """The cable's text below its header parts: paragraph 1, else the first text line after the
    banner, E.O., TAGS, SUBJECT, REF and Classified By that is not the banner again (a mirror's
    preview of the header, 08STATE85663); none for a header snippet whose text is not there."""
    if cable.paragraphs:
        return [Node(cable.paragraphs[0].number, cable.paragraphs[0].span)]
    parts = (cable.banner, cable.eo, cable.tags, cable.subject, cable.refs, cable.classified_by)
    below = max((part.raw.span.end_line for part in parts if part is not None), default=0)
    line = next(
        (
            i
            for i in range(below, len(cable.lines))  # the header again, run together, is no body
            if cable.lines[i].strip() and not BANNER_RE.match(cable.lines[i])
        ),
        None,
    )
    if line is None:
        return []
    return [Node(cable.lines[line].strip(),
                 Span(line + 1, 1, line + 1, len(cable.lines[line]) + 1))]


@selector("last_line", "the last non-blank line")
def _last_line(cable: Cable) -> list[Node]:
    for i in range(len(cable.lines) - 1, -1, -1):
        if cable.lines[i].strip():
            return [Node(cable.lines[i].strip(), Span(i + 1, 1, i + 1, len(cable.lines[i]) + 1))]
    return []


@selector("withheld_end", "the last line, when it ends in text the publisher withheld")
def _withheld_end(cable: Cable) -> list[Node]:
    """The last line when it ends in a bracketed redaction (`[DETAILS REMOVED]`): the signature may
    have been withheld with it."""
    return [node for node in _last_line(cable) if WITHHELD_END_RE.search(node.value)]


@selector("signature", "signature")
def _signature(c: Cable) -> list[Node]:
    return one(c.signature and c.signature.value, c.signature and c.signature.span)


@selector("dateline", "date line")
def _dateline(c: Cable) -> list[Node]:
    return one(c.dateline and c.dateline.value, c.dateline and c.dateline.span)


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
    station = cable.banner.station if cable.banner is not None else None
    return [_without_text_before(t.value, t.span, station) for t in cable.glued_page_breaks
            if t.span.line not in lines]


def _without_text_before(value: str, span: Span, station: str | None) -> Node:
    """A glued page break without the words of the text before it that the parser took for its
    station (`U.S. BEIJING 00002305 003 OF 003`: `BEIJING ...`), when the banner's station tells
    where it starts."""
    words = value.split()
    serial = next((k for k, word in enumerate(words) if len(word) == 8 and word.isdigit()), 0)
    for k in range(serial):
        if station is not None and " ".join(words[k:serial]).upper() in station:
            at = value.index(words[k], len(" ".join(words[:k])) if k else 0)
            return Node(value[at:], Span(span.line, span.column + at, span.end_line,
                                         span.end_column))
    return Node(value, span)
