"""Fixes in text that lost its line breaks (json-body): a removed line goes with the virtual
breaks before it (or, at the top, after it), which stand for the white space of the file, so the
edit is placed exactly and the white space on the other side keeps its own line end."""

from __future__ import annotations

import pytest

from cablelint.engine import lint_text
from cablelint.fixing import fix_text
from cablelint.ruleset import build
from conftest import registry

TAIL = ("E.O. 12958: DECL: 2/19/2016 TAGS: PGOV PINR PBTS PREL MARR IRAJSUBJECT: GOAJ "
        "INCREASINGLY CONCERNED ABOUT USG POLICY TOWARD IRAN - ACTION REQUEST  Classified By: "
        "Ambassador Anne E. Derse, Reasons 1.4 (b,d).  1. (C) Summary: The GOAJ is concerned.  "
        "2. (C) Comment: It will remain so.  DERSE")
#: (file, cable text, the text --fix writes): json-body's one-line cables.
CASES = [
    # json-body/06BAKU1835.txt: the caption doubled, two spaces around each
    ("06BAKU1835.txt", "CL031",
     "C O N F I D E N T I A L SECTION 01 OF 03 BAKU 001835  SIPDIS  SIPDIS  " + TAIL,
     "C O N F I D E N T I A L SECTION 01 OF 03 BAKU 001835  SIPDIS  " + TAIL),
    # json-body/07TELAVIV1114.txt: one space before the repeat, the only break it had
    ("07TELAVIV1114.txt", "CL031",
     "C O N F I D E N T I A L SECTION 01 OF 03 TEL AVIV 001114  SIPDIS  CODEL SIPDIS  H PLEASE "
     "PASS TO REPRESENTATIVE ACKERMAN  " + TAIL,
     "C O N F I D E N T I A L SECTION 01 OF 03 TEL AVIV 001114  SIPDIS  CODEL  H PLEASE "
     "PASS TO REPRESENTATIVE ACKERMAN  " + TAIL),
    # json-body/09ANKARA226.txt: the site's date line glued to the banner
    ("09ANKARA226.txt", "CL126",
     "Wednesday, 11 February 2009, 13:03C O N F I D E N T I A L SECTION 01 OF 04 ANKARA 000226 "
     "SIPDIS  " + TAIL,
     "C O N F I D E N T I A L SECTION 01 OF 04 ANKARA 000226 SIPDIS  " + TAIL),
]


@pytest.fixture(scope="module")
def everything():
    return build(registry(), select=["ALL"])


@pytest.mark.parametrize("path, rule, text, fixed", CASES, ids=[c[0] for c in CASES])
def test_the_fix_is_placed_in_the_one_line_file(path, rule, text, fixed):
    found = [d for d in lint_text(text, path, build(registry(), select=[rule]))]
    assert [d.rule_id for d in found] == [rule] and found[0].fix is not None
    assert fix_text(text, path, build(registry(), select=[rule])).text == fixed


@pytest.mark.parametrize("path, rule, text, fixed", CASES, ids=[c[0] for c in CASES])
def test_the_fixed_file_keeps_every_other_finding(path, rule, text, fixed, everything):
    def others(source):
        return sorted((d.rule_id, d.message) for d in lint_text(source, path, everything)
                      if d.rule_id not in (rule, "CL136"))     # CL136 counts the breaks
    assert [d for d in lint_text(fixed, path, everything) if d.rule_id == rule] == []
    assert others(fixed) == others(text)


def test_an_escaped_break_goes_whole_with_the_caption():
    """The repeat's breaks stand for a space and an escape (`\\u0020`) of a JSON string: both go."""
    body = "C O N F I D E N T I A L BAKU 001835  SIPDIS \\u0020SIPDIS  " + TAIL
    record = '{"reference_id": "06BAKU1835", "body": "' + body + '"}'
    fixed = fix_text(record, "06BAKU1835.json", build(registry(), select=["CL031"])).text
    assert fixed == record.replace(" \\u0020SIPDIS", "")
