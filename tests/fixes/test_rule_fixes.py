"""Every fixable rule: a damaged cable repaired exactly, and the clean cable left byte-identical."""

from __future__ import annotations

import random

import pytest

from cablelint.damage import KINDS, inject
from cablelint.engine import lint_text
from cablelint.fixing import fix_text
from cablelint.ruleset import build
from conftest import registry

from .damage import CLEAN, DAMAGE


def fixable_rules() -> list:
    return [rule for rule in build(registry(), select=["ALL"]).rules if rule.fix_safety != "no"]


@pytest.fixture(scope="module")
def everything():
    return build(registry(), select=["ALL"])


def test_the_clean_cable_is_clean_of_every_fixable_rule(everything):
    fixable = {rule.id for rule in fixable_rules()}
    assert [d.rule_id for d in lint_text(CLEAN, "cable.txt", everything)
            if d.rule_id in fixable] == []


def test_every_fixable_rule_has_a_damage_case_or_a_reason():
    without_case = {"CL137"}        # a directive: tests/fixes/test_fix_engine.py
    assert {rule.id for rule in fixable_rules()} - without_case == set(DAMAGE)


def test_every_fixable_rule_has_a_kind_of_injected_mirror_damage():
    # the corpus test injects each kind into real cables; a directive (CL137) is no mirror's damage,
    # and the corpus has no lettered item without its mirror's `¶` to damage: CL144's fix is tested
    # on the real damage (test_fix_corpus.py)
    assert {rule.id for rule in fixable_rules()} - {"CL137", "CL144"} == set(KINDS)


@pytest.mark.parametrize("kind", ["CL053", "CL071", "CL092", "CL119"])
def test_the_injected_damage_is_the_rule_s_finding(kind, everything):
    damaged = inject(kind, CLEAN, random.Random(0))
    assert damaged is not None
    assert kind in {d.rule_id for d in lint_text(damaged, "cable.txt", everything)}


@pytest.mark.parametrize("rule_id", sorted(DAMAGE))
def test_damage_is_restored_exactly(rule_id, everything):
    clean_text, damaged_text = DAMAGE[rule_id]
    assert CLEAN.count(clean_text) == 1
    damaged = CLEAN.replace(clean_text, damaged_text)
    assert rule_id in {d.rule_id for d in lint_text(damaged, "cable.txt", everything)}
    result = fix_text(damaged, "cable.txt", everything, unsafe=True)
    assert result.text == CLEAN
    assert rule_id in result.counts and not result.dropped


@pytest.mark.parametrize("rule_id", sorted(DAMAGE))
def test_only_the_rule_s_own_fix_repairs_it(rule_id):
    """The rule alone (with the rules it hands over to) repairs its damage: no other rule's fix needed."""
    clean_text, damaged_text = DAMAGE[rule_id]
    rules = build(registry(), select=[rule_id, "CL118"] if rule_id == "CL119" else [rule_id])
    assert fix_text(CLEAN.replace(clean_text, damaged_text), "cable.txt", rules,
                    unsafe=True).text == CLEAN


def test_a_clean_cable_is_left_byte_identical(everything):
    result = fix_text(CLEAN, "cable.txt", everything, unsafe=True)
    assert result.text == CLEAN and not result.applied and not result.dropped


def test_unsafe_fixes_wait_for_the_flag(everything):
    damaged = CLEAN.replace(*DAMAGE["CL118"])
    assert fix_text(damaged, "cable.txt", everything).text == damaged
    assert fix_text(damaged, "cable.txt", everything, unsafe=True).text == CLEAN


def test_a_run_one_to_thirteen_gets_its_fourth_paragraph_back(everything):
    damaged = CLEAN.replace("¶4. (C)", "¶14. (C)")
    fixed = fix_text(damaged, "cable.txt", everything).text
    assert "¶4. (C) He claimed" in fixed and "¶14." not in fixed
