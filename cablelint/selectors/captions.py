"""Selectors of the caption lines under the banner, the handling caveats they name (NOFORN, SBU),
and SIPDIS lines inside the text."""

from __future__ import annotations

import re

from ..document import Cable, Span
from .node import Node, each, head
from .registry import selector

#: NOFORN written above the text, as a caption or not: on the banner's line (`ATHENS 000057 NOFORN
#: SIPDIS`), glued to the E.O. label (`NOFORNE.O. 12958`), in mixed case (`Noforn`), after the
#: level (`SECRET//NOFORN`).
NOFORN_WRITTEN_RE = re.compile(r"NOFORN", re.I)
#: SENSITIVE with one letter lost, as a caption typed by hand (`SENSITIE`, 09REYKJAVIK140;
#: `SENSITVE`, `SENSTIVE`): still the caveat.
_ONE_LETTER_LOST = sorted({"SENSITIVE"[:i] + "SENSITIVE"[i + 1:] for i in range(len("SENSITIVE"))})
#: The sensitive-but-unclassified caveat written above the text, as a caption or not (`SENSITIVE`,
#: `SENSITIVE BUT UNCLASSIFIED`, `UNCLAS SBU`, `SENSITIVESIPDIS` glued).
SBU_WRITTEN_RE = re.compile(r"SENSITIVE|\b(?:SBU|" + "|".join(_ONE_LETTER_LOST) + r")\b", re.I)


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


@selector("noforn.above_text", "NOFORN written anywhere above the first numbered paragraph")
def _noforn_above_text(cable: Cable) -> list[Node]:
    """The first NOFORN above the first numbered paragraph, caption or not (none without one)."""
    return _written_above_text(cable, NOFORN_WRITTEN_RE)


@selector("sbu.above_text", "SENSITIVE or SBU written anywhere above the first numbered paragraph")
def _sbu_above_text(cable: Cable) -> list[Node]:
    """The first SENSITIVE or SBU above the first numbered paragraph (none without one)."""
    return _written_above_text(cable, SBU_WRITTEN_RE)


def _written_above_text(cable: Cable, regex: re.Pattern) -> list[Node]:
    """The first match of `regex` on the lines above the first numbered paragraph, as a node."""
    end = cable.paragraphs[0].span.line - 1 if cable.paragraphs else 0
    for index in range(end):
        m = regex.search(cable.lines[index])
        if m is not None:
            return [Node(m.group(), Span(index + 1, m.start() + 1, index + 1, m.end() + 1))]
    return []


@selector("sbu.caption", "a SENSITIVE / SBU caption")
def _sensitive_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if c.sensitive]


@selector("body_captions[]", "SIPDIS lines inside the text")
def _body_captions(c: Cable) -> list[Node]:
    return [Node(head(t.value), t.span) for t in c.body_captions]
