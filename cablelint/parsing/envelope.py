"""Everything above the banner: mirror metadata and chrome, the partial-extract notice, the
header."""

from __future__ import annotations

import datetime as dt
import re

from ..document import DeLine, Dtg, Header, MirrorMetadata, SecurityLine, Span, Text
from ..record import Record, set_field
from .lines import WS, line_text, match_text

MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}

PARTIAL_RE = re.compile(r"This record is a partial extract of the original cable", re.I)
#: Web-page navigation, and the line a database export put between its header and the cable
#: (`----- header ends -----`, 08QUITO327).
CHROME_RE = re.compile(r"wikileaks\s+ico|how-to\s+read\s+a\s+cable|Home\s+papers\s+ico"
                       r"|^-{3,}\s*header ends\s*-{3,}$", re.I)
TRANSMISSION_RE = re.compile(r"^VZCZC\S*")
ROUTING_RE = re.compile(r"^([ZOPR])\1\s+[A-Z]")
DE_RE = re.compile(r"^DE\s+(?P<ri>[A-Z]+)?\s*(?:#(?P<serial>\d+)(?:/(?P<section>\d+))?)?\s*"
                   r"(?P<day>\d{3})?(?P<time>\d{4})?")
SECURITY_RE = re.compile(r"^(?P<signal>ZN[A-Z])\s+(?P<letters>[A-Z]+)\s*(?P<closing>ZZH)?")
DTG_RE = re.compile(
    r"^(?P<prosigns>[ZOPR](?:\s+[ZOPR])?)\s+(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})Z\s+"
    r"(?P<month>[A-Z]{3})\s+(?P<year>\d{2,4})(?P<signals>.*)$")
DTG_LOOSE_RE = re.compile(r"^[ZOPR](?:\s+[ZOPR])?\s+\d{5,7}Z?\b")
FM_RE = re.compile(r"^FM\s+(?P<name>\S.*)$")
ADDR_LABEL_RE = re.compile(r"^(?P<label>TO|INFO|XMT)\b\s*(?P<rest>.*)$")
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
#: The site's date line (`Cable dated:2005-07-15T15:24:00`), also where the site put it under the
#: transmission header (html-extract/07RIYADH2441): mirror metadata, no addressee.
SITE_DATE_RE = re.compile(r"^Cable dated:", re.I)
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
        fields["header"] = _header(lines, header_start, end)
    return Envelope(**fields)


def starts_header(stripped: str) -> bool:
    """True for a line that opens the transmission header: VZCZC, routing, DTG or FM."""
    return bool(TRANSMISSION_RE.match(stripped) or DTG_LOOSE_RE.match(stripped)
                or FM_RE.match(stripped) or ROUTING_RE.match(stripped))


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
    return MirrorMetadata(span=span, layout=layout, created_at=_created_at(created), **found)


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


def _header(lines: tuple[str, ...], start: int, end: int) -> Header:
    fields: dict = {"action": [], "info": []}
    current = None   # the addressee list being continued
    last = start
    for i in range(start, end):
        stripped = lines[i].strip(WS)
        if not stripped or PARTIAL_RE.search(stripped) or CHROME_RE.search(stripped):
            current = None if not stripped else current
            continue
        if SITE_DATE_RE.match(stripped):
            current = None
            continue
        last = i
        text = line_text(lines, i)
        addr = ADDR_LABEL_RE.match(stripped)
        if TRANSMISSION_RE.match(stripped) and "transmission_id" not in fields:
            fields["transmission_id"] = Text(stripped.split()[0], Span(
                text.span.line, text.span.column,
                text.span.line, text.span.column + len(stripped.split()[0])))
        elif ROUTING_RE.match(stripped) and "routing" not in fields:
            fields["routing"] = text
        elif stripped.startswith("DE ") and "de" not in fields:
            fields["de"] = _de(text)
        elif SECURITY_RE.match(stripped) and "security" not in fields:
            fields["security"] = _security(text)
        elif DTG_LOOSE_RE.match(stripped) and "dtg" not in fields:
            fields["dtg"] = parse_dtg(text)
        elif FM_RE.match(stripped) and "originator" not in fields:
            fields["originator"] = text
            current = None
        elif addr and addr.group("label") in ("TO", "INFO"):
            current = fields["action" if addr.group("label") == "TO" else "info"]
            if addr.group("rest"):
                current.append(text)
        elif current is not None:
            current.append(text)
    first = line_text(lines, start)
    tail = line_text(lines, last)
    span = Span(first.span.line, first.span.column, tail.span.line, tail.span.end_column)
    fields["action"] = tuple(fields["action"])
    fields["info"] = tuple(fields["info"])
    return Header(span=span, **fields)


def _de(text: Text) -> DeLine:
    m = DE_RE.match(text.value)
    day = m.group("day") if m else None
    return DeLine(raw=text, routing_indicator=m.group("ri") if m else None,
                  serial=m.group("serial") if m else None,
                  section=m.group("section") if m else None,
                  day_of_year=int(day) if day else None, time=m.group("time") if m else None)


def _security(text: Text) -> SecurityLine:
    m = SECURITY_RE.match(text.value)
    return SecurityLine(raw=text, signal=m.group("signal"), letters=m.group("letters"),
                        closing=m.group("closing"))


def parse_dtg(text: Text) -> Dtg:
    """Parse a date-time group: what is written, and `when` (None when it is not of the DTG's form,
    or names no real time; checks/form.py says which)."""
    m = DTG_RE.match(text.value)
    if not m:
        return Dtg(raw=text, prosigns=None, day=None, hour=None, minute=None, month=None, year=None,
                   signals="", when=None)
    day, hour, minute = int(m.group("day")), int(m.group("hour")), int(m.group("minute"))
    month, year_text = m.group("month"), m.group("year")
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year > 10 else 2000
    when = None
    if month in MONTHS and len(year_text) in (2, 4) and hour <= 23 and minute <= 59:
        try:
            when = dt.datetime(year, MONTHS[month], day, hour, minute)
        except ValueError:
            pass
    return Dtg(raw=text, prosigns=" ".join(m.group("prosigns").split()), day=day, hour=hour,
               minute=minute,
               month=month, year=year, signals=m.group("signals").strip(WS), when=when,
               written_year=year_text)
