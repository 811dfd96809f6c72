"""The E.O. line and its declassification instruction (DECL: a date, N/A, an exemption, an event
...)."""

from __future__ import annotations

import datetime as dt
import re

from ..document import EoLine, Span, Text
from ..record import Record, set_field
from .lines import WS
from .stamps import is_stamp
from .tags import RUN_ON_TAGS_RE

#: The label may be mistyped with a zero (`E.0. 12958: N/A`, html-fragment/09BERLIN485): damaged,
#: not missing.
EO_RE = re.compile(r"^(?P<label>E\.\s?O\.?|E\.\s?0\.|EO)(?![A-Za-z])\s*:?\s*(?P<order>\d{3,5})?\s*"
                   r"(?P<colon>[:;.]?)\s*(?P<rest>.*)$",
                   re.I)
#: Inside a line, also glued to the caption or passing line before it, when an order's number
#: follows (`004403SIPDISE.O. 12958: DECL: ...`, `THE AMBASSADORE.O. 12958`,
#: html-extract/05TELAVIV4403).
INLINE_EO_RE = re.compile(r"(?<![A-Za-z])(?:E\.\s?O\.|EO)\s*:?\s*\d{4,5}"
                          r"|E\.\s?O\.\s*:?\s*1[1-3]\d{3}\b")


class EoAt(Record):
    """An E.O. label in a line: its column, the column where TAGS run on after it end it (None:
    the line's end), and what it opens: `line` (the cable's E.O. line), `stamp` (an archive's
    release stamp in its place) or `word` (`EO` with neither an order's number nor a dot)."""

    column: int
    stop: int | None
    kind: str

    __slots__ = ("column", "stop", "kind")

    def __init__(self, column, stop, kind) -> None:
        set_field(self, "column", column)
        set_field(self, "stop", stop)
        set_field(self, "kind", kind)


def find_eo(line: str, start: int = 0, run_on: bool = False) -> EoAt | None:
    """The E.O. label of `line`, or None: the one at its start (indentation aside), or with
    `run_on` the first one inside it from column `start` on (an order's number after it). The one
    place that knows where an E.O. line stands and where it ends."""
    if run_on:
        m = INLINE_EO_RE.search(line, start)
        if m is None:
            return None
        column = m.start()
        kind = "stamp" if is_stamp(line[column:]) else "line"
    else:
        stripped = line.lstrip(WS)
        m = EO_RE.match(stripped)
        if m is None:
            return None
        column = len(line) - len(stripped)
        kind = "stamp" if is_stamp(stripped) else \
            "line" if m.group("order") or "." in m.group("label") else "word"
    tags = RUN_ON_TAGS_RE.search(line, column)
    return EoAt(column, tags.start() if tags else None, kind)


DECL_RE = re.compile(r"^(?P<kw>(?:DECL(?:ASSIFY)?(?![A-Z])\s*(?:ON)?\s*[:;.]?\s*)+)"
                     r"(?P<when>.*)$", re.I)


DATE_FORMS = (
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("m", "d", "y")),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$"), ("m", "d", "yy")),
)
#: Other declassification markings of vocab/declassification.tsv and of the older orders
#: (vocab/executive-orders.tsv: `GDS`, `ADS, DECLAS 12-31-74`, `RDS-2 8/12/99`, `NGDS`): not
#: free-text events.
LEGACY_DECL_RE = re.compile(r"^(?:X?GDS|MR|DNG|ADS|NGDS|[RX]DS-?[1-4])\b")
#: A stamp added when an old cable was declassified (`E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21,
#: 2006`, `DECLASSIFIED BY NARA 09/02/2009`): it names the reviewer's order, not the one the cable
#: was written under.
REVIEW_DECL_RE = re.compile(r".*\bDECLASSIFIED\b|^AS AMENDED")
#: `X1`, `X1, X5`, `(X1)`, `1.6X1`, `(1.6X1)`, `25X1-HUMAN`.
EXEMPTION_RE = re.compile(r"^\(?(?:1\.6\s*)?(?:25)?X\d(?:[\s,]+(?:AND\s+)?\(?(?:1\.6\s*)?"
                          r"(?:25)?X\d)*\b", re.I)


def parse_decl_date(text: str) -> tuple[dt.date | None, bool]:
    """(date, valid) for a written DECL date; (None, True) when the text is not a date at all."""
    for pattern, order in DATE_FORMS:
        m = pattern.match(text)
        if not m:
            continue
        parts = dict(zip(order, (int(g) for g in m.groups())))
        year = parts.get("y") or (2000 + parts["yy"] if parts["yy"] < 70 else 1900 + parts["yy"])
        try:
            return dt.date(year, parts["m"], parts["d"]), True
        except ValueError:
            return None, False
    if re.match(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$", text):
        return None, False
    return None, True


def parse_eo(lines: tuple[str, ...], index: int, offset: int = 0,
             stop: int | None = None) -> EoLine:
    """Parse the E.O. line that `find_eo` found on line `index` at column `offset` (stop: the
    column of the TAGS run on after it, which end it)."""
    m = EO_RE.match(lines[index][offset:])
    rest, rest_start = m.group("rest"), m.start("rest") + offset
    if stop is not None:
        rest = rest[:stop - rest_start]
    decl = DECL_RE.match(rest)
    when, when_start = (decl.group("when"), rest_start + decl.start("when")) if decl \
        else (rest, rest_start)
    cleaned = when.rstrip(WS + ".\\")
    kind, date, valid = _decl_kind(cleaned)
    decl_text = Text(cleaned,
                     Span(index + 1, when_start + 1, index + 1, when_start + 1 + len(cleaned))) \
        if cleaned else None
    raw_end = offset + m.start("rest") + len(rest.rstrip(WS))
    raw = Text(lines[index][offset:raw_end], Span(index + 1, offset + 1, index + 1, raw_end + 1))
    captions, pass_line = _run_on_before(lines[index], index, offset)
    return EoLine(raw=raw, label=m.group("label"), order=m.group("order"), decl=decl_text,
                  decl_kind=kind, decl_date=date, decl_date_valid=valid,
                  captions_before=captions, pass_line=pass_line)


#: A pass line's opening (`DEPT FOR NEA/MAG`, `STATE FOR EEB`, `TREASURY FOR ...`, `FOR EUR/WE`),
#: or an office's or post's (`PACOM FOR FPA`, `S/GWI FOR MARR`, `GENEVA: FOR CD DELEGATION`).
PASS_LINE_OPENER_RE = re.compile(
    r"(?:(?i:DEPT|DEPARTMENT|STATE|TREASURY|USDOC|DOE|NSC|USTR|WHITE[ \t]+HOUSE)[ \t]+"
    r"|(?!SUBJ|TAGS|REF)(?:[A-Z][A-Z/&.\-]*:?[ \t]+){1,2})?(?i:FOR|PASS|PLEASE)\b")
#: Captions run on before the E.O. label, a pass line perhaps after them (`SIPDIS E.O. 12958`,
#: `NOFORN SIPDIS DEPT FOR NEA/MAG E.O. ...`, 09TRIPOLI876).
CAPTIONS_BEFORE_RE = re.compile(
    r"(?:(?:SIPDIS|NOFORN|SENSITIVE|EXDIS|LIMDIS|NODIS|STADIS|SBU)(?:[ \t]+|$))+")


def _run_on_before(line: str, index: int, offset: int) -> tuple[Text | None, Text | None]:
    """The captions and the pass line that the E.O. line at column `offset` runs on after, if the
    line opens with them (`SIPDIS E.O. 12958: ...`; `DEPT FOR NEA/MAG, AF/C, AND S/USSES E.O.
    12958: ...`, 09TRIPOLI873)."""
    before = line[:offset].rstrip(WS)
    start = len(before) - len(before.lstrip(WS))
    if not before:
        return None, None
    captions = CAPTIONS_BEFORE_RE.match(before, start)
    after = captions.end() if captions else start
    caption_text = Text(before[start:after].rstrip(WS),
                        Span(index + 1, start + 1, index + 1, len(before[:after].rstrip(WS)) + 1)) \
        if captions else None
    if after < len(before) and not PASS_LINE_OPENER_RE.match(before, after):
        return None, None       # something else before the label: the banner, a wrapped line
    pass_line = Text(before[after:], Span(index + 1, after + 1, index + 1, len(before) + 1)) \
        if after < len(before) else None
    return caption_text, pass_line


def _decl_kind(text: str) -> tuple[str, dt.date | None, bool]:
    upper = text.upper()
    if not text:
        return "empty", None, True
    if upper in ("N/A", "NA", "N / A"):
        return "na", None, True
    date, valid = parse_decl_date(text)
    if date is not None or not valid:
        return "date", date, valid
    if EXEMPTION_RE.match(upper):
        return "exemption", None, True
    if upper.startswith("OADR"):
        return "oadr", None, True
    if REVIEW_DECL_RE.match(upper):
        return "review", None, True
    if LEGACY_DECL_RE.match(upper):
        return "legacy", None, True
    return "event", None, True
