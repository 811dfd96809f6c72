"""Text to Cable through the parser's stages, each returning typed parts: envelope, banner, preamble
layout, body, one resolver per labelled part (resolve.py), scans. Never raises on content."""

from __future__ import annotations

from ..document import Banner, Cable, Container, Source, Traces
from .body import parse_body, preamble_page_breaks
from .captions import parse_caption, standalone_captions
from .copies import copy_embedded, is_preview, second_copy
from .envelope import Envelope, parse_envelope, starts_header
from .footers import footer_chrome
from .header import header_ends_below
from .layout import Layout, lay_out, starts_part
from .lines import WS
from .paragraphs import is_paragraph_start, numbered
from .pilcrows import wrapped_pilcrows
from .reference_id import file_reference
from .resolve import Parts, RunOnLines, resolve
from .scan import flattened_captions, plural_possessives, scan
from .signatures import signature, withheld_end
from .stamps import eo_stamps, stamp_lines
from .banner import (find_banner, first_line_past_banners, parse_banner, repeated_banners,
                     withheld_banner)
from .classified_by import find_classified_by
from .eo import find_eo
from .tags import RUN_ON_TAGS_RE  # noqa: F401  (as the parser published it)

#: A cable whose text has at most this many lines but one line longer than FLAT_LINE lost its line
#: breaks.
FLAT_MAX_LINES, FLAT_LINE = 3, 1500
#: The transmission header, when there is one, starts within this many lines.
HEADER_SEARCH = 60


def parse(text: str, path: str = "<text>", encoding: str = "utf-8",
          container: Container | None = None) -> Cable:
    """Parse a cable's text (taken out of `container`, if any). Every part keeps its span;
    oddities are recorded, never raised."""
    lines = tuple(text.split("\n"))
    if lines and lines[-1] == "":
        lines = lines[:-1]
    non_blank = [i for i, line in enumerate(lines) if line.strip(WS)]     # is_blank, inlined
    if len(non_blank) <= FLAT_MAX_LINES and any(len(lines[i]) > FLAT_LINE for i in non_blank):
        return _parse_flattened(Source(path, lines, encoding, container, True), non_blank)
    return _parse(Source(path, lines, encoding, container))


def _parse(source: Source) -> Cable:
    lines, container = source.lines, source.container
    preamble_start = _first_label(lines)
    banner = find_banner(lines, 0, preamble_start)
    header_at = next((i for i, line in enumerate(lines[:preamble_start])
                      if line.startswith("VZCZC")), None)
    if banner is not None and header_at is not None and banner[0] < header_at:
        # A banner above the transmission header is misplaced (09STATE119085); the cable's own
        # follows it.
        banner = find_banner(lines, header_at, preamble_start) or banner
    envelope_end = banner[0] if banner is not None else preamble_start
    envelope = parse_envelope(lines, envelope_end)
    banner_part = parse_banner(lines, *banner) if banner is not None else None
    start = envelope_end + 1 if banner is not None else envelope_end
    body_start = _first_paragraph(lines, start)
    # A second copy or another cable glued after this one is reported once (CL125), and not judged
    # as part of this cable (its SIPDIS, its paragraph 1, its Classified By; 03THEHAGUE3067,
    # 73TEHRAN8233).
    copy = second_copy(lines, banner_part, start, body_start)
    copy_at = copy[0] if copy is not None else None
    # ... but when the text before it is the site's preview of the same cable, the full copy is
    # judged (if its paragraphs were found: it may be one flattened line, html-extract/08USNATO290).
    preview = copy is not None and copy[1] and is_preview(lines, body_start, copy_at) \
        and _same_first_number(lines, body_start, _first_paragraph(lines, copy_at))
    body_start = min(body_start, copy_at) if copy_at is not None else body_start
    layout = lay_out(lines, start, body_start, banner_part)
    own = lines[:copy_at] if copy_at is not None and not preview else lines
    body_from = _first_paragraph(lines, copy_at) if preview else body_start
    body = parse_body(own, body_from, lines[copy_at] if len(own) < len(lines) else "")
    body = body.replace(paragraphs=numbered(body.paragraphs, lines),
                        page_breaks=(*preamble_page_breaks(own, start, body_from),
                                     *body.page_breaks))
    # E.O., TAGS, Classified By run on after the banner (05PARIS7777) or after a caption
    # (`SENSITIVE SIPDIS E.O. 12958: N/A`)
    banner_end = banner_part.raw.span.end_column - 1 if banner_part is not None else None
    after_banner = (envelope_end, banner_end) if banner_part is not None else None
    parts = resolve(lines, layout, RunOnLines(after_banner, start, body_start), body.paragraphs)
    # A summary may start on the last label line above the text (`... REASON: 1.4 (b), (d) Summary`,
    # 09VATICAN113), not before it.
    labelled = (parts.subject, parts.refs, parts.classified_by)
    last_label = max((part.raw.span.end_line - 1 for part in labelled
                      if part is not None and part.raw.span.line <= body_start), default=start)
    scans = scan(own, start, body_from, last_label, banner_part and banner_part.station,
                 _set_apart(container))
    if copy_at is not None:     # the second copy's signature ends the text; it is embedded once
        body = body.replace(signature=signature(lines))
        scans = scans.replace(embedded=copy_embedded(lines, scans.embedded, copy_at))
    captions = tuple(map(parse_caption, layout.captions))
    wrapped = wrapped_pilcrows(lines, body.paragraphs, _set_apart(container))
    traces = _traces(source, envelope, below=envelope_end, embedded=scans.embedded,
                     lettered_pilcrows=scans.lettered_pilcrows, wrapped_pilcrows=wrapped,
                     converter_repeats=scans.converter_repeats,
                     run_in_headings=scans.run_in_headings,
                     withheld_banner=None if banner_part is not None
                     else withheld_banner(lines, _first_part_line(parts, body_start)))
    return Cable(source, header=envelope.header, banner=banner_part, captions=captions,
                 repeated_banners=repeated_banners(lines, banner_part, layout.repeated_banners)
                 if banner_part is not None else (),
                 standalone_captions=standalone_captions(lines, captions, banner_part),
                 **parts.fields(),
                 first_line_below_parts=_first_line_below_parts(lines, banner_part, parts),
                 **body.fields(), glued_page_breaks=scans.glued_page_breaks,
                 body_captions=scans.body_captions,
                 unopened_end_summary=scans.unopened_end_summary, lone_ends=scans.lone_ends,
                 damaged_dividers=scans.damaged_dividers,
                 plural_possessives=plural_possessives(lines), traces=traces)


def _first_label(lines: tuple[str, ...]) -> int:
    """Index where the envelope ends: the first E.O. line or numbered paragraph (the banner comes
    before both); without either, the first TAGS, SUBJECT or Classified By line.

    The search starts at the transmission header when there is one, and TAGS or SUBJECT alone do not
    end the envelope, because mirrors put their own `Tags:` above it (seed 004 L13, 06MEXICO1311
    L24).
    """
    start = next((i for i, line in enumerate(lines[:HEADER_SEARCH])
                  if starts_header(line.strip(WS))), 0)
    weak = None
    for i in range(start, len(lines)):
        stripped = lines[i].lstrip(WS)
        if not stripped:
            continue    # a blank line is no label and no paragraph (a megabyte of them: 1.8 s)
        if find_eo(stripped) is not None or is_paragraph_start(lines, i):
            return i
        if weak is None and starts_part(stripped):
            weak = i
    return weak if weak is not None else len(lines)


def _first_paragraph(lines: tuple[str, ...], start: int) -> int:
    for i in range(start, len(lines)):
        if is_paragraph_start(lines, i) and find_classified_by(lines[i]) is None:
            return i
    return len(lines)


def _same_first_number(lines: tuple[str, ...], first: int, other: int) -> bool:
    """Paragraphs start at lines `first` and `other` with the same number (the copy starts as the
    preview)."""
    if max(first, other) >= len(lines):
        return False
    numbers = [is_paragraph_start(lines, i) for i in (first, other)]
    return all(numbers) and numbers[0].group("number") == numbers[1].group("number")


def _first_line_below_parts(lines: tuple[str, ...], banner: Banner | None,
                            parts: Parts) -> int | None:
    """The first text line below the banner and the labelled parts that is not the banner
    again."""
    below = max((part.raw.span.end_line for part in (banner, *parts.fields().values())
                 if part is not None), default=0)
    return first_line_past_banners(lines, below)


def _traces(source: Source, envelope: Envelope, below: int | None = None, **found) -> Traces:
    """What mirrors and archives left: above the banner (`envelope`), an export's separators from
    line `below` (the banner's) on, export footers, an archive's declassification stamps (and those
    written in place of the E.O. line), a withheld end, what the scans `found`; and the reference
    id the file is named by."""
    lines = source.lines
    stamps = stamp_lines(lines)
    separators = header_ends_below(lines, below) if below is not None else ()
    return Traces(metadata=envelope.metadata, file_reference=file_reference(source.path),
                  chrome=envelope.chrome + separators + footer_chrome(lines),
                  partial_notice=envelope.partial_notice, dateline=envelope.dateline,
                  declassification_stamps=stamps, eo_stamps=eo_stamps(stamps),
                  withheld_end=withheld_end(lines), **found)


def _first_part_line(parts: Parts, body_start: int) -> int:
    """The 0-based line of the first of the E.O. line, TAGS and SUBJECT, else of paragraph 1."""
    return min((part.raw.span.line - 1 for part in (parts.eo, parts.tags, parts.subject)
                if part is not None), default=body_start)


def _set_apart(container: Container | None) -> bool:
    """The source layer put a blank line before each paragraph marker it found inside a flattened
    text (a flattened file, or a JSON record's or another container's body it re-lined)."""
    return container is not None and (container.layout == "flattened" or any(
        step.code == "relined" for step in container.steps))


def _parse_flattened(source: Source, non_blank: list[int]) -> Cable:
    """Text whose line breaks were lost upstream: find the labelled parts inside the long line."""
    lines = source.lines
    index = max(non_blank, key=lambda i: len(lines[i]))
    banner = find_banner(lines, index, index + 1)
    envelope = parse_envelope(lines, index)
    parts = resolve(lines, Layout(), RunOnLines(None, index, index + 1))
    banner_part = parse_banner(lines, *banner) if banner is not None else None
    traces = _traces(source, envelope, wrapped_pilcrows=wrapped_pilcrows(
        lines, (), _set_apart(source.container)))
    return Cable(source, header=envelope.header, banner=banner_part, **parts.fields(),
                 first_line_below_parts=_first_line_below_parts(lines, banner_part, parts),
                 signature=signature(lines),
                 body_captions=flattened_captions(lines[index], index),
                 plural_possessives=plural_possessives(lines), traces=traces)
