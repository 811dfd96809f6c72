"""Bytes to text: BOM, UTF-8 with a cp1252/latin-1 fallback, CRLF, binary detection; and back
(`encode_like`)."""

from __future__ import annotations


from .errors import InputError
from .record import Record, set_field

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: How much of the start of an input is searched for NUL bytes to tell binary data from text.
BINARY_SNIFF_BYTES = 65536


class Source(Record):
    """Decoded text of one input and how it was decoded."""

    text: str
    encoding: str          # utf-8, utf-8-sig, utf-16, cp1252 or latin-1
    fallback: bool         # True when the bytes were not valid UTF-8
    bad_offset: int | None  # byte offset of the first invalid UTF-8 byte, when fallback

    __slots__ = ("text", "encoding", "fallback", "bad_offset")

    def __init__(self, text, encoding, fallback, bad_offset) -> None:
        set_field(self, "text", text)
        set_field(self, "encoding", encoding)
        set_field(self, "fallback", fallback)
        set_field(self, "bad_offset", bad_offset)


def decode(data: bytes, name: str) -> Source:
    """Decode a cable's bytes. Raises InputError for binary data (NUL bytes outside UTF-16)."""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return Source(normalise_newlines(data[len(bom):].decode(encoding)), "utf-16", True,
                              0)
            except UnicodeDecodeError:
                raise InputError(f"{name}: not valid UTF-16 although it starts with a UTF-16 "
                                 "byte-order mark") from None
    refuse_binary(data, name)
    encoding = "utf-8"
    if data.startswith(_BOM):
        data = data[len(_BOM):]
        encoding = "utf-8-sig"
    try:
        text = data.decode("utf-8")
        return Source(normalise_newlines(text), encoding, False, None)
    except UnicodeDecodeError as exc:
        bad_offset = exc.start
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    return Source(normalise_newlines(text), encoding, True, bad_offset)


def refuse_binary(data: bytes, name: str) -> None:
    """InputError when the first BINARY_SNIFF_BYTES hold a NUL byte and the data is not marked as
    UTF-16."""
    if not data.startswith(_UTF16_BOMS) and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{name}: not a text file (contains NUL bytes)")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so line numbers match what editors show."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text



def encode_like(text: str, original: bytes, source: Source, name: str) -> bytes:
    """`text` (LF line ends, as `decode` gives) as the bytes of a file written like `original`: the
    same encoding, byte-order mark and line ends. InputError when that cannot be done exactly: mixed
    line ends, or a character the file's encoding has no byte for."""
    bom, codec = b"", source.encoding
    if codec == "utf-16":
        bom = original[:2]
        codec = "utf-16-le" if bom == b"\xff\xfe" else "utf-16-be"
    elif codec == "utf-8-sig":
        bom, codec = _BOM, "utf-8"
    ending = _line_end(original[len(bom):].decode(codec))
    if ending is None:
        raise InputError(
            f"{name}: mixed line ends (LF, CRLF, CR); not fixed, so that they are kept"
        )
    try:
        return bom + text.replace("\n", ending).encode(codec)
    except UnicodeEncodeError as exc:
        raise InputError(f"{name}: the fix writes {exc.object[exc.start]!r}, which {codec} has no "
                         f"byte for; not fixed") from None


def _line_end(raw: str) -> str | None:
    """The one line end of a text (LF when it has none), None when it mixes them."""
    crlf = raw.count("\r\n")
    lone_cr, lone_lf = raw.count("\r") - crlf, raw.count("\n") - crlf
    kinds = [end for end, count in (("\r\n", crlf), ("\r", lone_cr), ("\n", lone_lf)) if count]
    if len(kinds) > 1:
        return None
    return kinds[0] if kinds else "\n"
