"""The Classified By line: where it stands (`find_classified_by`), its reason's section and letters
as written, text run on after them."""

from __future__ import annotations

import re

from ..document import ClassifiedBy, Span, Text
from ..record import Record, set_field
from .lines import WS, lines_text

#: The label; 1990s New Delhi cables name the level in it: `CLASSIFIED CONFIDENTIAL BY NEW DELHI
#: POLITICAL COUNSELOR ERIC TUNIS, REASON 1.5 (D).` (json-body/98NEWDELHI2879, 97NEWDELHI6957).
#: A derivative classification names its source instead, with a colon (`DERIVED FROM: DSCG 05-1 B,
#: D`, the State classification guide, html-extract/10MEXICO83; never `derived from` in a sentence).
CLASSIFIED_BY_LABEL = (r"(?:Clas+[ij]?fi?e?d\s+(?:(?:Confidential|Secret)\s+)?By"   # `Classfied`
                       r"|Derived\s+From(?=\s*:))")
CLASSIFIED_BY_RE = re.compile(r"^(?:\([A-Z/]{1,6}\)\s*)?(?P<label>" + CLASSIFIED_BY_LABEL
                              + r")\b\s*:?\s*(?P<rest>.*)$", re.I)
#: Inside a line: not inside `DECLASSIFIED BY` (an old cable's review stamp, or paragraph 1's
#: text); glued `CAIROClassified By` is kept.
RUN_ON_CLASSIFIED_BY_RE = re.compile(r"(?:\([A-Z/]{1,6}\)\s*)?(?<![Dd][Ee])(?P<label>"
                                     + CLASSIFIED_BY_LABEL + ")", re.I)
#: The label written twice (`Classified By: Classified by EUR Assistant Secretary Daniel Fried`,
#: `CLASSIFIED BY: CLASSIFIED BY POLITICAL MINISTER COUNSELOR`; 107 corpus files): the second one,
#: with the white space after it.
DOUBLED_LABEL_RE = re.compile(r"(?:\([A-Z/]{1,6}\)\s*)?" + CLASSIFIED_BY_LABEL
                              + r"\s*:?\s*(?P<second>Classified\s+By\b\s*:?\s*)", re.I)
#: One reason letter: `(b)`, a list `(b,d)` / `(b, d, X6)`, or a bare `b`; never `(S/NF)` or `(S` (a
#: portion mark of a paragraph run on after the reasons, html-extract/09LONDON2184).
_LETTER_TOKEN = r"\(\s*[a-zA-Z]\d?(?:\s*[,/&]\s*[a-zA-Z]\d?)*\s*\)|[a-zA-Z]\d?(?![a-zA-Z0-9/(])\)?"
#: The section is `1.4`, `1 .4`, `1.4.` or `14 (b)`; after the word a slash is a mistyped period
#: (`Reason: 1/4 (B), (D)`, html-extract-early/09STATE15113), never a date (`1/4/09`).
REASON_RE = re.compile(
    r"(?P<word>reasons?|reason\s*\(s\)|reasons?\s*:)?"
    r"\s*(?P<section>1\s?\.\s?[45]\.?|1[45](?=\s*\()|(?(word)1\s?/\s?[45](?![/\d])|(?!)))"
    rf"\s*(?P<letters>(?:{_LETTER_TOKEN})"
    rf"(?:(?:(?:\s*(?:,|\band\b|&|/)\s*)+|\s*)(?:{_LETTER_TOKEN}))*)?", re.I)
LETTER_RE = re.compile(r"(?<![A-Za-z])([A-Za-z])(?![A-Za-z0-9])")


class ClassifiedByAt(Record):
    """A Classified By in a line: the column it starts at (a portion mark before its label
    included), its label's column, and whether it runs on inside the line (`run_on`) or starts
    it."""

    column: int
    label: int
    run_on: bool

    __slots__ = ("column", "label", "run_on")

    def __init__(self, column, label, run_on) -> None:
        set_field(self, "column", column)
        set_field(self, "label", label)
        set_field(self, "run_on", run_on)


def find_classified_by(line: str, start: int = 0, run_on: bool = False) -> ClassifiedByAt | None:
    """The Classified By of `line`, or None: the one at its start (indentation aside), or with
    `run_on` the first one inside it from column `start` on. The one place that knows where a
    Classified By stands."""
    if run_on:
        if not _may_hold_label(line):
            return None
        m = RUN_ON_CLASSIFIED_BY_RE.search(line, start)
        return None if m is None else ClassifiedByAt(m.start(), m.start("label"), True)
    stripped = line.lstrip(WS)
    m = CLASSIFIED_BY_RE.match(stripped)
    indent = len(line) - len(stripped)
    return None if m is None else ClassifiedByAt(indent, indent + m.start("label"), False)


def _may_hold_label(line: str) -> bool:
    """Whether the line has the letters a label needs (`CLAS`, or `VED` and `FROM`, in any case):
    the case-blind search of the label is tried at every position of a line, the upper-cased line
    searched for these only once. No letter of these matches another, case-blind, that upper-cases
    to something else (`İ` does so for `i`, hence no `DERIVED`)."""
    upper = line.upper()
    return "CLAS" in upper or ("VED" in upper and "FROM" in upper)


def parse_classified_by(lines: tuple[str, ...], first: int, last: int, offset: int = 0,
                        text_may_follow: bool = False) -> ClassifiedBy:
    """Classified By from line `first` (at column offset) through wrapped line `last`; reasons
    parsed.

    `text_may_follow`: text after the reason on its line is no run-on, because the Classified By is
    the text of paragraph 1 (old cables) or was found inside a line of other parts (text without
    line breaks)."""
    raw = lines_text(lines, first, last)
    if offset:      # from the label on, with the lines the reason wraps onto
        raw = Text(lines_text((lines[first][offset:], *lines[first + 1:last + 1]), 0,
                              last - first).value,
                   Span(first + 1, offset + 1, raw.span.end_line, raw.span.end_column))
    found = _reasons(lines, first, last, offset, raw, text_may_follow)
    doubled = _doubled_label(lines, first, raw.span.column - 1)
    return found.replace(doubled_label=doubled) if doubled else found


def _reasons(lines: tuple[str, ...], first: int, last: int, offset: int, raw: Text,
             text_may_follow: bool) -> ClassifiedBy:
    """The Classified By of `raw` with its reason found on one of its lines, or across them."""
    for i in range(first, last + 1):
        start = offset if i == first else 0
        m = REASON_RE.search(lines[i], start)
        if m:
            found = _with_reason(raw, lines[i], i, m)
            run_on = None if text_may_follow else _text_after_reason(lines[i], m, found.letters)
            return found.replace(run_on=run_on) if run_on else found
    joined = raw.value
    m = REASON_RE.search(joined)
    if m:   # the reason wraps across lines: letters are known, their span is the whole block
        return _with_reason(raw, joined, None, m)
    return ClassifiedBy(raw=raw, section=None, letters=(), letters_span=None)


def _doubled_label(lines: tuple[str, ...], index: int, start: int) -> Text | None:
    """The second label when the line's label, from column `start`, is written twice."""
    m = DOUBLED_LABEL_RE.match(lines[index], start)
    if m is None:
        return None
    return Text(m.group("second"), Span(index + 1, m.start("second") + 1, index + 1,
                                        m.end("second") + 1))


#: The text of the cable started after the reason on the Classified By line: paragraph 1 (`(d)  1.
#: (C/NF)`), a portion mark and a sentence (`(d). (C) Ministry of ...`, 09MANAMA719; `(d) (C) HMG
#: is`, 08LONDON2218), the summary (`b,d and h Summary`) or a sentence right after the last letter
#: (`REASON: 1.4 (b), (d) This is an action request`, 09STRASBOURG23), not the label again
#: (`(D) Classified by Charge ...`, 09TALLINN325: CL143's) nor the label's own next words
#: (`Declassify on`, `Derived from`, `Drafted by`).
BODY_AFTER_REASON_RE = re.compile(
    r"(?<![^\s.)])(?:(?:¶\s?)?\d{1,2}\.\s*\([A-Za-z/]{1,8}\)|\((?P<mark>U|C|S|TS|SBU|"
    r"[CS]//?NF)\)\s+[A-Z](?:[a-z]|[A-Z]+\b)"
    r"|(?<=\))[ \t]+(?!Classified\b|Declassif|Derived\b|Drafted\b|Decl\b)[A-Z][a-z]+[ \t]+"
    r"[a-z]{2,}\b"
    r"|(?:BEGIN\s+)?SUMMARY\b|Summary\b)")


def _text_after_reason(line: str, m: re.Match, letters: tuple[str, ...]) -> str | None:
    """'text' when the cable's text runs on after the reason on the Classified By line (a `(C)` that
    is one of the reason letters is not a portion mark)."""
    for body in BODY_AFTER_REASON_RE.finditer(line, m.end("section")):
        if not (body.group("mark") and body.group("mark").lower() in letters):
            return "text"
    return None


def _same_case(found: list[str]) -> tuple[str, ...]:
    """Reason letters, lower-cased, up to a change of case: in `(b) and (d) (S) Embassy ...` the
    `(S)` is the next paragraph's portion mark (html-extract/09TOKYO1598)."""
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
        section = Text(section_text,
                       Span(index + 1, m.start("section") + 1, index + 1, m.end("section") + 1))
        letters_end = m.start("letters") + len((m.group("letters") or "").rstrip(WS + ",&/")) \
            if m.group("letters") else m.end("section")
        letters_span = Span(index + 1, m.start("section") + 1, index + 1, letters_end + 1)
    # `REA` / `SONS` wrapped mid-word counts as the word
    reason_word = bool(m.group("word")) or \
        re.search(r"R\s*E\s*A\s*S\s*O\s*N", raw.value, re.I) is not None
    after_reason = line[m.end():].strip(WS) if index is not None else None
    digits = re.sub(r"\D", "", section_text)
    return ClassifiedBy(raw=raw, section=section, letters=letters, letters_span=letters_span,
                        reason_word=reason_word, after_reason=after_reason,
                        section_number=f"{digits[0]}.{digits[1]}")
