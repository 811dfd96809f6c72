"""Selectors of the caption lines under the banner, the handling caveats they name (NOFORN, SBU),
and SIPDIS lines inside the text."""

from __future__ import annotations

from ..document import Cable
from .node import Node, each, head
from .registry import selector


@selector("captions[]", "caption lines, grouped by header block")
def _caption_nodes(cable: Cable) -> list[Node]:
    """Caption lines keyed by the header block they stand in (a repeated block has its own)."""
    starts = [r.raw.span.line for r in cable.repeated_banners]
    return [
        Node(c.value, c.span, key=(sum(1 for s in starts if s < c.span.line), c.value))
        for c in cable.captions
    ]


selector("captions.standalone[]",
         "caption-zone lines standing alone, shaped like a caption")(
    each("standalone_captions"))


@selector("captions.corrected", "a corrected-copy caption or SUBJECT")
def _corrected(cable: Cable) -> list[Node]:
    nodes = [Node(c.value, c.span) for c in cable.captions if c.corrected]
    if cable.subject is not None and cable.subject.corrected:
        nodes.append(Node(cable.subject.text[:40], cable.subject.raw.span))
    return nodes


@selector("noforn.caption", "a NOFORN caption")
def _noforn_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if c.noforn]


@selector("sbu.caption", "a SENSITIVE / SBU caption")
def _sensitive_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if c.sensitive]


@selector("body_captions[]", "SIPDIS lines inside the text")
def _body_captions(c: Cable) -> list[Node]:
    return [Node(head(t.value), t.span) for t in c.body_captions]
