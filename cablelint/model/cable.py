"""The `Cable` itself: its `Source` (the text read, and the `Container` it was taken out of),
its parts and its traces, with the facts derived from them."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..dating import CableDate, resolve_date
from ..record import Record, set_field
from .spans import joined
from .traces import NO_TRACES

if TYPE_CHECKING:
    from ..container.steps import Step
    from .banner import Banner, Caption, RepeatedBanner
    from .body import GluedPageBreak, PageBreak, Paragraph, Split
    from .header import Header
    from .labelled import EoLine, Subject, Tags
    from .refs import ClassifiedBy, Refs
    from .spans import Text
    from .traces import Traces


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
        return joined(self.lines)[0]

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset in `text` where each line starts."""
        return joined(self.lines)[1]

    def offset(self, line: int, column: int) -> int:
        """The offset in `text` of a 1-based line and column (past the last line: the end)."""
        if line > len(self.lines):
            return len(self.text)
        return self.line_starts[line - 1] + column - 1

    @cached_property
    def link_offsets(self) -> list[int]:
        """Where in `text` the HTML links that the source layer took out stood, sorted (a fix on
        one of them unwraps the link in the file)."""
        container = self.source.container
        links = () if container is None else (*container.anchors, *container.tag_links)
        return sorted(self.offset(t.span.line, t.span.column) for t in links)

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
        """The cable's day, when it is known (DTG, else the mirror's Created date, else the date of
        the cables.csv row that names the cable)."""
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
