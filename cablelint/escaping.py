"""One escaping policy for untrusted text in reports: cable text quoted in messages, and file names.

Terminal output (text, github, error lines) never carries a control character raw: C0 controls, DEL
and C1 controls are written as `\\t`, `\\n`, `\\r` or `\\xNN`, so that an ESC, BEL or CR in a cable
cannot drive the terminal and a newline in a file name cannot split a finding. The bytes of a file
name that are not UTF-8 (carried as surrogate escapes by `os.fsdecode`) are written as `\\xNN` in
every format, so that every report is valid UTF-8. A backslash itself is not escaped.
"""

from __future__ import annotations

import re

_FOR_DISPLAY = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_UTF8 = re.compile("[\ud800-\udfff]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def for_display(text: str) -> str:
    """Text safe to show on a terminal: control characters and undecodable file-name bytes
    escaped."""
    return _FOR_DISPLAY.sub(_escaped, text)


def utf8_safe(text: str) -> str:
    """Text that encodes as UTF-8: undecodable file-name bytes as `\\xNN`, everything else kept."""
    return _NOT_UTF8.sub(_escaped, text)


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:      # a byte that os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code >= 0xD800:                # any other lone surrogate
        return f"\\u{code:04x}"
    return _SHORT.get(match.group(), f"\\x{code:02x}")
