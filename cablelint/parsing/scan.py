"""Scans of the text for what is out of place: captions inside the text, broken summary markers,
embedded copies of a header or metadata block, damaged section dividers, glued page breaks.

Each scan is one regular-expression search over the whole text (fast), mapped back to lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..dating import CSV_RECORD_RE
from ..document import GluedPageBreak, Span, Text, joined
from ..record import Record, set_field
from .header import PARTIAL_RE
from .headings import SMALL_WORDS, looks_like_heading, run_in_headings
from .lines import WS, is_blank, line_text, match_text
from .pages import GLUED_OLD_PAGE_HEADER_RE, PAGE_BREAK_RE, glued
from .repeats import converter_repeats
from .banner import BANNER_RE

# The line scans start with a literal newline (the text is searched with one put in front), which
# lets the regex engine skip ahead to candidate lines instead of trying every position.
CAPTION_IN_TEXT_RE = re.compile(r"\n[ \t\u00a0]*SIPDIS\b")
#: A line in capitals that starts with a classification: an embedded text's banner.
CLASSIFICATION_LINE_RE = re.compile(r"^[ \t]*(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|"
                                    r"(?:TOP )?SECRET)\b[^a-z]*$")
#: SIPDIS between two words of a text (each paragraph on one line, or lines lost): a lower-case
#: word or a punctuation mark after a word or a number before (`on February 10,  SIPDIS
#: responded`, json-body/05NEWDELHI1074), or an acronym before a lower-case word (`the BJP  SIPDIS
#: leadership`, 04NEWDELHI7389; not a caption line's `SENSITIVE SIPDIS E.O.`), a word after; not
#: the caption named in an instruction (`Please include SIPDIS in all replies`,
#: json-body/08STATE128877; `Please use the caption SIPDIS`, `use SIPDIS caption`).
FLAT_CAPTION_RE = re.compile(r"(?:(?<=[a-z])|(?<=[a-z0-9][,;\"\u201d])|(?<=[a-z],[\"\u201d])"
                             r"|(?<=[A-Z]{2})(?=[ \t]+SIPDIS[ \t]+[a-z]))"
                             r"(?<!\binclude)(?<!\bincluding)(?<!\buse)(?<!\bcaption)"
                             r"[ \t]+(?P<caption>SIPDIS)[ \t]+(?!caption\b)(?=[A-Za-z(])")
#: What a `SIPDIS` glued at a line's end follows: a word or a punctuation mark (_trailing_captions).
_GLUED_AFTER = re.compile(r"[.,;:a-z]")
#: Searched in the lower-cased text; starting with a literal lets the engine skip ahead.
END_SUMMARY_RE = re.compile(r"end\s+(?:of\s+)?summary\b")
#: A `Summary` caption on a line of its own (over a dashed rule, 09VATICAN78; framed, 07BERN881;
#: `Introduction and Summary`, 06GENEVA2030), or glued to the end of the line above its dashed
#: rule (`REASON: 1.4 (b), (d) Summary` / `-------`, 09VATICAN113, 09PESHAWAR2).
SUMMARY_CAPTION_RE = re.compile(
    r"^[ \t\u00a0]*-*[ \t]*(?:[a-z]+[ \t]+and[ \t]+)?summary[ \t]*:?[ \t]*-*[ \t\\]*$"
    r"|[.)][ \t]+summary[ \t]*:?[ \t]*\n[ \t\u00a0]*(?:-[ \t]*){3,}\\?[ \t]*$", re.I | re.M)
#: A line ending in `End` (what precedes it is checked in code: a line start or a sentence end).
DANGLING_END_RE = re.compile(r"End\.?[ \t\u00a0]*$", re.M)
#: The first line of an embedded copy or record: a second header, a database row, a record's `ID:`
#: (a number alone: not a person's `ID:  4-112-828` in a list, 05SANJOSE2532), `ORIGIN:` or
#: `DESTINATION:` line, a cables.csv row, or a tab-separated export's row (`148293` tab
#: `2008-04-02 21:05:00` tab `08BOGOTA1223` tab `Embassy Bogota` tab ..., 08BOGOTA1223).
TSV_RECORD_RE = re.compile(r"^\d+\t\d{4}-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?)?\t\d\d[A-Z]+\d+\t"
                           r"[^\t\n]*")
EMBEDDED_RE = re.compile(
    r"\n[ \t]*(?:VZCZC[A-Z0-9]|\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?[ \t]+\d{2}[A-Z]+\d+\b"
    r"|ID:[ \t]*\d+[ \t]*(?=\n|$)|(?:ORIGIN|DESTINATION):[ \t])"
    r"|\n" + CSV_RECORD_RE.pattern.removeprefix("^")
    + r"|\n" + TSV_RECORD_RE.pattern.removeprefix("^"))
#: A metadata record above the banner, one value a line, from the line to show: a mirror's
#: (`...id: 199404` / `date: 3/28/2009 20:24` / `refid: ...`, 09ASUNCION189) or a database row's
#: (`57344` / `2006-03-20 22:14:00` / `06MEXICO1509`, 06MEXICO1509: shown from its date; the date
#: without its time when the reference id follows, `235269` / `2009-11-18` / `09KABUL3712`), or a
#: tab-separated export's row on one line (TSV_RECORD_RE).
RECORD_START_RE = re.compile(r"\n[ \t]*(?:(?P<mirror>(?:\.\.\.)?id:[ \t]*\d+[ \t]*\ndate:[ \t])"
                             r"|\d+[ \t]*(?P<row>\n\d{4}-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?[ \t]*\n"
                             r"|[ \t]*\n(?=\d\d[A-Z]+\d+[ \t]*\n)))"
                             r"|" + TSV_RECORD_RE.pattern.removeprefix("^") + ")")
#: A date-time group alone on its line (`292031Z Sep 05`).
BARE_DTG_RE = re.compile(r"[ \t]*\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}[ \t]*$")
#: A page's values-only record between its teaser and the full header, below the banner, shown
#: from its date (`235918` / `2009-11-20` / `09THEHAGUE707`, blank lines between; 09THEHAGUE707).
TEASER_RECORD_RE = re.compile(r"\n[ \t]*\d+[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<row>\d{4}-\d\d-\d\d)"
                              r"(?: \d\d:\d\d(?::\d\d)?)?[ \t]*\n(?:[ \t]*\n)?"
                              r"[ \t]*\d\d[A-Z]+\d+[ \t]*\n")
#: A cables.csv row's number, date, reference id and origin, the origin quoted.
CSV_ROW_HEAD_RE = re.compile(r"\d+,[^,]+,[^,]+,\"[^\"\n]*\"")
DIVIDER_LINE_RE = re.compile(r"\n[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*(?=\n|$)")
SPLIT_DIVIDER_RE = re.compile(r"^-{3,}(?:[ \t]+-{3,})+$")
DIVIDER_RE = re.compile(r"^-{3,}$")
#: The page-break line's serial, page and total, with any spacing and case (`00002970  002.2 OF
#: 003`); inside a line of text it marks a glued page break. The serial's leading word boundary is
#: written `\d(?<!\w\d)` (a digit not after a word character): a pattern that opens with a digit
#: is scanned for by its first character, one that opens with `\b` is tried at every position
#: (the same matches over the corpus, 2.1x faster).
PAGE_BREAK_CORE_RE = re.compile(r"\d(?<!\w\d)\d{7}[ \t]+\d{3}(?:\.\d)?[ \t]+(?i:OF)[ \t]+\d{3}\b")
#: The station before it, separated by any spacing (`HM  LONDON 00002970`).
GLUED_STATION_RE = re.compile(r"[A-Z][A-Z .]{0,11}[ \t]+$")
#: A divider shorter than this share of the heading it frames was cut by a mirror (seed 004 L173).
SHORT_DIVIDER = 0.5


#: A comma for the apostrophe of a singular possessive (`Kazakhstan,s bid`, `THE MEN,S PLANE`):
#: as CL117's pattern finds it.
COMMA_APOSTROPHE_RE = re.compile(r"\b[A-Za-z]+,s\b|\b[A-Z]{2,},S\b")
#: ... and of a plural one: a name in the plural and a noun it owns (`the Liberal Democrats,
#: position that`, `the United States, view that`, `the Under Secretaries, visit has`). An ordinary
#: comma is far more common there (`the Kirchners, those that`, `the Frontier Corps, support a`), so
#: only nouns that a cable's parties own, not before an article (the noun read as a verb), and only
#: in a cable with `X,s` damage.
PLURAL_POSSESSIVE_RE = re.compile(
    r"\b(?:the|The|their|its)[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?P<hit>[A-Z][a-z]+s, "
    r"(?:position|view|views|visit|plans?|objections|concerns|turn|decision|involvement|proposal|"
    r"interests|efforts|policy|statement|leadership|delegation|participation|intentions|"
    r"commitment|stance|reaction|priorities|strategy)\b)"
    r"(?![ \t]+(?:a|an|the|their|his|her|its|our|this|these)\b)"
)


#: A `¶` a web mirror put on a lettered item of the text (`¶C. If plutonium, percentages of ...`,
#: `¶Q.  What was Eduardo Jordan's role ...`): cables number paragraphs, never letters; not the
#: spaced `E. O.` of an old E.O. line.
LETTERED_PILCROW_RE = re.compile(r"^[ \t]*(?P<marker>¶[ \t]?[A-Za-z][.)])(?=[ \t])(?![ \t]*O\.)")
#: A cable cited after a REF item's letter: a station in capitals and a serial (`THE HAGUE 133`,
#: `LIMA 248 (06)`, `08 STATE 1234`).
CABLE_CITED_RE = re.compile(r"[ \t]+(?:\d{2}[ \t]+)?[A-Z][A-Z .'\-]*[ \t]+\d{1,6}\b")
#: ... and inside a line of a text whose line breaks were lost after the mirror marked it, where a
#: line started (`sections:  ¶A. - Storage and dissemination`, json-body/09STATE119085).
LETTERED_PILCROW_IN_LINE_RE = re.compile(
    r"(?<=[ \t])(?P<marker>¶[ \t]?[A-Za-z][.)])(?=[ \t])(?![ \t]*O\.)")


class Scans(Record):
    """What the searches of the whole text found out of place (Cable's fields of the same names)."""

    body_captions: tuple[Text, ...]
    embedded: tuple[Text, ...]
    damaged_dividers: tuple[Text, ...]
    unopened_end_summary: Text | None
    lone_ends: tuple[Text, ...]
    glued_page_breaks: tuple[GluedPageBreak, ...]
    lettered_pilcrows: tuple[Text, ...]
    converter_repeats: tuple[Text, ...]
    run_in_headings: tuple[Text, ...]

    __slots__ = (
        "body_captions", "embedded", "damaged_dividers", "unopened_end_summary", "lone_ends",
        "glued_page_breaks", "lettered_pilcrows", "converter_repeats", "run_in_headings",
    )

    def __init__(
            self, body_captions, embedded, damaged_dividers, unopened_end_summary, lone_ends,
            glued_page_breaks, lettered_pilcrows, converter_repeats, run_in_headings
    ) -> None:
        set_field(self, "body_captions", body_captions)
        set_field(self, "embedded", embedded)
        set_field(self, "damaged_dividers", damaged_dividers)
        set_field(self, "unopened_end_summary", unopened_end_summary)
        set_field(self, "lone_ends", lone_ends)
        set_field(self, "glued_page_breaks", glued_page_breaks)
        set_field(self, "lettered_pilcrows", lettered_pilcrows)
        set_field(self, "converter_repeats", converter_repeats)
        set_field(self, "run_in_headings", run_in_headings)


def scan(lines: tuple[str, ...], header_end: int, body_start: int,
         last_label: int | None = None, station: str | None = None,
         set_apart: bool = False) -> Scans:
    """Searches of the text after the header (0-based line indices); a summary may start from the
    last label line on (earlier SUBJECT or REF words do not count); `station`: the banner's, where
    a glued page break starts; `set_apart`: the source layer re-lined a flattened text (its lines
    hold what were lines before)."""
    text, starts = joined(lines)
    after_header = starts[header_end] if header_end < len(lines) else len(text)
    in_body = starts[body_start] if body_start < len(lines) else len(text)
    summary_from = starts[last_label] if last_label is not None and last_label < len(lines) \
        else after_header

    padded = "\n" + text     # so that a scan starting with "\n" also finds the first line

    def indices(regex: re.Pattern, start: int, *needles: str) -> list[int]:
        """Lines where regex (starting with "\n") matches; skipped when no needle occurs in the
        text."""
        if not any(needle in text for needle in needles):
            return []
        return sorted({bisect_right(starts, m.start()) - 1 for m in regex.finditer(padded, start)})

    return Scans(**{
        "body_captions": tuple(sorted(
            [_opening_caption(lines, i) for i in indices(CAPTION_IN_TEXT_RE, in_body, "SIPDIS")
             if not _after_banner(lines, i)]
            + _trailing_captions(text, starts, in_body)
            + ([t for i in range(body_start, len(lines)) if "SIPDIS" in lines[i]
                for t in flattened_captions(lines[i], i)] if "SIPDIS" in text else []),
            key=lambda t: (t.span.line, t.span.column))),
        "embedded": (*_records_above_banner(lines, padded, starts, after_header),
                     *(line_text(lines, bisect_right(starts, m.start("row") - 1) - 1)
                       for m in TEASER_RECORD_RE.finditer(padded, after_header, in_body + 1)),
                     *(_embedded(lines, i)
                       for i in indices(EMBEDDED_RE, after_header, "VZCZC", ":"))),
        "damaged_dividers": tuple(line_text(lines, i)
                                  for i in indices(DIVIDER_LINE_RE, after_header, "---")
                                  if _damaged_divider(lines, i, lines[i].strip(WS))),
        **_summary_markers(lines, text, starts, summary_from, in_body, after_header),
        "glued_page_breaks": tuple(sorted(
            [t for i in _page_break_lines(text, starts, after_header)
             if not PAGE_BREAK_RE.match(lines[i]) for t in _glued_page_break(lines, i, station)]
            + (_glued_old_page_headers(lines, header_end) if "PAGE" in text else []),
            key=lambda t: (t.raw.span.line, t.raw.span.column))),
        "lettered_pilcrows": _lettered_pilcrows(
            lines, body_start if last_label is None else min(body_start, last_label + 1),
            body_start, set_apart) if "¶" in text else (),
        "converter_repeats": converter_repeats(text, starts, in_body) if "Q" in text else (),
        "run_in_headings": run_in_headings(lines, body_start) if " ---" in text else (),
    })


def _records_above_banner(lines: tuple[str, ...], padded: str, starts: list[int],
                          banner_end: int) -> list[Text]:
    """A line of each metadata record that stands between two copies of the header, above the
    banner (the first copy ends at a non-blank line above the record); a record the file opens
    with, or that only the mirror's partial-extract notice stands above, is the mirror's
    metadata block, no copy (with the date-time group a partial extract shows under its notice:
    `292031Z Sep 05`, html-extract/05BOGOTA9257)."""
    records = []
    for m in RECORD_START_RE.finditer(padded, 0, banner_end + 1):
        first = bisect_right(starts, m.start()) - 1
        shown = first + 1 if m["row"] else first
        if any(not is_blank(line) and not PARTIAL_RE.match(line) and not BARE_DTG_RE.match(line)
               for line in lines[:first]):
            records.append(_embedded(lines, shown))
    return records


def _embedded(lines: tuple[str, ...], i: int) -> Text:
    """The embedded header or metadata line i; of a cables.csv or tab-separated row, its number,
    date, reference id and origin (`19205,7/29/2004 5:59,04THEHAGUE1903,"Embassy The Hague"`),
    not the whole text field after them."""
    text = line_text(lines, i)
    csv, tsv = CSV_RECORD_RE.match(text.value), TSV_RECORD_RE.match(text.value)
    if csv is not None:
        head = CSV_ROW_HEAD_RE.match(text.value)   # none when the origin wraps (`"Embassy The`)
        end = head.end() if head else csv.end() - len(',"')
    elif tsv is not None:
        end = tsv.end()
    else:
        return text
    span = text.span
    return Text(text.value[:end], Span(span.line, span.column, span.line, span.column + end))


def _lettered_pilcrows(lines: tuple[str, ...], start: int, body_start: int,
                       set_apart: bool = False) -> tuple[Text, ...]:
    """The `¶X.` markers of lettered items from line `start` (below the labelled parts: `¶A. Crime
    Threats` above paragraph 1, html-extract/09CIUDADJUAREZ27, or in a text of lettered sections
    only) on, but REF items above paragraph 1 (`body_start`; CL071's, or a second copy's:
    `¶B. THE HAGUE 133`, 08THEHAGUE302); not an initial wrapped from a sentence that the line
    above leaves open (`... is headed by` / `¶S. Djalalov`, 10TASHKENT27). In a re-lined
    flattened text (`set_apart`), those inside a line too, after words that do not leave their
    sentence open."""
    found = []
    for i in range(start, len(lines)):
        line = lines[i]
        if "¶" not in line:
            continue
        m = LETTERED_PILCROW_RE.match(line)
        if m and i < body_start and CABLE_CITED_RE.match(line, m.end()):
            continue
        if m and not (i and _leaves_sentence_open(lines[i - 1])):
            found.append(match_text(i, m, "marker"))
        for m in LETTERED_PILCROW_IN_LINE_RE.finditer(line) if set_apart else ():
            before = line[:m.start()]
            if before.strip(WS) and not _leaves_sentence_open(before):
                found.append(match_text(i, m, "marker"))
    return tuple(found)


def _leaves_sentence_open(line: str) -> bool:
    """The line ends in a comma or a small word (`by`, `of`, `the`): its sentence goes on."""
    words = line.rstrip(WS + "\\").split()
    return bool(words) and (words[-1].endswith(",") or words[-1].lower() in SMALL_WORDS)


def plural_possessives(lines: tuple[str, ...]) -> tuple[Text, ...]:
    """Plural possessives written with a comma (`Democrats, position`), in a text whose conversion
    wrote `X,s` elsewhere; searched in all the lines, a second copy's too."""
    text = joined(lines)[0]
    # the literals first: a regex that opens with \b is tried at every position of the text
    if ",s" not in text and ",S" not in text or not COMMA_APOSTROPHE_RE.search(text):
        return ()
    return tuple(match_text(i, m, "hit") for i, line in enumerate(lines) if ", " in line
                 for m in PLURAL_POSSESSIVE_RE.finditer(line))


def _after_banner(lines: tuple[str, ...], i: int) -> bool:
    """The text line above line i is a banner (per-section, repeated, or of an embedded text:
    `SECRET - RELEASABLE TO ...`): a SIPDIS below it is that banner's caption, not damage."""
    above = next((lines[j] for j in range(i - 1, -1, -1) if not is_blank(lines[j])), "")
    return bool(BANNER_RE.match(above) or CLASSIFICATION_LINE_RE.match(above))


def flattened_captions(line: str, index: int) -> tuple[Text, ...]:
    """`SIPDIS` between two words of a text that lost its line breaks (`... Hassan SIPDIS Rowhani`);
    after the banner, a serial or another caption it is a caption in its place."""
    found = []
    at = line.find("SIPDIS")
    while at != -1:     # the expression is tried only where its spaces before a SIPDIS start
        m = FLAT_CAPTION_RE.match(line, len(line[:at].rstrip(" \t")))
        if m is not None:
            found.append(Text(m.group("caption"), Span(index + 1, m.start("caption") + 1,
                                                       index + 1, m.end("caption") + 1)))
        at = line.find("SIPDIS", at + 1)
    return tuple(found)


def _opening_caption(lines: tuple[str, ...], i: int) -> Text:
    """The `SIPDIS` that opens line i: the line, when it stands alone; else the word, which a
    text glued after it goes on from (`... ZIMBABWE'S BEST` / `SIPDIS INTERESTS FOR THE MDC`,
    00HARARE5461)."""
    line = lines[i]
    if line.strip(WS) == "SIPDIS":
        return line_text(lines, i)
    at = line.index("SIPDIS")
    return Text("SIPDIS", Span(i + 1, at + 1, i + 1, at + 1 + len("SIPDIS")))


def _trailing_captions(text: str, starts: list[int], start: int) -> list[Text]:
    """Each `SIPDIS` glued at a line's end, from offset `start` (spaces, `SIPDIS` and white space
    up to the line end, after a word or a punctuation mark): the word, not its line (`2. (C) Saran
    was highly concerned ... SIPDIS`, json-body/05NEWDELHI922). Each is found with str.find and
    looked at from there: a regex starting at every space of the text was a third of the parser's
    regex time."""
    found, at = [], text.find("SIPDIS", start)
    while at != -1:
        run = at                    # the run of spaces before it, from its first space
        while run > 0 and text[run - 1] == " ":
            run -= 1
        end = at + len("SIPDIS")    # and the white space after it
        while end < len(text) and text[end] in " \t\u00a0":
            end += 1
        if start <= run < at and (end == len(text) or text[end] == "\n") and run > 0 \
                and _GLUED_AFTER.match(text, run - 1):
            line = bisect_right(starts, run) - 1
            column = at - starts[line] + 1
            found.append(Text("SIPDIS", Span(line + 1, column, line + 1, column + len("SIPDIS"))))
        at = text.find("SIPDIS", at + 1)
    return found


#: What the `OF` of page-break text follows: a space or a tab (PAGE_BREAK_CORE_RE), in any case.
_PAGE_OF = tuple(space + of for space in " \t" for of in ("OF", "of", "Of", "oF"))


def _page_break_lines(text: str, starts: list[int], start: int) -> list[int]:
    """Lines holding page-break text (`00000604 002 OF 003`) from offset `start` on: the
    expression is searched only in lines where an `OF` follows a digit and white space, found with
    str.find (the expression opens with a digit and was tried at each digit of the text)."""
    searched, found = set(), []
    for of in _PAGE_OF:
        at = text.find(of, start)
        while at != -1:
            before = text[at - 1] if at else "x"
            i = bisect_right(starts, at) - 1 if before.isdigit() or before in " \t" else None
            if i is not None and i not in searched:
                searched.add(i)     # each line once: a long line may hold a thousand `1 OF`
                end = text.find("\n", at)
                if PAGE_BREAK_CORE_RE.search(text, max(starts[i], start),
                                             len(text) if end == -1 else end):
                    found.append(i)
            at = text.find(of, at + 1)
    return sorted(found)


def _summary_markers(lines: tuple[str, ...], text: str, starts: list[int], summary_from: int,
                     in_body: int, after_header: int) -> dict:
    """The line of an `END SUMMARY` before any summary start (a `SUMMARY` heading above paragraph 1
    counts, also when a wrapped label line took it in), and the lines of paragraphs ending in a lone
    `End`."""
    unopened, lone_ends = None, []
    lowered = text.lower()
    first_summary = lowered.find("summary", summary_from)
    if first_summary != -1:
        # the first `end summary` that is no `weekend summary`
        end_summary = next((m for m in END_SUMMARY_RE.finditer(lowered, in_body)
                            if not lowered[m.start() - 1:m.start()].isalpha()), None)
        caption = SUMMARY_CAPTION_RE.search(text, after_header, end_summary.start()) \
            if end_summary else None
        if end_summary and first_summary >= end_summary.start() and caption is None:
            i = bisect_right(starts, end_summary.start()) - 1
            unopened = line_text(lines, i)
    for m in DANGLING_END_RE.finditer(text, in_body):
        before = text[max(0, m.start() - 3):m.start()]
        if not (m.start() == 0 or before.endswith("\n") or re.search(r"[.!?\"')][ \t]+$", before)):
            continue
        i = bisect_right(starts, m.start()) - 1
        if _paragraph_ends(lines, i):
            lone_ends.append(line_text(lines, i))
    return {"unopened_end_summary": unopened, "lone_ends": tuple(lone_ends)}


def _paragraph_ends(lines: tuple[str, ...], i: int) -> bool:
    """Line i is the last text line before a blank line (and the next text, past a page break, does
    not finish the marker: `End` / `MEXICO 00000505 003 OF 003` / `Comment.`)."""
    if i + 1 < len(lines) and not is_blank(lines[i + 1]):
        return False
    following = next((lines[j].strip(WS) for j in range(i + 1, len(lines))
                      if not is_blank(lines[j]) and not PAGE_BREAK_RE.match(lines[j])), "")
    return not re.match(r"(?:Summary|Comment|Note|Text)\b", following, re.I)


def _damaged_divider(lines: tuple[str, ...], i: int, stripped: str) -> bool:
    """Split in pieces (`----- -----`), or a frame above and below a heading far shorter than it."""
    if SPLIT_DIVIDER_RE.match(stripped):
        return True
    for heading, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= other < len(lines) and 0 <= heading < len(lines) \
                and DIVIDER_RE.match(lines[other].strip(WS)):
            title = lines[heading].strip(WS)
            if looks_like_heading(title) and len(stripped) < SHORT_DIVIDER * len(title):
                return True
    return False


def _glued_old_page_headers(lines: tuple[str, ...], start: int) -> list[GluedPageBreak]:
    """Old telegrams' page headers with the page's text run on after them (`PAGE 02 VATICA 00819
    190632Z ARCHIVE FROM ...`, 02VATICAN819)."""
    found = []
    for i in range(start, len(lines)):
        m = GLUED_OLD_PAGE_HEADER_RE.match(lines[i]) if "PAGE" in lines[i] else None
        if m:
            header = match_text(i, m, "header")
            found.append(GluedPageBreak(header, header))
    return found


def _glued_page_break(lines: tuple[str, ...], i: int,
                      banner_station: str | None) -> list[GluedPageBreak]:
    """Page-break lines' text inside a line of the text (08BRASILIA351), with their stations."""
    found = []
    for m in PAGE_BREAK_CORE_RE.finditer(lines[i]):
        station = GLUED_STATION_RE.search(lines[i], 0, m.start())
        start = station.start() if station else m.start()
        raw = Text(lines[i][start:m.end()], Span(i + 1, start + 1, i + 1, m.end() + 1))
        found.append(glued(raw, banner_station))
    return found
