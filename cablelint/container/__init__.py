"""The source layer: recognise the container one input came in, take the cable text out of it, and
keep the offset map back to the original file (between `source.decode` and the parser).

Layouts: `web-page` (the text of a WikiLeaks page: mirror metadata, partial-extract notice), `plain`
(a telegram as text), `html-fragment` (`<code><pre>` with anchors and TAG links), `json-record` (a
JSON object with body, header, origin, date_time, classification), `flattened` (line breaks lost: a
JSON body), `pdf-text` (a converter's text of a cable PDF), `pdf-extract` (a PDF's text layer).
Only the last five are containers that a rule reports (`reported`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import islice

from ..lazy_regex import lazy_compile
from ..record import Record, set_field
from .annotations import extracted_offset, strip_annotations
from .flat import reline_body, reline_header
from .html import extract_html, is_fragment
from .jsonrec import BODY_KEYS, decode_string, parse_record
from .offsets import LineIndex, MapBuilder, OffsetMap, join_texts, map_span, place_edit
from .pdf import extract_pdf_extract, extract_pdf_text, is_pdf_extract, is_pdf_text
from .steps import Step

__all__ = ["Extraction", "Step", "Trace", "extract", "LineIndex", "OffsetMap", "map_span",
           "place_edit"]

#: Text with at most this many non-blank lines, one of them longer than FLAT_LINE, lost its line
#: breaks.
FLAT_MAX_LINES, FLAT_LINE, SHORT_FLAT_LINE = 3, 1500, 300
_FLAT_LABELS_RE = lazy_compile(r"E\.\s?[Oo]\.\s*\d{4,5}|TAGS?\s*:|Tags\s*:|SUBJECT\s*:|"
                               r"Subject\s*:", re.I)
#: Layouts that are containers around the cable (reported once per file), not the cable's own text.
CONTAINERS = ("html-fragment", "json-record", "flattened", "pdf-text", "pdf-extract")
#: Every layout `extract` recognises, in the order reports list them.
LAYOUTS = ("web-page", *CONTAINERS, "plain")
#: A web page's metadata labels, searched in lower case after a line break: a case-blind search
#: tried at every position took 0.18 ms a cable, this one 0.04 ms.
_WEB_PAGE_LABEL_RE = re.compile(r"\n(?:(?:reference id|identifier|created|cable title)\s*:?\s*$"
                                r"|(?:reference id|created|cable title|cable dated):)", re.M)
_PARTIAL_EXTRACT = "this record is a partial extract of the original cable"
#: The site's date line with the cable's banner glued after it
#: (`Cable dated:2005-07-15T15:24:00S E C R E T`, html-extract/05TELAVIV4403): a break put back.
_GLUED_DATE_LINE_RE = re.compile(
    r"^Cable dated:[ \t]*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?P<gap>[ \t]*)(?=[^\s:\d])", re.M)
#: A page whose line breaks inside paragraphs came as U+2028 LINE SEPARATOR
#: (html-extract/08MEXICO886: `\u2028\u20282. (U) Five Mexican ...`): each is a line break of the
#: cable.
_LINE_SEPARATOR_RE = re.compile("\u2028")
_PRE_RE = lazy_compile(r"<pre\b", re.I)
_JSON_DATE_RE = lazy_compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})[ T](?P<H>\d{1,2}):"
                             r"(?P<M>\d\d)")
#: JSON fields given to the parser as the mirror metadata block, with their labels there.
_METADATA_FIELDS = (("reference_id", "Reference ID"), ("date_time", "Created"),
                    ("classification", "Classification"),
                    ("origin", "Origin"))


class Trace(Record):
    """Markup taken out of the text: `kind` (anchor, tag-link), the markup as written, and the
    extracted range of the text it wrapped."""

    kind: str
    markup: str
    start: int
    end: int

    __slots__ = ("kind", "markup", "start", "end")

    def __init__(self, kind, markup, start, end) -> None:
        set_field(self, "kind", kind)
        set_field(self, "markup", markup)
        set_field(self, "start", start)
        set_field(self, "end", end)


class Extraction(Record):
    """The cable text taken out of one input, with its layout, steps and map to the original."""

    layout: str
    text: str
    offsets: OffsetMap
    steps: tuple[Step, ...]
    traces: tuple[Trace, ...]
    #: line breaks put back in text that had lost them (besides the flattened and JSON layouts)
    relined: bool

    __slots__ = ("layout", "text", "offsets", "steps", "traces", "relined")

    def __init__(self, layout, text, offsets, steps=(), traces=(), relined=False) -> None:
        set_field(self, "layout", layout)
        set_field(self, "text", text)
        set_field(self, "offsets", offsets)
        set_field(self, "steps", steps)
        set_field(self, "traces", traces)
        set_field(self, "relined", relined)

    def encoded(self, replacement: str) -> str:
        """A fix's replacement text as it is written into the original: escaped inside a JSON string
        or an HTML fragment, as it stands in plain text."""
        if self.layout == "json-record":
            return json.dumps(replacement, ensure_ascii=False)[1:-1]
        if self.layout == "html-fragment":
            from html import escape     # (its entity table: see container.html)
            return escape(replacement, quote=False)
        return replacement

    @property
    def reported(self) -> bool:
        """A container around the cable, which the container rule reports once."""
        return self.layout in CONTAINERS


def extract(text: str) -> Extraction:
    """Recognise the layout of one decoded input and take the cable text out of it, without a
    named-entity annotation layer if one lies over it."""
    return _without_annotations(_extract_layout(text))


def _without_annotations(extraction: Extraction) -> Extraction:
    """The extraction with its annotation layer (`[LOC HARARE  ]`, `PGOV , PINS`) stripped through
    the offset map, each bracket kept as an `annotation` trace; unchanged when there is none."""
    stripped = strip_annotations(extraction.text)
    if stripped is None:
        return extraction
    joined, strip_map, annotations, spaces = stripped
    text, reline_map, count = reline_body(joined)

    def moved(offset: int) -> int:
        return extracted_offset(reline_map, extracted_offset(strip_map, offset))

    traces = tuple(Trace(t.kind, t.markup, moved(t.start), moved(t.end))
                   for t in extraction.traces)
    annotated = tuple(Trace("annotation", markup, extracted_offset(reline_map, start),
                            extracted_offset(reline_map, end))
                      for markup, start, end in annotations)
    steps = (Step("annotations", {"count": len(annotations), "spaces": spaces}),
             Step("annotation_lines", {"count": count}))
    return extraction.replace(text=text,
                              offsets=reline_map.then(strip_map).then(extraction.offsets),
                              steps=extraction.steps + steps, traces=traces + annotated,
                              relined=True)


def _is_web_page(head: str) -> bool:
    """Whether the lower-cased start of a file is a web page's: the partial-extract notice, or a
    metadata label at a line start."""
    return _PARTIAL_EXTRACT in head or _WEB_PAGE_LABEL_RE.search("\n" + head) is not None


def _extract_layout(text: str) -> Extraction:
    """Recognise the layout of one decoded input and take the cable text out of it."""
    record = parse_record(text) if text.lstrip().startswith("{") else None
    if record is not None:
        return _json_record(text, record)
    if is_fragment(text):
        # `Appears in these articles:<br />`: a page snippet, no cable
        if not _PRE_RE.search(text):
            return Extraction("html-fragment", "", OffsetMap([], 0, len(text)),
                              (Step("no_pre"),))
        extracted, offsets, traces, steps = extract_html(text)
        relined = _flattened_lines(extracted, offsets, "html-fragment", steps)
        if relined is not None:
            return relined
        glued = _GLUED_DATE_LINE_RE.search(extracted, 0, 20000)
        if glued is not None:       # `<pre>Cable dated:2006-02-07T22:12:00C O N F I D E N T ...`
            builder = MapBuilder(extracted)
            _break_date_line(builder, glued)
            builder.copy(glued.end(), len(extracted))
            extracted, broken = builder.build()
            offsets = broken.then(offsets)
            traces = [(kind, markup, extracted_offset(broken, start), extracted_offset(broken, end))
                      for kind, markup, start, end in traces]
            steps.append(Step("date_line_break"))
        return Extraction("html-fragment", extracted, offsets, tuple(steps),
                          tuple(Trace(*trace) for trace in traces))
    flat = _flattened_lines(text, OffsetMap.identity(len(text)), "flattened", [])
    if flat is not None:
        return flat
    if is_pdf_extract(text):
        extracted, offsets, steps = extract_pdf_extract(text)
        return Extraction("pdf-extract", extracted, offsets, tuple(steps))
    if is_pdf_text(text):
        extracted, offsets, steps = extract_pdf_text(text)
        return Extraction("pdf-text", extracted, offsets, tuple(steps))
    layout = "web-page" if _is_web_page(text[:20000].lower()) else "plain"
    glued = _GLUED_DATE_LINE_RE.search(text, 0, 20000) if layout == "web-page" else None
    separators = [m.start() for m in _LINE_SEPARATOR_RE.finditer(text)]
    if glued is None and not separators:
        return Extraction(layout, text, OffsetMap.identity(len(text)), (Step("text_as_read"),))
    builder, done, steps = MapBuilder(text), 0, [Step("text_as_read")]
    if glued is not None:
        _break_date_line(builder, glued)
        done = glued.end()
        steps.append(Step("date_line_break"))
    for at in separators:
        builder.copy(done, at)
        builder.replace("\n", at, at + 1)
        done = at + 1
    if separators:
        steps.append(Step("line_separators", {"count": len(separators)}))
    builder.copy(done, len(text))
    return Extraction(layout, *builder.build(), tuple(steps))


def _break_date_line(builder: MapBuilder, glued: re.Match) -> None:
    """Copy the text up to the end of the site's date line glued to the banner, with the line
    break put back where the spaces between them were, if any."""
    builder.copy(0, glued.start("gap"))
    if glued.group("gap"):
        builder.replace("\n", glued.start("gap"), glued.end())
    else:
        builder.insert("\n", glued.end())


def is_flattened(text: str) -> bool:
    """Line breaks lost upstream: a few lines, one of them a whole cable long (or a short cable
    whose E.O., TAGS and SUBJECT labels all stand on one line)."""
    lines = list(islice(filter(str.strip, text.split("\n")), FLAT_MAX_LINES + 1))   # enough to know
    if not 0 < len(lines) <= FLAT_MAX_LINES:
        return False
    return any(len(line) > FLAT_LINE
               or (len(line) > SHORT_FLAT_LINE and len(_FLAT_LABELS_RE.findall(line)) >= 3)
               for line in lines)


def _flattened_lines(text: str, offsets: OffsetMap, layout: str,
                     steps: list[Step]) -> Extraction | None:
    if not is_flattened(text):
        return None
    relined, inner, count = reline_body(text)
    return Extraction("flattened" if layout == "flattened" else layout, relined,
                      inner.then(offsets),
                      tuple(steps) + (Step("relined", {"count": count}),))


def _json_record(text: str, record: dict) -> Extraction:
    """The body (and header) strings decoded and re-lined; origin, date and classification given to
    the parser as the mirror metadata block, each value mapped onto its place in the JSON."""
    builder = MapBuilder(text)
    steps = [Step("json_object")]
    for key, label in _METADATA_FIELDS:
        field = record.get(key)
        if field is None or not isinstance(field.value, str) or not field.value.strip():
            continue
        value = _json_date(field.value) if key == "date_time" else field.value
        builder.insert(f"{label}: ", field.start)
        if value == field.value and text[field.start + 1:field.end - 1] == value:
            builder.copy(field.start + 1, field.end - 1)
        else:
            builder.replace(value, field.start + 1, field.end - 1)
        builder.insert("\n", field.end)
        steps.append(Step("json_metadata", {"key": key, "label": label}))
    head, head_map = builder.build()
    parts: list[tuple[str, OffsetMap]] = [(head, head_map)] if head else []
    header = record.get("header")
    if header is not None and isinstance(header.value, str) and header.value.strip():
        decoded, decoded_map = decode_string(text, header.start, header.end)
        relined, inner, count = reline_header(decoded)
        parts.append((relined, inner.then(decoded_map)))
        steps.append(Step("json_header", {"count": count}))
    body_key = next(key for key in BODY_KEYS
                    if key in record and isinstance(record[key].value, str))
    body = record[body_key]
    decoded, decoded_map = decode_string(text, body.start, body.end)
    steps.append(Step("json_body", {"key": body_key}))
    if is_flattened(decoded):
        relined, inner, count = reline_body(decoded)
        decoded, decoded_map = relined, inner.then(decoded_map)
        steps.append(Step("relined", {"count": count}))
    parts.append((decoded, decoded_map))
    return Extraction("json-record", *join_texts(parts, text, body.start), tuple(steps))


def _json_date(value: str) -> str:
    """`8/7/1987 12:11` (cables.csv) as `1987-08-07 12:11`, the form the metadata parser reads."""
    m = _JSON_DATE_RE.match(value.strip())
    if m is None:
        return value
    try:
        when = dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]))
    except ValueError:
        return value
    return when.strftime("%Y-%m-%d %H:%M")
