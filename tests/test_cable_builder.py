"""The test cable builder (tests/cables.py): parts are found where the line numbers the rule tests
pin say they are, and a part that is not there is an error, not a silent no-op."""

from __future__ import annotations

import pytest

from cablelint.examples import example_text

from cables import BODY, HEADER, PARTS, SUBJECT, TAGS, between_paragraphs, body, cable, replaced


def test_each_part_stands_on_its_documented_line():
    lines = cable().split("\n")
    where = {name: lines.index(text) + 1 for name, text in PARTS.items()}
    assert where == {"transmission_id": 1, "routing": 2, "de": 3, "security": 4, "dtg": 5,
                     "originator": 6, "action": 7, "banner": 9, "captions": 11, "eo": 13,
                     "tags": 14, "subject": 15, "classified_by": 17}
    assert lines.index("1. (C) First paragraph.") + 1 == 19


def test_a_part_is_replaced_or_removed_with_its_line_and_a_ref_goes_below_the_subject():
    assert cable(tags="TAGS: PGOV,\nKZ").split("\n")[13:15] == ["TAGS: PGOV,", "KZ"]
    assert cable(tags=None).split("\n")[13] == SUBJECT
    assert cable(tags="").split("\n")[13] == ""
    assert cable(ref="REF: STATE 12345").split("\n")[14:17] == [SUBJECT, "", "REF: STATE 12345"]


def test_bodies_are_blocks_with_blank_lines_between_then_the_signature():
    assert body("1. (C) Only.") == "1. (C) Only.\n\nORDWAY\n"
    assert cable(body=between_paragraphs("X")).split("\n")[18:23] == \
        ["1. (C) First paragraph.", "", "X", "", "2. (C) Second paragraph."]
    assert cable(HEADER, BODY) == HEADER + BODY


def test_an_unknown_part_or_a_missing_text_is_an_error():
    with pytest.raises(TypeError, match="no part 'tag'"):
        cable(tag=TAGS)
    with pytest.raises(AssertionError):
        replaced("TAGS: NOPE", "TAGS: PGOV")
    with pytest.raises(AssertionError):
        cable(header=HEADER.replace(TAGS, "TAGS: KZ"), tags=None)


def test_the_standard_cable_is_the_frame_of_the_rule_examples():
    assert cable() == example_text({})
