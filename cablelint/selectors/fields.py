"""Selectors of the header, banner, E.O., TAGS, Classified By and paragraph fields."""

from __future__ import annotations

import re

from ..document import Cable, Span, TagTokens
from ..numbering import walk
from .node import LazyNodes, Node, one as _one, tail as _tail


def _header(cable: Cable, name: str):
    return getattr(cable.header, name) if cable.header is not None else None


def _security_level(cable: Cable) -> list[Node]:
    security = _header(cable, "security")
    if security is None or not security.letters:
        return []
    return [Node(security.letters[0], security.raw.span)]


def _metadata_level(cable: Cable) -> list[Node]:
    meta = cable.metadata
    if meta is None or meta.classification is None:
        return []
    return [Node(meta.classification.value.split("//")[0].strip().upper(), meta.classification.span)]


def _decl_span(cable: Cable) -> Span | None:
    eo = cable.eo
    return (eo.decl.span if eo.decl is not None else eo.raw.span) if eo is not None else None


def _reason_section(cable: Cable) -> list[Node]:
    cb = cable.classified_by
    if cb is None or cb.section is None:
        return []
    digits = re.sub(r"\D", "", cb.section.value)
    return [Node(f"{digits[0]}.{digits[1]}", cb.section.span)]


def _reasons(cable: Cable) -> list[Node]:
    section = _reason_section(cable)
    if not section:
        return []
    return [Node(f"{section[0].value}({letter})", cable.classified_by.letters_span)
            for letter in cable.classified_by.letters]


def _tags_markup(cable: Cable) -> list[Node]:
    """One node per TAGS line written as links (markdown, or HTML taken out of an HTML fragment),
    spanning the first to the last link."""
    if cable.tags is None:
        return []
    linked = {(t.span.line, t.span.column) for t in cable.container.tag_links} if cable.container else set()
    by_line: dict[int, list] = {}
    tags = cable.tags.tags
    chosen = tags.marked_or_at(linked) if isinstance(tags, TagTokens) else \
        [tag for tag in tags if tag.markup or (tag.span.line, tag.span.column) in linked]
    for tag in chosen:
        by_line.setdefault(tag.span.line, []).append(tag)
    return [Node(" ".join(t.value for t in tags),
                 Span(line, tags[0].span.column, line, tags[-1].span.end_column)) for line, tags in by_line.items()]


def _tag_nodes(cable: Cable) -> list[Node] | LazyNodes:
    if cable.tags is None:
        return []
    tags = cable.tags.tags
    if isinstance(tags, TagTokens):
        return LazyNodes(tags.values, tags.span_at)
    return [Node(t.value, t.span) for t in tags]


#: A text with at least this many cut sentences, and at least one per two paragraphs, is double-spaced
#: throughout (html-extract/05BUENOSAIRES141): one finding for the cable, not one per line.
DOUBLE_SPACED_MIN = 5


def _splits(cable: Cable) -> list[Node]:
    splits = cable.splits
    nodes = [Node(f"'{_tail(s.before.value)}'", Span(s.before.span.line, s.before.span.column,
                                                   s.after.span.line, s.after.span.end_column)) for s in splits]
    if len(splits) >= DOUBLE_SPACED_MIN and 2 * len(splits) >= len(cable.paragraphs):
        first = nodes[0]
        return [Node(f"{first.value} and {len(splits) - 1} more like it (the text is double-spaced)", first.span)]
    return nodes


#: Level of a portion mark's first word, abbreviated or spelled out
#: (`(Secret/Rel Armenia)`, json-record/wl20101128-0049).
_PORTION_LEVEL = {"U": "U", "SBU": "U", "C": "C", "S": "S", "TS": "T",
                  "UNCLASSIFIED": "U", "CONFIDENTIAL": "C", "SECRET": "S"}


def portion_level(mark: str) -> str | None:
    """Classification level of a portion mark: `S/NF` -> S, `SBU` -> U, `U//FOUO` -> U; None if unknown."""
    base = re.split(r"[/ ,]", mark.strip().upper(), maxsplit=1)[0]
    return _PORTION_LEVEL.get(base)


#: A portion mark that lost its opening parenthesis: `¶1. C) Summary`, `¶4. SBU) ...` (09ABIDJAN406).
DAMAGED_MARK_RE = re.compile(r"[ \t]*(?P<mark>[A-Z]{1,3}(?:/{1,2}[A-Z]{2,7})*)\)(?=[ \t]|[A-Z])")
#: A line ending in a word a number continues (`Please see paragraph` / `¶3.`, `on July` / `¶24.`): the
#: number was wrapped to the start of the next line, and a mirror took it for a paragraph marker.
NUMBER_EXPECTED_RE = re.compile(
    r"\b(?:paragraphs?|paras?|see|and|or|of|on|in|to|by|from|through|until|since|number|nos?|sections?|pages?|"
    r"items?|points?|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[ \t\u00a0\\]*$", re.I)


def damaged_mark(cable: Cable, paragraph) -> re.Match | None:
    """The portion mark written after the marker without its opening parenthesis (`C)`), if any."""
    line = cable.lines[paragraph.marker.span.line - 1]
    m = DAMAGED_MARK_RE.match(line, paragraph.marker.span.end_column - 1)
    return m if m and portion_level(m.group("mark")) else None


def wrapped_number(cable: Cable, paragraph) -> bool:
    """The marker is a number wrapped from a sentence on the line above (at most one blank line between)."""
    index = paragraph.marker.span.line - 1
    above = next((k for k in range(index - 1, max(-1, index - 3), -1) if cable.lines[k].strip()), None)
    return above is not None and NUMBER_EXPECTED_RE.search(cable.lines[above]) is not None


#: A paragraph's whole text withheld by the publisher (`¶7. XXXXXXXXXXXX`, `10.XXXXXXXXXXXX`): its
#: portion mark went with it.
REDACTED_TEXT_RE = re.compile(r"[ \t]*X{6,}(?:[ \t.]+X{6,})*[ \t.]*")


def redacted(cable: Cable, paragraph) -> bool:
    """The paragraph's first line is a redaction after the marker and nothing else, and no text line
    follows it right below (`¶3. XXXXXXXXXXXX` / `said that ...` is a name redacted, not the text)."""
    index = paragraph.marker.span.line - 1
    below = cable.lines[index + 1] if index + 1 < len(cable.lines) else ""
    return not below.strip() \
        and REDACTED_TEXT_RE.fullmatch(cable.lines[index], paragraph.marker.span.end_column - 1) is not None


def _unmarked(cable: Cable) -> list[Node]:
    """Unmarked paragraphs, leaving out nested numberings (a quoted resolution or cable keeps its own
    marking conventions, 08USUNNEWYORK258), numbers wrapped from the line above, marks that are
    there but damaged (`paragraphs.damaged_marks`) and paragraphs withheld whole (`redacted`)."""
    nodes, depth = [], 0
    for step in walk(cable.paragraphs, cable.lines):
        if step.status == "run_in":         # a marker glued into a paragraph walked already
            continue
        depth += {"restart": 1, "resume": -1}.get(step.status, 0)
        p = step.paragraph
        if p.portion_mark is None and depth == 0 \
                and not (wrapped_number(cable, p) or damaged_mark(cable, p) or redacted(cable, p)):
            nodes.append(Node(p.marker.value, p.marker.span))
    return nodes


#: The end of an item of an enumeration (`... of such projects; and` / `¶9. Other such forms`, 07ROME2438).
ITEM_END_RE = re.compile(r";[ \t]*(?:and|or)[ \t\\]*$")


def _wrapped_pilcrows(cable: Cable) -> list[Node]:
    """`¶N.` markers that are numbers wrapped from the sentence on the line right above (`October 21, 22
    and` / `¶23.`, json-body/09BERLIN1296), shown with the words they continue. Not after a blank
    line (there the marker may open a paragraph after a line cut short, `... Concerns Section`,
    07SANJOSE1830), unless the marker stands alone on its line (`please see para` / blank / `¶2.` /
    `2.Post received`, 08CAIRO2205)."""
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
    return nodes


def _damaged_marks(cable: Cable) -> list[Node]:
    """One node for the cable's portion marks that lost their opening parenthesis, at the first."""
    damaged = [(p, mark) for p in cable.paragraphs if p.portion_mark is None
               for mark in [damaged_mark(cable, p)] if mark]
    if not damaged:
        return []
    first, m = damaged[0]
    others = len(damaged) - 1
    more = f" and {others} more paragraph{'s' if others > 1 else ''}" if others else ""
    line = first.marker.span.line
    return [Node(f"'{m.group('mark')})' of {first.marker.value}{more}",
                 Span(line, m.start("mark") + 1, line, m.end("mark") + 2))]


def _portion_levels(cable: Cable) -> list[Node]:
    nodes = []
    for p in cable.paragraphs:
        if p.portion_mark is not None and portion_level(p.portion_mark.value):
            nodes.append(Node(portion_level(p.portion_mark.value), p.portion_mark.span))
    return nodes


FIELD_SELECTORS = {
    "header": (lambda c: _one("header", c.header.span if c.header else None), "the transmission header"),
    "header.security": (lambda c: _one(_header(c, "security") and c.header.security.raw.value,
                                       _header(c, "security") and c.header.security.raw.span),
                        "security line `ZNY CCCCC ZZH` as written"),
    "header.security.level": (_security_level, "first classification letter of the security line (U, E, C, S, T)"),
    "header.dtg": (lambda c: _one(_header(c, "dtg") and c.header.dtg.raw.value,
                                  _header(c, "dtg") and c.header.dtg.raw.span), "date-time group as written"),
    "header.dtg.problem": (lambda c: _one(_header(c, "dtg") and c.header.dtg.problem and
                                          f"'{c.header.dtg.raw.value}': {c.header.dtg.problem}",
                                          _header(c, "dtg") and c.header.dtg.raw.span),
                           "why the DTG is malformed or impossible"),
    "metadata.classification.level": (_metadata_level, "mirror metadata classification without caveats"),
    "banner": (lambda c: _one(c.banner and c.banner.raw.value, c.banner and c.banner.raw.span), "the banner line"),
    "banner.classification": (lambda c: _one(c.banner and c.banner.classification, c.banner and c.banner.raw.span),
                              "normalised banner classification (UNCLASSIFIED, CONFIDENTIAL, SECRET)"),
    "banner.problems": (lambda c: _one(c.banner and "; ".join(c.banner.problems) or None,
                                       c.banner and c.banner.raw.span), "spelling damage of the banner"),
    "eo": (lambda c: _one(c.eo and c.eo.raw.value, c.eo and c.eo.raw.span), "the E.O. line as written"),
    "eo.order": (lambda c: _one(c.eo and c.eo.order, c.eo and c.eo.raw.span), "executive order number"),
    "eo.decl": (lambda c: _one(c.eo and c.eo.decl and c.eo.decl.value, c.eo and c.eo.decl and c.eo.decl.span),
                "declassification instruction as written"),
    "eo.decl.kind": (lambda c: _one(c.eo and c.eo.decl_kind, _decl_span(c)),
                     "date | na | exemption | oadr | legacy | review | event | empty"),
    "eo.decl.date": (lambda c: _one(c.eo and c.eo.decl_date, _decl_span(c)), "declassification date"),
    "eo.decl.event": (lambda c: _one(c.eo and c.eo.decl_kind == "event" and c.eo.decl.value, _decl_span(c)),
                      "a DECL instruction written as a free-text event"),
    "eo.decl.invalid": (lambda c: _one(c.eo and not c.eo.decl_date_valid and c.eo.decl.value, _decl_span(c)),
                        "a DECL date that is not a real date"),
    "tags": (lambda c: _one(c.tags and c.tags.raw.value, c.tags and c.tags.raw.span), "the TAGS line(s)"),
    "tags.label": (lambda c: _one(c.tags and c.tags.label.value, c.tags and c.tags.label.span), "TAGS label"),
    "tags[]": (_tag_nodes, "each TAGS token"),
    "tags.markup": (_tags_markup, "TAGS written as links, one node per line"),
    # a label alone on its line is a SUBJECT whose text is elsewhere (CL061's finding), not none
    "subject": (lambda c: _one(c.subject and (c.subject.text or c.subject.label.value),
                               c.subject and c.subject.raw.span), "SUBJECT text (or its label alone)"),
    "classified_by": (lambda c: _one(c.classified_by and c.classified_by.raw.value,
                                     c.classified_by and c.classified_by.raw.span), "the Classified By line(s)"),
    "classified_by.truncated": (lambda c: _one(c.classified_by and c.classified_by.truncated and "...",
                                               c.classified_by and c.classified_by.raw.span),
                                "a Classified By line the mirror cut short with '...'"),
    "classified_by.derivative": (lambda c: _one(c.classified_by and c.classified_by.derivative and "derived",
                                                c.classified_by and c.classified_by.raw.span),
                                 "a derivative classification (`Classified By: Derived from ...`)"),
    "classified_by.section": (_reason_section, "reason section, normalised: 1.4 or 1.5"),
    "classified_by.reasons[]": (_reasons, "each reason as `1.4(b)`"),
    "classified_by.format_problem": (
        lambda c: _one(c.classified_by and c.classified_by.format_problem,
                       c.classified_by and (c.classified_by.letters_span or c.classified_by.raw.span)),
        "non-standard writing of the reason"),
    "paragraphs[]": (lambda c: [Node(p.number, p.marker.span) for p in c.paragraphs], "numbered paragraphs"),
    "paragraphs[].portion_mark": (lambda c: [Node(p.portion_mark.value, p.portion_mark.span)
                                             for p in c.paragraphs if p.portion_mark], "portion marks as written"),
    "paragraphs[].portion_level": (_portion_levels, "portion marks as levels U, C, S, T"),
    "paragraphs[].unmarked": (_unmarked, "paragraphs of the main numbering without a portion mark"),
    "paragraphs.wrapped_pilcrows[]": (_wrapped_pilcrows, "`¶N.` markers put on a number wrapped from the line above"),
    "paragraphs.damaged_marks": (_damaged_marks, "portion marks without their opening parenthesis, one node"),
    "splits[]": (_splits, "sentences cut by a blank line (one node for a double-spaced text)"),
    "source.encoding": (lambda c: _one(c.encoding if c.encoding not in ("utf-8", "utf-8-sig") else None,
                                       Span(1, 1, 1, 1 + len(c.lines[0]) if c.lines else 1)),
                        "the encoding the file was read in, when it was not UTF-8"),
    "cable.level": (lambda c: [Node(c.level, Span(1, 1, 1, 1))] if c.level else [],
                    "overall classification letter (U, C, S, T)"),
}

