"""The fixes of the banner pack: a repeated header block goes only where it is a proven copy
(CL027), a glued page break goes back on its own line without the text before it (CL026), a banner
is written in its standard form unless text stands before it (CL021)."""

from __future__ import annotations

import pytest

from cablelint.engine import lint_text
from cablelint.fixing import fix_text
from cablelint.ruleset import build
from conftest import registry

from .damage import CLEAN, HEADER_BLOCK

FIRST_PARAGRAPH = "¶1. (C) Paragraph 1"


@pytest.fixture(scope="module")
def everything():
    return build(registry(), select=["ALL"])


def with_copies(*copies: str) -> str:
    """The clean cable with these copies of its header block between it and paragraph 1."""
    at = CLEAN.index(FIRST_PARAGRAPH)
    return CLEAN[:at] + "".join(copies) + CLEAN[at:]


def test_three_copies_of_the_header_block_become_one(everything):
    damaged = with_copies(HEADER_BLOCK, HEADER_BLOCK)
    assert [d.rule_id for d in lint_text(damaged, "cable.txt", everything)].count("CL027") == 2
    result = fix_text(damaged, "cable.txt", everything)
    assert result.text == CLEAN and result.counts["CL027"] == 2


def test_a_third_copy_that_differs_is_kept_whole(everything):
    """Only the exact copy goes; the copy with another SUBJECT is no proven copy, and none of its
    lines (nor paragraph 1 after it) is removed."""
    other = HEADER_BLOCK.replace("SUBJECT: A SUBJECT", "SUBJECT: ANOTHER SUBJECT")
    result = fix_text(with_copies(HEADER_BLOCK, other), "cable.txt", everything)
    assert result.text == with_copies(other)
    assert [d.rule_id for d in result.remaining].count("CL027") == 1


def test_a_third_copy_cut_short_is_kept_and_paragraph_one_stays(everything):
    """A copy that stops before its REF and Classified By lines runs into paragraph 1: the lines
    counted from its banner are not all a copy, so they stay (the lost version deleted paragraph 1
    here)."""
    short = HEADER_BLOCK[:HEADER_BLOCK.index("REF:")]
    result = fix_text(with_copies(HEADER_BLOCK, short), "cable.txt", everything)
    assert result.text == with_copies(short)
    assert FIRST_PARAGRAPH in result.text


def test_a_repeated_banner_whose_block_differs_has_no_fix(everything):
    other = HEADER_BLOCK.replace("TAGS: PGOV PREL KZ", "TAGS: PGOV KZ")
    found = [d for d in lint_text(with_copies(other), "cable.txt", everything)
             if d.rule_id == "CL027"]
    assert len(found) == 1 and found[0].fix is None and found[0].end_line == found[0].line


def test_a_proven_copy_is_flagged_whole(everything):
    found = [d for d in lint_text(with_copies(HEADER_BLOCK), "cable.txt", everything)
             if d.rule_id == "CL027"]
    copy_lines = HEADER_BLOCK.count("\n")
    assert (found[0].end_line - found[0].line, found[0].end_column) == (copy_lines, 1)


def test_a_glued_page_break_leaves_the_words_before_its_station_in_the_text(everything):
    on_its_line = "of\nASTANA 00000604 002 OF 002\nthe cable"
    damaged = CLEAN.replace(on_its_line, "of HM  ASTANA 00000604 002 OF 002 the cable")
    assert fix_text(damaged, "cable.txt", everything).text == \
        CLEAN.replace(on_its_line, "of HM\nASTANA 00000604 002 OF 002\nthe cable")


@pytest.mark.parametrize("written, standard", [
    ("SS E C R E T SECTION 01 OF 02 ASTANA 000604", "S E C R E T SECTION 01 OF 02 ASTANA 000604"),
    ("C o n f i d e n t i a l section 01 of 02 astana 000604",
     "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604"),
    ("CONFIDENTIAL SECTION 01 OF 02 ASTANA 000604",
     "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604"),
    ("  UNCLAS  SECTION 01 OF 02 ASTANA 000604", "UNCLAS SECTION 01 OF 02 ASTANA 000604"),
])
def test_the_banner_is_written_in_its_standard_form(written, standard):
    banner = "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604"
    rules = build(registry(), select=["CL021"])
    fixed = fix_text(CLEAN.replace(banner, written), "cable.txt", rules).text
    assert fixed == CLEAN.replace(banner, standard)


def test_a_banner_with_text_before_it_has_no_fix():
    rules = build(registry(), select=["CL021"])
    banner = "\nC O N F I D E N T I A L SECTION"
    damaged = CLEAN.replace(banner, '\n","' + banner[1:])
    found = [d for d in lint_text(damaged, "cable.txt", rules) if d.rule_id == "CL021"]
    assert len(found) == 1 and found[0].fix is None
