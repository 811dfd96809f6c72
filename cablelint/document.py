"""The document model: what the parser understood of one cable, every part with its source span
(immutable records, `record.py`; the Cable itself a frozen dataclass of its Source, its parts and
its Traces)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING

from .dating import CableDate, resolve_date
from .record import Record, set_field

if TYPE_CHECKING:
    from .container.steps import Step


def line_starts(lines: Sequence[str]) -> list[int]:
    """The offset where each line starts in the lines joined by line ends (without a loop in Python:
    a megabyte of blank lines is 300,000 of them)."""
    return list(accumulate(map((1).__add__, map(len, lines)), initial=0))[:-1]


class Span(Record):
    """A source range: 1-based line and column, end exclusive, columns in code points."""

    line: int
    column: int
    end_line: int
    end_column: int

    __slots__ = ("line", "column", "end_line", "end_column")

    def __init__(self, line, column, end_line, end_column) -> None:
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "end_line", end_line)
        set_field(self, "end_column", end_column)

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


class Text(Record):
    """A piece of text as written in the cable, with where it stands."""

    value: str
    span: Span

    __slots__ = ("value", "span")

    def __init__(self, value, span) -> None:
        set_field(self, "value", value)
        set_field(self, "span", span)


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


class DeLine(Record):
    """`DE RUEHTA #0604/01 0660517`: transmitting station, serial, section, day of year, time."""

    raw: Text
    routing_indicator: str | None
    serial: str | None
    section: str | None
    day_of_year: int | None
    time: str | None

    __slots__ = ("raw", "routing_indicator", "serial", "section", "day_of_year", "time")

    def __init__(self, raw, routing_indicator, serial, section, day_of_year, time) -> None:
        set_field(self, "raw", raw)
        set_field(self, "routing_indicator", routing_indicator)
        set_field(self, "serial", serial)
        set_field(self, "section", section)
        set_field(self, "day_of_year", day_of_year)
        set_field(self, "time", time)


class SecurityLine(Record):
    """`ZNY CCCCC ZZH`: operating signal, classification letters, closing signal."""

    raw: Text
    signal: str | None        # ZNY | ZNR
    letters: str | None       # CCCCC
    closing: str | None       # ZZH

    __slots__ = ("raw", "signal", "letters", "closing")

    def __init__(self, raw, signal, letters, closing) -> None:
        set_field(self, "raw", raw)
        set_field(self, "signal", signal)
        set_field(self, "letters", letters)
        set_field(self, "closing", closing)


class Dtg(Record):
    """Date-time group `P 070517Z MAR 07` with optional operating signals after it."""

    raw: Text
    prosigns: str | None
    day: int | None
    hour: int | None
    minute: int | None
    month: str | None
    year: int | None          # four digits
    signals: str
    when: _dt.datetime | None  # None when the date is impossible
    written_year: str | None  # the year as written (`07`, `2007`); None: not a DTG's form

    __slots__ = (
        "raw", "prosigns", "day", "hour", "minute", "month", "year", "signals", "when",
        "written_year",
    )

    def __init__(
            self, raw, prosigns, day, hour, minute, month, year, signals, when, written_year=None
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "prosigns", prosigns)
        set_field(self, "day", day)
        set_field(self, "hour", hour)
        set_field(self, "minute", minute)
        set_field(self, "month", month)
        set_field(self, "year", year)
        set_field(self, "signals", signals)
        set_field(self, "when", when)
        set_field(self, "written_year", written_year)


class Header(Record):
    """The transmission header (telegram envelope) above the banner."""

    span: Span
    transmission_id: Text | None
    routing: Text | None
    de: DeLine | None
    security: SecurityLine | None
    dtg: Dtg | None
    originator: Text | None
    action: tuple[Text, ...]
    info: tuple[Text, ...]
    action_precedence: str | None  # the letter the first TO addressee's keyword gives (`FLASH`: Z)
    misplaced_above: Text | None   # right above VZCZC, belonging elsewhere: `Cable Text:`, a banner

    __slots__ = (
        "span", "transmission_id", "routing", "de", "security", "dtg", "originator", "action",
        "info", "action_precedence", "misplaced_above",
    )

    def __init__(
            self, span, transmission_id=None, routing=None, de=None, security=None, dtg=None,
            originator=None, action=(), info=(), action_precedence=None, misplaced_above=None
    ) -> None:
        set_field(self, "span", span)
        set_field(self, "transmission_id", transmission_id)
        set_field(self, "routing", routing)
        set_field(self, "de", de)
        set_field(self, "security", security)
        set_field(self, "dtg", dtg)
        set_field(self, "originator", originator)
        set_field(self, "action", action)
        set_field(self, "info", info)
        set_field(self, "action_precedence", action_precedence)
        set_field(self, "misplaced_above", misplaced_above)


class Banner(Record):
    """The classification banner, first line of the body."""

    raw: Text
    classification: str | None   # normalised: UNCLASSIFIED | CONFIDENTIAL | SECRET | TOP SECRET
    written: str | None          # the classification as written
    efto: bool
    section: str | None
    section_total: str | None
    station: str | None
    serial: str | None
    marking: str            # the classification read, LIMITED OFFICIAL USE kept
    before: str             # what stands before it on its line (a banner inside a line)
    lead: str               # the white space right before it
    words: str              # after the classification up to the end of the serial, as written

    __slots__ = (
        "raw", "classification", "written", "efto", "section", "section_total", "station", "serial",
        "marking", "before", "lead", "words",
    )

    def __init__(
            self, raw, classification, written, efto, section, section_total, station, serial,
            marking="", before="", lead="", words=""
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "classification", classification)
        set_field(self, "written", written)
        set_field(self, "efto", efto)
        set_field(self, "section", section)
        set_field(self, "section_total", section_total)
        set_field(self, "station", station)
        set_field(self, "serial", serial)
        set_field(self, "marking", marking)
        set_field(self, "before", before)
        set_field(self, "lead", lead)
        set_field(self, "words", words)


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


class EoLine(Record):
    """`E.O. 12958: DECL: 03/06/2016`."""

    raw: Text
    label: str
    order: str | None
    decl: Text | None            # the declassification instruction as written
    decl_kind: str | None        # date | na | exemption | oadr | legacy | review | event | empty
    decl_date: _dt.date | None
    decl_date_valid: bool        # False when a date was written but is impossible
    has_decl_keyword: bool

    __slots__ = (
        "raw", "label", "order", "decl", "decl_kind", "decl_date", "decl_date_valid",
        "has_decl_keyword",
    )

    def __init__(
            self, raw, label, order, decl, decl_kind, decl_date, decl_date_valid, has_decl_keyword
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "order", order)
        set_field(self, "decl", decl)
        set_field(self, "decl_kind", decl_kind)
        set_field(self, "decl_date", decl_date)
        set_field(self, "decl_date_valid", decl_date_valid)
        set_field(self, "has_decl_keyword", has_decl_keyword)


class Tag(Record):
    """One TAGS token as written, without markup."""

    value: str
    span: Span
    markup: bool                 # written as a markdown link `[PGOV](#)`

    __slots__ = ("value", "span", "markup")

    def __init__(self, value, span, markup) -> None:
        set_field(self, "value", value)
        set_field(self, "span", span)
        set_field(self, "markup", markup)


class TagTokens(Sequence):
    """The tokens of a TAGS line too long to hold as Tag objects (a megabyte run-on holds 230,000):
    their values, and where each stands as numbers; a Tag is made when one is read. In position
    order, and equal to the tuple of the same Tags."""

    __slots__ = ("values", "lines", "columns", "end_columns", "marked")

    def __init__(self, values: list[str], lines: list[int], columns: list[int],
                 end_columns: list[int], marked: frozenset[int]) -> None:
        self.values, self.lines, self.columns, self.end_columns = (
            values,
            lines,
            columns,
            end_columns,
        )
        self.marked = marked            # indices of the tokens written as links

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        i = range(len(self))[i]
        return Tag(self.values[i], self.span_at(i), i in self.marked)

    def span_at(self, i: int) -> Span:
        """The span of token i, without making its Tag."""
        return Span(self.lines[i], self.columns[i], self.lines[i], self.end_columns[i])

    def marked_or_at(self, positions: set[tuple[int, int]]) -> list[Tag]:
        """The Tags written as links or standing at one of these (line, column) positions, in
        order."""
        found = set(self.marked)
        if positions:
            found.update(i for i, at in enumerate(zip(self.lines, self.columns)) if at in positions)
        return [self[i] for i in sorted(found)]

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, TagTokens)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"TagTokens({len(self)} tokens)"


class Tags(Record):
    """The TAGS line(s)."""

    raw: Text
    label: Text
    tags: tuple[Tag, ...] | TagTokens

    __slots__ = ("raw", "label", "tags")

    def __init__(self, raw, label, tags) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "tags", tags)


class Subject(Record):
    """SUBJECT, possibly wrapped over several lines."""

    raw: Text
    label: Text
    text: str
    label_alone: bool     # the label stands alone on its line, the text follows on the next
    run_on: str | None  # what ran into it on the same line: ref | classified_by | page_break
    run_on_text: str | None  # ... as written (the REF label: `REFTELS:`)
    corrected: bool          # the text opens with `CORRECTED COPY`: a corrected copy of a cable

    __slots__ = ("raw", "label", "text", "label_alone", "run_on", "run_on_text", "corrected")

    def __init__(self, raw, label, text, label_alone=False, run_on=None, run_on_text=None,
                 corrected=False) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "text", text)
        set_field(self, "label_alone", label_alone)
        set_field(self, "run_on", run_on)
        set_field(self, "run_on_text", run_on_text)
        set_field(self, "corrected", corrected)


class Enumerator(Record):
    """A list item's enumerator as written and its letter, upper case (`(b)`: B)."""

    text: Text
    letter: str

    __slots__ = ("text", "letter")

    def __init__(self, text, letter) -> None:
        set_field(self, "text", text)
        set_field(self, "letter", letter)


class RefItem(Record):
    """One REF item: its enumerator as written (`A.`, `[1B.](#)`) and that enumerator's letter, the
    enumerators its text holds, and the station and year of the cable it cites."""

    enumerator: Text | None
    text: Text
    letter: str | None          # the enumerator's letter, upper case
    # after a mirror's enumerator, the cable's own of the same letter (`C. C) SINGAPORE`: `C)`)
    doubled: Text | None
    # an enumerator right after the item's own (`¶B. C) MEXICO 2367`: `C)`)
    inner: Enumerator | None
    # without an enumerator of its own, one glued to the text (`(B)SAO PAULO 10`: `(B)`)
    glued: Enumerator | None
    # enumerators of further items inside the text, not at its end (`... D) 06 Reykjavik 364`)
    later: tuple[Enumerator, ...]
    station: Text | None        # the station of the cable cited (`SAO PAULO`); None: no cable
    year: Text | None           # the year written before the station (`09 STATE 96625`: `09`)

    __slots__ = ("enumerator", "text", "letter", "doubled", "inner", "glued", "later", "station",
                 "year")

    def __init__(self, enumerator, text, letter=None, doubled=None, inner=None, glued=None,
                 later=(), station=None, year=None) -> None:
        set_field(self, "enumerator", enumerator)
        set_field(self, "text", text)
        set_field(self, "letter", letter)
        set_field(self, "doubled", doubled)
        set_field(self, "inner", inner)
        set_field(self, "glued", glued)
        set_field(self, "later", later)
        set_field(self, "station", station)
        set_field(self, "year", year)


class Refs(Record):
    """The REF block."""

    raw: Text
    label: Text
    items: tuple[RefItem, ...]
    run_on: str | None     # what ran into its last line: classified_by
    colon: bool            # a colon follows the label (spaces aside)

    __slots__ = ("raw", "label", "items", "run_on", "colon")

    def __init__(self, raw, label, items, run_on=None, colon=False) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "items", items)
        set_field(self, "run_on", run_on)
        set_field(self, "colon", colon)


class ClassifiedBy(Record):
    """`Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).`"""

    raw: Text
    section: Text | None          # `1.4` or `1.5` as written
    section_number: str | None    # ... normalised (`1. 4`: 1.4)
    letters: tuple[str, ...]      # lower-cased reason letters
    letters_span: Span | None
    reason_word: bool     # `Reason(s)` written before the section (also wrapped mid-word)
    after_reason: str | None  # the rest of the reason's line, stripped; None: it wraps
    run_on: str | None     # what ran into it after the reason on the same line: text
    doubled_label: Text | None  # the label written a second time (`Classified By: Classified by`)

    __slots__ = (
        "raw", "section", "section_number", "letters", "letters_span", "reason_word",
        "after_reason", "run_on", "doubled_label",
    )

    def __init__(
            self, raw, section, letters, letters_span, reason_word=False, after_reason=None,
            run_on=None, doubled_label=None, section_number=None
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "section", section)
        set_field(self, "section_number", section_number)
        set_field(self, "letters", letters)
        set_field(self, "letters_span", letters_span)
        set_field(self, "reason_word", reason_word)
        set_field(self, "after_reason", after_reason)
        set_field(self, "run_on", run_on)
        set_field(self, "doubled_label", doubled_label)

    @property
    def truncated(self) -> bool:
        """The mirror cut the line short (`Classified By: Ambassador John ...`)."""
        return self.raw.value.rstrip().endswith(("...", "\u2026"))

    @property
    def derivative(self) -> bool:
        """Derivative classification (`Classified By: Derived from Multiple Sources`, `DERIVED FROM:
        DSCG 05-1 B, D`): it cites its sources, and the reason is theirs."""
        return re.match(r"(?:\([A-Z/]{1,6}\)\s*)?(?:Classified\s+By\s*:?\s*)?Derived\s+from\b",
                        self.raw.value, re.I) is not None


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
    noforn: bool                   # its portion mark carries NOFORN (`S/NF`, `C//NOFORN`)
    # its place in the cable's numbering: inside a nested numbering (`numbering.walk`: a `1` far
    # into the count, a quoted cable's own numbers), inside a quoted text (`numbering.quoted`)
    nested: bool
    quoted: bool

    __slots__ = (
        "span", "marker", "number", "number_text", "pilcrow", "space_after_pilcrow",
        "space_before_mark", "markup", "portion_mark", "level", "damaged_mark", "wrapped_number",
        "withheld", "marked_items", "noforn", "nested", "quoted",
    )

    def __init__(
            self, span, marker, number, number_text, pilcrow, space_after_pilcrow,
            space_before_mark, markup, portion_mark, damaged_mark=None, wrapped_number=False,
            withheld=False, marked_items=False, noforn=False, nested=False, quoted=False,
            level=None
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


class RepeatedBanner(Record):
    """The banner again before paragraph 1 (seed 004 L50), and the span of the lines from it that
    repeat, line for line, the block from the banner before it down to it (None: not all a copy)."""

    raw: Text
    copy: Span | None

    __slots__ = ("raw", "copy")

    def __init__(self, raw, copy) -> None:
        set_field(self, "raw", raw)
        set_field(self, "copy", copy)


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


class Container(Record):
    """What the cable text was taken out of (cablelint/container): layout, steps and markup traces.

    Spans here, as everywhere in the model, are in the extracted text; the engine maps findings back
    to the original file.
    """

    layout: str  # web-page, plain, html-fragment, json-record, flattened, pdf-text, pdf-extract
    steps: tuple[Step, ...]         # what the source layer did, as codes and values
    reported: bool                  # a container around the cable, reported once (CL136)
    #: value: the HTML link as written; span: the text it wrapped (`¶`)
    anchors: tuple[Text, ...]
    tag_links: tuple[Text, ...]
    #: named-entity annotations stripped (`[LOC HARARE  ]`); span: the entity's words
    annotations: tuple[Text, ...]
    #: the original file's line of each extracted line (empty when the lines are the file's own)
    source_lines: tuple[int, ...]

    __slots__ = ("layout", "steps", "reported", "anchors", "tag_links", "annotations",
                 "source_lines")

    def __init__(self, layout, steps, reported, anchors=(), tag_links=(), annotations=(),
                 source_lines=()) -> None:
        set_field(self, "layout", layout)
        set_field(self, "steps", steps)
        set_field(self, "reported", reported)
        set_field(self, "anchors", anchors)
        set_field(self, "tag_links", tag_links)
        set_field(self, "annotations", annotations)
        set_field(self, "source_lines", source_lines)


class Source(Record):
    """The text the parser read: the file's name, its lines, how its bytes were decoded, what it
    was taken out of, and whether its line breaks were lost."""

    path: str
    lines: tuple[str, ...]
    encoding: str                # how the bytes were decoded (cp1252/latin-1 when not UTF-8)
    container: Container | None  # the layout the text was taken out of (None: parsed directly)
    flattened: bool              # line breaks were lost upstream (one giant line)

    __slots__ = ("path", "lines", "encoding", "container", "flattened")

    def __init__(self, path, lines, encoding="utf-8", container=None, flattened=False) -> None:
        set_field(self, "path", path)
        set_field(self, "lines", lines)
        set_field(self, "encoding", encoding)
        set_field(self, "container", container)
        set_field(self, "flattened", flattened)


class Traces(Record):
    """What web mirrors, archives and publishers put in and around the cable: text that is not the
    cable's own. (The cable's own text damaged in copying, a divider cut or a sentence split, is
    recorded with the part it damages.)"""

    metadata: MirrorMetadata | None
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

    __slots__ = (
        "metadata", "chrome", "partial_notice", "dateline", "embedded", "declassification_stamps",
        "eo_stamps", "withheld_end", "withheld_banner", "lettered_pilcrows", "wrapped_pilcrows",
    )

    def __init__(
            self, metadata=None, chrome=(), partial_notice=None, dateline=None, embedded=(),
            declassification_stamps=(), eo_stamps=(), withheld_end=False, withheld_banner=None,
            lettered_pilcrows=(), wrapped_pilcrows=()
    ) -> None:
        set_field(self, "metadata", metadata)
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


NO_TRACES = Traces()


@dataclass(frozen=True)
class Cable:
    """One cable as the parser understood it: its `source`, its parts (the fields between), and the
    `traces` mirrors and archives left. Derived facts are properties, computed from parts."""

    source: Source
    header: Header | None = None
    banner: Banner | None = None
    captions: tuple[Caption, ...] = ()
    repeated_banners: tuple[RepeatedBanner, ...] = ()  # the banner again before paragraph 1
    standalone_captions: tuple[Caption, ...] = ()  # captions alone after a break, shaped like one
    eo: EoLine | None = None
    tags: Tags | None = None
    subject: Subject | None = None
    refs: Refs | None = None
    classified_by: ClassifiedBy | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    #: the index of the first text line below the header parts (banner, E.O., TAGS, SUBJECT, REF,
    #: Classified By) that is not the banner again (None: no text below them)
    first_line_below_parts: int | None = None
    page_breaks: tuple[PageBreak, ...] = ()
    glued_page_breaks: tuple[GluedPageBreak, ...] = ()  # page-break text inside a line
    splits: tuple[Split, ...] = ()
    signature: Text | None = None
    body_captions: tuple[Text, ...] = ()     # `SIPDIS` lines inside the text
    unopened_end_summary: Text | None = None  # an `END SUMMARY` with no summary start before it
    lone_ends: tuple[Text, ...] = ()  # paragraph ends in a lone `End` (`End Summary` cut)
    damaged_dividers: tuple[Text, ...] = ()  # divider lines split in pieces or cut short
    #: `Democrats, position`: plural possessives written with a comma, in a text with `X,s` damage
    plural_possessives: tuple[Text, ...] = ()
    traces: Traces = NO_TRACES

    @property
    def path(self) -> str:
        """The file's name (`source.path`)."""
        return self.source.path

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The text's lines (`source.lines`; cached, as fast to read as a field: every check reads
        them)."""
        return self.source.lines

    def source_line(self, line: int) -> int:
        """The line of the original file that holds line `line` of the cable text: the same line,
        unless the source layer took the text out of a container or put line breaks back (a
        message that names a line, `repeats the one on line 14`, names the file's)."""
        container = self.source.container
        if container is None or not container.source_lines:
            return line
        return container.source_lines[min(line, len(container.source_lines)) - 1]

    @cached_property
    def text(self) -> str:
        """The lines joined again with LF (line ends normalised), for whole-text searches."""
        return "\n".join(self.lines)

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset in `text` where each line starts."""
        return line_starts(self.lines)

    @property
    def level(self) -> str | None:
        """Overall classification letter (U, C, S, T), from the banner, else metadata, else security
        line."""
        if self.banner is not None and self.banner.classification:
            return self.banner.classification[0]
        metadata = self.traces.metadata
        if metadata is not None and metadata.classification is not None:
            return metadata.classification.value.strip()[:1].upper() or None
        if (
            self.header is not None
            and self.header.security is not None
            and self.header.security.letters
        ):
            letter = self.header.security.letters[0]
            return "U" if letter == "E" else letter
        return None

    @cached_property
    def dated(self) -> CableDate | None:
        """When the cable was written (a day or a year, see `dating.resolve_date`), or None."""
        return resolve_date(self)

    @property
    def date(self) -> _dt.date | None:
        """The cable's day, when it is known (DTG, else the mirror's Created date)."""
        return self.dated.exact if self.dated is not None else None

    @property
    def is_empty(self) -> bool:
        """No text at all, or only white space."""
        return not any(
            line.strip() for line in self.lines
        )  # str.strip() also strips NBSP and U+2028

    @cached_property
    def first_line_below_header(self) -> int | None:
        """The index of the first text line below the transmission header (the first text line
        when there is no header), or None: a copy that stops after its header (a PDF cut after the
        addressees, pdf-extract/00DAMASCUS3013) has no text of its own to judge."""
        below = self.header.span.end_line if self.header is not None else 0
        return next((i for i in range(below, len(self.lines)) if self.lines[i].strip()), None)

    @property
    def is_partial(self) -> bool:
        """A partial extract: the mirror says only part of the cable is available."""
        return self.traces.partial_notice is not None
