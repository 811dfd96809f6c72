"""The cable's text below its labelled parts: numbered paragraphs, page breaks (also glued into a
line), `¶N.` markers on wrapped numbers and sentences split by a blank line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Record, set_field

if TYPE_CHECKING:
    from .spans import Span, Text


class Paragraph(Record):
    """A numbered paragraph: `¶1. (C) Summary: ...`."""

    span: Span                     # the whole paragraph, first line to last text line
    marker: Text                   # `¶1.` / `[¶1.](#)` / `**¶17.` as written
    number: int
    number_text: Text              # the digits
    pilcrow: bool
    space_after_pilcrow: bool
    space_before_mark: bool
    markup: bool                   # markdown link or bold around the marker
    portion_mark: Text | None      # `C`, `S/NF` (inside the parentheses)
    level: str | None              # the portion mark's level, U, C, S or T (None: unknown)
    # without a portion mark: one that lost its opening parenthesis (`¶1. C) Summary`: `C`), and
    # whether the marker is a number wrapped from the sentence above (`see paragraph` / `¶3.`)
    damaged_mark: Text | None
    wrapped_number: bool
    # its text withheld whole by the publisher, the mark with it (`¶7. XXXXXXXXXXXX`, `¶7. [DETAILS
    # REMOVED]...`), and whether it is a heading whose list items carry the marks (`-- (C) ...`)
    withheld: bool
    marked_items: bool
    late_mark: bool                # its mark after a lead-in (`¶1. Summary. (C) The ...`)
    noforn: bool                   # its portion mark carries NOFORN (`S/NF`, `C//NOFORN`)
    # its place in the cable's numbering: inside a nested numbering (`numbering.walk`: a `1` far
    # into the count, a quoted cable's own numbers), inside a quoted text (`numbering.quoted`)
    nested: bool
    quoted: bool

    __slots__ = (
        "span", "marker", "number", "number_text", "pilcrow", "space_after_pilcrow",
        "space_before_mark", "markup", "portion_mark", "level", "damaged_mark", "wrapped_number",
        "withheld", "marked_items", "late_mark", "noforn", "nested", "quoted",
    )

    def __init__(
            self, span, marker, number, number_text, pilcrow, space_after_pilcrow,
            space_before_mark, markup, portion_mark, damaged_mark=None, wrapped_number=False,
            withheld=False, marked_items=False, late_mark=False, noforn=False, nested=False,
            quoted=False, level=None
    ) -> None:
        set_field(self, "span", span)
        set_field(self, "marker", marker)
        set_field(self, "number", number)
        set_field(self, "number_text", number_text)
        set_field(self, "pilcrow", pilcrow)
        set_field(self, "space_after_pilcrow", space_after_pilcrow)
        set_field(self, "space_before_mark", space_before_mark)
        set_field(self, "markup", markup)
        set_field(self, "portion_mark", portion_mark)
        set_field(self, "level", level)
        set_field(self, "damaged_mark", damaged_mark)
        set_field(self, "wrapped_number", wrapped_number)
        set_field(self, "withheld", withheld)
        set_field(self, "marked_items", marked_items)
        set_field(self, "late_mark", late_mark)
        set_field(self, "noforn", noforn)
        set_field(self, "nested", nested)
        set_field(self, "quoted", quoted)


class PageBreak(Record):
    """`ASTANA 00000604 002 OF 003`."""

    raw: Text
    station: str
    serial: str
    page: str
    total: str

    __slots__ = ("raw", "station", "serial", "page", "total")

    def __init__(self, raw, station, serial, page, total) -> None:
        set_field(self, "raw", raw)
        set_field(self, "station", station)
        set_field(self, "serial", serial)
        set_field(self, "page", page)
        set_field(self, "total", total)


class GluedPageBreak(Record):
    """Page-break text inside a line of the text (08BRASILIA351): as the scan took it, the station
    with any capitals before it (`U.S. BEIJING 00002305 003 OF 003`), and from where the banner's
    station starts in it (`BEIJING 00002305 003 OF 003`; the same when the banner does not tell)."""

    raw: Text
    from_station: Text

    __slots__ = ("raw", "from_station")

    def __init__(self, raw, from_station) -> None:
        set_field(self, "raw", raw)
        set_field(self, "from_station", from_station)


class WrappedPilcrow(Record):
    """A `¶N.` marker put on a number wrapped from the sentence above (`October 21, 22 and` /
    `¶23.`): the marker, and the line above whose sentence it continues (None: no line above)."""

    marker: Text
    above: Text | None

    __slots__ = ("marker", "above")

    def __init__(self, marker, above) -> None:
        set_field(self, "marker", marker)
        set_field(self, "above", above)


class Split(Record):
    """A blank line that cuts a sentence in two: last text line before it and first after it."""

    before: Text
    after: Text

    __slots__ = ("before", "after")

    def __init__(self, before, after) -> None:
        set_field(self, "before", before)
        set_field(self, "after", after)
