"""The transmission header above the banner: VZCZC, routing, DE, security line, DTG, FM, TO and
INFO; what it passes over (the partial-extract notice, chrome, the site's date line); and the text
right above it that belongs elsewhere."""

from __future__ import annotations

import datetime as dt
import re

from ..document import DeLine, Dtg, Header, SecurityLine, Span, Text
from .banner import BANNER_RE
from .lines import WS, line_text

MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}

PARTIAL_RE = re.compile(r"This record is a partial extract of the original cable", re.I)
#: The line a database export put between its header and the cable (`----- header ends -----`,
#: 08QUITO327).
HEADER_ENDS = r"^-{3,}\s*header ends\s*-{3,}$"
HEADER_ENDS_RE = re.compile(HEADER_ENDS, re.I)
#: Web-page navigation, and that line.
CHROME_RE = re.compile(r"wikileaks\s+ico|how-to\s+read\s+a\s+cable|Home\s+papers\s+ico|"
                       + HEADER_ENDS, re.I)
#: The site's date line (`Cable dated:2005-07-15T15:24:00`), also where the site put it under the
#: transmission header (html-extract/07RIYADH2441): mirror metadata, no addressee.
SITE_DATE_RE = re.compile(r"^Cable dated:", re.I)
#: The header's own lines.
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


def starts_header(stripped: str) -> bool:
    """True for a line that opens the transmission header: VZCZC, routing, DTG or FM."""
    return bool(TRANSMISSION_RE.match(stripped) or DTG_LOOSE_RE.match(stripped)
                or FM_RE.match(stripped) or ROUTING_RE.match(stripped))


def header_ends_below(lines: tuple[str, ...], start: int) -> tuple[Text, ...]:
    """The export's `header ends` lines from line `start` on: below a teaser's banner, above the
    full record's header and cable (08LIMA1348), where the envelope above the banner cannot see
    them."""
    return tuple(line_text(lines, i) for i in range(start, len(lines))
                 if lines[i].lstrip(WS).startswith("---")
                 and HEADER_ENDS_RE.match(lines[i].strip(WS)))


def parse_header(lines: tuple[str, ...], start: int, end: int) -> Header:
    """The transmission header that starts on line `start`, up to the banner on line `end`."""
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
    if fields["action"]:
        fields["action_precedence"] = _keyword_precedence(fields["action"][0].value)
    if "transmission_id" in fields:
        fields["misplaced_above"] = _misplaced_above(lines, start)
    return Header(span=span, **fields)


#: The precedence a TO addressee's keyword gives, as its letter.
PRECEDENCE_KEYWORDS = (("NIACT IMMEDIATE", "O"), ("IMMEDIATE", "O"), ("FLASH", "Z"),
                       ("PRIORITY", "P"), ("ROUTINE", "R"))


def _keyword_precedence(addressee: str) -> str | None:
    """The precedence letter of the first keyword written in the addressee (`... IMMEDIATE`: O)."""
    return next((code for word, code in PRECEDENCE_KEYWORDS
                 if re.search(rf"\b{word}\b", addressee)), None)


def _misplaced_above(lines: tuple[str, ...], start: int) -> Text | None:
    """The text right above VZCZC when it belongs elsewhere: `Cable Text:`, or the banner
    (09STATE119085)."""
    for i in range(start - 1, -1, -1):
        line = lines[i].strip()
        if line:
            if line.startswith("Cable Text:") or BANNER_RE.match(line):
                return Text(line, Span(i + 1, 1, i + 1, len(lines[i]) + 1))
            return None
    return None


def _de(text: Text) -> DeLine:
    m = DE_RE.match(text.value)
    day = m.group("day") if m else None
    return DeLine(raw=text, routing_indicator=m.group("ri") if m else None,
                  serial=m.group("serial") if m else None,
                  section=m.group("section") if m else None,
                  day_of_year=int(day) if day else None, time=m.group("time") if m else None)


def _security(text: Text) -> SecurityLine:
    m = SECURITY_RE.match(text.value)
    return SecurityLine(raw=text, signal=m.group("signal"), letters=m.group("letters"))


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
