"""Selectors of the handling caveats (NOFORN, SBU) wherever the cable writes them."""

from __future__ import annotations

from ..document import Cable
from .node import Node
from .registry import selector


@selector("noforn.caption", "a NOFORN caption")
def _noforn_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if c.noforn]


@selector("noforn.marks", "portion marks with NF")
def _noforn_marks(cable: Cable) -> list[Node]:
    return [Node(p.portion_mark.value, p.portion_mark.span) for p in cable.paragraphs if p.noforn]


def _metadata_with(caveat: str):
    """A selector function giving the mirror's classification when it names `caveat` (a
    MirrorMetadata flag)."""
    def nodes(cable: Cable) -> list[Node]:
        meta = cable.traces.metadata
        if meta is None or meta.classification is None or not getattr(meta, caveat):
            return []
        return [Node(meta.classification.value, meta.classification.span)]
    return nodes


selector("noforn.metadata", "mirror classification with //NOFORN")(_metadata_with("noforn"))
selector("sbu.metadata", "mirror classification //FOR OFFICIAL USE ONLY")(
    _metadata_with("official_use")
)


@selector("sbu.caption", "a SENSITIVE / SBU caption")
def _sensitive_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if c.sensitive]
