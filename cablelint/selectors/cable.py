"""Selectors of the cable as a whole: its level, and header parts run into the next on one line."""

from __future__ import annotations

from ..document import Cable, Span
from .node import Node
from .registry import selector


@selector("cable.level", "overall classification letter (U, C, S, T)")
def _level(c: Cable) -> list[Node]:
    return [Node(c.level, Span(1, 1, 1, 1))] if c.level else []


@selector("cable.unclassified", "an UNCLAS cable")
def _unclassified(c: Cable) -> list[Node]:
    return [Node("U", Span(1, 1, 1, 1))] if c.level == "U" else []


@selector("run_ons[]", "what runs into the pass line, E.O. line, SUBJECT, REF or Classified By on "
                      "the same line (eo, tags, ref, classified_by, page_break, text; key: "
                      "part_what)")
def _run_ons(cable: Cable) -> list[Node]:
    """The pass line, E.O. line, SUBJECT, REF and Classified By blocks that the next part runs into
    on the same line: what ran in, keyed `eo_tags`, `subject_ref` and so on, with the REF label as
    written (`label`). In text that lost its line breaks everything runs on: that is the layout's
    one finding, not one per block."""
    if cable.source.flattened:
        return []
    parts = (("subject", cable.subject), ("refs", cable.refs),
             ("classified_by", cable.classified_by))
    run_ons = [Node(part.run_on, part.raw.span, key=f"{name}_{part.run_on}",
                    facts={"label": getattr(part, "run_on_text", None)})
               for name, part in parts if part is not None and part.run_on]
    eo, tags, banner = cable.eo, cable.tags, cable.banner
    if eo is not None and banner is not None and eo.raw.span.line == banner.raw.span.line \
            and eo.raw.span.column > banner.raw.span.column:
        # `UNCLAS SECTION 01 OF 03 BUENOS AIRES 000548 USDA FOR FAS/OA SIPDIS SENSITIVE E.O.
        # 12958: N/A` (09BUENOSAIRES548): one finding, at the banner
        run_ons.insert(0, Node("eo", banner.raw.span, key="banner_eo", facts={"label": None}))
    elif eo is not None and eo.captions_before is not None:
        # `NOFORN SIPDIS DEPT FOR NEA/MAG E.O. 12958: ...` (09TRIPOLI876): one finding, at the
        # captions
        run_ons.insert(0, Node("eo", eo.captions_before.span, key="captions_eo",
                               facts={"label": None}))
    elif eo is not None and eo.pass_line is not None:
        # `DEPT FOR NEA/MAG, AF/C, AND S/USSES E.O. 12958: DECL: 11/1/2019` (09TRIPOLI873)
        run_ons.insert(0, Node("eo", eo.pass_line.span, key="pass_line_eo", facts={"label": None}))
    if eo is not None and tags is not None and tags.label.span.line == eo.raw.span.line \
            and tags.label.span.column > eo.raw.span.column:
        # `E.O. 12958: DECL: 12/15/2019 TAGS: PREL MNUC ...` (09TRIPOLI966)
        run_ons.insert(0, Node("tags", eo.raw.span, key="eo_tags", facts={"label": None}))
    return run_ons
