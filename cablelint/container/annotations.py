"""A named-entity annotation layer laid over a cable by a tagger (html-fragment/00HARARE6677):
entities bracketed with their class (`[LOC HARARE  ]`, `[ORG MDC  ]`, `[PER MORGAN TSVANGIRAI  ]`)
and the text tokenised: a space around punctuation (`PGOV , PINS`, `( C )`, `1 .`) and one sentence
per line, the cable's own line breaks lost (the whole preamble on line 1).

`strip_annotations` takes the layer out, keeping the entity's words, and joins the sentence lines
into one (the caller re-lines it as flattened text); the map keeps every kept character on its
original, so findings on the stripped text still point into the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from .offsets import MapBuilder, OffsetMap

#: Fewer brackets than this are not a layer (a cable may quote one bracketed word).
MIN_ANNOTATIONS = 2
_ANNOTATION_RE = re.compile(r"\[(?:LOC|PER|ORG|MISC) (?P<words>[^\[\]\n]*?\S) {1,2}\]")
#: One piece of the layer: an entity bracket, the tokeniser's space before punctuation that ends
#: a word (`MDC , PRESIDENT`, `( D ) .`), its space after an opening bracket (`( C )`), or its
#: line break after a sentence.
_LAYER_RE = re.compile(_ANNOTATION_RE.pattern
                       + r"|(?<=\S)(?P<before> )(?=[,.;:?!)](?:[ \t]|$))"
                       + r"|(?<=\()(?<!\S\()(?P<after> )(?=\S)|(?P<line>\n)", re.M)


def strip_annotations(text: str) -> tuple[str, OffsetMap, list[tuple[str, int, int]], int] | None:
    """The text without its annotation layer, on one line: (text, map, annotations, spaces
    removed), where an annotation is (the bracket as written, start, end of its words in the
    stripped text); None when the text carries no such layer."""
    if len(list(islice(_ANNOTATION_RE.finditer(text), MIN_ANNOTATIONS))) < MIN_ANNOTATIONS:
        return None
    builder = MapBuilder(text)
    annotations: list[tuple[str, int, int]] = []
    spaces = 0
    at = 0
    for m in _LAYER_RE.finditer(text):
        builder.copy(at, m.start())
        at = m.end()
        if m.group("line"):
            builder.replace(" ", m.start(), m.end())
            continue
        if m.group("words") is None:
            spaces += 1
            continue
        start = builder.length      # the entity's words kept, its brackets and class dropped
        builder.copy(m.start("words"), m.end("words"))
        annotations.append((m.group(), start, builder.length))
    builder.copy(at, len(text))
    stripped, offsets = builder.build()
    return stripped, offsets, annotations, spaces


def extracted_offset(offsets: OffsetMap, origin: int) -> int:
    """Where offset `origin` of the text a `MapBuilder` map was built from stands in the text it
    built (a deleted character: where the text after it starts)."""
    pieces = offsets.pieces
    index = bisect_right([p.origin for p in pieces], origin) - 1
    if index < 0:
        return 0
    piece = pieces[index]
    return piece.start + min(origin - piece.origin, piece.length)
