"""Inline directives and their rules: CL137 unused-suppression, CL138 suppression-unknown-rule."""

from cablelint.directives import without_directives
from cables import HEADER
from conftest import lint, lint_body, registry
from cablelint.ruleset import load_rules

SKIPPED = "1. (C) First paragraph.\n\n3. (C) Second paragraph.\n\nORDWAY\n"   # CL090 on line 3


def test_the_body_without_a_directive_has_the_finding():
    assert [f[:3] for f in lint_body(SKIPPED, ["ALL"])] == [(3, 1, "CL090")]


def test_disable_next_line_hides_the_finding_and_the_directive_is_no_cable_text():
    body = ("1. (C) First paragraph.\n\n# cablelint: disable-next-line CL090\n3. (C) Second "
            "paragraph.\n\nORDWAY\n")
    assert lint_body(body, ["ALL"]) == []        # no markdown, caption or paragraph
                                                 # finding from the directive


def test_directives_stack_above_one_line_and_take_names():
    body = ("1. (C) First paragraph.\n\n# cablelint: disable-next-line trailing-whitespace\n"
            "# cablelint: disable-next-line paragraph-sequence\n3. (C) Second paragraph.  "
            "\n\nORDWAY\n")
    assert lint_body(body, ["CL090", "CL112", "CL137"]) == []


def test_line_numbers_stay_those_of_the_file():
    body = ("# cablelint: disable-next-line CL090\n1. (C) First paragraph.\n\n3. (C) Second "
            "paragraph.\n\nORDWAY\n")
    assert lint_body(body, ["CL090", "CL137"]) == [
        (1, 1, "CL137", "The directive suppresses nothing for CL090; remove it"),
        (4, 1, "CL090", "Paragraph 3 where 2 was expected")]


def test_disable_file_and_disable_enable_ranges():
    assert lint_body("# cablelint: disable-file CL090, CL112\n" + SKIPPED, ["CL090", "CL137"]) == [
        (1, 1, "CL137", "The directive suppresses nothing for CL112; remove it")]
    ranged = ("# cablelint: disable CL090\n1. (C) First.\n\n3. (C) Third.\n# cablelint: enable "
              "CL090\n\n5. (C) Fifth.\n")
    assert [f[:3] for f in lint_body(ranged, ["CL090", "CL137"])] == [(7, 1, "CL090")]
    closed = ("# cablelint: disable CL090\n1. (C) First.\n# cablelint: enable CL090\n\n3. (C) "
              "Third.\n")
    assert [f[:3] for f in lint_body(closed, ["CL090", "CL137"])] \
        == [(1, 1, "CL137"), (5, 1, "CL090")]


def test_cl136_unused_directive_has_a_fix_deleting_its_line():
    body = ("1. (C) First paragraph.\n\n# cablelint: disable-next-line CL090\n2. (C) Second "
            "paragraph.\n\nORDWAY\n")
    assert lint_body(body, ["ALL"]) == [(3, 1, "CL137",
                                         "The directive suppresses nothing for CL090; remove it")]
    from cablelint.engine import lint_text
    from cablelint.ruleset import build
    (found,) = lint_text(HEADER + body, "c.txt", build(registry(), select=["CL137"]))
    (edit,) = found.fix.edits
    line = HEADER.count("\n") + 3
    assert (edit.span.line, edit.span.column, edit.span.end_line, edit.span.end_column,
            edit.replacement) == \
        (line, 1, line + 1, 1, "")


def test_cl136_not_reported_when_unselected_and_used_directives_are_quiet():
    body = ("1. (C) First paragraph.\n\n# cablelint: disable-next-line CL090\n2. (C) Second "
            "paragraph.\n\nORDWAY\n")
    assert lint_body(body, ["CL090"]) == []
    assert lint(HEADER + "# cablelint: disable-file CL090\n" + SKIPPED, ["CL090", "CL137"]) == []


def test_cl137_unknown_rule_with_a_did_you_mean():
    body = ("# cablelint: disable-file CL9O1\n1. (C) First paragraph.\n\n2. (C) Second "
            "paragraph.\n\nORDWAY\n")
    assert lint_body(body, ["CL138"]) == [
        (1, 1, "CL138", "The directive names 'CL9O1', which is no rule (did you mean 'CL091'?)")]


def test_cl137_known_names_and_ids_are_no_finding():
    body = "# cablelint: disable-file cl090, paragraph-split\n" + SKIPPED
    assert lint_body(body, ["CL138"]) == []


def test_text_that_only_mentions_cablelint_is_cable_text():
    text = HEADER + "1. (C) The cablelint: tool was mentioned.\n\n2. (C) Second.\n"
    assert without_directives(text, load_rules(registry())) == (text, None)
