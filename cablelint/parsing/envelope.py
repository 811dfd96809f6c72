"""Everything above the banner: mirror metadata and chrome, the partial-extract notice, the
header."""

from __future__ import annotations

import datetime as dt
import re

from ..document import Header, MirrorMetadata, Span, Text
from ..record import Record, set_field
from .header import (  # noqa: F401  (MONTHS, starts_header: where the parser published them)
    CHROME_RE, MONTHS, PARTIAL_RE, SITE_DATE_RE, parse_header, starts_header)
from .lines import WS, line_text, match_text
from .reference_id import parse_reference_id

META_LABELS = {"identifier": "reference_id", "reference id": "reference_id", "created": "created",
               "cable dated": "created",
               "released": None, "classification": "classification", "origin": "origin"}
DATE_VALUE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?$")
REFID_VALUE_RE = re.compile(r"^\d{2}[A-Z][A-Z0-9]*\d+$")
CLASSIFICATION_VALUE_RE = re.compile(r"^(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)"
                                     r"(//[A-Z /]+)?$")
LABEL_VALUE_RE = re.compile(r"^(?P<label>Identifier|Reference ID|Created|Cable dated|Released"
                            r"|Classification|Origin)"
                            r"[ \t]*:[ \t\u00a0]*(?P<value>\S.*)$", re.I)
TITLE_RE = re.compile(r"^Cable title:[ \t\u00a0]*(?P<title>.*)$")
META_TAGS_RE = re.compile(r"^Tags:[ \t\u00a0]*(?P<tags>.*)$")
DATELINE_RE = re.compile(r"^(?:US\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,"
                         r"\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s+\d\d:\d\d$")


class Envelope(Record):
    """What stands above the banner: the mirror's metadata and chrome, the partial-extract notice,
    the date line, the transmission header."""

    metadata: MirrorMetadata | None
    chrome: tuple[Text, ...]
    partial_notice: Text | None
    dateline: Text | None
    header: Header | None

    __slots__ = ("metadata", "chrome", "partial_notice", "dateline", "header")

    def __init__(
            self, metadata=None, chrome=(), partial_notice=None, dateline=None, header=None
    ) -> None:
        set_field(self, "metadata", metadata)
        set_field(self, "chrome", chrome)
        set_field(self, "partial_notice", partial_notice)
        set_field(self, "dateline", dateline)
        set_field(self, "header", header)


def parse_envelope(lines: tuple[str, ...], end: int) -> Envelope:
    """Parse lines[0:end] (everything above the banner)."""
    fields: dict = {"chrome": [], "partial_notice": None}
    meta_lines: list[int] = []
    header_start = None
    for i in range(end):
        stripped = lines[i].strip(WS)
        if not stripped:
            continue
        if PARTIAL_RE.search(stripped):
            fields["partial_notice"] = line_text(lines, i)
        elif DATELINE_RE.match(stripped):
            fields["dateline"] = line_text(lines, i)
        elif CHROME_RE.search(stripped):
            fields["chrome"].append(line_text(lines, i))
        elif header_start is None and starts_header(stripped):
            header_start = i
        elif header_start is None or SITE_DATE_RE.match(stripped):
            meta_lines.append(i)
    fields["chrome"] = tuple(fields["chrome"])
    fields["metadata"] = _metadata(lines, meta_lines)
    if header_start is not None:
        fields["header"] = parse_header(lines, header_start, end)
    return Envelope(**fields)


def _metadata(lines: tuple[str, ...], indices: list[int]) -> MirrorMetadata | None:
    """`Label: value` lines (inline), labels then values (labelled), or values only; plus `Cable
    title:` and `Tags:` lines."""
    if not indices:
        return None
    found: dict = {}
    labels: list[str | None] = []
    values: list[int] = []
    title_index = None
    inline = False
    for position, i in enumerate(indices):
        stripped = lines[i].strip(WS)
        title = TITLE_RE.match(stripped)
        tags = META_TAGS_RE.match(stripped)
        pair = LABEL_VALUE_RE.match(stripped)
        if pair and META_LABELS[pair.group("label").lower()]:
            inline = True
            found[META_LABELS[pair.group("label").lower()]] = _stripped_group(
                lines, i, pair, "value")
        elif pair:
            inline = True
        elif stripped.lower() in META_LABELS:
            labels.append(META_LABELS[stripped.lower()])
        elif title:
            title_index = position
            if title.group("title").strip(WS):
                found["title"] = _stripped_group(lines, i, title, "title")
        elif tags:
            found["tags"] = _meta_tags(lines, i)
        elif title_index is not None and position == title_index + 1 and "title" not in found:
            found["title"] = line_text(lines, i)
        else:
            values.append(i)
    if labels:
        for label, i in zip(labels, values):
            if label:
                found[label] = line_text(lines, i)
        layout = "labelled"
    elif inline:
        layout = "inline"
    else:
        for i in values:
            text = line_text(lines, i)
            if DATE_VALUE_RE.match(text.value):
                found.setdefault("created", text)
            elif REFID_VALUE_RE.match(text.value):
                found.setdefault("reference_id", text)
            elif CLASSIFICATION_VALUE_RE.match(text.value):
                found.setdefault("classification", text)
            elif "created" in found and "origin" not in found and len(text.value) < 60:
                found["origin"] = text
        layout = "values-only"
    # `Cable title:` with nothing after it (seed 003)
    if title_index is not None and "title" not in found:
        # reported at the label
        found["title"] = Text("", line_text(lines, indices[title_index]).span)
    if not found:
        return None
    created = found.get("created")
    first, last = line_text(lines, indices[0]), line_text(lines, indices[-1])
    span = Span(first.span.line, 1, last.span.line, last.span.end_column)
    reference, classification = found.get("reference_id"), found.get("classification")
    written = classification.value if classification is not None else None
    return MirrorMetadata(span=span, layout=layout, created_at=_created_at(created), **found,
                          reference=reference and parse_reference_id(reference.value),
                          marking=written and written.split("//")[0].strip().upper(),
                          noforn=written is not None and "NOFORN" in written.upper(),
                          official_use=written is not None
                          and "FOR OFFICIAL USE ONLY" in written.upper())


def _stripped_group(lines: tuple[str, ...], i: int, match: re.Match, group: str) -> Text:
    raw = match_text(i, match, group, offset=len(lines[i]) - len(lines[i].lstrip(WS)))
    value = raw.value.strip(WS)
    start = raw.span.column + (len(raw.value) - len(raw.value.lstrip(WS)))
    return Text(value, Span(raw.span.line, start, raw.span.line, start + len(value)))


def _meta_tags(lines: tuple[str, ...], i: int) -> tuple[Text, ...]:
    return tuple(Text(m.group(), Span(i + 1, m.start() + 1, i + 1, m.end() + 1))
                 for m in re.finditer(r"[^ \t\u00a0]+", lines[i])
                 if m.group() != "Tags:")


def _created_at(created: Text | None) -> dt.datetime | None:
    if created is None:
        return None
    m = DATE_VALUE_RE.match(created.value)
    if not m:
        return None
    try:
        return dt.datetime(*(int(g) for g in m.groups()[:5]))
    except ValueError:
        return None
