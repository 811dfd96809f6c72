"""The fix loop: one pass never edits a span twice, passes are bounded, a fix that breaks the parse or adds
a finding is dropped and reported, and edits land exactly in the original file whatever its container."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cablelint.container import MapBuilder
from cablelint.engine import lint_text, read_cable
from cablelint.fixing import MAX_PASSES, fix_text
from cablelint.plugins import Registry
from cablelint.ruleset import build
from conftest import registry
from container.test_container import FRAGMENT, RECORD

from .damage import CLEAN

RULE = """  - id: {id}
    name: {name}
    severity: warning
    check: line_pattern
    params: {{regex: '{regex}'}}
    message: "m"
    help: "## What it does\\nx\\n## Why is this bad?\\ny\\n## Example\\nz"
    fix: {fix}
"""
TEST_RULES = {
    "XX001": ("drops-tags", "^TAGS: .*$", "{description: d, with: '', lines: true}"),
    "XX002": ("adds-damage", "the minister.s view",
              "{description: d, with: 'the minister,s view'}"),
    "XX003": ("wide", "chairmanship", "{description: d, with: 'chair'}"),
    "XX004": ("narrow", "chairman", "{description: d, with: 'head'}"),
    "XX005": ("grows", "ORDWAY+", "{description: d, replace: [{regex: 'Y$', with: 'YY'}]}"),
}


def rules_with(tmp_path: Path, *ids: str):
    """The built-in rules and the named test rules of this module."""
    pack = tmp_path / "fixes.yaml"
    pack.write_text("pack: fixes\nrules:\n" + "".join(
        RULE.format(id=i, name=TEST_RULES[i][0], regex=TEST_RULES[i][1], fix=TEST_RULES[i][2])
        for i in ids),
        encoding="utf-8")
    real = registry()
    combined = Registry(real.check_kinds, (*real.rule_packs, ("test", pack)), real.vocabularies,
                        real.reporters)
    return build(combined, extend_select=list(ids))


def test_a_fix_that_loses_the_tags_line_is_dropped_and_reported(tmp_path):
    result = fix_text(CLEAN, "cable.txt", rules_with(tmp_path, "XX001"))
    assert result.text == CLEAN
    assert [(d.finding.rule_id, d.reason) for d in result.dropped] == \
        [("XX001", "the fix would break the parse (the TAGS line is gone)")]


def test_a_fix_that_adds_a_finding_no_fix_mends_is_dropped(tmp_path):
    result = fix_text(CLEAN, "cable.txt", rules_with(tmp_path, "XX002"))
    assert result.text == CLEAN
    assert {(d.finding.rule_id, d.reason) for d in result.dropped} \
        == {("XX002", "the fix would add findings of CL117")}


def test_overlapping_edits_never_apply_in_one_pass(tmp_path):
    result = fix_text(CLEAN, "cable.txt", rules_with(tmp_path, "XX003", "XX004"))
    assert "-- the headship." in result.text            # the narrower first; the
                                                        # wider then matches nothing
    assert dict(result.counts) == {"XX004": 1}


def test_passes_are_bounded(tmp_path):
    result = fix_text(CLEAN, "cable.txt", rules_with(tmp_path, "XX005"))
    assert result.counts["XX005"] == MAX_PASSES
    assert "ORDWAY" + "Y" * MAX_PASSES + "\n" in result.text


def test_an_unused_directive_is_deleted():
    directive = "# cablelint: disable-next-line CL091\n"
    text = CLEAN.replace("¶2. (C)", directive + "¶2. (C)")
    assert fix_text(text, "cable.txt", build(registry())).text == CLEAN


def test_an_unused_directive_on_the_last_line_without_a_newline_is_deleted():
    text = CLEAN + "# cablelint: disable CL091"
    assert fix_text(text, "cable.txt", build(registry())).text == CLEAN


def test_edits_inside_an_entity_cannot_be_placed():
    builder = MapBuilder("a &amp; b")
    builder.copy(0, 2)
    builder.replace("&", 2, 7)
    builder.copy(7, 9)
    _, offsets = builder.build()
    assert offsets.exact_range(2, 3) == (2, 7)          # the whole entity: placed over it
    assert offsets.exact_range(0, 4) == (0, 8)
    assert offsets.exact_range(1, 2) == (1, 2)


def test_html_fragment_fixed_in_the_html_itself():
    damaged = FRAGMENT.replace("close ties &amp; more", "close &amp;ties and more8")
    rules = build(registry(), select=["CL118"])
    result = fix_text(damaged, "06TASHKENT465.txt", rules, unsafe=True)
    assert result.text == damaged.replace("&amp;ties and more8", '"ties and more"')


def test_html_fragment_links_go_from_the_html_and_their_text_stays():
    """The anchors (CL110) and TAG links (CL058) the source layer took out are removed from the file
    itself; the text the cable is read as does not change."""
    result = fix_text(FRAGMENT, "06TASHKENT465.txt", build(registry(), select=["CL058", "CL110"]))
    assert set(result.counts) == {"CL058", "CL110"} and "<a " not in result.text
    assert "TAGS: KCRM PGOV UZ\n" in result.text
    before, after = (read_cable(text, "06TASHKENT465.txt")[1].text
                     for text in (FRAGMENT, result.text))
    assert after == before


def test_json_record_fixed_inside_the_json_string():
    damaged = RECORD.replace(r"\"Cyprus\"", "&Cyprus8")
    assert damaged != RECORD
    result = fix_text(damaged, "wl20101128-0000.json", build(registry(), select=["CL118"]),
                      unsafe=True)
    assert json.loads(result.text) == json.loads(RECORD)
    assert result.counts["CL118"] == 1


#: The fragment without its links (which CL058 and CL110 report and take out).
UNLINKED_FRAGMENT = re.sub(r"<a\b[^<>]*>([^<]*)</a>", r"\1", FRAGMENT)


@pytest.mark.parametrize("layout_text", [UNLINKED_FRAGMENT, RECORD])
def test_clean_containers_are_left_byte_identical(layout_text):
    rules = build(registry(), select=["CL110", "CL058", "CL118", "CL117"])
    assert fix_text(layout_text, "cable.txt", rules, unsafe=True).text == layout_text
