"""Text to Cable in one pass over the lines: envelope, banner, preamble, body. Never raises on content."""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Cable, Text
from .body import PAGE_BREAK_RE, footer_chrome, is_paragraph_start, parse_body, signature
from .envelope import parse_envelope, starts_header
from .inline import classified_by_at, parse_inline
from .lines import WS, is_blank, line_text
from .scan import copy_embedded, flattened_captions, is_preview, scan, second_copy
from .stamps import is_stamp, stamp_lines
from .banner import find_banner, parse_banner
from .classified_by import CLASSIFIED_BY_LABEL, CLASSIFIED_BY_RE, parse_classified_by
from .eo import EO_RE, parse_eo
from .refs import REF_RE, parse_refs
from .subject import SUBJECT_RE, parse_subject
from .tags import LINK_RE, TAGS_RE, parse_tags

#: A cable whose text has at most this many lines but one line longer than FLAT_LINE lost its line breaks.
FLAT_MAX_LINES, FLAT_LINE = 3, 1500
#: The transmission header, when there is one, starts within this many lines.
HEADER_SEARCH = 60
_LABELS = (EO_RE, TAGS_RE, SUBJECT_RE, CLASSIFIED_BY_RE)
#: TAGS run on after the E.O. line: `E.O. 12958: N/A TAGS: ...`, `DECL: 10/24/2018TAGS: ...`.
RUN_ON_TAGS_RE = re.compile(r"(?<![A-Za-z])(?:TAGS?|Tags)\b")


def parse(text: str, path: str = "<text>", encoding: str = "utf-8") -> Cable:
    """Parse a cable's text. Every part keeps its span; oddities are recorded, never raised."""
    return replace(_parse(text, path), encoding=encoding) if encoding != "utf-8" else _parse(text, path)


def _parse(text: str, path: str) -> Cable:
    lines = tuple(text.split("\n"))
    if lines and lines[-1] == "":
        lines = lines[:-1]
    non_blank = [i for i, line in enumerate(lines) if line.strip(WS)]     # is_blank, inlined
    if len(non_blank) <= FLAT_MAX_LINES and any(len(lines[i]) > FLAT_LINE for i in non_blank):
        return _parse_flattened(lines, path, non_blank)
    preamble_start = _first_label(lines)
    banner = find_banner(lines, 0, preamble_start)
    header_at = next((i for i, line in enumerate(lines[:preamble_start]) if line.startswith("VZCZC")), None)
    if banner is not None and header_at is not None and banner[0] < header_at:
        # A banner above the transmission header is misplaced (09STATE119085); the cable's own follows it.
        banner = find_banner(lines, header_at, preamble_start) or banner
    envelope_end = banner[0] if banner is not None else preamble_start
    fields = parse_envelope(lines, envelope_end)
    start = envelope_end
    if banner is not None:
        fields["banner"] = parse_banner(lines, *banner)
        start += 1
    body_start = _first_paragraph(lines, start)
    # A second copy or another cable glued after this one is reported once (CL125), and not judged as
    # part of this cable (its SIPDIS, its paragraph 1, its Classified By; 03THEHAGUE3067, 73TEHRAN8233).
    copy = second_copy(lines, fields.get("banner"), start, body_start)
    copy_at = copy[0] if copy is not None else None
    # ... but when the text before it is the site's preview of the same cable, the full copy is judged
    # (if its paragraphs were found: it may be one flattened line, html-extract/08USNATO290).
    preview = copy is not None and copy[1] and is_preview(lines, body_start, copy_at) \
        and _same_first_number(lines, body_start, _first_paragraph(lines, copy_at))
    body_start = min(body_start, copy_at) if copy_at is not None else body_start
    fields.update(_parse_preamble(lines, start, body_start, fields.get("banner")))
    if banner is not None:     # E.O., TAGS, Classified By run on after the banner (05PARIS7777)
        parse_inline(lines, envelope_end, fields["banner"].raw.span.end_column - 1, fields)
    for i in range(start, body_start):   # ... or after a caption (`SENSITIVE SIPDIS E.O. 12958: N/A`)
        if all(key in fields for key in ("eo", "tags", "classified_by")):
            break
        parse_inline(lines, i, 0, fields)
    own = lines[:copy_at] if copy_at is not None and not preview else lines
    body_from = _first_paragraph(lines, copy_at) if preview else body_start
    fields.update(parse_body(own, body_from))
    # A summary may start on the last label line (`... REASON: 1.4 (b), (d) Summary`, 09VATICAN113), not before it.
    last_label = max((part.raw.span.end_line - 1 for part in (fields.get(k) for k in ("subject", "refs", "classified_by"))
                      if part is not None), default=start)
    fields.update(scan(own, start, body_from, last_label))
    if copy_at is not None:
        fields["signature"] = signature(lines)
        fields["embedded"] = copy_embedded(lines, fields["embedded"], copy_at)
    fields["declassification_stamps"] = stamp_lines(lines)
    fields["chrome"] = fields.get("chrome", ()) + footer_chrome(lines)
    if fields.get("classified_by") is None:
        fields["classified_by"] = _classified_by_in_first_paragraph(lines, fields["paragraphs"])
    return Cable(path=path, lines=lines, **fields)


def _first_label(lines: tuple[str, ...]) -> int:
    """Index where the envelope ends: the first E.O. line or numbered paragraph (the banner comes
    before both); without either, the first TAGS, SUBJECT or Classified By line.

    The search starts at the transmission header when there is one, and TAGS or SUBJECT alone do not
    end the envelope, because mirrors put their own `Tags:` above it (seed 004 L13, 06MEXICO1311 L24).
    """
    start = next((i for i, line in enumerate(lines[:HEADER_SEARCH]) if starts_header(line.strip(WS))), 0)
    weak = None
    for i in range(start, len(lines)):
        stripped = lines[i].lstrip(WS)
        if not stripped:
            continue            # a blank line is no label and no paragraph (a megabyte of them: 1.8 s)
        if EO_RE.match(stripped) or is_paragraph_start(lines, i):
            return i
        if weak is None and any(rx.match(stripped) for rx in _LABELS):
            weak = i
    return weak if weak is not None else len(lines)


def _first_paragraph(lines: tuple[str, ...], start: int) -> int:
    for i in range(start, len(lines)):
        if is_paragraph_start(lines, i) and not CLASSIFIED_BY_RE.match(lines[i].lstrip(WS)):
            return i
    return len(lines)


def _same_first_number(lines: tuple[str, ...], first: int, other: int) -> bool:
    """Paragraphs start at lines `first` and `other` with the same number (the copy starts as the preview)."""
    if max(first, other) >= len(lines):
        return False
    numbers = [is_paragraph_start(lines, i) for i in (first, other)]
    return all(numbers) and numbers[0].group("number") == numbers[1].group("number")


def _parse_preamble(lines: tuple[str, ...], start: int, end: int, banner=None) -> dict:
    """Captions, E.O., TAGS, SUBJECT, REF and Classified By between the banner and paragraph 1.

    The banner repeated with the same SECTION before paragraph 1 opens a duplicate header block
    (seed 004 L50-64): it is recorded, and its captions are collected again.
    """
    fields: dict = {}
    captions: list[Text] = []
    repeated: list[Text] = []
    caption_zone = True
    i = start
    while i < end:
        stripped = lines[i].lstrip(WS)
        if not stripped.strip(WS):
            i += 1
            continue
        eo, tags, subject = EO_RE.match(stripped), TAGS_RE.match(stripped), SUBJECT_RE.match(stripped)
        ref, classified = REF_RE.match(stripped), CLASSIFIED_BY_RE.match(stripped)
        if eo or tags or subject or ref or classified:
            caption_zone = False
        if banner is not None and _repeats_banner(lines[i], banner):
            repeated.append(line_text(lines, i))
            caption_zone = True
        elif eo and is_stamp(stripped):
            pass     # the archive's release stamp stands where the E.O. line was (72TEHRAN5055)
        elif eo and "eo" not in fields and (eo.group("order") or "." in eo.group("label")):
            fields["eo"] = parse_eo(lines, i, eo, offset=len(lines[i]) - len(stripped))
            run_on = RUN_ON_TAGS_RE.search(stripped)
            if run_on and "tags" not in fields and TAGS_RE.match(stripped[run_on.start():]):
                last = _continuation_end(lines, i, end, _tags_continue)
                fields["tags"] = parse_tags(lines, i, last, at=len(lines[i]) - len(stripped) + run_on.start())
                i = last
        elif tags and "tags" not in fields:
            last = _continuation_end(lines, i, end, _tags_continue)
            fields["tags"] = parse_tags(lines, i, last, at=len(lines[i]) - len(stripped))
            i = last
        elif subject and "subject" not in fields:
            last, stop = _run_on_classified_by(lines, i, _continuation_end(lines, i, end, _wrapped_text), fields)
            fields["subject"] = parse_subject(lines, i, last, subject, stop)
            i = last
        elif ref and "refs" not in fields:
            last, stop = _run_on_classified_by(lines, i, _ref_block_end(lines, i, end), fields)
            fields["refs"] = parse_refs(lines, i, last, stop)
            i = last
        elif classified and "classified_by" not in fields:
            last = _reason_after_blank(lines, i, _continuation_end(lines, i, end, _wrapped_text), end)
            fields["classified_by"] = parse_classified_by(lines, i, last)
            i = last
        elif caption_zone:
            captions.append(line_text(lines, i))
        elif "classified_by" not in fields and classified_by_at(lines[i]) is not None:
            last = _continuation_end(lines, i, end, _wrapped_text)
            fields["classified_by"] = parse_classified_by(lines, i, last, offset=classified_by_at(lines[i]))
            i = last
        i += 1
    fields["captions"] = tuple(captions)
    fields["repeated_banners"] = tuple(repeated)
    return fields


def _repeats_banner(line: str, banner) -> bool:
    """The same banner again: classification, SECTION, station and serial (spacing aside)."""
    return " ".join(line.split()) == " ".join(banner.raw.value.split())


def _run_on_classified_by(lines: tuple[str, ...], first: int, last: int, fields: dict) -> tuple[int, int | None]:
    """A `Classified By` merged into a SUBJECT or REF block (03BRASILIA2231): parse it, and return
    where the block really ends (last line, stop column)."""
    if "classified_by" in fields:
        return last, None
    for i in range(first, last + 1):
        at = classified_by_at(lines[i], 1 if i == first else 0)
        if at is not None:
            fields["classified_by"] = parse_classified_by(lines, i, last, offset=at)
            return i, at
    return last, None


def _tags_continue(previous: str, line: str) -> bool:
    """A TAGS line continues when it ends with a comma, or the next line is a bare list of codes."""
    if previous.rstrip(WS).endswith(","):
        return True
    tokens = LINK_RE.sub(lambda m: m.group("md") or m.group("html"), line).strip(WS).replace(",", " ").split()
    return bool(tokens) and len(tokens) <= 3 and all(t.isupper() and len(t) <= 6 for t in tokens) \
        and not previous.rstrip(WS).endswith(tuple("."))


#: A Classified By reason on its own after a blank line (`... REASON:` / `` / `E.O. 12958, 1.4(D)`).
REASON_LINE_RE = re.compile(r"(?:\(?reasons?\b|(?:E\.O\.\s*\d{5}\s*,\s*)?1\s?\.\s?[45]\b)", re.I)
SECTION_RE = re.compile(r"\b1\s?\.\s?[45]\b")


def _reason_after_blank(lines: tuple[str, ...], first: int, last: int, end: int) -> int:
    """Last line of a Classified By block: its reason may follow after a blank line (05SAOPAULO1158)."""
    if any(SECTION_RE.search(lines[k]) for k in range(first, last + 1)):
        return last
    after = next((k for k in range(last + 1, end) if not is_blank(lines[k])), None)
    if after is not None and after - last <= 2 and REASON_LINE_RE.match(lines[after].lstrip(WS)):
        return _continuation_end(lines, after, end, _wrapped_text)
    return last


def _wrapped_text(previous: str, line: str) -> bool:
    return True


def _continuation_end(lines: tuple[str, ...], first: int, end: int, continues) -> int:
    """Last line of a block that starts at `first` and wraps until a blank line or another label."""
    last = first
    for i in range(first + 1, end):
        stripped = lines[i].lstrip(WS)
        if is_blank(stripped) or any(rx.match(stripped) for rx in _LABELS + (REF_RE,)) \
                or PAGE_BREAK_RE.match(stripped):     # a page-break line of its own (10ROME1, after SUBJECT)
            break
        if not continues(lines[last], lines[i]):
            break
        last = i
    return last


#: A REF item's enumerator at the start of a line: `B.`, `B)`, `(B)`, `¶B.`, `[1B.](#)`; group 1 is its letter.
REF_ITEM_START_RE = re.compile(r"(?:¶\s?|\[\d?)?\(?([A-Za-z])[.)](?:\]\([^)]*\))?\s+\S")


def _ref_block_end(lines: tuple[str, ...], first: int, end: int) -> int:
    """Last line of a REF block. Its items may go on after a blank line (`REF: A. TUNIS 1076` / blank /
    `¶B. TUNIS 1004`, html-extract/07TUNIS1095; `REF:` alone, then `¶A. A) STATE 33385`, 08LONDON1163) when
    the line after the blank opens the next item by letter. A portion mark (`(U) Econ Off delivered ...`), a
    lettered body item (`¶I. BROAD ITEMS`) or, after a single unlettered reference, the body's `A.` list
    (`REF: STATE 33533` / blank / `¶A. Yes. ...`) does not."""
    last = _continuation_end(lines, first, end, _wrapped_text)
    label_alone = last == first and not REF_RE.match(lines[first].lstrip(WS)).group("rest").strip(WS)
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


def _classified_by_in_first_paragraph(lines: tuple[str, ...], paragraphs) -> object:
    """Old cables write `1. (U) CLASSIFIED BY ... REASON: 1.5 (D).` as paragraph 1."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    for i in range(first.span.line - 1, min(first.span.line + 1, first.span.end_line)):
        m = re.search(r"(?<!de)" + CLASSIFIED_BY_LABEL, lines[i], re.I)
        if m:
            last = first.span.end_line - 1
            return parse_classified_by(lines, i, last, offset=m.start(), text_may_follow=True)
    return None


def _parse_flattened(lines: tuple[str, ...], path: str, non_blank: list[int]) -> Cable:
    """Text whose line breaks were lost upstream: find the labelled parts inside the long line."""
    index = max(non_blank, key=lambda i: len(lines[i]))
    fields: dict = {}
    banner = find_banner(lines, index, index + 1)
    if banner is not None:
        fields["banner"] = parse_banner(lines, *banner)
    parse_inline(lines, index, 0, fields)
    fields.update(parse_envelope(lines, index))
    fields["signature"] = signature(lines)
    fields["declassification_stamps"] = stamp_lines(lines)
    fields["chrome"] = fields.get("chrome", ()) + footer_chrome(lines)
    fields["body_captions"] = flattened_captions(lines[index], index)
    return Cable(path=path, lines=lines, flattened=True, **fields)
