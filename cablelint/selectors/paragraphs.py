"""Selectors of the numbered paragraphs: markers, portion marks and their levels, damaged marks."""

from __future__ import annotations

import re

from ..document import Cable, Span
from ..numbering import BRACKETED_REDACTION, quoted, walk
from ..parsing.paragraphs import NUMBER_EXPECTED_RE, portion_level
from .node import Node
from .registry import selector

@selector("paragraphs[]", "numbered paragraphs")
def _paragraphs(c: Cable) -> list[Node]:
    return [Node(p.number, p.marker.span) for p in c.paragraphs]


@selector("paragraphs[].portion_mark", "portion marks as written")
def _portion_marks(c: Cable) -> list[Node]:
    return [Node(p.portion_mark.value, p.portion_mark.span) for p in c.paragraphs if p.portion_mark]


@selector("paragraphs[].portion_level", "portion marks as levels U, C, S, T")
def _portion_levels(cable: Cable) -> list[Node]:
    nodes = []
    for p in cable.paragraphs:
        if p.portion_mark is not None and portion_level(p.portion_mark.value):
            nodes.append(Node(portion_level(p.portion_mark.value), p.portion_mark.span))
    return nodes


#: A paragraph's whole text withheld by the publisher (`¶7. XXXXXXXXXXXX`, `10.XXXXXXXXXXXX`): its
#: portion mark went with it.
REDACTED_TEXT_RE = re.compile(r"[ \t]*X{6,}(?:[ \t.]+X{6,})*[ \t.]*")
#: A bracketed placeholder right after the marker (`¶7. [DETAILS REMOVED]Ahmadi-Nejad’s
#: Election`, json-body/08RPODUBAI49): what it withheld began the paragraph, its portion mark with
#: it.
WITHHELD_START_RE = re.compile(r"[ \t]*" + BRACKETED_REDACTION)


def redacted(cable: Cable, paragraph) -> bool:
    """The paragraph's first line is a redaction after the marker and nothing else, and no text line
    follows it right below (`¶3. XXXXXXXXXXXX` / `said that ...` is a name redacted, not the text),
    or the paragraph opens with a bracketed placeholder (`¶7. [DETAILS REMOVED]`)."""
    index = paragraph.marker.span.line - 1
    below = cable.lines[index + 1] if index + 1 < len(cable.lines) else ""
    start = paragraph.marker.span.end_column - 1
    line = cable.lines[index]
    return WITHHELD_START_RE.match(line, start) is not None or (
        not below.strip() and REDACTED_TEXT_RE.fullmatch(line, start) is not None)


#: An item of a list inside a paragraph, with its own portion mark: `-- (C) According to ...`.
ITEM_MARK_RE = re.compile(
    r"(?:^|(?<=[ \t\n:]))--?[ \t]*\((?P<mark>[A-Z]{1,4}(?:/{1,2}[A-Z]{2,7})*)\)")
#: A paragraph's own words before its first marked item are a heading at most this long
#: (`KEY POINTS`).
ITEM_HEADING = 60


def marked_by_items(cable: Cable, paragraph) -> bool:
    """The paragraph is a heading (`¶1. KEY POINTS`, `¶1. Key Points:`) whose list items each
    carry the portion mark (`-- (C) In January ...`, html-fragment/10CAIRO233): its portions are
    marked."""
    first = paragraph.marker.span.line - 1
    lines = cable.lines[first:paragraph.span.end_line]
    text = "\n".join(lines)[paragraph.marker.span.end_column - 1:]
    m = ITEM_MARK_RE.search(text)
    return m is not None and len(text[:m.start()].strip()) <= ITEM_HEADING \
        and portion_level(m["mark"]) is not None


@selector("paragraphs[].unmarked", "paragraphs of the main numbering without a portion mark")
def _unmarked(cable: Cable) -> list[Node]:
    """Unmarked paragraphs, leaving out nested numberings and quoted texts (a quoted resolution or
    cable keeps its own marking conventions, 08USUNNEWYORK258; `numbering.quoted`), numbers wrapped
    from the line above, marks that are there but damaged (`paragraphs.damaged_marks`), paragraphs
    withheld whole (`redacted`) and headings whose items carry the marks (`marked_by_items`)."""
    nodes, depth = [], 0
    in_quote = quoted(cable.paragraphs, cable.lines)
    index = {id(p): i for i, p in enumerate(cable.paragraphs)}
    for step in walk(cable.paragraphs, cable.lines):
        if step.status == "run_in":         # a marker glued into a paragraph walked already
            continue
        depth += {"restart": 1, "resume": -1}.get(step.status, 0)
        p = step.paragraph
        if p.portion_mark is None and depth == 0 and index[id(p)] not in in_quote \
                and not (p.wrapped_number or p.damaged_mark or redacted(cable, p)
                         or marked_by_items(cable, p)):
            nodes.append(Node(p.marker.value, p.marker.span))
    return nodes


#: The end of an item of an enumeration (`... of such projects; and` / `¶9. Other such forms`,
#: 07ROME2438).
ITEM_END_RE = re.compile(r";[ \t]*(?:and|or)[ \t\\]*$")


#: A pilcrow on a number no paragraph reaches, at the start of a line: a year or another number
#: wrapped from the sentence above (`... in the annual TIP report for` / `¶2006.`, 06SKOPJE105;
#: `... most recently in January` / `¶2007. The current Minister`, 07REYKJAVIK49).
PILCROW_ON_LONG_NUMBER_RE = re.compile(r"^[ \t]*(?P<marker>¶[ \t]?\d{4,}\.)")


@selector("paragraphs.wrapped_pilcrows[]",
          "`¶N.` markers put on a number wrapped from the line above")
def _wrapped_pilcrows(cable: Cable) -> list[Node]:
    """`¶N.` markers that are numbers wrapped from the sentence on the line right above (`October
    21, 22 and` / `¶23.`, json-body/09BERLIN1296), shown with the words they continue. Not after a
    blank line (there the marker may open a paragraph after a line cut short, `... Concerns
    Section`, 07SANJOSE1830), unless the marker stands alone on its line (`please see para` / blank
    / `¶2.` / `2.Post received`, 08CAIRO2205). A pilcrow on a number of four digits or more
    (`¶2007.`) is one wherever it stands: no paragraph number reaches it (nor does the parser)."""
    flattened = cable.container is not None and cable.container.layout == "flattened"
    nodes = []
    for p in cable.paragraphs:
        index = p.marker.span.line - 1
        alone = not cable.lines[index][p.marker.span.end_column - 1:].strip()
        # the flattened layer puts a blank line before each marker it finds inside the long line
        skip_blank = index > 1 and (flattened or alone and not cable.lines[index - 1].strip())
        above = cable.lines[index - 2] if skip_blank else cable.lines[index - 1] if index else ""
        if p.pilcrow and p.portion_mark is None and NUMBER_EXPECTED_RE.search(above) \
                and not ITEM_END_RE.search(above):
            nodes.append(Node(f"{' '.join(above.split()[-3:])} {p.marker.value}", p.marker.span))
    for index, line in enumerate(cable.lines):
        if "¶" in line and (m := PILCROW_ON_LONG_NUMBER_RE.match(line)):
            above = next((cable.lines[k] for k in range(index - 1, -1, -1)
                          if cable.lines[k].strip()), "")
            span = Span(index + 1, m.start("marker") + 1, index + 1, m.end("marker") + 1)
            nodes.append(Node(" ".join([*above.split()[-3:], m.group("marker")]), span))
    return sorted(nodes, key=lambda node: (node.span.line, node.span.column))


@selector(
    "paragraphs.damaged_marks",
    "portion marks without their opening parenthesis, one node "
    "at the first (key: damaged, damaged_and_one, damaged_and_more)",
)
def _damaged_marks(cable: Cable) -> list[Node]:
    """One node for the cable's portion marks that lost their opening parenthesis, at the first:
    its `mark` (`C`), its paragraph's `marker` and how many `others` have the damage (the key says
    none, one or more)."""
    damaged = [p for p in cable.paragraphs if p.damaged_mark is not None]
    if not damaged:
        return []
    first, others = damaged[0], len(damaged) - 1
    key = "damaged" if not others else "damaged_and_one" if others == 1 else "damaged_and_more"
    mark = first.damaged_mark
    span = Span(mark.span.line, mark.span.column, mark.span.end_line, mark.span.end_column + 1)
    return [Node(f"{mark.value})", span, key=key,
                 facts={"mark": mark.value, "marker": first.marker.value, "others": others})]
