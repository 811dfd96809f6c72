"""The preamble's layout: one walk over the lines between the banner and paragraph 1 that finds
where each labelled block (E.O., TAGS, SUBJECT, REF, Classified By) starts and ends, the captions,
and the banner repeated. It parses no part: `resolve.py` does, once per part, from the sites found
here.

Blocks end at a blank line or another label; a TAGS list runs on after its E.O. line (where it
starts is where the E.O. ends: `eo.find_eo`), and a Classified By run into a SUBJECT or REF block
cuts it (03BRASILIA2231). The first block of each part counts (`Sites`); a Classified By's site,
wherever the walk finds it, is made by one function (`_classified_by_site`). Where a TAGS or a
Classified By label stands is `tags.find_tags`'s and `classified_by.find_classified_by`'s.
"""

from __future__ import annotations

import re
from itertools import islice

from ..document import Span, Text
from ..record import Record, set_field
from .banner import BANNER_RE
from .classified_by import ClassifiedByAt, find_classified_by
from .eo import find_eo
from .lines import WS, is_blank, line_text
from .pages import OLD_PAGE_HEADER_RE, PAGE_BREAK_RE
from .paragraphs import is_paragraph_start
from .refs import REF_RE
from .subject import SUBJECT_RE, continues_subject
from .tags import LINK_RE, find_tags

_WORD_RE = re.compile(r"\S+")


class Site(Record):
    """Where a part was found: its first line (0-based) and the column its parser starts from (0 for
    a label at a line start, indentation aside), its block's last line and the column its text
    stops at there (a part run into it), and how it was found: `layout` (a block found by the walk),
    `run_on` (inside a line of other text) or `paragraph` (the text of paragraph 1)."""

    line: int
    column: int
    last: int | None
    stop: int | None
    how: str

    __slots__ = ("line", "column", "last", "stop", "how")

    def __init__(self, line, column=0, last=None, stop=None, how='layout') -> None:
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "last", last)
        set_field(self, "stop", stop)
        set_field(self, "how", how)

    @property
    def last_line(self) -> int:
        return self.line if self.last is None else self.last


class OnePerPart:
    """The constructor of a Record with one field per labelled part (None: not found); the Record
    names them in `__slots__` as `PART_NAMES`."""

    __slots__ = ()

    def __init__(self, eo=None, tags=None, subject=None, refs=None, classified_by=None) -> None:
        set_field(self, "eo", eo)
        set_field(self, "tags", tags)
        set_field(self, "subject", subject)
        set_field(self, "refs", refs)
        set_field(self, "classified_by", classified_by)


#: The labelled parts, in the order of their fields.
PART_NAMES = ("eo", "tags", "subject", "refs", "classified_by")


class Sites(OnePerPart, Record):
    """The first block of each labelled part that the walk found (None: no block)."""

    eo: Site | None
    tags: Site | None
    subject: Site | None
    refs: Site | None
    classified_by: Site | None

    __slots__ = PART_NAMES


NO_SITES = Sites()


class Layout(Record):
    """What the walk found: captions, banners repeated, and the first site of each part."""

    captions: tuple[Text, ...]
    repeated_banners: tuple[Text, ...]
    sites: Sites

    __slots__ = ("captions", "repeated_banners", "sites")

    def __init__(self, captions=(), repeated_banners=(), sites=NO_SITES) -> None:
        set_field(self, "captions", captions)
        set_field(self, "repeated_banners", repeated_banners)
        set_field(self, "sites", sites)


def lay_out(lines: tuple[str, ...], start: int, end: int, banner=None) -> Layout:
    """The layout of lines[start:end], the lines between the banner and paragraph 1.

    The banner repeated with the same SECTION before paragraph 1 opens a duplicate header block
    (seed 004 L50-64): it is recorded, and its captions are collected again; after a teaser that
    the page cut short, its parts are the copy's.
    """
    sites = NO_SITES
    captions: list[Text] = []
    repeated: list[Text] = []
    caption_zone = True
    i = block_start = start
    while i < end:
        stripped = lines[i].lstrip(WS)
        if not stripped.strip(WS):
            i += 1
            continue
        indent = len(lines[i]) - len(stripped)
        eo, tags, ref = find_eo(lines[i]), find_tags(lines[i]), REF_RE.match(stripped)
        subject, classified = SUBJECT_RE.match(stripped), find_classified_by(lines[i])
        if eo or tags or subject or ref or classified:
            caption_zone = False
        repeat = _banner_copy(lines, i, banner) if banner is not None else None
        if repeat is not None:
            repeated.append(repeat)
            # a copy alone on its line opens its captions; one run on into its block has them there
            caption_zone = repeat.span.end_column > len(lines[i].rstrip(WS))
            if caption_zone and _cut_before(lines, block_start, i):
                # the block above was the page's teaser, cut at `C....` (09THEHAGUE707): the parts
                # are read from the full copy below
                sites = NO_SITES
            block_start = i + 1
        elif eo and eo.kind == "stamp":
            pass     # the archive's release stamp stands where the E.O. line was (72TEHRAN5055)
        elif eo and sites.eo is None and eo.kind == "line":
            sites = sites.replace(eo=Site(i, eo.column, stop=eo.stop))
            after = find_tags(lines[i], eo.stop) if eo.stop is not None else None
            if after is not None and sites.tags is None:
                if after.stop is not None:      # `E.o. ... Tags: prel, tu Subject: turkish p.m.
                    sites = sites.replace(      # ...` (04ANKARA348): all on one line
                        tags=Site(i, eo.stop, stop=after.stop),
                        subject=sites.subject or Site(i, after.stop, how="run_on"))
                else:
                    last = _continuation_end(lines, i, end, _tags_continue)
                    sites = sites.replace(tags=Site(i, eo.stop, last))
                    i = last
        elif tags and sites.tags is None:
            last = _continuation_end(lines, i, end, _tags_continue)
            sites = sites.replace(tags=Site(i, tags.column, last))
            i = last
        elif subject and sites.subject is None:
            last = _subject_after_blank(lines, i, _continuation_end(lines, i, end, _wrapped_text),
                                        end)
            sites = _cut_by_classified_by(lines, sites, "subject", Site(i, indent, last))
            i = sites.subject.last_line
        elif ref and sites.refs is None:
            last = _ref_block_end(lines, i, end)
            sites = _cut_by_classified_by(lines, sites, "refs", Site(i, indent, last))
            i = sites.refs.last_line
        elif caption_zone:
            captions.append(line_text(lines, i))
        elif sites.classified_by is None:
            found = _classified_by_site(lines, i, end, classified)
            if found is not None:
                sites = sites.replace(classified_by=found)
                i = found.last_line
        i += 1
    return Layout(tuple(captions), tuple(repeated), sites)


def _cut_before(lines: tuple[str, ...], start: int, end: int) -> bool:
    """A line of lines[start:end] ends in an ellipsis: the text there was cut by the page."""
    return any(line.rstrip(WS).endswith(("...", "\u2026")) for line in lines[start:end])


def _banner_copy(lines: tuple[str, ...], index: int, banner) -> Text | None:
    """The same banner again at the start of the line: classification, SECTION, station and
    serial, spacing and case aside (`C o n f i d e n t i a l section 01 of 02 khartoum 000123`),
    alone on its line or running on into the next part (`... ASTANA 000604 SIPDIS`)."""
    line = lines[index]
    wanted = banner.raw.value.split()
    if line.split() == wanted:
        return line_text(lines, index)
    if banner.serial is None:       # `UNCLAS` alone: too short to know a copy by
        return None
    words = list(islice(_WORD_RE.finditer(line), len(wanted) + 1))
    if len(words) < len(wanted) or any(
            word.group().casefold() != part.casefold() for word, part in zip(words, wanted)):
        return None
    if len(words) == len(wanted):
        return line_text(lines, index)
    start, end = words[0].start(), words[len(wanted) - 1].end()
    return Text(line[start:end], Span(index + 1, start + 1, index + 1, end + 1))


def _cut_by_classified_by(lines: tuple[str, ...], sites: Sites, name: str, block: Site) -> Sites:
    """`sites` with the SUBJECT or REF `block` of part `name`, cut where a Classified By runs into
    it (03BRASILIA2231); that Classified By is its part's site when the part has none yet."""
    if sites.classified_by is None:
        for i in range(block.line, block.last_line + 1):
            found = _classified_by_site(lines, i, block.last_line + 1,
                                        start=1 if i == block.line else 0, in_block=True)
            if found is not None:
                return sites.replace(classified_by=found,
                                     **{name: block.replace(last=i, stop=found.column)})
    return sites.replace(**{name: block})


def _classified_by_site(lines: tuple[str, ...], i: int, end: int,
                        at_start: ClassifiedByAt | None = None, start: int = 0,
                        in_block: bool = False) -> Site | None:
    """The Classified By of line i, or None: `at_start`, the one `find_classified_by` found at its
    start (read from the line's start; its reason may follow after a blank line), else the one run
    on inside it from column `start`. Its site ends before line `end`: run into a block
    (`in_block`), with it, else with its own wrapped lines."""
    found = at_start or find_classified_by(lines[i], start, run_on=True)
    if found is None:
        return None
    column = found.column if found.run_on else 0
    if in_block:
        return Site(i, column, end - 1)
    last = _continuation_end(lines, i, end, _wrapped_text)
    return Site(i, column, last if found.run_on else _reason_after_blank(lines, i, last, end))


def starts_part(line: str) -> bool:
    """Whether a labelled part (E.O., TAGS, SUBJECT, Classified By) starts `line` (REF aside: it
    ends blocks but opens no envelope)."""
    return find_eo(line) is not None or find_tags(line) is not None \
        or SUBJECT_RE.match(line.lstrip(WS)) is not None or find_classified_by(line) is not None


def _tags_continue(previous: str, line: str) -> bool:
    """A TAGS line continues when it ends with a comma, or the next line is a bare list of codes."""
    if previous.rstrip(WS).endswith(","):
        return True
    tokens = LINK_RE.sub(lambda m: m.group("md") or m.group("html"), line).strip(WS)
    tokens = tokens.replace(",", " ").split()
    return bool(tokens) and len(tokens) <= 3 and all(t.isupper() and len(t) <= 6 for t in tokens) \
        and not previous.rstrip(WS).endswith(tuple("."))


#: A Classified By reason on its own after a blank line (`... REASON:` / `` / `E.O. 12958, 1.4(D)`).
REASON_LINE_RE = re.compile(r"(?:\(?reasons?\b|(?:E\.O\.\s*\d{5}\s*,\s*)?1\s?\.\s?[45]\b)", re.I)
SECTION_RE = re.compile(r"\b1\s?\.\s?[45]\b")


def _reason_after_blank(lines: tuple[str, ...], first: int, last: int, end: int) -> int:
    """Last line of a Classified By block: its reason may follow after a blank line
    (05SAOPAULO1158), or after an old telegram's page header and the blank lines around it
    (07PARIS170)."""
    if any(SECTION_RE.search(lines[k]) for k in range(first, last + 1)):
        return last
    after = next((k for k in range(last + 1, end) if not is_blank(lines[k])), None)
    page_header = after is not None and after - last <= 4 and OLD_PAGE_HEADER_RE.match(lines[after])
    if page_header:
        after = next((k for k in range(after + 1, min(end, after + 3)) if not is_blank(lines[k])),
                     None)
    if after is not None and (after - last <= 2 or page_header) \
            and REASON_LINE_RE.match(lines[after].lstrip(WS)):
        return _continuation_end(lines, after, end, _wrapped_text)
    return last


def _subject_after_blank(lines: tuple[str, ...], first: int, last: int, end: int) -> int:
    """Last line of a SUBJECT block from `first` to `last` that one blank line may cut in two: the
    block goes on over the blank to a line or two that finish it (`subject.continues_subject`) and
    end at a blank line or a label (`... MEET WITH PRESIDENT` / blank / `URIBE`, 04BOGOTA12829)."""
    after = last + 2
    if after >= end or not is_blank(lines[last + 1]) or _opens_block(lines, after):
        return last
    head = " ".join(lines[k] for k in range(first, last + 1))
    tail_end = _continuation_end(lines, after, end, _wrapped_text)
    if tail_end > after + 1 or tail_end + 1 < end and not is_blank(lines[tail_end + 1]) \
            and not _opens_block(lines, tail_end + 1):
        return last
    if not all(continues_subject(head, lines[k]) for k in range(after, tail_end + 1)):
        return last
    return tail_end


def _opens_block(lines: tuple[str, ...], i: int) -> bool:
    """Whether line i opens what ends a wrapped block (`_ends_block`) or a paragraph."""
    return _ends_block(lines[i].lstrip(WS)) or is_paragraph_start(lines, i) is not None


def _ends_block(stripped: str) -> bool:
    """Whether a line (white space stripped from its start) opens a labelled part, a REF block, a
    page-break line, an old page header or a banner: what ends a wrapped block before it."""
    return starts_part(stripped) or any(regex.match(stripped) is not None for regex in (
        REF_RE, PAGE_BREAK_RE, OLD_PAGE_HEADER_RE, BANNER_RE))


def _wrapped_text(previous: str, line: str) -> bool:
    return True


def _continuation_end(lines: tuple[str, ...], first: int, end: int, continues) -> int:
    """Last line of a block that starts at `first` and wraps until a blank line, another label or
    a banner (the header block copied again on one line right under a SUBJECT, 07YEREVAN659)."""
    last = first
    for i in range(first + 1, end):
        stripped = lines[i].lstrip(WS)
        if is_blank(stripped) or _ends_block(stripped):
            break     # a page-break line or an old page header of its own (10ROME1, after SUBJECT)
        if not continues(lines[last], lines[i]):
            break
        last = i
    return last


#: A REF item's enumerator at the start of a line: `B.`, `B)`, `(B)`, `¶B.`, `[1B.](#)`; group 1 is
#: its letter.
REF_ITEM_START_RE = re.compile(r"(?:¶\s?|\[\d?)?\(?([A-Za-z])[.)](?:\]\([^)]*\))?\s+\S")


def _ref_block_end(lines: tuple[str, ...], first: int, end: int) -> int:
    """Last line of a REF block. Its items may go on after a blank line (`REF: A. TUNIS 1076` /
    blank / `¶B. TUNIS 1004`, html-extract/07TUNIS1095; `REF:` alone, then `¶A. A) STATE 33385`,
    08LONDON1163) when the line after the blank opens the next item by letter. A portion mark
    (`(U) Econ Off delivered ...`), a lettered body item (`¶I. BROAD ITEMS`) or, after a single
    unlettered reference, the body's `A.` list (`REF: STATE 33533` / blank / `¶A. Yes. ...`) does
    not."""
    last = _continuation_end(lines, first, end, _wrapped_text)
    rest = REF_RE.match(lines[first].lstrip(WS)).group("rest")
    label_alone = last == first and not rest.strip(WS)
    expected = "A" if label_alone else _next_letter(_last_ref_letter(lines, first, last))
    while expected is not None:
        following = next((i for i in range(last + 1, end) if not is_blank(lines[i])), None)
        m = REF_ITEM_START_RE.match(lines[following].lstrip(WS)) if following is not None else None
        if m is None or m.group(1).upper() != expected or is_paragraph_start(lines, following):
            return last
        last = _continuation_end(lines, following, end, _wrapped_text)
        expected = _next_letter(_last_ref_letter(lines, following, last))
    return last


def _next_letter(letter: str | None) -> str | None:
    return chr(ord(letter) + 1) if letter and letter < "Z" else None


def _last_ref_letter(lines: tuple[str, ...], first: int, last: int) -> str | None:
    """Letter (upper case) of the last item opened in lines[first:last + 1] of a REF block."""
    letter = None
    for i in range(first, last + 1):
        stripped = lines[i].lstrip(WS)
        label = REF_RE.match(stripped)
        m = REF_ITEM_START_RE.match(stripped[label.start("rest"):] if label else stripped)
        if m:
            letter = m.group(1).upper()
    return letter
