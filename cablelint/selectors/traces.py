"""Selectors of what web mirrors and archives left in the text: navigation chrome, partial-extract
notices, embedded second headers, declassification stamps, what the publisher withheld."""

from __future__ import annotations

from ..document import Cable
from .node import Node, each, one
from .registry import selector

selector("chrome[]", "web-mirror navigation lines")(each("traces.chrome"))
selector("embedded[]", "a second header or metadata block inside the text")(each("traces.embedded"))
selector("declassification_stamps[]", "an archive's declassification stamp")(
    each("traces.declassification_stamps")
)


@selector("partial_notice", "partial-extract notice")
def _partial_notice(c: Cable) -> list[Node]:
    notice = c.traces.partial_notice
    return one(notice and notice.value, notice and notice.span)


selector("declassification_stamps.eo[]", "a release stamp written in place of the E.O. line")(
    each("traces.eo_stamps"))


@selector("withheld_banner", "a redaction alone where a missing banner stood (withheld by the "
          "publisher)")
def _withheld_banner(c: Cable) -> list[Node]:
    withheld = c.traces.withheld_banner
    return one(withheld and withheld.value, withheld and withheld.span)
