"""The offset map: where each character of the extracted cable text stood in the original file.

An extraction is built piece by piece with a `MapBuilder`: text copied from the original (one to
one), text that replaces a stretch of the original (an entity, a JSON escape, a run of spaces that
stood for a line break), or text inserted with no original at all (a virtual line break). The
resulting `OffsetMap` turns a range of the extracted text into the range of the original that
produced it, and a `Span` (line, column) of the extracted text into a `Span` of the original. Maps
compose, so that a JSON string decoded and then re-lined still points into the raw JSON, and join
(`join_texts`: a JSON record's metadata, header and body, each with its own map).
"""

from __future__ import annotations

from bisect import bisect_right

from ..document import Span, line_starts
from ..record import Record, set_field


class Piece(Record):
    """Extracted text [start, start + length) came from original [origin, origin +
    origin_length)."""

    start: int
    length: int
    origin: int
    origin_length: int
    # one to one: character i of the piece is character i of the original stretch
    copied: bool

    __slots__ = ("start", "length", "origin", "origin_length", "copied")

    def __init__(self, start, length, origin, origin_length, copied=False) -> None:
        set_field(self, "start", start)
        set_field(self, "length", length)
        set_field(self, "origin", origin)
        set_field(self, "origin_length", origin_length)
        set_field(self, "copied", copied)


class OffsetMap:
    """Extracted offsets to original offsets, built by `MapBuilder` (or `identity`, or `then`)."""

    def __init__(self, pieces: list[Piece], extracted_length: int, original_length: int) -> None:
        self.pieces = pieces
        self.starts = [p.start for p in pieces]
        self.extracted_length = extracted_length
        self.original_length = original_length

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([Piece(0, length, 0, length, True)] if length else [], length, length)

    @property
    def is_identity(self) -> bool:
        return self.extracted_length == self.original_length and all(
            p.copied and p.start == p.origin for p in self.pieces)

    def _piece(self, offset: int) -> Piece | None:
        index = bisect_right(self.starts, offset) - 1
        return self.pieces[index] if index >= 0 else None

    def start_of(self, offset: int) -> int:
        """Original offset where the extracted character at `offset` comes from (end of file past
        the end)."""
        if offset >= self.extracted_length:
            return self.original_length if not self.pieces else \
                self.pieces[-1].origin + self.pieces[-1].origin_length
        piece = self._piece(offset)
        if piece is None:
            return 0
        return piece.origin + (offset - piece.start if piece.copied else 0)

    def end_of(self, offset: int) -> int:
        """Original offset just after what produced the extracted character at `offset`."""
        piece = self._piece(min(offset, self.extracted_length - 1))
        if piece is None:
            return 0
        if piece.copied:
            return piece.origin + min(offset - piece.start, piece.length - 1) + 1
        return piece.origin + piece.origin_length

    def range(self, start: int, end: int) -> tuple[int, int]:
        """The original range [start, end) that produced extracted [start, end)."""
        origin = self.start_of(start)
        if end <= start:
            return origin, origin
        return origin, max(origin, self.end_of(end - 1))

    def then(self, outer: "OffsetMap") -> "OffsetMap":
        """This map applied after `outer` (the map of the text this one was extracted from)."""
        return _Composed(self, outer)

    def exact_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The original range an edit of extracted [start, end) replaces, or None when an end falls
        inside text that stands for something else (an entity, an escape): such an edit cannot be
        placed."""
        origin, stop = self.exact(start, True), self.exact(end, False)
        if origin is None or stop is None or stop < origin:
            return None
        return origin, stop

    def exact(self, offset: int, is_start: bool) -> int | None:
        """The original offset of the border before extracted `offset`, when the map knows it
        exactly. Between two pieces a start takes the later one, an end the earlier one: markup
        removed between them (an HTML tag) is left alone."""
        index = bisect_right(self.starts, offset) - 1
        within = self.pieces[index] \
            if index >= 0 and offset < self.pieces[index].start + self.pieces[index].length \
            else None
        before_index = index - 1 if within is not None else index
        before = self.pieces[before_index] if before_index >= 0 else None
        if before is not None and before.start + before.length != offset:
            before = None
        after = None
        if within is not None and (within.copied or offset == within.start):
            after = within.origin + (offset - within.start if within.copied else 0)
        upto = None if before is None \
            else before.origin + (before.length if before.copied else before.origin_length)
        if after is None and upto is None:
            return 0 if not self.pieces and offset == 0 else None
        if is_start:
            return after if after is not None else upto
        return upto if upto is not None else after


class _Composed(OffsetMap):
    """inner: final text -> intermediate text; outer: intermediate text -> original."""

    def __init__(self, inner: OffsetMap, outer: OffsetMap) -> None:
        self.inner, self.outer = inner, outer
        self.extracted_length = inner.extracted_length
        self.original_length = outer.original_length

    @property
    def is_identity(self) -> bool:
        return self.inner.is_identity and self.outer.is_identity

    def start_of(self, offset: int) -> int:
        return self.outer.start_of(self.inner.start_of(offset))

    def end_of(self, offset: int) -> int:
        return self.range(offset, offset + 1)[1]

    def range(self, start: int, end: int) -> tuple[int, int]:
        return self.outer.range(*self.inner.range(start, end))

    def exact(self, offset: int, is_start: bool) -> int | None:
        middle = self.inner.exact(offset, is_start)
        return None if middle is None else self.outer.exact(middle, is_start)


class MapBuilder:
    """Builds the extracted text and its map in one pass over the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0

    def copy(self, start: int, end: int) -> None:
        """Copy original[start:end] unchanged."""
        if end <= start:
            return
        last = self.pieces[-1] if self.pieces else None
        if last is not None and last.copied and last.origin + last.origin_length == start \
                and last.start + last.length == self.length:
            grown = end - start
            self.pieces[-1] = Piece(last.start, last.length + grown, last.origin,
                                    last.origin_length + grown, True)
        else:
            self.pieces.append(Piece(self.length, end - start, start, end - start, True))
        self.parts.append(self.original[start:end])
        self.length += end - start

    def replace(self, text: str, start: int, end: int) -> None:
        """`text` stands for original[start:end] (an entity, an escape, markup); empty text
        deletes."""
        if not text:
            return
        if len(text) == end - start and text == self.original[start:end]:
            self.copy(start, end)
            return
        self.pieces.append(Piece(self.length, len(text), start, end - start))
        self.parts.append(text)
        self.length += len(text)

    def insert(self, text: str, at: int) -> None:
        """Text with no original (a virtual line break), placed at original offset `at`."""
        self.replace(text, at, at)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(self.pieces, self.length, len(self.original))


class LineIndex:
    """Line starts of a text, to turn offsets into 1-based (line, column) and back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = line_starts(text.split("\n"))

    def offset(self, line: int, column: int) -> int:
        """The offset of a position; a line past the last is the end of the text (an edit that
        deletes the last line up to the start of the next, CL137's, on a text without a final
        newline)."""
        if line > len(self.starts):
            return len(self.text)
        return min(self.starts[max(line, 1) - 1] + column - 1, len(self.text))

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def map_span(span: Span, offsets: OffsetMap, extracted: LineIndex, original: LineIndex) -> Span:
    """The span of the original file that produced `span` of the extracted text.

    A span that maps onto nothing (a virtual line break) is widened to the one character it stands
    before, so that every finding points at something in the file.
    """
    start, end = offsets.range(extracted.offset(span.line, span.column),
                               extracted.offset(span.end_line, span.end_column))
    if end == start and start < len(original.text) and original.text[start] != "\n" \
            and (span.end_line, span.end_column) > (span.line, span.column):
        end = start + 1
    line, column = original.position(start)
    end_line, end_column = original.position(end)
    return Span(line, column, end_line, end_column)


def place_edit(span: Span, replacement: str, offsets: OffsetMap, extracted: LineIndex,
               original: LineIndex) -> Span | None:
    """The span of the original file an edit of `span` of the extracted text replaces exactly, or
    None when the map cannot place it: an end inside text that stands for something else, or new
    text written over text that has no original (a label or line break the source layer put in)."""
    start = extracted.offset(span.line, span.column)
    end = extracted.offset(span.end_line, span.end_column)
    placed = offsets.exact_range(start, end)
    if placed is None or (replacement and end > start and placed[0] == placed[1]):
        return None
    line, column = original.position(placed[0])
    end_line, end_column = original.position(placed[1])
    return Span(line, column, end_line, end_column)


def join_texts(parts: list[tuple[str, OffsetMap]], original: str,
          separator_at: int) -> tuple[str, OffsetMap]:
    """Texts each with its own map into `original`, joined by a blank line (virtual, at
    `separator_at`)."""
    joined = JoinedMap([], len(original))
    texts = []
    for i, (part, offsets) in enumerate(parts):
        if i:
            separator = "\n\n" if not texts[-1].endswith("\n") else "\n"
            joined.add(separator, OffsetMap([], len(separator), len(original)), separator_at)
            texts.append(separator)
        joined.add(part, offsets, None)
        texts.append(part)
    return "".join(texts), joined


class JoinedMap(OffsetMap):
    """Several extracted texts, each with its own map into the same original, one after the
    other."""

    def __init__(self, parts: list, original_length: int) -> None:
        # start, length, map, fixed origin
        self.parts: list[tuple[int, int, OffsetMap, int | None]] = parts
        self.extracted_length = 0
        self.original_length = original_length

    def add(self, text: str, offsets: OffsetMap, fixed: int | None) -> None:
        self.parts.append((self.extracted_length, len(text), offsets, fixed))
        self.extracted_length += len(text)

    @property
    def is_identity(self) -> bool:
        return False

    def _part(self, offset: int):
        for start, length, offsets, fixed in self.parts:
            if offset < start + length:
                return start, offsets, fixed
        start, length, offsets, fixed = self.parts[-1]
        return start, offsets, fixed

    def start_of(self, offset: int) -> int:
        start, offsets, fixed = self._part(offset)
        return fixed if fixed is not None else offsets.start_of(offset - start)

    def end_of(self, offset: int) -> int:
        start, offsets, fixed = self._part(offset)
        return fixed if fixed is not None else offsets.end_of(offset - start)

    def range(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            origin = self.start_of(start)
            return origin, origin
        return self.start_of(start), max(self.start_of(start), self.end_of(end - 1))

    def exact(self, offset: int, is_start: bool) -> int | None:
        for start, length, offsets, fixed in self.parts:
            if ((start <= offset < start + length) if is_start
                    else (start < offset <= start + length)):
                return fixed if fixed is not None else offsets.exact(offset - start, is_start)
        return None
