"""JSON records (`{"origin": ..., "body": "..."}`, one object per line as mongoexport writes them):
the fields located in the raw text, and their strings decoded with a map into the raw JSON."""

from __future__ import annotations

import json

from ..lazy_regex import lazy_compile
from ..record import Record, set_field
from .offsets import MapBuilder, OffsetMap

_KEY_RE = lazy_compile(r'\s*(?:,\s*)?"(?P<key>(?:[^"\\]|\\.)*)"\s*:\s*')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\n", "t": "\t"}
_DECODER = json.JSONDecoder()
#: A cable inside the record: its body under one of these keys.
BODY_KEYS = ("body", "content", "text")


class Field(Record):
    """One top-level field: its decoded value and where its raw value stands, quotes included."""

    value: object
    start: int
    end: int

    __slots__ = ("value", "start", "end")

    def __init__(self, value, start, end) -> None:
        set_field(self, "value", value)
        set_field(self, "start", start)
        set_field(self, "end", end)


def parse_record(text: str) -> dict[str, Field] | None:
    """The top-level fields of a JSON object text with their raw positions; None if it is not one
    JSON object with a string body."""
    opening = len(text) - len(text.lstrip())
    if not text.startswith("{", opening):
        return None
    try:
        whole, end = _DECODER.raw_decode(text, opening)
    except ValueError:
        return None
    if not isinstance(whole, dict) or text[end:].strip() or \
            not any(isinstance(whole.get(key), str) for key in BODY_KEYS):
        return None
    fields: dict[str, Field] = {}
    at = opening + 1
    while True:
        m = _KEY_RE.match(text, at)
        if m is None:
            break
        key = json.loads(f'"{m.group("key")}"')
        value, value_end = _DECODER.raw_decode(text, m.end())
        fields[key] = Field(value, m.end(), value_end)
        at = value_end
    return fields


def decode_string(text: str, start: int, end: int) -> tuple[str, OffsetMap]:
    """Decode the JSON string literal text[start:end] (quotes included); the map points into
    `text`."""
    builder = MapBuilder(text)
    i, stop = start + 1, end - 1
    run = i
    while i < stop:
        if text[i] != "\\":
            i += 1
            continue
        builder.copy(run, i)
        code = text[i + 1] if i + 1 < stop else ""
        if code == "u":
            unit = int(text[i + 2:i + 6], 16)
            length = 6
            if 0xD800 <= unit < 0xDC00 and text.startswith("\\u", i + 6):
                low = int(text[i + 8:i + 12], 16)
                if 0xDC00 <= low < 0xE000:
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    length = 12
            builder.replace(chr(unit), i, i + length)
            i += length
        elif code == "r" and text.startswith("\\n", i + 2):
            i += 2      # CR LF: the line end is the LF (as source.decode normalises them)
            run = i
            continue
        else:
            builder.replace(_ESCAPES.get(code, code), i, i + 2)
            i += 2
        run = i
    builder.copy(run, stop)
    decoded, offsets = builder.build()
    return decoded, offsets
