"""The classification banner, the captions under it, and the banner repeated before paragraph 1."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Record, set_field

if TYPE_CHECKING:
    from .spans import Span, Text


class Banner(Record):
    """The classification banner, first line of the body."""

    raw: Text
    classification: str | None   # normalised: UNCLASSIFIED | CONFIDENTIAL | SECRET | TOP SECRET
    written: str | None          # the classification as written
    section: str | None
    section_total: str | None
    station: str | None
    serial: str | None
    marking: str            # the classification read, LIMITED OFFICIAL USE kept
    before: str             # what stands before it on its line (a banner inside a line)
    lead: str               # the white space right before it
    words: str              # after the classification up to the end of the serial, as written

    __slots__ = (
        "raw", "classification", "written", "section", "section_total", "station", "serial",
        "marking", "before", "lead", "words",
    )

    def __init__(
            self, raw, classification, written, section, section_total, station, serial,
            marking="", before="", lead="", words=""
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "classification", classification)
        set_field(self, "written", written)
        set_field(self, "section", section)
        set_field(self, "section_total", section_total)
        set_field(self, "station", station)
        set_field(self, "serial", serial)
        set_field(self, "marking", marking)
        set_field(self, "before", before)
        set_field(self, "lead", lead)
        set_field(self, "words", words)

    @property
    def withheld_station(self) -> bool:
        """The station is a redaction (`SECRET SECTION 01 OF 02 XXXXXXXXXXXX 000004`, 10SHENYANG4):
        the publisher withheld it."""
        return bool(self.station) and set(self.station.upper()) == {"X"}


class Caption(Record):
    """A caption line under the banner (`SIPDIS`, `NOFORN`, `SENSITIVE`), with the handling it
    names."""

    value: str
    span: Span
    corrected: bool     # a corrected copy (`CORRECTED COPY`, spaced `C O R R E C T E D`)
    noforn: bool        # NOFORN among its words
    sensitive: bool     # it opens with SENSITIVE or SBU: sensitive but unclassified

    __slots__ = ("value", "span", "corrected", "noforn", "sensitive")

    def __init__(self, value, span, corrected=False, noforn=False, sensitive=False) -> None:
        set_field(self, "value", value)
        set_field(self, "span", span)
        set_field(self, "corrected", corrected)
        set_field(self, "noforn", noforn)
        set_field(self, "sensitive", sensitive)


class RepeatedBanner(Record):
    """The banner again before paragraph 1 (seed 004 L50), and the span of the lines from it that
    repeat, line for line, the block from the banner before it down to it (None: not all a copy)."""

    raw: Text
    copy: Span | None

    __slots__ = ("raw", "copy")

    def __init__(self, raw, copy) -> None:
        set_field(self, "raw", raw)
        set_field(self, "copy", copy)
