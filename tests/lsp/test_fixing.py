"""Safe fixes applied to a document's text for "fix all" and formatting: no two overlapping edits in a pass."""

from __future__ import annotations

from cablelint.diagnostic import Edit, Fix
from cablelint.document import Span
from cablelint.lsp.fixing import apply_fixes


def replace(line: int, column: int, end_column: int, text: str) -> Fix:
    return Fix("replace", (Edit(Span(line, column, line, end_column), text),))


def test_fixes_apply_from_the_end_and_overlapping_ones_wait():
    text = "one two three\nfour"
    fixed, applied = apply_fixes(text, [replace(1, 1, 4, "1"), replace(1, 3, 8, "X"), replace(1, 9, 14, "3"),
                                        replace(2, 1, 5, "4")])
    assert (fixed, applied) == ("1 two 3\n4", 3)


def test_two_insertions_at_one_place_are_not_both_applied():
    fixed, applied = apply_fixes("ab", [replace(1, 2, 2, "x"), replace(1, 2, 2, "y")])
    assert (fixed, applied) == ("axb", 1)


def test_a_line_deletion_past_the_end_of_the_text():
    directive = Fix("Remove the directive", (Edit(Span(2, 1, 3, 1), ""),))
    assert apply_fixes("text\n# cablelint: disable CL091", [directive]) == ("text\n", 1)
