"""Positions between cablelint and LSP: 1-based lines and code-point columns, end exclusive
(cablelint's `Span`), against 0-based lines and columns counted in the negotiated encoding's code
units (LSP's `Position`; UTF-16 unless the client offers another). `¶` is one UTF-16 unit; an
astral character (outside the Basic Multilingual Plane) is two UTF-16 units, four UTF-8 bytes and
one code point.
"""

from __future__ import annotations

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def _units(text: str, encoding: str) -> int:
    """How many code units of `encoding` the text takes."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if char > "\uffff")


class Lines:
    """A document's lines (split at LF, as the linted text is), to turn spans into LSP positions and
    back."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.lines = text.split("\n")
        self.encoding = encoding

    def position(self, line: int, column: int) -> tuple[int, int]:
        """The LSP (line, character) of cablelint's 1-based (line, column); past the end is the
        end."""
        if line > len(self.lines):
            return len(self.lines) - 1, _units(self.lines[-1], self.encoding)
        text = self.lines[max(line, 1) - 1]
        return max(line, 1) - 1, _units(text[:max(column, 1) - 1], self.encoding)

    def span_range(
        self, line: int, column: int, end_line: int, end_column: int
    ) -> tuple[tuple, tuple]:
        """The LSP start and end positions of a span."""
        return self.position(line, column), self.position(end_line, end_column)

    def location(self, line: int, character: int) -> tuple[int, int]:
        """cablelint's 1-based (line, column) of an LSP position (a character past the line's end is
        its end; one inside a UTF-16 surrogate pair or a UTF-8 sequence is the character it belongs
        to)."""
        line = min(max(line, 0), len(self.lines) - 1)
        text = self.lines[line]
        if self.encoding == UTF32 or text.isascii():
            return line + 1, min(character, len(text)) + 1
        used = 0
        for index, char in enumerate(text):
            used += _units(char, self.encoding)
            if used > character:
                return line + 1, index + 1
        return line + 1, len(text) + 1
