"""What the parser records about paragraphs for the selectors to read: paragraphs withheld whole,
headings whose items carry the marks, `¶N.` markers on a wrapped number (parsing/paragraphs.py,
parsing/pilcrows.py)."""

from __future__ import annotations

from cables import body, cable

from cablelint.parsing import parse


def paragraphs(*blocks: str):
    return parse(cable(body=body(*blocks)))


def test_a_paragraph_withheld_whole_is_recorded():
    parsed = paragraphs("1. (C) First.", "2. XXXXXXXXXXXX", "3. [DETAILS REMOVED]Said it.")
    assert [p.withheld for p in parsed.paragraphs] == [False, True, True]


def test_a_redacted_name_is_no_withheld_paragraph():
    parsed = paragraphs("1. (C) First.", "2. XXXXXXXXXXXX\nsaid that it was late.")
    assert not parsed.paragraphs[1].withheld


def test_a_heading_whose_items_carry_the_marks():
    parsed = paragraphs("1. (C) First.", "2. KEY POINTS\n-- (C) One point.\n-- (C) Another.")
    assert [p.marked_items for p in parsed.paragraphs] == [False, True]


def test_an_item_opens_with_its_dash_after_a_space_a_colon_or_a_line_end():
    parsed = paragraphs("1. (C) First.", "2. KEY POINTS:-- (C) One point.", "3. KEY POINTS -(C) One.",
                        "4. KEY POINTS\n--(C) One.", "5. KEY POINTS a-(C) One.",
                        "6. KEY POINTS x--(C) One.")
    assert [p.marked_items for p in parsed.paragraphs] == [False, True, True, True, False, False]


def test_a_mark_after_a_lead_in_is_recorded():
    parsed = paragraphs("1. Summary and comment. (C) The conference closed.", "2. The US (U) said.",
                        "3. Key points (MOD) and more.", "4.A.(S)  WHAT HAVE IRANIANS SAID?",
                        "5.A. (SBU) Visas.", "6.A.(MOD) said.")
    assert [p.late_mark for p in parsed.paragraphs] == [True, False, False, True, True, False]


def test_a_pilcrow_on_a_wrapped_number_is_recorded_with_the_line_it_continues():
    parsed = paragraphs("¶1. (C) First.\nThe talks went on through October 21, 22 and\n¶23. Then "
                        "they ended.", "¶2. (C) Reported in\n¶2007. The minister")
    assert [(w.marker.value, w.above.value.split()[-1])
            for w in parsed.traces.wrapped_pilcrows] == [("¶23.", "and"), ("¶2007.", "in")]


def test_an_items_letter_after_the_marker_is_no_portion_mark():
    """html-fragment/04THEHAGUE4: the answers to a questionnaire's items (a) to (g), one a
    paragraph; `(c)` between `(b)` and `(d)` is the item's letter, not CONFIDENTIAL. A `(c)` with no
    such neighbour stays a mark."""
    parsed = paragraphs("1. (U) The answers follow.", "2. (b) The Dutch continue.",
                        "3. (c) Yes, the Netherlands is a party.", "4. (d) Procedures exist.",
                        "5. (c) Another mark.", "6. (U) The end.")
    assert [p.portion_mark and p.portion_mark.value for p in parsed.paragraphs] == [
        "U", None, None, None, "c", "U"]
    assert [p.level for p in parsed.paragraphs] == ["U", None, None, None, "C", "U"]


def test_a_paragraph_in_the_drafters_parentheses_is_a_paragraph():
    """06CARACAS2367: `(11. (C) Comment: ... Cuba.)` between paragraphs 10 and 12; an item's
    `(2. ` without a portion mark is no marker."""
    parsed = paragraphs("10. (C) Before.", "(11. (C) Comment: As noted, Cuba.)", "12. (C) After.",
                        "(13. see above)")
    assert [p.number for p in parsed.paragraphs] == [10, 11, 12]
    assert parsed.paragraphs[1].marker.value == "11."
    assert parsed.paragraphs[1].marker.span.column == 2
