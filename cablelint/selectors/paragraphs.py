"""Selectors of the numbered paragraphs: markers, portion marks, their levels and NOFORN caveats,
damaged marks."""

from __future__ import annotations

from ..document import Cable, Span
from ..parsing.paragraphs import portion_word
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
    return [Node(p.level, p.portion_mark.span) for p in cable.paragraphs if p.level]


@selector("noforn.marks", "portion marks with NF")
def _noforn_marks(cable: Cable) -> list[Node]:
    return [Node(p.portion_mark.value, p.portion_mark.span) for p in cable.paragraphs if p.noforn]


@selector("sbu.marks", "portion marks SBU (sensitive but unclassified)")
def _sbu_marks(cable: Cable) -> list[Node]:
    return [Node(p.portion_mark.value, p.portion_mark.span) for p in cable.paragraphs
            if p.portion_mark is not None and portion_word(p.portion_mark.value) == "SBU"]


@selector("paragraphs[].unmarked", "paragraphs of the main numbering without a portion mark")
def _unmarked(cable: Cable) -> list[Node]:
    """Unmarked paragraphs, leaving out nested numberings and quoted texts (a quoted resolution or
    cable keeps its own marking conventions, 08USUNNEWYORK258; `Paragraph.nested`, `quoted`),
    numbers wrapped from the line above, marks that are there but damaged
    (`paragraphs.damaged_marks`), paragraphs withheld whole (`Paragraph.withheld`), headings
    whose items carry the marks (`Paragraph.marked_items`) and marks after a lead-in
    (`Paragraph.late_mark`)."""
    return [Node(p.marker.value, p.marker.span) for p in cable.paragraphs
            if p.portion_mark is None and not (p.nested or p.quoted or p.wrapped_number
                                               or p.damaged_mark or p.withheld or p.marked_items
                                               or p.late_mark)]


@selector("paragraphs.wrapped_pilcrows[]",
          "`¶N.` markers put on a number wrapped from the line above, with the words it continues")
def _wrapped_pilcrows(cable: Cable) -> list[Node]:
    """The markers the parser found on a wrapped number (`Traces.wrapped_pilcrows`: `October 21, 22
    and` / `¶23.`), each shown after the last words of the line it continues."""
    return [Node(" ".join([*(w.above.value.split()[-3:] if w.above else ()), w.marker.value]),
                 w.marker.span) for w in cable.traces.wrapped_pilcrows]


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
