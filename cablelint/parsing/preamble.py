"""The banner and the block under it: captions, E.O./DECL, TAGS, SUBJECT, REF, Classified By."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import accumulate
from operator import add

from ..document import Banner, ClassifiedBy, EoLine, RefItem, Refs, Span, Subject, Tag, TagTokens, Tags, Text
from .lines import WS, is_blank, line_text, lines_text, match_text

_CLS = {
    "UNCLASSIFIED": r"U\s?N\s?C\s?L\s?A\s?S(?:S\s?I\s?F\s?I\s?E\s?D)?",
    # an administrative control of the 1970s-90s, not a classification: read as unclassified
    "LIMITED OFFICIAL USE": r"L\s?I\s?M\s?I\s?T\s?E\s?D\s{1,3}O\s?F\s?F\s?I\s?C\s?I\s?A\s?L\s{1,3}U\s?S\s?E",
    "CONFIDENTIAL": r"C{1,2}\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L",
    "SECRET": r"S{1,2}\s?E\s?C\s?R\s?E\s?T",
    "TOP SECRET": r"T\s?O\s?P\s?S\s?E\s?C\s?R\s?E\s?T",
}
_CLS_ANY = "|".join(f"(?P<{name.replace(' ', '_')}>{rx})" for name, rx in _CLS.items())
BANNER_RE = re.compile(
    rf"^(?P<lead>[ \t\u00a0]*)(?P<cls>{_CLS_ANY})(?P<efto>[ \t]+E\s?F\s?T\s?O)?"
    r"(?:[ \t]+SECTION[ \t]+(?P<section>\d+)[ \t]+OF[ \t]+(?P<total>\d+))?"
    r"[ \t]+(?:\d{2}[ \t]+)?(?P<station>[A-Z][A-Z .'\-]*?)[ \t]+(?P<serial>\d{3,7})(?!\d)", re.I)
CANONICAL_BANNER = {"UNCLASSIFIED": ("UNCLAS", "UNCLASSIFIED", "U N C L A S"),
                    "LIMITED OFFICIAL USE": ("LIMITED OFFICIAL USE", "L I M I T E D  O F F I C I A L  U S E"),
                    "CONFIDENTIAL": ("C O N F I D E N T I A L",),
                    "SECRET": ("S E C R E T",), "TOP SECRET": ("T O P S E C R E T",)}

EO_RE = re.compile(r"^(?P<label>E\.\s?O\.?|EO)(?![A-Za-z])\s*:?\s*(?P<order>\d{3,5})?\s*(?P<colon>[:;.]?)\s*(?P<rest>.*)$",
                   re.I)
DECL_RE = re.compile(r"^(?P<kw>(?:DECL(?:ASSIFY)?(?![A-Z])\s*(?:ON)?\s*[:;.]?\s*)+)(?P<when>.*)$", re.I)
TAGS_RE = re.compile(r"^(?P<label>TAGS|Tags|tags|TAGE?S|TAG|TAS|TABS|TGS|AGS)(?P<punct>[:;,]?)"
                     r"(?:(?<=:)|(?=[\s\[<]|$))\s*(?P<rest>.*)$")
#: A SUBJECT label that TAGS run into: `Tags: ir, gm Subject:`, `PGOV PHUM SFSUBJ:` (json-body/90CAPETOWN97).
INLINE_SUBJECT_LABEL_RE = re.compile(r"SUBJ(?:ECT)?\s*:", re.I)
SUBJECT_RE = re.compile(r"^(?P<label>SUBJECT|Subject|subject|SUBJ|UBJECT)\s*:\s*(?P<rest>.*)$")
#: What runs into a SUBJECT: `...UK PRIMEREF: A. LONDON 1939` (cablemap), or a page-break line.
SUBJECT_RUN_ON_RE = re.compile(r"(?P<ref>REF(?:TELS?|S)?:)|(?P<page>\b[A-Z][A-Z ]{1,11} \d{8} \d{3}(?:\.\d)? OF \d{3}\b)")
#: A REF item's enumerator as written: `A.`, `B)`, `(C)`, `¶B.`, a markdown link.
REF_ENUMERATOR_RE = re.compile(r"(\[[^\]]*\]\([^)]*\)|¶?[A-Za-z][.)]|\([A-Za-z]\))\s")
PLAIN_ENUMERATOR_RE = re.compile(r"\(?[A-Za-z][.)]")
REF_RE = re.compile(r"^(?P<label>REFTELS?|REFS?|Refs?|REF\(S\)|Ref\(s\))\s*:?(?=\s)\s*(?P<rest>.*)$")
CLASSIFIED_BY_RE = re.compile(r"^(?:\([A-Z/]{1,6}\)\s*)?(?P<label>Classified\s+By)\b\s*:?\s*(?P<rest>.*)$", re.I)
#: One reason letter: `(b)`, a list `(b,d)` / `(b, d, X6)`, or a bare `b`; never `(S/NF)` or `(S` (a portion
#: mark of a paragraph run on after the reasons, html-extract/09LONDON2184).
_LETTER_TOKEN = r"\(\s*[a-zA-Z]\d?(?:\s*[,/&]\s*[a-zA-Z]\d?)*\s*\)|[a-zA-Z]\d?(?![a-zA-Z0-9/(])\)?"
REASON_RE = re.compile(
    r"(?P<word>reasons?|reason\s*\(s\)|reasons?\s*:)?\s*(?P<section>1\s?\.\s?[45]\.?|1[45](?=\s*\())"
    rf"\s*(?P<letters>(?:{_LETTER_TOKEN})(?:(?:(?:\s*(?:,|\band\b|&|/)\s*)+|\s*)(?:{_LETTER_TOKEN}))*)?", re.I)
LETTER_RE = re.compile(r"(?<![A-Za-z])([A-Za-z])(?![A-Za-z0-9])")
DATE_FORMS = (
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("m", "d", "y")),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$"), ("m", "d", "yy")),
)
#: Other declassification markings of vocab/declassification.tsv and of the older orders
#: (vocab/executive-orders.tsv: `GDS`, `ADS, DECLAS 12-31-74`, `RDS-2 8/12/99`, `NGDS`): not free-text events.
LEGACY_DECL_RE = re.compile(r"^(?:X?GDS|MR|DNG|ADS|NGDS|[RX]DS-?[1-4])\b")
#: A stamp added when an old cable was declassified (`E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006`,
#: `DECLASSIFIED BY NARA 09/02/2009`): it names the reviewer's order, not the one the cable was written under.
REVIEW_DECL_RE = re.compile(r".*\bDECLASSIFIED\b|^AS AMENDED")
#: `X1`, `X1, X5`, `(X1)`, `1.6X1`, `(1.6X1)`, `25X1-HUMAN`.
EXEMPTION_RE = re.compile(r"^\(?(?:1\.6\s*)?(?:25)?X\d(?:[\s,]+(?:AND\s+)?\(?(?:1\.6\s*)?(?:25)?X\d)*\b", re.I)


#: The longest station name (with its spacing) an inline banner is looked for with: the bound keeps the
#: search linear on a line of repeated `C O N F I D E N T I A L` (station names are far shorter).
INLINE_STATION_MAX = 60
#: A banner inside a line, after other text (`Cable dated:2005-08-17T21:24:00]C O N F I D E N T I A L ...`,
#: `<code><pre>UNCLASSIFIED BUENOS AIRES 2481`): only the spaced, UNCLAS and LOU spellings are distinctive
#: enough to look for there. Old banners may carry the year before the station (`75 LIBREVILLE 1895`).
INLINE_BANNER_RE = re.compile(
    r"(?<![A-Za-z])(?:C O N F I D E N T I A L|S E C R E T|UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE)[ \t]+"
    r"(?:E F T O[ \t]+)?"
    r"(?:SECTION[ \t]+\d+[ \t]+OF[ \t]+\d+[ \t]+)?[A-Z][A-Z .'\-]{0,%d}?[ \t]+\d{3,7}(?!\d)" % INLINE_STATION_MAX)


def find_banner(lines: tuple[str, ...], start: int, stop: int) -> tuple[int, int] | None:
    """(line index, column) of the first banner in lines[start:stop]: at a line start, else inside a line."""
    for i in range(start, stop):
        if BANNER_RE.match(lines[i]):
            return i, 0
    for i in range(start, stop):
        m = INLINE_BANNER_RE.search(lines[i])
        if m:
            return i, m.start()
    return None


def parse_banner(lines: tuple[str, ...], index: int, at: int = 0) -> Banner:
    """Parse the banner at column `at` of line `index`, noting spelling damage but not judging it."""
    line = lines[index]
    m = BANNER_RE.match(line[at:])
    cls = next(name.replace("_", " ") for name in ("UNCLASSIFIED", "LIMITED_OFFICIAL_USE", "CONFIDENTIAL", "SECRET",
                                                   "TOP_SECRET") if m.group(name))
    written = m.group("cls")
    problems = []
    if at and line[:at].strip(WS):
        problems.append(f"text before the banner on its line ('{line[:at].strip(WS)[-30:]}')")
    if written not in CANONICAL_BANNER[cls]:
        if written.upper() != written:
            problems.append(f"'{written}' is not in capitals")
        elif written[:2] in ("CC", "SS"):
            problems.append(f"doubled first letter in '{written}'")
        else:
            problems.append(f"'{written}' is not spelled '{CANONICAL_BANNER[cls][0]}'")
    if "\t" in m.group("lead") or "\u00a0" in m.group("lead"):
        problems.append("tabs or no-break spaces before the banner")
    elif m.group("lead") and not at:
        problems.append("white space before the banner")
    words = line[at + m.end("cls"):at + m.end("serial")]
    if "  " in words or "\t" in words:
        problems.append("more than one space between banner words")
    if written.isupper() and words.upper() != words:
        problems.append("station or SECTION words not in capitals")
    start, end = at + len(m.group("lead")), at + m.end("serial")
    raw = Text(line[start:end], Span(index + 1, start + 1, index + 1, end + 1))
    return Banner(raw=raw, classification="UNCLASSIFIED" if cls == "LIMITED OFFICIAL USE" else cls, written=written, efto=bool(m.group("efto")),
                  section=m.group("section"), section_total=m.group("total"),
                  station=" ".join(m.group("station").split()).upper(), serial=m.group("serial"),
                  problems=tuple(problems))


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


def parse_eo(lines: tuple[str, ...], index: int, m: re.Match, offset: int = 0) -> EoLine:
    """Parse an E.O. line matched by EO_RE (offset: column of the match start on its line)."""
    rest, rest_start = m.group("rest"), m.start("rest") + offset
    tags_at = re.search(r"(?<![A-Za-z])(TAGS?|Tags)\b", rest)
    if tags_at:
        rest = rest[:tags_at.start()]
    decl = DECL_RE.match(rest)
    when, when_start = (decl.group("when"), rest_start + decl.start("when")) if decl else (rest, rest_start)
    cleaned = when.rstrip(WS + ".\\")
    kind, date, valid = _decl_kind(cleaned)
    decl_text = Text(cleaned, Span(index + 1, when_start + 1, index + 1, when_start + 1 + len(cleaned))) \
        if cleaned else None
    raw_end = offset + m.start("rest") + len(rest.rstrip(WS))
    raw = Text(lines[index][offset:raw_end], Span(index + 1, offset + 1, index + 1, raw_end + 1))
    return EoLine(raw=raw, label=m.group("label"), order=m.group("order"), decl=decl_text, decl_kind=kind,
                  decl_date=date, decl_date_valid=valid, has_decl_keyword=bool(decl))


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


def parse_tags(lines: tuple[str, ...], first: int, last: int, at: int, stop: int | None = None) -> Tags:
    """TAGS whose label starts at column `at` (0-based) of line `first`, through continuation line `last`.

    `stop` ends the list early on the first line (flattened text where SUBJECT follows on the same line).
    """
    line = lines[first][:stop] if stop is not None else lines[first]
    m = TAGS_RE.match(line[at:])
    label = Text(m.group("label") + m.group("punct"),
                 Span(first + 1, at + m.start("label") + 1, first + 1, at + m.end("punct") + 1))
    chunks = [(line, at + m.start("rest"), first)] + [(lines[i], 0, i) for i in range(first + 1, last + 1)]
    if any(len(text) - start > LONG_TAGS_LINE for text, start, _ in chunks):
        tokens = _long_tag_tokens(chunks)
    else:
        tokens = tuple(tag for chunk in chunks for tag in _tag_tokens(*chunk))
    if last == first:
        value = line[at:].rstrip(WS)
        raw = Text(value, Span(first + 1, at + 1, first + 1, at + 1 + len(value)))
    else:
        raw = lines_text(lines, first, last)
        raw = Text(raw.value, Span(first + 1, at + 1, raw.span.end_line, raw.span.end_column))
    return Tags(raw=raw, label=label, tags=tokens)


#: A TAG written as a link: markdown `[PGOV](#)` (seeds 000-002) or HTML `<a href='/tag/PGOV_0.html'>PGOV</a>`
#: (html-fragment cables).
LINK_RE = re.compile(r"\[(?P<md>[^\]]+)\]\([^)]*\)|<a\b[^>]*>(?P<html>[^<]*)</a>", re.I)
#: One piece of a comma-separated list: anything up to a comma outside parentheses (`OVIP (CLINTON, HILLARY)`).
_COMMA_PIECE_RE = re.compile(r"(?:\([^)]*\)|<a\b[^>]*>[^<]*</a>|[^,(<])+|[(<]")
_SPACE_PIECE_RE = re.compile(r"\[[^\]]+\]\([^)]*\)|<a\b[^>]*>[^<]*</a>|[^\s\u00a0]+", re.I)
_CODE_RE = re.compile(r"[A-Z0-9]{2,5}")


def _tag_tokens(line: str, start: int, index: int):
    """Tokens of one TAGS line: comma-separated phrases if it has commas, else white-space separated.

    In a comma list, a piece made only of space-separated codes (`PTER PGOV PREL`) is split further.
    """
    segment = _tags_segment(line, start)
    if "," in LINK_RE.sub("", segment):
        pieces = []
        for mm in _COMMA_PIECE_RE.finditer(segment):
            words = list(_SPACE_PIECE_RE.finditer(mm.group()))
            if len(words) > 1 and all(_CODE_RE.fullmatch(w.group()) for w in words):
                pieces.extend((mm.start() + w.start(), w.group()) for w in words)
            else:
                pieces.append((mm.start(), mm.group()))
    else:
        pieces = [(mm.start(), mm.group()) for mm in _SPACE_PIECE_RE.finditer(segment)]
    for at, piece in pieces:
        stripped = piece.strip(WS)
        if not stripped:
            continue
        col = start + at + (piece.index(stripped) if len(stripped) < len(piece) else 0)
        link = LINK_RE.fullmatch(stripped) if stripped[0] in "[<" else None     # a link starts `[` or `<a`
        value = (link.group("md") or link.group("html")) if link else stripped
        yield Tag(value=value, span=Span(index + 1, col + 1, index + 1, col + 1 + len(stripped)), markup=bool(link))


#: A TAGS line longer than this (characters) keeps its tokens as TagTokens, not as Tag objects: real ones
#: are under 200, a damaged one may be a megabyte.
LONG_TAGS_LINE = 10_000
#: The white space between the tokens of a TAGS line without commas (what `_SPACE_PIECE_RE` leaves out).
_TOKEN_GAP_RE = re.compile(r"([\s\u00a0]+)")


def _long_tag_tokens(chunks: list[tuple[str, int, int]]) -> TagTokens:
    """The tokens of (line, start column, line index) chunks as `_tag_tokens` finds them, held as TagTokens.

    A line of codes separated by white space only (no commas, no links), the run-on, is split at C speed.
    """
    values, lines, columns, end_columns, marked = [], [], [], [], set()
    for text, start, index in chunks:
        words = _plain_tag_words(text, start)
        if words is None:
            for tag in _tag_tokens(text, start, index):
                if tag.markup:
                    marked.add(len(values))
                values.append(tag.value)
                lines.append(tag.span.line)
                columns.append(tag.span.column)
                end_columns.append(tag.span.end_column)
            continue
        parts = _TOKEN_GAP_RE.split(words)
        offsets = list(accumulate(map(len, parts), initial=start + 1))     # 1-based columns
        first, stop = (1 if not parts[0] else 0), len(parts) - (1 if not parts[-1] else 0)
        found, at = parts[first:stop:2], offsets[first:stop:2]
        values += found
        lines += [index + 1] * len(found)
        columns += at
        end_columns += map(add, at, map(len, found))
    return TagTokens(values, lines, columns, end_columns, frozenset(marked))


def _plain_tag_words(line: str, start: int) -> str | None:
    """The part of a TAGS line that `_tag_tokens` splits at white space alone (no comma, no link), else None."""
    segment = _tags_segment(line, start)
    return None if "," in segment or "[" in segment or "<" in segment else segment


def _tags_segment(line: str, start: int) -> str:
    """A TAGS line from column `start`, up to a SUBJECT label run into it."""
    segment = line[start:]
    subject = INLINE_SUBJECT_LABEL_RE.search(segment)    # case-damaged or flattened: `...SFSUBJ:`
    return segment[:subject.start()] if subject else segment


def parse_subject(lines: tuple[str, ...], first: int, last: int, m: re.Match, stop: int | None = None) -> Subject:
    """SUBJECT from line `first` through wrapped line `last`, ending at column `stop` of `last` if given."""
    indent = len(lines[first]) - len(lines[first].lstrip(WS))
    label = match_text(first, m, "label", offset=indent)
    parts = [lines[first][indent + m.start("rest"):]] + [lines[i] for i in range(first + 1, last + 1)]
    if stop is not None:
        parts[-1] = parts[-1][:stop - (indent + m.start("rest") if last == first else 0)]
    text = " ".join(part.strip(WS) for part in parts).strip()
    raw = lines_text(lines, first, last)
    if stop is not None:
        end = len(lines[last][:stop].rstrip(WS))
        raw = Text(raw.value, Span(raw.span.line, raw.span.column, last + 1, end + 1))
    # a REF inside the text comes before the Classified By that cut it, and is named
    # (`SUBJECT: ... REF: A. CAIRO 1897 Classified By: ...`, 09CAIRO2355); a page break there is left
    # to CL026, which names it
    merged = SUBJECT_RUN_ON_RE.search(text)
    if merged and (stop is None or not merged.group("page")):
        run_on = "a page break" if merged.group("page") else merged.group("ref")
    else:
        run_on = "Classified By" if stop is not None else None
    colon = lines[first].index(":", indent + m.end("label"))
    label = Text(lines[first][label.span.column - 1:colon + 1],
                 Span(label.span.line, label.span.column, label.span.line, colon + 2))
    return Subject(raw=raw, label=label, text=text, label_alone=not m.group("rest").strip(WS), run_on=run_on)


def _ref_pieces(value: str) -> list[tuple[int, str]]:
    """(offset, text) of the REF items on one line: more than one when the next letters follow in the
    first item's plain form (`(A) THE HAGUE 2929 (B) THE HAGUE 2864`, `(C) ...; (D) ...`)."""
    enum = REF_ENUMERATOR_RE.match(value)
    if not enum or not PLAIN_ENUMERATOR_RE.fullmatch(enum.group(1)):
        return [(0, value)]
    form = enum.group(1)
    letter = form.strip("().")
    starts = [0]
    while letter not in "zZ":
        letter = chr(ord(letter) + 1)
        shape = re.escape(form.replace(form.strip("()."), letter))
        m = re.compile(rf"(?<=[ \t;,]){shape}[ \t]").search(value, starts[-1] + len(form))
        if m is None:
            break
        starts.append(m.start())
    ends = starts[1:] + [len(value)]
    return [(a, value[a:b].rstrip(" \t;,")) for a, b in zip(starts, ends)]


def parse_refs(lines: tuple[str, ...], first: int, last: int, stop: int | None = None) -> Refs:
    """REF block: the label line and its item lines, ending at column `stop` of `last` if given."""
    m = REF_RE.match(lines[first].lstrip(WS))
    label = match_text(first, m, "label", offset=len(lines[first]) - len(lines[first].lstrip(WS)))
    items = []
    for i in range(first, last + 1):
        line = lines[i][:stop] if i == last and stop is not None else lines[i]
        if is_blank(line):
            continue
        text = line_text((line,), 0)
        text = Text(text.value, Span(i + 1, text.span.column, i + 1, text.span.end_column))
        value = text.value[m.start("rest"):] if i == first else text.value
        col = text.span.column + (len(text.value) - len(value))
        for at, piece in _ref_pieces(value):
            enum = REF_ENUMERATOR_RE.match(piece)
            start = col + at
            enumerator = (Text(enum.group(1), Span(i + 1, start, i + 1, start + len(enum.group(1))))
                          if enum else None)
            items.append(RefItem(enumerator=enumerator,
                                 text=Text(piece, Span(i + 1, start, i + 1, start + len(piece)))))
    raw = lines_text(lines, first, last)
    if items:
        raw = Text(raw.value, Span(raw.span.line, raw.span.column, items[-1].text.span.end_line,
                                   items[-1].text.span.end_column))
    run_on = "Classified By" if stop is not None and lines[last][:stop].strip(WS) else None
    return Refs(raw=raw, label=label, items=tuple(items), run_on=run_on)


def parse_classified_by(lines: tuple[str, ...], first: int, last: int, offset: int = 0,
                        text_may_follow: bool = False) -> ClassifiedBy:
    """Classified By from line `first` (at column offset) through wrapped line `last`; reasons parsed.

    `text_may_follow`: text after the reason on its line is no run-on, because the Classified By is the
    text of paragraph 1 (old cables) or was found inside a line of other parts (text without line breaks)."""
    raw = lines_text(lines, first, last)
    if offset:
        raw = Text(lines[first][offset:].strip(WS), Span(first + 1, offset + 1, raw.span.end_line, raw.span.end_column))
    for i in range(first, last + 1):
        start = offset if i == first else 0
        m = REASON_RE.search(lines[i], start)
        if m:
            found = _with_reason(raw, lines[i], i, m)
            run_on = None if text_may_follow else _text_after_reason(lines[i], m, found.letters)
            return replace(found, run_on=run_on) if run_on else found
    joined = raw.value
    m = REASON_RE.search(joined)
    if m:   # the reason wraps across lines: letters are known, their span is the whole block
        return _with_reason(raw, joined, None, m)
    return ClassifiedBy(raw=raw, section=None, letters=(), letters_span=None, format_problem=None)


#: The text of the cable started after the reason on the Classified By line: paragraph 1 (`(d)  1. (C/NF)`),
#: a portion mark and a sentence (`(d). (C) Ministry of ...`, 09MANAMA719) or the summary (`b,d and h Summary`).
BODY_AFTER_REASON_RE = re.compile(
    r"(?<![^\s.)])(?:(?:¶\s?)?\d{1,2}\.\s*\([A-Za-z/]{1,8}\)|\((?P<mark>U|C|S|TS|SBU|[CS]//?NF)\)\s+[A-Z][a-z]"
    r"|(?:BEGIN\s+)?SUMMARY\b|Summary\b)")


def _text_after_reason(line: str, m: re.Match, letters: tuple[str, ...]) -> str | None:
    """'the text' when the cable's text runs on after the reason on the Classified By line (a `(C)` that is
    one of the reason letters is not a portion mark)."""
    for body in BODY_AFTER_REASON_RE.finditer(line, m.end("section")):
        if not (body.group("mark") and body.group("mark").lower() in letters):
            return "the text"
    return None


def _same_case(found: list[str]) -> tuple[str, ...]:
    """Reason letters, lower-cased, up to a change of case: in `(b) and (d) (S) Embassy ...` the `(S)`
    is the next paragraph's portion mark (html-extract/09TOKYO1598)."""
    letters = []
    for letter in found:
        if letters and letter.isupper() != found[0].isupper():
            break
        letters.append(letter.lower())
    return tuple(letters)


def _with_reason(raw: Text, line: str, index: int | None, m: re.Match) -> ClassifiedBy:
    letters_text = re.sub(r"\band\b", ",", m.group("letters") or "", flags=re.I)
    letters = _same_case(LETTER_RE.findall(letters_text))
    section_text = m.group("section")
    if index is None:
        section = Text(section_text, raw.span)
        letters_span = raw.span
    else:
        section = Text(section_text, Span(index + 1, m.start("section") + 1, index + 1, m.end("section") + 1))
        letters_end = m.start("letters") + len((m.group("letters") or "").rstrip(WS + ",&/")) \
            if m.group("letters") else m.end("section")
        letters_span = Span(index + 1, m.start("section") + 1, index + 1, letters_end + 1)
    problems = []
    if "." not in section_text:
        problems.append(f"section written '{section_text}' instead of '1.{section_text[-1]}'")
    elif section_text.endswith("."):
        problems.append(f"section written '{section_text}' with a period")
    if not m.group("word") and not re.search(r"R\s*E\s*A\s*S\s*O\s*N", raw.value, re.I):
        problems.append("no 'Reason(s)' before the section")   # `REA` / `SONS` wrapped mid-word counts
    tail = line[m.end():].strip(WS)
    if index is not None and not tail and not raw.value.rstrip(WS).endswith("."):
        problems.append("no closing period")
    return ClassifiedBy(raw=raw, section=section, letters=letters, letters_span=letters_span,
                        format_problem="; ".join(problems) or None)
