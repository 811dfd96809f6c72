"""Numbered paragraphs: the marker (`¶3.`, `3.`, `3) (C)`) with its portion mark, and the
Paragraph it opens."""

from __future__ import annotations

import re

from ..document import Paragraph, Span, Text
from .classified_by import CLASSIFIED_BY_LABEL
from .lines import BRACKETED_REDACTION, DIVIDER_RE, is_blank, line_text, match_text
from .pages import GLUED_OLD_PAGE_HEADER_RE, PAGE_BREAK, PAGE_BREAK_RE

#: A numbered paragraph's marker and portion mark, which a period may follow (`¶7. (C/NF).
#: Leslie`), a conversion may have spaced (`¶3. (C )  Bio information`, `¶11.  ( C ) Energy`,
#: 10ROME87), a drafter spelled out (`¶2.  (Secret/Rel Armenia)`), and a redaction may follow
#: unspaced (`(C)xxxx`, 09BAKU687; `(S)[Source removed]`, json-record/wl20101128-0077), as may
#: a stray sign (`(C)~and`, json-body/09RPODUBAI331; `(C//NF))`, html-extract/09ROME847). A
#: paragraph the drafter put in parentheses opens with one before its marker (`(11. (C) Comment:
#: ... Cuba.)`, 06CARACAS2367): the marker starts after it.
PARAGRAPH_RE = re.compile(
    r"^(?P<lead>[ \t\u00a0]*(?:\((?=\d{1,3}\.[ \t]*\([A-Z]))?)"     # `(11. (C)`: in parentheses
    r"(?P<open>\*\*\s*|\[\s*|<a\b[^>]*>(?=¶))?(?P<pilcrow>¶)?(?:</a>)?"
    r"(?P<gap>[ \t]?)"
    r"(?P<number>\d{1,3})(?:\.\.?|(?P<paren>\))(?=[ \t\u00a0]*\()"   # `3..`: a doubled period
    r"|(?:,|(?=[ \t]))(?=[ \t]*\([A-Z/]{1,8}\)))"   # `8, (C)`, `3  (C)`, `2 (C)`: period lost
    r"(?P<close>\]\([^)]*\))?(?P<space>[ \t\u00a0]*)"
    r"(?:[(\[][ \t]?(?P<mark>(?:[A-Z]{1,4}|(?i:sbu|ts|u|c|s|secret|confidential|unclassified))"
    r"(?:(?:/{1,2}|[ ](?=NF\b|NOFORN\b))[A-Za-z](?:[A-Za-z ,/]{0,29}[A-Za-z,/])?)?)[ \t]?[)\]]"
    r"[.:,]?)?"
    r"(?P<after>\*\*)?(?=[ \t\u00a0]|$|[A-Z(\"]|(?<=[)\]])(?:x{4}|[^\w\s]))")
#: Paragraph 1's marker glued to the end of a header line above the text it opens (`Classified
#: By: ... for reasons 1.4 b  and d 1. (C/NF)` / blank / `Summary: The Iranian ...`,
#: html-extract/08LONDON1688; `REF: STATE 69691 1. (SBU)`, 08LONDON1763): a run-on that CL062
#: names, and paragraph 1 is there.
FIRST_MARKER_AT_LINE_END_RE = re.compile(r"[ \t]1\.[ \t]*\([A-Za-z/]{1,8}\)[ \t]*$")
#: ... or opening a line after the underline of a heading, the line break after the underline lost
#: in a block run on from the header (`SUBJECT: ... in Mendoza Summary` / `-------- 1.  Ambassador
#: visited`, html-extract/08BUENOSAIRES858).
FIRST_MARKER_AFTER_UNDERLINE_RE = re.compile(
    r"[ \t]*[-=_]{3,}[ \t]+¶?1\.[ \t]+(?:\([A-Za-z/]{1,8}\)[ \t]+)?[A-Z\"(]")
#: ... or opening a line after the page-break text of the first page (`LONDON 00001886  001.2 OF
#: 004    1.  (SBU) Summary.`, html-extract/09LONDON1886, 09LONDON2623).
FIRST_MARKER_AFTER_PAGE_BREAK_RE = re.compile(
    PAGE_BREAK + r"[ \t]+¶?1\.[ \t]+(?:\([A-Za-z/]{1,8}\)[ \t]+)?[A-Z\"(]")
#: A numbered paragraph's marker has a digit or ¶ in its first characters.
PARAGRAPH_START_CHARS = frozenset("0123456789¶")
#: A header field that the body's first line may follow with no blank line (09CAIRO2157).
HEADER_FIELD_RE = re.compile(r"^[ \t]*(?:SUBJ(?:ECT)?|REF(?:S|TEL)?)\s*:|" + CLASSIFIED_BY_LABEL,
                             re.I)


def is_paragraph_start(lines: tuple[str, ...], i: int, paren: bool = True) -> re.Match | None:
    """The marker match if line i opens a numbered paragraph: `¶N.` anywhere, a bare `N.` only
    after a blank line, page break or divider (a wrapped line may start with a number) or as ¶1
    glued under the header's last field; `N) (C)` like `N. (C)` unless `paren` is false; also
    after an old telegram's page header that the line break after it was lost from (`PAGE 03
    ROME 01196 01 OF 02 082030Z 3. (SBU) AS WE ...`, 02ROME1196), which is a page break."""
    line = lines[i]
    if not PARAGRAPH_START_CHARS.intersection(line[:12]):   # cheap test before the regex
        return None
    header = GLUED_OLD_PAGE_HEADER_RE.match(line) if "PAGE" in line[:12] else None
    if header is not None:
        m = PARAGRAPH_RE.match(" " * header.end() + line[header.end():])    # columns kept
        return m if m and (m.group("mark") or not m.group("paren")) else None
    m = PARAGRAPH_RE.match(line)
    if not m or (m.group("paren") and not (paren and m.group("mark"))):
        # `3)` opens a paragraph only with its mark (`5) (SBU) ...`); else it is a list item
        return None
    if m.group("pilcrow") or (m.group("mark") and not spaced_number(m)):
        # `¶` or a portion mark is a marker of its own: early mirrors have no blank line before it;
        # `2 (C)` only after a blank line (a Classified By wrapped inside its reason, `for reasons
        # 1.` / `5 (B/D)`, html-extract/04WELLINGTON641, is no paragraph)
        return m
    if i > 0 and not (is_blank(lines[i - 1]) or PAGE_BREAK_RE.match(lines[i - 1])
                      or DIVIDER_RE.match(lines[i - 1]) or _first_under_header(lines[i - 1], m)):
        return None
    return m


def _first_under_header(above: str, m: re.Match) -> bool:
    """A bare `1.` opening a word right under a SUBJECT, REF or Classified By line: the body's
    first paragraph with the blank line before it lost (`REF: A. CAIRO 2083 ... Classified By:
    ... 1.4 (b).` / `1.KEY POINTS -- (SBU) On November 8`, 09CAIRO2157), not a wrapped number."""
    after = m.string[m.end():m.end() + 1]
    return (m.group("number") == "1" and after.isalpha()
            and HEADER_FIELD_RE.search(above) is not None)


def spaced_number(m: re.Match) -> bool:
    """The marker's number is followed by one space and its mark, no period (`2 (C)`)."""
    return m.string[m.end("number"):m.end("number") + 2] == " ("


def paragraph(lines: tuple[str, ...], m: re.Match, first: int, last: int,
              beyond: str = "") -> Paragraph:
    """The paragraph whose marker `m` opens line `first`; its text ends on line `last` (`beyond`:
    the line after `lines`, where a second copy was cut off)."""
    end = line_text(lines, last)
    marker_end = m.end("close") if m.group("close") else m.end("number") + 1
    marker = Text(lines[first][m.end("lead"):marker_end],
                  Span(first + 1, m.end("lead") + 1, first + 1, marker_end + 1))
    mark = match_text(first, m, "mark") if m.group("mark") else None
    damaged = _damaged_mark(lines, first, marker_end) if mark is None else None
    below = lines[first + 1] if first + 1 < len(lines) else beyond
    return Paragraph(
        span=Span(first + 1, m.end("lead") + 1, end.span.end_line, end.span.end_column),
        marker=marker, number=int(m.group("number")), number_text=match_text(first, m, "number"),
        pilcrow=bool(m.group("pilcrow")),
        space_after_pilcrow=bool(m.group("pilcrow") and m.group("gap")),
        space_before_mark=bool(m.group("space")) or not m.group("mark"),
        markup=bool(m.group("open") or m.group("close") or m.group("after")), portion_mark=mark,
        damaged_mark=damaged, wrapped_number=mark is None and _wrapped_number(lines, first),
        withheld=mark is None and _withheld(lines[first], below, marker_end),
        marked_items=mark is None and _marked_items(lines, first, last, marker_end),
        late_mark=mark is None and (_late_mark(lines[first], marker_end)
                                    or _mark_under_heading(lines, first, last)),
        noforn=mark is not None and NOFORN_MARK_RE.search(mark.value) is not None,
        level=mark and portion_level(mark.value))


def numbered(paragraphs: tuple[Paragraph, ...], lines: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs with their place in the numbering recorded: `nested` in a numbering the walk
    restarted, `quoted` inside a quoted text."""
    from ..numbering import quoted, walk    # numbering reads the parser's line helpers
    paragraphs = _numbers_of_sentences(_item_letters(paragraphs, lines), lines)
    in_quote, depth, found = quoted(paragraphs, lines), 0, []
    for step in walk(paragraphs, lines):
        if step.status == "run_in":         # a marker glued into a paragraph walked already
            continue
        depth += {"restart": 1, "resume": -1}.get(step.status, 0)
        paragraph, nested, quoted_here = step.paragraph, depth != 0, len(found) in in_quote
        if (paragraph.nested, paragraph.quoted) != (nested, quoted_here):   # (most are neither)
            paragraph = paragraph.replace(nested=nested, quoted=quoted_here)
        found.append(paragraph)
        if len(found) == len(paragraphs):   # not the search for markers glued into the last one
            break                           # after it: that is CL090's, not a paragraph's place
    return tuple(found)


#: An item's letter in parentheses after a paragraph's marker (`39. (b) The Dutch continue`).
ITEM_LETTER_RE = re.compile(r"[ \t\u00a0]*\((?P<letter>[a-z])\)")


def _item_letters(paragraphs: tuple[Paragraph, ...],
                  lines: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs, a lower-case `(c)`, `(s)` or `(u)` after a marker taken for the letter of an
    item, not a portion mark, where the paragraph before has the letter before it or the paragraph
    after the letter after it (`39. (b) The Dutch ...` / `40. (c) Yes, the Netherlands ...` /
    `41. (d) ...`, the answers to a questionnaire's items, html-fragment/04THEHAGUE4)."""
    if not any(p.portion_mark is not None and p.portion_mark.value.islower() for p in paragraphs):
        return paragraphs           # (most cables: no letter to look for)
    letters = [_item_letter(p, lines) for p in paragraphs]
    found = list(paragraphs)
    for k, p in enumerate(paragraphs):
        letter = letters[k]
        if letter is None or p.portion_mark is None:
            continue
        before = letters[k - 1] if k > 0 else None
        after = letters[k + 1] if k + 1 < len(letters) else None
        if before == chr(ord(letter) - 1) or after == chr(ord(letter) + 1):
            found[k] = p.replace(portion_mark=None, level=None, noforn=False)
    return tuple(found)


def _item_letter(p: Paragraph, lines: tuple[str, ...]) -> str | None:
    """The lower-case letter in parentheses right after the paragraph's marker, if any."""
    m = ITEM_LETTER_RE.match(lines[p.marker.span.line - 1], p.marker.span.end_column - 1)
    return m["letter"] if m else None


def _numbers_of_sentences(paragraphs: tuple[Paragraph, ...],
                          lines: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs, a marker without a portion mark that opens the line right under text
    stopping mid-sentence marked `wrapped_number` when its number breaks the count and the next
    paragraph goes on with it (`... the January-July 2010 NATO Response Force` / `¶14.  We had
    hoped`, between ¶4 and ¶5, html-extract/08STOCKHOLM272): a number of the sentence above,
    which the mirror took for a marker."""
    found = list(paragraphs)
    for k in range(1, len(paragraphs) - 1):
        before, p, after = paragraphs[k - 1:k + 2]
        index = p.marker.span.line - 1
        if p.portion_mark is not None or p.wrapped_number or index == 0 \
                or not lines[index - 1].rstrip(" \t\u00a0\\")[-1:].isalpha():
            continue
        if p.number != before.number + 1 and after.number == before.number + 1:
            found[k] = p.replace(wrapped_number=True)
    return tuple(found)


#: Level of a portion mark's first word, abbreviated or spelled out
#: (`(Secret/Rel Armenia)`, json-record/wl20101128-0049).
_PORTION_LEVEL = {"U": "U", "SBU": "U", "C": "C", "S": "S", "TS": "T",
                  "UNCLASSIFIED": "U", "CONFIDENTIAL": "C", "SECRET": "S"}


#: What ends a portion mark's first word.
_PORTION_WORD_END_RE = re.compile(r"[/ ,]")


def portion_word(mark: str) -> str:
    """A portion mark's first word, upper-cased: `S/NF` -> S, `sbu` -> SBU, `Secret/Rel Armenia`
    -> SECRET."""
    return _PORTION_WORD_END_RE.split(mark.strip().upper(), maxsplit=1)[0]


def portion_level(mark: str) -> str | None:
    """Classification level of a portion mark: `S/NF` -> S, `SBU` -> U, `U//FOUO` -> U; None if
    unknown."""
    return _PORTION_LEVEL.get(portion_word(mark))


#: NOFORN in a portion mark (`S/NF`, `C//NOFORN`).
NOFORN_MARK_RE = re.compile(r"(?:/{1,2}| )(?:NF|NOFORN)\b", re.I)
#: A portion mark that lost its opening parenthesis: `¶1. C) Summary`, `¶4. SBU) ...`
#: (09ABIDJAN406), or had it written `Q` by a conversion that did so to every sign it did not know
#: (`8.QU) There are`, html-extract/07SANJOSE1194, where quotes are `Q` too).
DAMAGED_MARK_RE = re.compile(
    r"[ \t]*Q?(?P<mark>[A-Z]{1,3}(?:/{1,2}[A-Z]{2,7})*)\)(?=[ \t]|[A-Z])")
#: A line ending in a word a number continues (`Please see paragraph` / `¶3.`, `on July` /
#: `¶24.`): the number was wrapped to the start of the next line, and a mirror took it for a
#: paragraph marker.
NUMBER_EXPECTED_RE = re.compile(
    r"(?:\b(?:paragraphs?|paras?|see|and|or|of|on|in|to|by|from|through|until|since|number|nos?|"
    r"sections?|pages?|items?|points?|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|(?-i:(?<=[a-z] )No\.))"   # `Law No.` (10TRIPOLI39), not a sentence ending `said no.`
    r"|\d[-\u2013])"   # a range or a number cut at a hyphen (`July 1-`, 05REYKJAVIK520; `22-28-12-`)
    r"[ \t\u00a0\\]*$",
    re.I,
)
#: The longest word NUMBER_EXPECTED_RE finds (`paragraphs`).
LONGEST_EXPECTING_WORD = 10


def number_expected(text: str) -> bool:
    """The text ends with a word or a range after which a number is expected (NUMBER_EXPECTED_RE),
    searched for from its last words only: the case-blind alternation is tried at each position a
    search passes."""
    end = len(text.rstrip(" \t\u00a0\\\n"))    # where such a word ends
    return NUMBER_EXPECTED_RE.search(text, max(0, end - LONGEST_EXPECTING_WORD)) is not None


def _damaged_mark(lines: tuple[str, ...], index: int, marker_end: int) -> Text | None:
    """The portion mark written after the marker without its opening parenthesis (`C)`: `C`), if
    any."""
    m = DAMAGED_MARK_RE.match(lines[index], marker_end)
    return match_text(index, m, "mark") if m and portion_level(m.group("mark")) else None


def _wrapped_number(lines: tuple[str, ...], index: int) -> bool:
    """The marker on line `index` is a number wrapped from a sentence on the line above (at most
    one blank line between)."""
    above = next((k for k in range(index - 1, max(-1, index - 3), -1) if lines[k].strip()), None)
    return above is not None and number_expected(lines[above])


#: A paragraph's whole text withheld by the publisher (`¶7. XXXXXXXXXXXX`, `10.XXXXXXXXXXXX`): its
#: portion mark went with it.
REDACTED_TEXT_RE = re.compile(r"[ \t]*[Xx]{6,}(?:[ \t.]+[Xx]{6,})*[ \t.]*")    # `xxxxxxxxxxxx` too
#: A bracketed placeholder right after the marker (`¶7. [DETAILS REMOVED]Ahmadi-Nejad’s
#: Election`, json-body/08RPODUBAI49): what it withheld began the paragraph, its portion mark with
#: it.
WITHHELD_START_RE = re.compile(r"[ \t]*" + BRACKETED_REDACTION)


def _withheld(line: str, below: str, marker_end: int) -> bool:
    """The marker's line is a redaction after the marker and nothing else, and no text line follows
    it right below (`¶3. XXXXXXXXXXXX` / `said that ...` is a name redacted, not the text; the next
    paragraph's marker may: `¶3. XXXXXXXXXXXX.` / `¶4. XXXXXXXXXXXX`, 09COLOMBO830), or the
    paragraph opens with a bracketed placeholder (`¶7. [DETAILS REMOVED]`)."""
    return WITHHELD_START_RE.match(line, marker_end) is not None or (
        (not below.strip() or PARAGRAPH_RE.match(below) is not None)
        and REDACTED_TEXT_RE.fullmatch(line, marker_end) is not None)


#: A portion mark after a short lead-in: `¶1. Summary and comment. (C) The ...` (08LONDON2556),
#: `¶1. SUMMARY:  (SBU)`, `¶1. KEY POINTS — (C)`.
#: A sub-item's letter may take the mark unspaced (`2.A.(S)  WHAT, IF ANYTHING`, 07IRANRPODUBAI36).
LATE_MARK_RE = re.compile(r"[ \t]*(?:(?P<lead>[A-Za-z][A-Za-z ,.:;\u2013\u2014-]{0,31}?)[ \t]+"
                          r"|(?P<item>[A-Za-z]\.))"
                          r"\((?P<mark>[A-Z]{1,4}(?:/{1,2}[A-Z]{2,7})*)\)(?=[ \t]|$)")
#: A lead-in ends in a stop or a dash, or is written in capitals (`SUMMARY (U)`): `The US (U)` is
#: no lead-in.
LEAD_IN_ENDS = frozenset(".:;,-\u2013\u2014")


def _late_mark(line: str, marker_end: int) -> bool:
    """The paragraph's portion mark stands after its lead-in words, not right after the marker."""
    m = LATE_MARK_RE.match(line, marker_end)
    if m is None or portion_level(m["mark"]) is None:
        return False
    return m["item"] is not None or m["lead"][-1] in LEAD_IN_ENDS or m["lead"].isupper()


#: A portion mark opening a line (`(C) The SYG expressed ...`).
MARK_AT_LINE_START_RE = re.compile(r"[ \t]*\((?P<mark>[A-Z]{1,4}(?:/{1,2}[A-Z]{2,7})*)\)[ \t]")


def _mark_under_heading(lines: tuple[str, ...], first: int, last: int) -> bool:
    """The marker opens a heading whose underline follows, and the paragraph's portion mark opens
    its first line of text (`¶2. Afghanistan` / `---------------` / `(C) The SYG expressed ...`,
    html-extract/07USNATO115)."""
    if first + 2 > last or not DIVIDER_RE.match(lines[first + 1].strip()):
        return False
    text = next((lines[k] for k in range(first + 2, last + 1) if not is_blank(lines[k])), "")
    m = MARK_AT_LINE_START_RE.match(text)
    return m is not None and portion_level(m["mark"]) is not None


#: An item of a list inside a paragraph, with its own portion mark: `-- (C) According to ...`.
ITEM_MARK_RE = re.compile(     # (from its dash: at the text's start, or after a space or colon)
    r"-(?<![^ \t\n:]-)-?[ \t]*\((?P<mark>[A-Z]{1,4}(?:/{1,2}[A-Z]{2,7})*)\)")
#: A paragraph's own words before its first marked item are a heading at most this long
#: (`KEY POINTS`).
ITEM_HEADING = 60


def _marked_items(lines: tuple[str, ...], first: int, last: int, marker_end: int) -> bool:
    """The paragraph is a heading (`¶1. KEY POINTS`, `¶1. Key Points:`) whose list items each
    carry the portion mark (`-- (C) In January ...`, html-fragment/10CAIRO233)."""
    text = "\n".join(lines[first:last + 1])[marker_end:]
    m = ITEM_MARK_RE.search(text)
    return m is not None and len(text[:m.start()].strip()) <= ITEM_HEADING \
        and portion_level(m["mark"]) is not None
