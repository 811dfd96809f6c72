"""The `form` check kind: the parser records how a header part is written, the kind finds the
deviations from its standard form, and the rule's `deviations` word each of them."""

from __future__ import annotations

import pytest

from cables import HEADER, cable
from conftest import lint, registry
from cablelint.errors import RulePackError
from cablelint.plugins import Registry
from cablelint.ruleset import load_rules


@pytest.mark.parametrize(("dtg", "message"), [
    ("P 07051Z MAR 07", "Date-time group 'P 07051Z MAR 07': not of the form 'P DDHHMMZ MON YY'"),
    ("P 070517Z MRZ 07", "Date-time group 'P 070517Z MRZ 07': unknown month 'MRZ'"),
    ("P 070517Z MAR 007",
     "Date-time group 'P 070517Z MAR 007': year '007' is neither two nor four digits"),
    ("P 072461Z MAR 07", "Date-time group 'P 072461Z MAR 07': impossible time 2461Z"),
    ("P 310517Z FEB 07", "Date-time group 'P 310517Z FEB 07': impossible date 31 FEB 2007"),
])
def test_each_dtg_deviation_is_worded_by_the_rule(dtg, message):
    text = cable(HEADER.replace("P 070517Z MAR 07", dtg))
    assert [m for *_, m in lint(text, ["CL009"])] == [message]


def test_every_deviation_of_a_part_is_reported_in_one_finding():
    damaged = "\tCC O N F I D E N T I A L  SECTION"
    text = cable(HEADER.replace("C O N F I D E N T I A L SECTION", damaged))
    assert [m for *_, m in lint(text, ["CL021"])] == [
        "Banner is malformed: doubled first letter in 'CC O N F I D E N T I A L'; tabs or no-break "
        "spaces before the banner; more than one space between banner words"]


def test_the_text_before_the_banner_is_quoted_from_a_word_start_and_marked_when_cut():
    # html-extract-2011/07BERN881 L89: an addressee line run into the banner.
    before = "RUEATRS/DEPT OF TREASURY WASHINGTON DC PRIORITY\t"
    text = cable(HEADER.replace("C O N F I D E N T I A L SECTION", before
                                + "C O N F I D E N T I A L SECTION"))
    assert [m for *_, m in lint(text, ["CL021"])] == [
        "Banner is malformed: text before the banner on its line ('…WASHINGTON DC PRIORITY')"]
    short = cable(HEADER.replace("C O N F I D E N T I A L SECTION",
                                 "PRIORITY C O N F I D E N T I A L SECTION"))
    assert [m for *_, m in lint(short, ["CL021"])] == [
        "Banner is malformed: text before the banner on its line ('PRIORITY')"]


def test_a_standard_header_has_no_deviation():
    assert lint(cable(), ["CL009", "CL021", "CL083"]) == []


def test_the_reason_of_classified_by_is_measured_where_it_is_written():
    text = cable(HEADER.replace("Reasons 1.4 (b) and (d).", "14 (b) and (d)"))
    assert [m for *_, m in lint(text, ["CL083"])] == [
        "Classification reason is not written in the standard form: section written '14' instead "
        "of '1.4'; no 'Reason(s)' before the section; no closing period"]


PACK = """pack: forms
rules:
  - id: XX001
    name: a-rule
    severity: warning
    check: form
    params: {params}
    message: "{{deviations}}"
    help: "## What it does\\nx\\n## Why is this bad?\\ny\\n## Example\\nz"
"""


@pytest.mark.parametrize("params", [
    "{part: dtg, deviations: {form: a, month: b, year: c, time: d}}",                # no `date`
    "{part: dtg, deviations: {form: a, month: b, year: c, time: d, date: e, day: f}}",  # `day`
    "{part: eo, deviations: {}}",
    "{part: dtg, deviations: {form: a, month: 'b {monht}', year: c, time: d, date: e}}",  # typo
])
def test_a_pack_wording_other_deviations_than_the_parts_is_refused(tmp_path, monkeypatch, params):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "forms.yaml"
    pack.write_text(PACK.format(params=params), encoding="utf-8")
    real = registry()
    with pytest.raises(RulePackError, match=r"forms\.yaml: rule XX001: /rules/0/params"):
        load_rules(Registry(real.check_kinds, (("test", pack),), real.vocabularies, real.reporters))


def test_the_parser_records_where_summary_markers_stand_and_the_rule_words_them():
    from cablelint.engine import read_cable
    body = ("1. (C) Summary. Gas for Georgia. End\n\n"
            "2. (C) The minister spoke. END SUMMARY.\n\nORDWAY\n")
    parsed, _ = read_cable(cable(body=body), "cable.txt")
    assert [t.value for t in parsed.lone_ends] == ["1. (C) Summary. Gas for Georgia. End"]
    assert parsed.unopened_end_summary is None       # the `Summary.` of paragraph 1 opens it
    found = lint(cable(body=body.replace("Summary. ", "")), ["CL097"])
    assert [m for *_, m in found] == [
        "Summary marker broken: 'End' alone at the end of a paragraph: 'End Summary' or 'End "
        "Comment' lost its second word",
        "Summary marker broken: 'END SUMMARY' without a summary start before it"]


def test_a_selectors_part_is_its_nodes_facts_worded_by_the_rule():
    """`run_ons[]` records what ran in (a kind code, the REF label as written); CL062's YAML words it."""
    from cablelint.engine import read_cable
    from cablelint.selectors import select
    text = cable(HEADER.replace("SUBJECT: A SUBJECT", "SUBJECT: A SUBJECT REFTELS: STATE 1"))
    parsed, _ = read_cable(text, "cable.txt")
    [node] = select(parsed, "run_ons[]")
    assert (node.value, node.key, node.facts) == ("ref", "subject_ref", {"label": "REFTELS:"})
    assert [m for *_, m in lint(text, ["CL062"])] == [
        "The SUBJECT runs on into REFTELS: on the same line"]


def test_a_pack_words_a_selectors_part_in_its_own_words(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "forms.yaml"
    params = "{part: subject_label, deviations: {label: 'label {written}', label_alone: alone}}"
    pack.write_text(PACK.format(params=params), encoding="utf-8")
    real = registry()
    [rule] = load_rules(Registry(real.check_kinds, (("test", pack),), real.vocabularies,
                                 real.reporters))
    from cablelint.engine import read_cable
    parsed, _ = read_cable(cable(HEADER.replace("SUBJECT:", "SUBJ:")), "cable.txt")
    check = real.check_kinds[rule.check](rule, real.vocabularies)
    assert [d.message for d in check.check(parsed)] == ["label SUBJ:"]
