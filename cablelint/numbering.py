"""Paragraph numbering walked once, so that every rule on numbers reads the same verdicts."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import Iterator

from .document import Paragraph, Span
from .record import Record, set_field
from .parsing.headings import looks_like_heading
from .parsing.lines import BRACKETED_REDACTION, DIVIDER_RE, is_blank
from .parsing.pages import PAGE_BREAK_RE
from .parsing.paragraphs import (FIRST_MARKER_AFTER_PAGE_BREAK_RE, FIRST_MARKER_AFTER_UNDERLINE_RE,
                                 FIRST_MARKER_AT_LINE_END_RE)

#: A publisher's placeholder for withheld text: a run of X (`XXXXXXXXXXXX`) or a bracketed note
#: (`[DETAILS REMOVED]`, `[Source removed]`, json-body/08RPODUBAI49, json-record/wl20101128-0077).
REDACTION = r"(?:X{6,}|" + BRACKETED_REDACTION + ")"
REDACTION_RE = re.compile(REDACTION)
#: A text line that stands for withheld paragraphs: a redaction alone (`XXXXXXXXXXXX`, `¶2.
#: XXXXXXXXXXXX`) or after the end of a sentence (`... Service (SSPS). XXXXXXXXXXXX`), a heading's
#: underline may follow (`... leadership. [DETAILS REMOVED]-------`).
_LINE_START = r"^[ \t]*(?:¶?\d{1,3}[.)][ \t]*(?:\([A-Z/]{1,8}\)[ \t]*)?)?"
_REDACTION_TO_END = REDACTION + r"[ \t.]*(?:-{3,}[ \t]*)?$"
REDACTION_LINE_RE = re.compile(r"(?:" + _LINE_START + r"|[.!?\"')][ \t]+)" + _REDACTION_TO_END)
#: ... and one that is nothing but the redaction (after a paragraph marker at most): withheld text,
#: never a name redacted at the start of a sentence (`to his successor. XXXXXXXXXXXX` / `agreed`).
WITHHELD_LINE_RE = re.compile(_LINE_START + _REDACTION_TO_END)
#: Where a paragraph marker glued into the previous paragraph may stand: after the end of a
#: sentence, or after the underline of a heading run into the paragraph (`Cooperation ------- 17.
#: (C)`, 09SANTIAGO167).
SENTENCE_END_BEFORE = r"(?:(?<=[.!?:;\"'”)\]])|(?<=---))[ \t\n]+"
#: ... or after a redaction, spaced or glued: the end of withheld text (`in XXXXXXXXXXXX 6. (S//NF)
#: The second reason`, 10MADRID154; `XXXXXXXXXXXX10. (C) Below the level`, 05SOFIA1207).
REDACTION_BEFORE = r"(?<=XXXX)[ \t\n]*"
#: ... or after page-break text glued into the line (`------ TBILISI 00001355 002 OF 002 5. (C) The
#: Armenian`, 08TBILISI1355).
PAGE_BREAK_BEFORE = r"(?<=\d OF \d{3})[ \t]+"
#: A paragraph marker glued into text: its number and portion mark, a capital or quote after it.
_GLUED_MARKER = (r"(?P<marker>¶?(?P<number>\d{1,3})\.)[ \t]+(?:\([A-Za-z/]{1,8}\)[ \t]+)?"
                 r"(?=[A-Z\"(])")
GLUED_MARKER_RE = re.compile(f"(?:{SENTENCE_END_BEFORE}|{REDACTION_BEFORE}|{PAGE_BREAK_BEFORE})"
                             + _GLUED_MARKER)
GLUED_TO_REDACTION_RE = re.compile(REDACTION_BEFORE + _GLUED_MARKER)
#: ... or anywhere after a space with its portion mark, which makes it a marker on its own: after a
#: heading run into the paragraph without its underline (`working conditions. A Muddy Debate and
#: Pending Mechanization 6.(U) If key`, 08SAOPAULO432).
MARKED_GLUED_MARKER_RE = re.compile(r"(?<=[ \t])(?P<marker>¶?(?P<number>\d{1,3})\.)[ \t]?"
                                    r"\([A-Z][A-Za-z/]{0,7}\)[ \t]+(?=[A-Z\"(])")
#: How far above the first numbered paragraph a header line ending in paragraph 1's marker may
#: stand (`FIRST_MARKER_AT_LINE_END_RE`): the count then goes on from 2.
FIRST_MARKER_LINES = 6
#: How many numbers a redaction that a marker is glued to may stand for (`XXXXXXXXXXXX10.`: ¶9).
MAX_WITHHELD = 10
#: How many paragraphs may be glued into the last one (their markers are looked for in turn, up to
#: the first number not found: a web page that lost its line breaks, 08BERLIN1108, has 25).
LAST_RUN_IN = 99
#: A paragraph that opens a quoted text and leaves it open (`Begin text of SIR (GOV/2009/24)
#: paragraphs 42-47`, 09UNVIEVIENNA220): the numbers after it are the quoted text's own.
#: The end of a quoted text, a word or two may name it (`End GOI Text.`, json-body/04NEWDELHI7427).
QUOTE_CLOSED = r"\bEND[ \t]+(?:[A-Za-z]+[ \t]+){0,2}?(?:TEXT|QUOTE)\b"
QUOTE_OPENED_RE = re.compile(r"\bBEGIN[ \t]+(?:TEXT|QUOTE)\b(?![\s\S]*" + QUOTE_CLOSED + ")", re.I)
QUOTE_CLOSED_RE = re.compile(QUOTE_CLOSED, re.I)
#: A later part of a cable sent in parts, above its paragraph 1, whose numbers go on from the part
#: before (`(PART TWO OF THREE)` ... `PARAGRAPH NUMBERS REFLECT FULL CABLE LENGTH` / `¶38.`,
#: 09LONDON2616; `(PART 2 OF 2)` / `¶5.`, 06SANTIAGO439).
_PART = r"(?:TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|[2-9]|[1-9]\d)"
LATER_PART_RE = re.compile(r"\bPART " + _PART + r" OF (?:" + _PART + r"|[1-9]\d?)\b", re.I)


class Step(Record):
    """One paragraph in the walk: the number it should have and what the walk made of it.

    A `run_in` step is a marker glued into `paragraph`'s text (`...15-17. 7. In this new setting`):
    `expected` is its number and `at` its place.
    """

    paragraph: Paragraph
    expected: int
    status: str  # ok | spurious | restart | resume | gap | withheld | new_text | run_in | wrapped
    at: Span | None

    __slots__ = ("paragraph", "expected", "status", "at")

    def __init__(self, paragraph, expected, status, at=None) -> None:
        set_field(self, "paragraph", paragraph)
        set_field(self, "expected", expected)
        set_field(self, "status", status)
        set_field(self, "at", at)


def is_spurious_one(number: int, expected: int) -> bool:
    """`15` for 5, `112` for 12: a `1` (often a damaged ¶) glued before the right number."""
    text = str(number)
    return (
        expected > 1
        and number != expected
        and len(text) > 1
        and text[0] == "1"
        and text[1] != "0"
        and int(text[1:]) == expected
    )


def lost_leading_digits(number: int, expected: int) -> bool:
    """`0` for 10, `2` for 12: the expected number whose leading digits were cut off (onto the line
    above, `PKO/HAITI --------- 1` / `¶0. (C)`, 04BRASILIA1291)."""
    return number < expected and str(expected).endswith(str(number)) and number != 1


def _next_marked(paragraphs: tuple[Paragraph, ...], index: int) -> int | None:
    """The number of the first paragraph after `index` that is no wrapped number, if any."""
    # islice, not a slice: the walk asks this for every paragraph, and a slice copies the rest
    return next((p.number for p in islice(paragraphs, index + 1, None) if not p.wrapped_number),
                None)


def cable_walk(cable) -> tuple[Step, ...]:
    """The walk of a parsed cable's paragraphs, given its lines and signature: made once per cable
    (CL090 and CL091 read the same steps), in the Cable's own memo as `select`'s."""
    steps = cable.__dict__.get("_numbering")
    if steps is None:
        signature = cable.signature.value if cable.signature is not None else None
        steps = cable.__dict__["_numbering"] = tuple(walk(cable.paragraphs, cable.lines, signature))
    return steps


def walk(paragraphs: tuple[Paragraph, ...], lines: tuple[str, ...] = (),
         signature: str | None = None) -> Iterator[Step]:
    """Walk paragraph numbers once; shared by the rules on numbering so they never disagree.

    A `1` far into the sequence starts a nested list (a quoted cable, BEGIN TEXT), unless the next
    paragraph goes on with the outer count (`¶11.`, `¶1.`, `¶13.`: ¶12 lost its `2`,
    07USNATO520), and so does any other number right after a paragraph that opens a quoted text
    (`Begin text of ... paragraphs 42-47` / `¶42.`; this needs the lines); the outer numbering
    resumes when its next number appears. A number out of place that the next paragraph corrects
    is blamed alone (`3, 7, 4`: the 7). Given the cable's lines, the walk also finds the markers of
    skipped numbers glued into the previous paragraph, or into the last one (`run_in`), and a skip
    right after a redaction that stands for withheld paragraphs (`withheld`). Given the cable's
    signature too, a number that breaks the count after a line holding only that signature opens a
    second text appended to the first (`¶6. ...` / `DINGER` / page break / `¶6.`,
    html-extract/09RANGOON378): its count starts there (`new_text`). A number wrapped from the line
    above (`for Law No.` / `5.The LFIB was replaced`, 10TRIPOLI39) is not counted when the next
    marker has the number expected (`wrapped`). A later part of a cable sent in parts counts on
    from its first number (`LATER_PART_RE` above it), and the count goes on from 2 when paragraph
    1's marker ends a header line above it or follows the first page's page-break text there.
    """
    expected, outer = 1, []
    if paragraphs and paragraphs[0].number > 1 and lines and _later_part(lines, paragraphs[0]):
        expected = paragraphs[0].number
    elif paragraphs and paragraphs[0].number == 2 and lines \
            and _first_marker_above(lines, paragraphs[0]):
        expected = 2
    for index, p in enumerate(paragraphs):
        number = p.number
        if p.wrapped_number and _next_marked(paragraphs, index) == expected:
            yield Step(p, expected, "wrapped")
            continue
        if number > expected and index and lines:
            for glued_number, at in _run_in_markers(lines, paragraphs[index - 1], expected, number):
                yield Step(paragraphs[index - 1], glued_number, "run_in", at)
                expected = glued_number + 1
        following = _next_marked(paragraphs, index)
        if number == expected:
            status, effective = "ok", number
        elif outer and number == outer[-1]:
            outer.pop()
            status, effective = "resume", number
        elif is_spurious_one(number, expected):
            status, effective = "spurious", expected
        elif number == 1 and expected > 2 and following != expected + 1 \
                or lines and index and number != expected \
                and _opens_quote(lines, paragraphs[index - 1]):
            outer.append(expected)
            status, effective = "restart", number
        elif number > expected and lines and _after_redaction(lines, p):
            status, effective = "withheld", number
        elif signature and index and _signed_before(lines, paragraphs[index - 1], p, signature):
            status, effective = "new_text", number
        elif following == expected:
            status, effective = "gap", expected - 1        # a stray number: the next one goes on
        elif following == expected + 1 or lost_leading_digits(number, expected):
            status, effective = "gap", expected  # a wrong number in the expected one's place
        else:
            status, effective = "gap", number
        yield Step(p, expected, status)
        expected = effective + 1
    if paragraphs and lines and not outer:      # the next one glued into the last (`... End
        last = paragraphs[-1]                   # Comment. 14. This cable was coordinated`)
        for glued_number, at in _run_in_markers(lines, last, expected, expected + LAST_RUN_IN):
            yield Step(last, glued_number, "run_in", at)


def _first_marker_above(lines: tuple[str, ...], first: Paragraph) -> bool:
    """Paragraph 1's marker ends a line a little above the first numbered paragraph or opens one
    after the first page's page-break text, or opens a line of the block just above it after a
    heading's underline."""
    line = first.marker.span.line - 1
    if any(FIRST_MARKER_AT_LINE_END_RE.search(lines[k])
           or FIRST_MARKER_AFTER_PAGE_BREAK_RE.match(lines[k])
           for k in range(max(0, line - FIRST_MARKER_LINES), line)):
        return True
    k = line - 1
    while k >= 0 and not is_blank(lines[k]):
        if FIRST_MARKER_AFTER_UNDERLINE_RE.match(lines[k]):
            return True
        k -= 1
    return False


def _later_part(lines: tuple[str, ...], first: Paragraph) -> bool:
    """The cable is a later part of one sent in parts, as said above its first paragraph."""
    return any(LATER_PART_RE.search(line) for line in lines[:first.span.line - 1])


def _opens_quote(lines: tuple[str, ...], p: Paragraph) -> bool:
    """Paragraph p opens a quoted text that it does not close (`BEGIN TEXT` without `END TEXT`)."""
    return bool(QUOTE_OPENED_RE.search(_text_of(lines, p)))


def _text_of(lines: tuple[str, ...], p: Paragraph) -> str:
    return "\n".join(lines[p.marker.span.line - 1:p.span.end_line])


def _closes_quote(text: str) -> bool:
    """Whether a paragraph ends a quoted text; the case-blind search runs only where the lower-cased
    text holds its last word (it costs a tenth of the search)."""
    low = text.lower()
    return ("text" in low or "quote" in low) and QUOTE_CLOSED_RE.search(text) is not None


def quoted(paragraphs: tuple[Paragraph, ...], lines: tuple[str, ...]) -> set[int]:
    """Indexes of the paragraphs inside a quoted text: after a paragraph that opens it (`Begin Text
    GOI paper:`) through the one that closes it (`... End GOI Text.`), when one does; the quoted
    paper's own items may go on with the cable's numbers (json-body/04NEWDELHI7427: ¶2, then
    3-56)."""
    closers = [k for k, p in enumerate(paragraphs) if _closes_quote(_text_of(lines, p))]
    inside: set[int] = set()
    index = 0
    while index < len(paragraphs):
        after = bisect_right(closers, index)
        if after < len(closers) and _opens_quote(lines, paragraphs[index]):
            inside.update(range(index + 1, closers[after] + 1))
            index = closers[after]
        index += 1
    return inside


def _signed_before(lines: tuple[str, ...], previous: Paragraph, p: Paragraph,
                   signature: str) -> bool:
    """A line between the marker of `previous` and paragraph p holds only the signature."""
    return any(line.strip() == signature
               for line in lines[previous.marker.span.line:p.span.line - 1])


def _after_redaction(lines: tuple[str, ...], p: Paragraph) -> bool:
    """The text line above paragraph p, past an underlined heading (`XXXXXXXXXXXX` / `-----` /
    `Baseball, Music and Racism:` / `-----`, 06HAVANA11650) or a heading under a line that is a
    redaction alone (`XXXXXXXXXXXX` / `//Bilateral Relations//`, 10MADRID87), is a redaction
    standing for withheld paragraphs. A page-break line between them does not count (`XXXXXXXXXXXX`
    / `On the Economic and Business Front` / `HARARE 00000888 003 OF 003` / `-----`, 09HARARE888)."""
    above = [line for line in reversed(lines[:p.span.line - 1])
             if line.strip() and not PAGE_BREAK_RE.match(line)][:4] + ["", "", ""]
    k = 0
    if DIVIDER_RE.match(above[k]):                                      # the heading's underline
        k += 1
        if len(above[k].strip()) <= 80 and not REDACTION_LINE_RE.search(above[k]):
            k += 1                                                      # the heading
        if DIVIDER_RE.match(above[k]):                                  # its overline
            k += 1
    elif looks_like_heading(above[k]) and not REDACTION_RE.search(above[k]) \
            and WITHHELD_LINE_RE.search(above[k + 1]):
        k += 1                                                          # past the heading
    return bool(REDACTION_LINE_RE.search(above[k]))


def _run_in_markers(lines: tuple[str, ...], previous: Paragraph, expected: int, found: int):
    """(number, span) of the markers expected, expected+1 ... below `found` glued, in order, into
    the text of the previous paragraph after the end of a sentence or a redaction, or anywhere
    with their portion mark (`N)` there numbers a list). Numbers missing before a marker glued to
    a redaction were withheld with it (`XXXXXXXXXXXX10.`: ¶9 withheld, 05SOFIA1207)."""
    first = previous.marker.span.line - 1
    block = lines[first:previous.span.end_line]
    text = "\n".join(block)
    starts = [0]
    for line in block[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    at = previous.marker.span.end_column - 1
    number = expected
    while number < found:
        m = (_glued_marker(GLUED_MARKER_RE, text, at, range(number, number + 1))
             or _glued_marker(MARKED_GLUED_MARKER_RE, text, at, range(number, number + 1)))
        if m is None:       # a later number glued to a redaction: the ones before it withheld
            later = range(number + 1, min(found, number + 1 + MAX_WITHHELD))
            m = _glued_marker(GLUED_TO_REDACTION_RE, text, at, later)
            if m is None:
                return
            number = int(m.group("number"))
        row = bisect_right(starts, m.start("marker")) - 1
        column = m.start("marker") - starts[row] + 1
        yield number, Span(first + row + 1, column, first + row + 1,
                           column + len(m.group("marker")))
        at, number = m.end(), number + 1


def _glued_marker(regex: re.Pattern, text: str, at: int, numbers: range) -> re.Match | None:
    """The first marker `regex` finds from `at` with the lowest of `numbers` that it finds
    (written as the number is, without a leading zero)."""
    wanted = {str(n): n for n in numbers}
    places = [place for place in (text.find(written + ".", at) for written in wanted)
              if place != -1]
    if not places:
        return None         # no marker of these numbers written anywhere after `at`
    # a match starts at the earliest with the white space (or pilcrow) before the first of them:
    # the search, whose expressions open with look-behinds tried at every position, starts there
    start = min(places)
    while start > at and text[start - 1] in "\u00b6 \t\n":
        start -= 1
    best, lowest = None, None
    for m in regex.finditer(text, start):
        number = wanted.get(m.group("number"))
        if number is not None and (lowest is None or number < lowest):
            best, lowest = m, number
            if number == numbers.start:
                break       # none lower can follow
    return best
