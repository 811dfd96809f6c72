"""Columns between cablelint (code points) and LSP (UTF-16 units, or UTF-8 / UTF-32 when negotiated)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cablelint.lsp.positions import UTF8, UTF16, UTF32, Lines

WIDTHS = {UTF8: lambda s: len(s.encode("utf-8")), UTF16: lambda s: len(s.encode("utf-16-le")) // 2,
          UTF32: len}
TEXT = st.text(st.sampled_from("ab ¶\t\U0001d538é\n"), max_size=40)


@given(TEXT, st.sampled_from(sorted(WIDTHS)), st.data())
def test_position_counts_code_units_and_location_inverts_it(text, encoding, data):
    lines = Lines(text, encoding)
    line = data.draw(st.integers(1, len(lines.lines)))
    column = data.draw(st.integers(1, len(lines.lines[line - 1]) + 1))
    position = lines.position(line, column)
    assert position == (line - 1, WIDTHS[encoding](lines.lines[line - 1][:column - 1]))
    assert lines.location(*position) == (line, column)


def test_pilcrow_and_astral_character():
    lines = Lines("¶1. x\n\U0001d538 y")
    assert lines.position(1, 2) == (0, 1)          # after '¶': one UTF-16 unit
    assert lines.position(2, 2) == (1, 2)          # after U+1D538: a surrogate pair
    assert Lines("¶1. x", UTF8).position(1, 2) == (0, 2)
    assert lines.location(0, 1) == (1, 2)          # '¶' ends at unit 1
    assert lines.location(1, 1) == (2, 1)          # inside the surrogate pair: the astral character
    assert lines.location(0, 99) == (1, 6)         # past the end of the line: its end


def test_a_span_past_the_last_line_ends_at_the_end():
    assert Lines("a\nbc").position(3, 1) == (1, 2)
