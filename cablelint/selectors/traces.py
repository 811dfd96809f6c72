"""Selectors of what web mirrors and archives left in the text: navigation chrome, partial-extract
notices, embedded second headers, declassification stamps."""

from __future__ import annotations

from ..document import Cable
from .node import Node, each, one
from .registry import selector

selector("chrome[]", "web-mirror navigation lines")(each("chrome"))
selector("embedded[]", "a second header or metadata block inside the text")(each("embedded"))
selector("declassification_stamps[]", "an archive's declassification stamp")(
    each("declassification_stamps")
)


@selector("partial_notice", "partial-extract notice")
def _partial_notice(c: Cable) -> list[Node]:
    return one(c.partial_notice and c.partial_notice.value,
               c.partial_notice and c.partial_notice.span)


selector("declassification_stamps.eo[]", "a release stamp written in place of the E.O. line")(
    each("eo_stamps"))
