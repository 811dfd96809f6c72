"""The TAGS line(s): where their label stands (`find_tags`), and their tokens (comma or space
separated, links, megabyte run-ons)."""

from __future__ import annotations

import re
from itertools import accumulate
from operator import add

from ..document import Span, Tag, TagTokens, Tags, Text
from ..record import Record, set_field
from .lines import WS, lines_text

TAGS_RE = re.compile(r"^(?P<label>TAGS|Tags|tags|TAGE?S|TAG|TAS|TABS|TGS|AGS)(?P<punct>[:;,]?)"
                     r"(?:(?<=:)|(?=[\s\[<]|$))\s*(?P<rest>.*)$")
#: A SUBJECT label that TAGS run into: `Tags: ir, gm Subject:`, `PGOV PHUM SFSUBJ:`
#: (json-body/90CAPETOWN97).
INLINE_SUBJECT_LABEL_RE = re.compile(r"SUBJ(?:ECT)?\s*:", re.I)
#: Where TAGS may run on inside a line (after the banner, a caption, in text without line breaks);
#: `TAGS_RE` must match there too.
INLINE_TAGS_RE = re.compile(r"(?<![A-Za-z])TAGS?\s*:?\s", re.I)
#: TAGS run on after the E.O. line, which end it (`eo.find_eo`'s stop): `E.O. 12958: N/A TAGS:
#: ...`, `DECL: 10/24/2018TAGS: ...`, `N/ATAGS:` (json-body/08MUNICH355).
RUN_ON_TAGS_RE = re.compile(r"(?:(?<![A-Za-z])|(?<=N/A))(?:TAGS?|Tags)\b")


class TagsAt(Record):
    """A TAGS label in a line: its column, and the column of a SUBJECT label run on after it (None:
    none on that line)."""

    column: int
    stop: int | None

    __slots__ = ("column", "stop")

    def __init__(self, column, stop) -> None:
        set_field(self, "column", column)
        set_field(self, "stop", stop)


def find_tags(line: str, start: int = 0, run_on: bool = False) -> TagsAt | None:
    """The TAGS label of `line`, or None: the one at column `start` (white space aside: the line's
    start, or where the E.O. line before it ends), or with `run_on` the first one inside it from
    `start` on. The one place that knows where TAGS stand."""
    if run_on:
        m = INLINE_TAGS_RE.search(line, start)
        if not (m and TAGS_RE.match(line[m.start():])):
            return None
        column = m.start()
    else:
        stripped = line[start:].lstrip(WS)
        if not TAGS_RE.match(stripped):
            return None
        column = len(line) - len(stripped)
    subject = INLINE_SUBJECT_LABEL_RE.search(line, column)
    return TagsAt(column, subject.start() if subject else None)


def parse_tags(lines: tuple[str, ...], first: int, last: int, at: int,
               stop: int | None = None) -> Tags:
    """TAGS whose label starts at column `at` (0-based) of line `first`, through continuation line
    `last`.

    `stop` ends the list early on the first line (flattened text where SUBJECT follows on the same
    line).
    """
    line = lines[first][:stop] if stop is not None else lines[first]
    m = TAGS_RE.match(line[at:])
    label = Text(m.group("label") + m.group("punct"),
                 Span(first + 1, at + m.start("label") + 1, first + 1, at + m.end("punct") + 1))
    chunks = [(line, at + m.start("rest"), first)] + [(lines[i], 0, i)
                                                      for i in range(first + 1, last + 1)]
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


#: A TAG written as a link: markdown `[PGOV](#)` (seeds 000-002) or HTML `<a
#: href='/tag/PGOV_0.html'>PGOV</a>` (html-fragment cables).
LINK_RE = re.compile(r"\[(?P<md>[^\]]+)\]\([^)]*\)|<a\b[^>]*>(?P<html>[^<]*)</a>", re.I)
#: One piece of a comma-separated list: anything up to a comma outside parentheses (`OVIP (CLINTON,
#: HILLARY)`).
_COMMA_PIECE_RE = re.compile(r"(?:\([^)]*\)|<a\b[^>]*>[^<]*</a>|[^,(<])+|[(<]")
_SPACE_PIECE_RE = re.compile(r"\[[^\]]+\]\([^)]*\)|<a\b[^>]*>[^<]*</a>|[^\s\u00a0]+", re.I)
_CODE_RE = re.compile(r"[A-Z0-9]{2,5}")
#: A word of capitals that is no code as written (`PTERIR`, `KCRMKJUS`): codes run together.
_RUN_TOGETHER_RE = re.compile(r"[A-Z0-9]{6,}")


def _tag_tokens(line: str, start: int, index: int):
    """Tokens of one TAGS line: comma-separated phrases if it has commas, else white-space
    separated.

    In a comma list, a piece made only of space-separated codes (`PTER PGOV PREL`) is split further.
    """
    segment = _tags_segment(line, start)
    if "," in LINK_RE.sub("", segment):
        pieces = []
        for mm in _COMMA_PIECE_RE.finditer(segment):
            words = list(_SPACE_PIECE_RE.finditer(mm.group()))
            if _is_code_list([w.group() for w in words]):
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
        # a link starts `[` or `<a`
        link = LINK_RE.fullmatch(stripped) if stripped[0] in "[<" else None
        value = (link.group("md") or link.group("html")) if link else stripped
        yield Tag(value=value, span=Span(index + 1, col + 1, index + 1, col + 1 + len(stripped)),
                  markup=bool(link))


def _is_code_list(words: list[str]) -> bool:
    """Whether the space-separated words of one comma piece are TAGS codes to split: all codes
    (`PTER PGOV PREL`), or three or more with one run-together word among them (`PREL PGOV ...
    PINR PTERIR, RS`: a list whose commas were lost but the last), unlike a phrase (`HUMAN
    RIGHTS`)."""
    if len(words) < 2:
        return False
    codes = sum(1 for word in words if _CODE_RE.fullmatch(word))
    if codes == len(words):
        return True
    return len(words) >= 3 and codes == len(words) - 1 and any(
        _RUN_TOGETHER_RE.fullmatch(word) for word in words)


#: A TAGS line longer than this (characters) keeps its tokens as TagTokens, not as Tag objects: real
#: ones are under 200, a damaged one may be a megabyte.
LONG_TAGS_LINE = 10_000
#: The white space between the tokens of a TAGS line without commas (what `_SPACE_PIECE_RE` leaves
#: out).
_TOKEN_GAP_RE = re.compile(r"([\s\u00a0]+)")


def _long_tag_tokens(chunks: list[tuple[str, int, int]]) -> TagTokens:
    """The tokens of (line, start column, line index) chunks as `_tag_tokens` finds them, held as
    TagTokens.

    A line of codes separated by white space only (no commas, no links), the run-on, is split at C
    speed.
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
    """The part of a TAGS line that `_tag_tokens` splits at white space alone (no comma, no link),
    else None."""
    segment = _tags_segment(line, start)
    return None if "," in segment or "[" in segment or "<" in segment else segment


def _tags_segment(line: str, start: int) -> str:
    """A TAGS line from column `start`, up to a SUBJECT label run into it."""
    segment = line[start:]
    subject = INLINE_SUBJECT_LABEL_RE.search(segment)    # case-damaged or flattened: `...SFSUBJ:`
    return segment[:subject.start()] if subject else segment
