"""What mirrors, archives and publishers left in and around a cable: the mirror's metadata block
(and what its reference id names) and the `Traces` of text that is not the cable's own."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from ..record import Record, set_field

if TYPE_CHECKING:
    from .body import WrappedPilcrow
    from .spans import Span, Text


class ReferenceId(Record):
    """What a mirror's reference id names: its station and serial (None: not of the id's form), and
    the id without the banner words it swallowed (`08EFTOLONDON2883`: `08LONDON2883`; None: none
    swallowed)."""

    station: str | None
    serial: int | None
    canonical: str | None

    __slots__ = ("station", "serial", "canonical")

    def __init__(self, station=None, serial=None, canonical=None) -> None:
        set_field(self, "station", station)
        set_field(self, "serial", serial)
        set_field(self, "canonical", canonical)


class MirrorMetadata(Record):
    """The web mirror's metadata block above the telegram (seeds 003, 004)."""

    span: Span
    layout: str  # "inline" (Label: value), "labelled" (labels then values), "values-only"
    reference_id: Text | None
    created: Text | None
    created_at: _dt.datetime | None
    classification: Text | None
    origin: Text | None
    title: Text | None
    tags: tuple[Text, ...]
    reference: ReferenceId | None  # what reference_id names
    # the classification without its caveats, upper case (`Confidential//NOFORN`: CONFIDENTIAL),
    # and the caveats it names: NOFORN, FOR OFFICIAL USE ONLY
    marking: str | None
    noforn: bool
    official_use: bool

    __slots__ = (
        "span", "layout", "reference_id", "created", "created_at", "classification", "origin",
        "title", "tags", "reference", "marking", "noforn", "official_use",
    )

    def __init__(
            self, span, layout, reference_id=None, created=None, created_at=None,
            classification=None, origin=None, title=None, tags=(), reference=None, marking=None,
            noforn=False, official_use=False
    ) -> None:
        set_field(self, "span", span)
        set_field(self, "layout", layout)
        set_field(self, "reference_id", reference_id)
        set_field(self, "created", created)
        set_field(self, "created_at", created_at)
        set_field(self, "classification", classification)
        set_field(self, "origin", origin)
        set_field(self, "title", title)
        set_field(self, "tags", tags)
        set_field(self, "reference", reference)
        set_field(self, "marking", marking)
        set_field(self, "noforn", noforn)
        set_field(self, "official_use", official_use)


class Traces(Record):
    """What web mirrors, archives and publishers put in and around the cable: text that is not the
    cable's own. (The cable's own text damaged in copying, a divider cut or a sentence split, is
    recorded with the part it damages.)"""

    metadata: MirrorMetadata | None
    file_reference: ReferenceId | None  # what the file's name names, when it is a reference id
    chrome: tuple[Text, ...]          # navigation lines and export footers
    partial_notice: Text | None       # the mirror says only part of the cable is available
    dateline: Text | None             # `Tuesday, 20 January 2004, 09:44` above the banner
    embedded: tuple[Text, ...]  # first line of a second header or metadata block in the text
    declassification_stamps: tuple[Text, ...]  # an archive's release stamp
    eo_stamps: tuple[Text, ...]       # those of the stamps written in place of the E.O. line
    withheld_end: bool                # the last line ends in text the publisher withheld
    withheld_banner: Text | None      # a redaction alone where the missing banner stood
    lettered_pilcrows: tuple[Text, ...]  # `¶C.`: a mirror's pilcrow on a lettered item
    wrapped_pilcrows: tuple[WrappedPilcrow, ...]  # `¶N.` on a number wrapped from above
    converter_repeats: tuple[Text, ...]  # `Qthat threaten ...`: a converter's stray Q and repeat
    run_in_headings: tuple[Text, ...]  # `... Comment. ---- Heading ----`: run into the text

    __slots__ = (
        "metadata", "file_reference", "chrome", "partial_notice", "dateline", "embedded",
        "declassification_stamps", "eo_stamps", "withheld_end", "withheld_banner", "lettered_pilcrows", "wrapped_pilcrows",
        "converter_repeats", "run_in_headings",
    )

    def __init__(
            self, metadata=None, file_reference=None, chrome=(), partial_notice=None, dateline=None,
            embedded=(), declassification_stamps=(), eo_stamps=(), withheld_end=False, withheld_banner=None,
            lettered_pilcrows=(), wrapped_pilcrows=(), converter_repeats=(), run_in_headings=()
    ) -> None:
        set_field(self, "metadata", metadata)
        set_field(self, "file_reference", file_reference)
        set_field(self, "chrome", chrome)
        set_field(self, "partial_notice", partial_notice)
        set_field(self, "dateline", dateline)
        set_field(self, "embedded", embedded)
        set_field(self, "declassification_stamps", declassification_stamps)
        set_field(self, "eo_stamps", eo_stamps)
        set_field(self, "withheld_end", withheld_end)
        set_field(self, "withheld_banner", withheld_banner)
        set_field(self, "lettered_pilcrows", lettered_pilcrows)
        set_field(self, "wrapped_pilcrows", wrapped_pilcrows)
        set_field(self, "converter_repeats", converter_repeats)
        set_field(self, "run_in_headings", run_in_headings)


NO_TRACES = Traces()
