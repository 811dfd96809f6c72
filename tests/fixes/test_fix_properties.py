"""Properties of --fix on cables damaged in random combinations: fixing twice is fixing once, a rule whose
safe fix was applied has no finding left, and no edit reaches outside the lines a finding flags."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cablelint.engine import lint_text
from cablelint.fixing import fix_text
from cablelint.ruleset import build
from conftest import registry
from test_properties import PROFILE

from .damage import CLEAN, DAMAGE

RULES = build(registry(), select=["ALL"])
SETTINGS = settings(PROFILE)


@st.composite
def damaged(draw) -> str:
    """The clean cable with some of the kinds of damage, in a random order (a kind whose text an earlier
    one changed is left out)."""
    kinds = draw(st.lists(st.sampled_from(sorted(DAMAGE)), unique=True, max_size=8))
    text = CLEAN
    for kind in kinds:
        clean_text, damaged_text = DAMAGE[kind]
        if text.count(clean_text) == 1:
            text = text.replace(clean_text, damaged_text)
    return text


@SETTINGS
@given(damaged(), st.booleans())
def test_fixing_twice_is_fixing_once(text, unsafe):
    once = fix_text(text, "cable.txt", RULES, unsafe=unsafe).text
    assert fix_text(once, "cable.txt", RULES, unsafe=unsafe).text == once


@SETTINGS
@given(damaged())
def test_no_finding_of_a_rule_whose_safe_fix_was_applied_remains(text):
    result = fix_text(text, "cable.txt", RULES)
    fixed_rules = set(result.counts)
    assert [d.rule_id for d in lint_text(result.text, "cable.txt", RULES)
            if d.rule_id in fixed_rules] == []


@SETTINGS
@given(damaged())
def test_no_edit_outside_the_lines_a_finding_flags(text):
    lines = text.split("\n")
    for d in lint_text(text, "cable.txt", RULES):
        for edit in d.fix.edits if d.fix else ():
            first, last = d.line, d.end_line - (d.end_line > d.line and d.end_column == 1)
            # the blank lines around may go too
            while first > 1 and not lines[first - 2].strip():
                first -= 1
            while last < len(lines) and not lines[last].strip():
                last += 1
            assert first <= edit.span.line and (edit.span.end_line <= last or
                                                (edit.span.end_line == last + 1
                                                 and edit.span.end_column == 1)), d
