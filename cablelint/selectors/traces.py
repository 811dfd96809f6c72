"""Selectors of what web mirrors and archives left in the text: navigation chrome, partial-extract
notices, date lines, embedded second headers, declassification stamps, a mirror's pilcrows on
lettered items, what the publisher withheld, a converter's repeats, headings run into the text."""

from __future__ import annotations

from ..document import Cable
from ..parsing.lines import last_non_blank
from .node import Node, each, one, whole_line
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


@selector("dateline", "date line")
def _dateline(c: Cable) -> list[Node]:
    dateline = c.traces.dateline
    return one(dateline and dateline.value, dateline and dateline.span)


selector("converter_repeats[]", "a converter's stray `Q` and the words it repeated after it")(
    each("traces.converter_repeats"))
selector("run_in_headings[]", "a section heading and its dividers run into the end of a line of "
         "text")(each("traces.run_in_headings"))
selector("declassification_stamps.eo[]", "a release stamp written in place of the E.O. line")(
    each("traces.eo_stamps"))


@selector("withheld_banner", "a redaction alone where a missing banner stood (withheld by the "
          "publisher)")
def _withheld_banner(c: Cable) -> list[Node]:
    withheld = c.traces.withheld_banner
    return one(withheld and withheld.value, withheld and withheld.span)


@selector("withheld_end", "the last line, when it ends in text the publisher withheld")
def _withheld_end(cable: Cable) -> list[Node]:
    """The last line when it ends in a bracketed redaction (`Traces.withheld_end`): the signature
    may have been withheld with it."""
    return whole_line(cable, last_non_blank(cable.lines)) if cable.traces.withheld_end else []


selector("lettered_pilcrows[]", "`¶C.`: a mirror's pilcrow on a lettered item of the text")(
    each("traces.lettered_pilcrows"))
